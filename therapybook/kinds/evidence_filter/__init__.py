"""Evidence filter: choose a subgroup of trials and read its pooled result, precomputed for every choice."""

from ...core.contract import Kind
from ...core.html import kind_of
from .display import EvidenceFilter

KIND = Kind(name=kind_of(__name__), display=EvidenceFilter)

__all__ = ["KIND", "EvidenceFilter"]
