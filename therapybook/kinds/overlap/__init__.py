"""Overlap: two bell curves apart by a chosen effect size, with what it means in plain numbers."""

from ...core.contract import Kind
from ...core.html import kind_of
from .display import Overlap

KIND = Kind(name=kind_of(__name__), display=Overlap)

__all__ = ["KIND", "Overlap"]
