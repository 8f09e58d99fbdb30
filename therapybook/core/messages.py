"""Turn pydantic's validation errors into one plain line per problem.

``question 'q3': option 2: 'feedback' is required``: items are named by their
id where they have one, otherwise by their position counted from 1; never by
pydantic's position counted from 0. Every list in a content model is named here
(the contract tests check it).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

# How each list in a file names its items in messages ("question 'q3'").
ITEM_NAMES = {
    "questions": "question",
    "options": "option",
    "steps": "step",
    "traps": "trap",
    "thoughts": "thought",
    "fields": "field",
    "sections": "section",
    "examples": "example",
    "categories": "category",
    "items": "item",
    "filters": "filter",
    "results": "result",
    "activities": "activity",
    "answers": "answer",
    "cite": "citation",
    "plans": "plan",
    "sessions": "session",
    "core": "core chapter",
    "optional": "optional chapter",
    "study": "study page",
    # data/teaching/discussion.yml (therapybook/instructor/discussion.py).
    "chapters": "chapter",
    "discuss": "discussion question",
    # The assessment pool's case files (therapybook/pool/model.py).
    "cases": "case",
    "rubric": "criterion",
    "levels": "level",
    "marking_notes": "marking note",
    "objectives": "objective",
}
# Lists whose items have ids that are not worth showing (an option's text is its name).
_UNNAMED = {"options"}
# The field that names an item, where it is not "id" (a pooled result is named by its key, "cbt|all|all").
_ID_FIELDS = {"results": "key"}


def describe_all(where: str, raw: Any, error: ValidationError) -> list[str]:
    return [f"{where}: {describe(raw, e)}" for e in error.errors()]


def describe(raw: Any, error: Any) -> str:
    labels: list[str] = []
    node: Any = raw
    loc = error["loc"]
    for i, key in enumerate(loc):
        node = _child(node, key)
        parent = loc[i - 1] if i else None
        if isinstance(key, int) and parent in ITEM_NAMES:
            labels.pop()  # "'questions'" is replaced by the item's own name
            id_field = _ID_FIELDS.get(str(parent), "id")
            item_id = node.get(id_field) if isinstance(node, dict) and parent not in _UNNAMED else None
            name = ITEM_NAMES[str(parent)]
            named = isinstance(item_id, str | int) and not isinstance(item_id, bool) and item_id != ""
            labels.append(f"{name} '{item_id}'" if named else f"{name} {key + 1}")
        elif isinstance(key, int):
            labels.append(f"item {key + 1}")  # a list not named above: still counted from 1
        elif not labels or labels[-1] != f"'{key}'":
            labels.append(f"'{key}'")
    message = plain_message(error)
    if not labels:
        return message
    # A field, or one value of a list of values ("citation 2"), reads as the subject of the message.
    if loc and (isinstance(loc[-1], str) or not isinstance(node, dict | list)):
        return ": ".join([*labels[:-1], f"{labels[-1]} {message}"])
    return ": ".join([*labels, message])


def _child(node: Any, key: Any) -> Any:
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, list) and isinstance(key, int) and key < len(node):
        return node[key]
    return None


def plain_message(error: Any) -> str:
    kind, ctx = error["type"], error.get("ctx", {})
    if kind == "missing":
        return "is required"
    if kind == "finite_number":
        return "must be a finite number (not NaN or infinity)"
    if kind == "string_unicode":
        return "has half of a character (a lone surrogate), which cannot be saved as UTF-8; retype it"
    if kind == "extra_forbidden":
        return "is not a known field (check the spelling)"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long (more than {ctx.get('max_length')} characters)"
    if kind == "string_pattern_mismatch":
        if "a-z0-9" in str(ctx.get("pattern", "")):
            return "must use only lowercase letters, digits, '_' or '-', starting with a letter or digit"
        return "must not contain spaces or any of , { } ( ) \" # % ' = \\"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} item(s)"
    if kind == "too_long":
        return f"allows at most {ctx.get('max_length')} items"
    if kind in {"less_than_equal", "greater_than_equal"}:
        return "must be " + error["msg"].removeprefix("Input should be ")
    if kind.endswith(("_type", "_parsing")) or kind == "literal_error":
        found = error.get("input")
        shown = f" (found {found!r})" if isinstance(found, str | int | float) and len(repr(found)) < 40 else ""
        return "must be " + error["msg"].removeprefix("Input should be ") + shown
    return str(error["msg"]).removeprefix("Value error, ")
