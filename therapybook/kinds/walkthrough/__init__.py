"""Walkthrough: step through a process, optionally through several lenses (one therapy at a time, say)."""

from ...core.contract import Kind
from ...core.html import kind_of
from .display import Walkthrough

KIND = Kind(name=kind_of(__name__), display=Walkthrough)

__all__ = ["KIND", "Walkthrough"]
