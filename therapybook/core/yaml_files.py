"""Read a YAML content file strictly, then validate it against its model.

PyYAML silently keeps the last of two equal keys and will expand aliases
without limit; content files need neither, so both are errors here, and so
is nesting deeper than any content model goes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import ContentError, display_path
from .files import read_text
from .messages import describe_all

ModelT = TypeVar("ModelT", bound=BaseModel)
MAX_DEPTH = 20


class _Problem(Exception):
    def __init__(self, message: str, where: Any = None) -> None:
        # where: a node or an event; both carry the mark of where they start.
        at = f"line {where.start_mark.line + 1}: " if where is not None else ""
        super().__init__(at + message)


class StrictLoader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate keys, aliases and deep nesting."""

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            raise _Problem("uses an alias ('*name'); write the value out in full", self.peek_event())
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Problem(f"is nested more than {MAX_DEPTH} levels deep", self.peek_event())
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                duplicate = key in seen
            except TypeError:
                raise _Problem("has a key that is a list or mapping; keys must be plain words", key_node) from None
            if duplicate:
                raise _Problem(f"the key '{key}' appears twice in the same mapping; keep one", key_node)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: Path) -> dict[str, Any]:
    where = display_path(path)
    text = read_text(path)
    try:
        raw = yaml.load(text, Loader=StrictLoader)
    except _Problem as strict_problem:
        raise ContentError(f"{where}: {strict_problem}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise ContentError(f"{where}: {at}not valid YAML ({problem})") from None
    except RecursionError:
        raise ContentError(f"{where}: is nested too deeply to read") from None
    if raw is None:
        raise ContentError(f"{where}: the file is empty")
    if not isinstance(raw, dict):
        raise ContentError(f"{where}: expected a mapping of fields at the top, found {type(raw).__name__}")
    return raw


def validate(model: type[ModelT], raw: Any, where: str) -> ModelT:
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        raise ContentError("\n".join(describe_all(where, raw, error))) from None
    except RecursionError:
        raise ContentError(f"{where}: is nested too deeply to check") from None


def load_model(model: type[ModelT], path: Path) -> ModelT:
    """Read, validate, and check that the id matches the file name (so names find files)."""
    where = display_path(path)
    item = validate(model, read_yaml(path), where)
    item_id = getattr(item, "id", None)
    if item_id is not None and item_id != path.stem:
        raise ContentError(f"{where}: 'id' is '{item_id}' but must match the file name '{path.stem}'")
    return item
