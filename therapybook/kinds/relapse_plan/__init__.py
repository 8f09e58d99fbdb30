"""RelapsePlan: a staying-well plan the student writes; kept in a private file (Jupyter) or this browser (book)."""

from ...core.contract import Kind
from ...core.html import kind_of
from .display import RelapsePlan

KIND = Kind(name=kind_of(__name__), display=RelapsePlan)

__all__ = ["KIND", "RelapsePlan"]
