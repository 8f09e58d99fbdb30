"""Quiz: single choice, choose all that apply, and true/false, with feedback on every option."""

from ...core.contract import Kind
from ...core.html import kind_of
from .display import Quiz

KIND = Kind(name=kind_of(__name__), display=Quiz)

__all__ = ["KIND", "Quiz"]
