"""Read content files from data/ and turn any problem into one clear message.

The message names the file, the item (by its id where it has one) and the
field, e.g. ``data/quizzes/cbt.yml: question 'q3': option 2: 'feedback' is required``,
so an author can fix the file without reading a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .models import FormExercise, QuizBank, TrapSpotterContent, WalkthroughContent

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ModelT = TypeVar("ModelT", bound=BaseModel)

# How each list in a file names its items in messages ("question 'q3'").
_ITEM_NAMES = {
    "questions": "question",
    "options": "option",
    "steps": "step",
    "traps": "trap",
    "thoughts": "thought",
    "fields": "field",
}


class ContentError(ValueError):
    """A content file cannot be used; the message says where and why."""


def data_dir() -> Path:
    # THERAPYBOOK_DATA lets tests and course forks point at another folder.
    return Path(os.environ.get("THERAPYBOOK_DATA", PROJECT_ROOT / "data"))


def display_path(path: Path) -> str:
    try:
        return Path(path).resolve().relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return str(path)


def load_quiz(name_or_path: str | Path) -> QuizBank:
    return _load(QuizBank, content_path(name_or_path, "quizzes"))


def load_walkthrough(name_or_path: str | Path) -> WalkthroughContent:
    return _load(WalkthroughContent, content_path(name_or_path, "walkthroughs"))


def load_trap_spotter(name_or_path: str | Path) -> TrapSpotterContent:
    return _load(TrapSpotterContent, content_path(name_or_path, "exercises"))


def load_form(name_or_path: str | Path) -> FormExercise:
    return _load(FormExercise, content_path(name_or_path, "exercises"))


def content_path(name_or_path: str | Path, folder: str) -> Path:
    """A path as given, or the named file in data/<folder>/, with the choices listed if it is missing."""
    candidate = Path(name_or_path)
    if candidate.suffix in {".yml", ".yaml"}:
        return candidate
    path = data_dir() / folder / f"{name_or_path}.yml"
    if not path.exists():
        available = sorted(p.stem for p in (data_dir() / folder).glob("*.yml"))
        raise ContentError(
            f"{display_path(path)}: no such file; the {folder} available are: {', '.join(available) or 'none'}"
        )
    return path


def _load(model: type[ModelT], path: Path) -> ModelT:
    where = display_path(path)
    raw = _read_yaml(path, where)
    try:
        item = model.model_validate(raw)
    except ValidationError as error:
        problems = [f"{where}: {_describe(raw, e)}" for e in error.errors()]
        raise ContentError("\n".join(problems)) from None
    if item.id != path.stem:
        raise ContentError(f"{where}: 'id' is '{item.id}' but must match the file name '{path.stem}'")
    return item


def _read_yaml(path: Path, where: str) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(f"{where}: no such file") from None
    except UnicodeDecodeError as error:
        raise ContentError(f"{where}: is not UTF-8 text (byte {error.start})") from None
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise ContentError(f"{where}: {at}not valid YAML ({problem})") from None
    if raw is None:
        raise ContentError(f"{where}: the file is empty")
    if not isinstance(raw, dict):
        raise ContentError(f"{where}: expected a mapping of fields at the top, found {type(raw).__name__}")
    return raw


def _describe(raw: Any, error: dict[str, Any]) -> str:
    """Turn one pydantic error into "question 'q3': option 2: 'feedback' is required"."""
    labels: list[str] = []
    node: Any = raw
    loc = error["loc"]
    for i, key in enumerate(loc):
        node = _child(node, key)
        parent = loc[i - 1] if i else None
        if isinstance(key, int) and parent in _ITEM_NAMES:
            labels.pop()  # "'questions'" is replaced by the item's own name
            item_id = node.get("id") if isinstance(node, dict) and parent != "options" else None
            name = _ITEM_NAMES[parent]
            labels.append(f"{name} '{item_id}'" if item_id else f"{name} {key + 1}")
        elif not labels or labels[-1] != f"'{key}'":
            labels.append(f"'{key}'")
    message = plain_message(error)
    if loc and isinstance(loc[-1], str):
        return ": ".join(labels[:-1] + [f"{labels[-1]} {message}"])
    return ": ".join(labels + [message])


def _child(node: Any, key: Any) -> Any:
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, list) and isinstance(key, int) and key < len(node):
        return node[key]
    return None


def plain_message(error: dict[str, Any]) -> str:
    kind, ctx = error["type"], error.get("ctx", {})
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a known field (check the spelling)"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long (more than {ctx.get('max_length')} characters)"
    if kind == "string_pattern_mismatch":
        return "must use only lowercase letters, digits, '_' or '-', starting with a letter or digit"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} item(s)"
    if kind == "too_long":
        return f"allows at most {ctx.get('max_length')} items"
    if kind.endswith(("_type", "_parsing")) or kind in {"literal_error", "less_than_equal", "greater_than_equal"}:
        return "must be " + error["msg"].removeprefix("Input should be ")
    return error["msg"].removeprefix("Value error, ")
