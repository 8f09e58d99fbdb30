"""``RelapsePlan.from_file("staying_well_plan")``: a staying-well plan the student writes and keeps privately."""

from __future__ import annotations

from pathlib import Path

from ...core.contract import RuleCase
from ...core.display import ContentItem
from ...core.yaml_files import load_model
from .live import PlanView
from .model import PlanContent
from .page import page_data, plan_html
from .plan import plan_text
from .text import plan_outline


class RelapsePlan(ContentItem[PlanContent]):
    @classmethod
    def load(cls, path: Path) -> PlanContent:
        return load_model(PlanContent, path)

    def view(self) -> PlanView:
        return PlanView(self.content)

    def html(self) -> str:
        return plan_html(self.content)

    def text(self) -> str:
        return plan_outline(self.content)

    def essential_text(self) -> list[str]:
        return [self.content.title, self.content.intro, *(s.label for s in self.content.sections)]

    def rule_cases(self) -> list[RuleCase]:
        """The downloaded file: empty and blank sections, markup kept as typed, emoji and invisible characters."""
        samples = [
            "",
            " \t\u00a0",
            "Sleeping badly\nfor a week",
            "<b>bold</b> & <script>x</script>",
            "😊 café",
            "\ufeffcall Ana\u200b",
        ]
        cases = []
        for shift in range(len(samples)):
            entries = {s.id: samples[(i + shift) % len(samples)] for i, s in enumerate(self.content.sections)}
            cases.append(RuleCase("planText", (page_data(self.content), entries), plan_text(self.content, entries)))
        return cases
