"""Fill every prose field of a content object with hostile text, whatever its kind.

Prose fields are the ones typed ``Text`` (marked with ``PROSE``); ids, enums and
numbers are left alone so the content stays meaningful. The copy is made
without validation: it tests the views' escaping, not the models.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from therapybook.core.text import CITATION, PROSE

HOSTILE = ' <img src=x onerror="alert(1)"><script>alert(2)</script></script><b>&amp;</b>'
HOSTILE_TAGS = {"img", "b"}


UNKNOWN_KEY = "nosuchsource2099"


def _marked(annotation: Any, marker: object) -> bool:
    return get_origin(annotation) is Annotated and marker in get_args(annotation)[1:]


def changed_copy(value: Any, marker: object, change: Callable[[str], str], annotation: Any = None) -> Any:
    """A copy with every string in a field marked ``marker`` (PROSE, CITATION) changed, at any depth."""
    if isinstance(value, BaseModel):
        changes = {}
        for name, info in type(value).model_fields.items():
            field_type = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
            changes[name] = changed_copy(getattr(value, name), marker, change, field_type)
        return value.model_copy(update=changes)
    if annotation is None:
        return value
    if _marked(annotation, marker) and isinstance(value, str):
        return change(value)
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return changed_copy(value, marker, change, args[0])
    if origin in (Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return value if value is None else changed_copy(value, marker, change, inner[0])
    if origin is list and isinstance(value, list):
        return [changed_copy(v, marker, change, args[0]) for v in value]
    if origin is dict and isinstance(value, dict):
        return {k: changed_copy(v, marker, change, args[1]) for k, v in value.items()}
    return value


def hostile_copy(value: Any) -> Any:
    return changed_copy(value, PROSE, lambda text: text + HOSTILE)


def unknown_citations_copy(value: Any) -> tuple[Any, int]:
    """A copy citing a key no bibliography has wherever the content cites, and how many citations it has."""
    count = 0

    def unknown(_key: str) -> str:
        nonlocal count
        count += 1
        return UNKNOWN_KEY

    return changed_copy(value, CITATION, unknown), count


def prose_count(value: Any) -> int:
    """How many strings the copy changed: the test fails if a kind has no prose to attack."""
    return repr(hostile_copy(value)).count("onerror")
