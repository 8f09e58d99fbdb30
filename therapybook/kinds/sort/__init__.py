"""Sorter: sort short items (vignettes, thoughts) into categories; an adapter shown by the quiz's views."""

from ...core.contract import Kind
from ...core.html import kind_of
from .display import Sorter

KIND = Kind(name=kind_of(__name__), display=Sorter, page_view_of="quiz")

__all__ = ["KIND", "Sorter"]
