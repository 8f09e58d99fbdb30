"""Form: the student's own entry (a thought record, say), checked and shown back; it is never stored."""

from ...core.contract import Kind
from ...core.html import kind_of
from .display import Form

KIND = Kind(name=kind_of(__name__), display=Form)

__all__ = ["KIND", "Form"]
