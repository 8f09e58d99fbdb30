"""Every interactive kind, by folder name. Adding a kind adds one line here."""

from __future__ import annotations

from functools import cache
from importlib import import_module

from .contract import Kind

KIND_NAMES = (
    "quiz",
    "progress",
    "review",
    "walkthrough",
    "form",
    "planner",
    "traps",
    "sort",
    "phq9",
    "relapse_plan",
    "overlap",
    "evidence_filter",
)


@cache
def kinds() -> dict[str, Kind]:
    found = {}
    for name in KIND_NAMES:
        kind: Kind = import_module(f"therapybook.kinds.{name}").KIND
        if kind.name != name:
            raise RuntimeError(f"therapybook/kinds/{name}: KIND.name is '{kind.name}', not the folder name")
        found[name] = kind
    return found


def display_classes() -> dict[str, type]:
    """Each kind's display class by its class name (Quiz, Walkthrough, ...), for ``from therapybook import``."""
    return {kind.display.__name__: kind.display for kind in kinds().values()}
