"""``Overlap.from_file("effect_size_overlap")``: a slider for g, the two curves, and what g means."""

from __future__ import annotations

from pathlib import Path

from ...core.contract import RuleCase
from ...core.display import ContentItem
from ...core.yaml_files import load_model
from .live import OverlapView
from .model import OverlapContent
from .overlap import curve_path, numbers, slider_values, summary
from .page import overlap_html
from .text import overlap_text


class Overlap(ContentItem[OverlapContent]):
    @classmethod
    def load(cls, path: Path) -> OverlapContent:
        return load_model(OverlapContent, path)

    def view(self) -> OverlapView:
        return OverlapView(self.content)

    def html(self) -> str:
        return overlap_html(self.content)

    def text(self) -> str:
        return overlap_text(self.content)

    def essential_text(self) -> list[str]:
        item = self.content
        return [item.title, item.intro, item.control_label, item.treated_label, summary(item.start)]

    def rule_cases(self) -> list[RuleCase]:
        """Every slider position: the numbers and the sentence, and the curve drawn for a few of them."""
        cases = [RuleCase("numbers", (g,), numbers(g)) for g in slider_values()]
        cases += [RuleCase("summary", (g,), summary(g)) for g in slider_values()]
        return cases + [RuleCase("curvePath", (g,), curve_path(g)) for g in (0.0, 0.35, 1.2, 2.0)]
