"""MyProgress: per chapter, quiz questions answered and right, as a chart; a summary to hand in; export and import."""

from ...core.contract import Kind
from ...core.html import kind_of
from .display import MyProgress

KIND = Kind(name=kind_of(__name__), display=MyProgress)

__all__ = ["KIND", "MyProgress"]
