"""``ActivityPlanner.from_file("activity_week")``: a worked week the student can edit and add to."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from ...core.contract import RuleCase
from ...core.display import ContentItem
from .live import PlannerView
from .loading import read_week
from .model import REWARDING_AT, Activity, Week
from .page import planner_html
from .summary import one_decimal, summarise
from .text import planner_text


class ActivityPlanner(ContentItem[Week]):
    suffix = ".csv"
    title: ClassVar[str] = "Activity and mood planner"
    intro: ClassVar[str] = (
        "Start from the worked week, then add your own activities with their ratings. "
        "The summary and chart follow. Nothing you enter leaves this page or notebook."
    )

    @classmethod
    def load(cls, path: Path) -> Week:
        return read_week(path)

    @property
    def activities(self) -> list[Activity]:
        return self.content.activities

    def view(self) -> PlannerView:
        return PlannerView(self.activities)

    def html(self) -> str:
        return planner_html(self.content, self.title, self.intro)

    def text(self) -> str:
        return planner_text(self.title, self.activities)

    def essential_text(self) -> list[str]:
        return [self.title, self.intro, *(a.activity for a in self.activities), *summarise(self.activities).sentences]

    def rule_cases(self) -> list[RuleCase]:
        """The summary of the week and of every shorter week made by dropping entries from the start."""
        rows = [a.model_dump() for a in self.activities]
        cases = [
            RuleCase("summarise", (rows[i:], REWARDING_AT), summarise(self.activities[i:]).sentences)
            for i in range(len(rows))
        ]
        halves = [0.05, 0.15, 0.25, 2.45, 4.35, 7.65, 9.95]
        return cases + [RuleCase("oneDecimal", (value,), one_decimal(value)) for value in halves]
