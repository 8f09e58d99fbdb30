"""Review: a deck of questions from every chapter, favouring missed, unsure and long-unseen ones."""

from ...core.contract import Kind
from ...core.html import kind_of
from .display import Review

KIND = Kind(name=kind_of(__name__), display=Review)

__all__ = ["KIND", "Review"]
