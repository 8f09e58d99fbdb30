"""``ActivityPlanner.from_file("activity_week")``: a worked week the student can edit and add to."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from ...core.contract import RuleCase
from ...core.display import ContentItem
from ...core.text import MAX_TEXT
from .checking import check_activity
from .live import PlannerView
from .loading import read_week
from .model import REWARDING_AT, Activity, Week
from .page import planner_data, planner_html
from .summary import one_decimal, summarise
from .text import planner_text

# Entries a student might type: blanks, invisible characters, emoji at the limit, odd numbers.
ENTRIES: list[dict[str, object]] = [
    {"day": "Mon", "activity": "Walk", "pleasure": "7", "mastery": "4", "mood": "6"},
    {"day": "Sun", "activity": "", "pleasure": "", "mastery": "11", "mood": "-1"},
    {"day": "Funday", "activity": "\u200b\ufeff", "pleasure": "٥", "mastery": "5.5", "mood": "1e1"},
    {"day": "Tue", "activity": "😊" * MAX_TEXT, "pleasure": " 010 ", "mastery": "-0", "mood": "\u00a010\u200b"},
    {"day": "Wed", "activity": "😊" * (MAX_TEXT + 1), "pleasure": "+5", "mastery": "0x5", "mood": "５"},
    {"day": "Thu", "activity": " <b>Tea</b> & talk ", "pleasure": 3, "mastery": 0, "mood": 10},
]


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
        return PlannerView(self.activities, self.title, self.intro)

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
        cases += [RuleCase("oneDecimal", (value,), one_decimal(value)) for value in halves]
        return cases + [self._check_case(values) for values in ENTRIES]

    def _check_case(self, values: dict[str, object]) -> RuleCase:
        result = check_activity(values)
        entry = result.entry.model_dump() if result.entry else None
        return RuleCase(
            "checkActivity", (planner_data(self.content), values), {"entry": entry, "problems": list(result.problems)}
        )
