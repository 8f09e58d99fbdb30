"""Fill every prose field of a content object with hostile text, whatever its kind.

Prose fields are the ones typed ``Text`` (marked with ``PROSE``); ids, enums and
numbers are left alone so the content stays meaningful. The copy is made
without validation: it tests the views' escaping, not the models.
"""

from __future__ import annotations

import types
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from therapybook.core.text import PROSE

HOSTILE = ' <img src=x onerror="alert(1)"><script>alert(2)</script></script><b>&amp;</b>'
HOSTILE_TAGS = {"img", "b"}


def _is_prose(annotation: Any) -> bool:
    return get_origin(annotation) is Annotated and PROSE in get_args(annotation)[1:]


def hostile_copy(value: Any, annotation: Any = None) -> Any:
    if isinstance(value, BaseModel):
        changes = {}
        for name, info in type(value).model_fields.items():
            field_type = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
            changes[name] = hostile_copy(getattr(value, name), field_type)
        return value.model_copy(update=changes)
    if annotation is None:
        return value
    if _is_prose(annotation) and isinstance(value, str):
        return value + HOSTILE
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return hostile_copy(value, args[0])
    if origin in (Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return value if value is None else hostile_copy(value, inner[0])
    if origin is list and isinstance(value, list):
        return [hostile_copy(v, args[0]) for v in value]
    if origin is dict and isinstance(value, dict):
        return {k: hostile_copy(v, args[1]) for k, v in value.items()}
    return value


def prose_count(value: Any) -> int:
    """How many strings the copy changed: the test fails if a kind has no prose to attack."""
    return repr(hostile_copy(value)).count("onerror")
