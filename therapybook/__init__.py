"""therapybook: the engine behind the book's interactive kinds.

Content lives in data/<kind>/, logic in plain Python, and each item has a
live widget view and a kernel-free HTML view. Each kind is one folder in
therapybook/kinds/, registered by name in therapybook/core/registry.py;
its display class is importable from here (``from therapybook import Quiz``).
"""

from __future__ import annotations

from typing import Any

from .core.errors import ContentError
from .core.registry import display_classes
from .kinds.form import Form
from .kinds.planner import ActivityPlanner
from .kinds.quiz import Quiz
from .kinds.sort import Sorter
from .kinds.traps import TrapSpotter
from .kinds.walkthrough import Walkthrough

__all__ = ["ActivityPlanner", "ContentError", "Form", "Quiz", "Sorter", "TrapSpotter", "Walkthrough"]


def __getattr__(name: str) -> Any:
    # A newly registered kind's class is available here without editing this file.
    classes = display_classes()
    if name in classes:
        return classes[name]
    raise AttributeError(f"module 'therapybook' has no attribute '{name}'")
