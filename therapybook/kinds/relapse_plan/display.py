"""``RelapsePlan.from_file("staying_well_plan")``: a staying-well plan the student writes and keeps privately."""

from __future__ import annotations

import json
from pathlib import Path

from ...core.contract import RuleCase
from ...core.display import ContentItem
from ...core.yaml_files import load_model
from .live import PlanView
from .model import PlanContent
from .page import page_data, plan_html
from .plan import is_empty, plan_entries, plan_text
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
            cases.append(RuleCase("isEmpty", (entries,), is_empty(entries)))
        return cases + self._kept_value_cases()

    def _kept_value_cases(self) -> list[RuleCase]:
        """What a kept value reads back as: a plan, or not one (to be set aside), as Python reads its file."""
        plan = self.content
        first = plan.sections[0].id
        values: list[object] = [
            {"plan": plan.id, "entries": {first: "Sleeping badly", "unknown": "x", "__proto__": "y"}},
            {"plan": plan.id, "entries": {first: 3, "constructor": "z"}},
            {"plan": plan.id, "entries": [first]},
            {"plan": "another_plan", "entries": {first: "words"}},
            "Call Ana when I stop sleeping",
            [1, 2],
            None,
        ]
        ids = [s.id for s in plan.sections]
        cases = [RuleCase("readPlan", (json.dumps(v), plan.id, ids), plan_entries(v, plan)) for v in values]
        return [*cases, RuleCase("readPlan", ('{"plan": "' + plan.id + '", "entr', plan.id, ids), None)]
