"""``EvidenceFilter.from_file("trial_filters")``: pick therapy, control and risk of bias; read the pooled result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ...core.display import ContentItem
from ...core.yaml_files import load_model
from .describing import describe
from .live import EvidenceFilterView
from .model import EvidenceFilterContent, FilterResult
from .page import evidence_filter_html
from .text import evidence_filter_text

# Given a choice (filter id -> option id), the pooled result, or None when no trial matches.
Compute = Callable[[dict[str, str]], FilterResult | None]


class EvidenceFilter(ContentItem[EvidenceFilterContent]):
    def __init__(self, content: EvidenceFilterContent, compute: Compute | None = None) -> None:
        super().__init__(content)
        # The live view pools afresh when it can; the page can only look up the stored results.
        self.compute = compute

    @classmethod
    def load(cls, path: Path) -> EvidenceFilterContent:
        return load_model(EvidenceFilterContent, path)

    def stored(self, choice: dict[str, str]) -> FilterResult | None:
        key = self.content.key(choice)
        return next((r for r in self.content.results if r.key == key), None)

    def result_for(self, choice: dict[str, str]) -> FilterResult | None:
        return self.compute(choice) if self.compute else self.stored(choice)

    def sentence(self, choice: dict[str, str]) -> str:
        return describe(self.result_for(choice), self.content.empty)

    def view(self) -> EvidenceFilterView:
        return EvidenceFilterView(self.content, self.sentence)

    def html(self) -> str:
        return evidence_filter_html(self.content)

    def text(self) -> str:
        return evidence_filter_text(self.content)

    def essential_text(self) -> list[str]:
        item = self.content
        first = describe(self.stored(item.first_choice()), item.empty)
        return [item.title, item.intro, first, *(f.label for f in item.filters)]
