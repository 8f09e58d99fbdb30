"""Thinking-trap spotter: an adapter that turns thoughts and traps into a quiz, shown by the quiz's views."""

from ...core.contract import Kind
from ...core.html import kind_of
from .display import TrapSpotter

KIND = Kind(name=kind_of(__name__), display=TrapSpotter, page_view_of="quiz")

__all__ = ["KIND", "TrapSpotter"]
