"""Phq9: score a made-up client's PHQ-9; see the band, response and remission, and the item-9 safety message."""

from ...core.contract import Kind
from ...core.html import kind_of
from .display import Phq9

KIND = Kind(name=kind_of(__name__), display=Phq9)

__all__ = ["KIND", "Phq9"]
