"""Behavioural activation's activity log: load a week, edit it, summarise it.

Pure logic. The summary compares mood during rewarding activities (high
pleasure or mastery) with mood during the rest, the pattern the chapter teaches.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path
from statistics import mean
from typing import Annotated, Literal

from pydantic import Field, ValidationError

from .loading import ContentError, data_dir, display_path, plain_message
from .models import ContentModel, Text

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
Rating = Annotated[int, Field(ge=0, le=10)]
# An activity counts as rewarding when either rating reaches this (on 0-10).
REWARDING_AT = 6


class Activity(ContentModel):
    day: Literal["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    activity: Text
    pleasure: Rating
    mastery: Rating
    mood: Rating

    @property
    def rewarding(self) -> bool:
        return max(self.pleasure, self.mastery) >= REWARDING_AT


def load_week(name: str = "activity_week") -> list[Activity]:
    path: Path = data_dir() / "exercises" / f"{name}.csv"
    where = display_path(path)
    activities, problems = [], []
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                activities.append(Activity.model_validate(row))
            except ValidationError as error:
                for e in error.errors():
                    field = e["loc"][0] if e["loc"] else "row"
                    problems.append(f"{where}: line {line}: '{field}' {plain_message(e)}")
    if problems:
        raise ContentError("\n".join(problems))
    if not activities:
        raise ContentError(f"{where}: has no activities")
    return activities


def one_decimal(value: float) -> str:
    """Round half up, as the page script does (Python's format rounds half to even)."""
    return f"{math.floor(value * 10 + 0.5) / 10:.1f}"


@dataclass(frozen=True)
class WeekSummary:
    count: int
    mean_mood: float
    mood_rewarding: float | None
    mood_other: float | None
    best: Activity
    daily_mood: dict[str, float]

    @property
    def sentences(self) -> list[str]:
        lines = [f"{self.count} activities, average mood {one_decimal(self.mean_mood)} out of 10."]
        if self.mood_rewarding is not None and self.mood_other is not None:
            lines.append(
                f"Mood averaged {one_decimal(self.mood_rewarding)} during activities rated {REWARDING_AT} or more "
                f"for pleasure or mastery, and {one_decimal(self.mood_other)} during the rest."
            )
        lines.append(f"Highest mood: {self.best.activity} ({self.best.day}, mood {self.best.mood}).")
        return lines


def summarise(activities: list[Activity]) -> WeekSummary:
    if not activities:
        raise ValueError("add at least one activity to see a summary")
    rewarding = [a.mood for a in activities if a.rewarding]
    other = [a.mood for a in activities if not a.rewarding]
    return WeekSummary(
        count=len(activities),
        mean_mood=mean(a.mood for a in activities),
        mood_rewarding=mean(rewarding) if rewarding else None,
        mood_other=mean(other) if other else None,
        best=max(activities, key=lambda a: a.mood),
        daily_mood={day: mean(a.mood for a in activities if a.day == day) for day in DAYS if any(a.day == day for a in activities)},
    )


def make_activity(day: str, activity: str, pleasure: int, mastery: int, mood: int) -> Activity:
    """A new or edited entry from the student, checked like the file's rows."""
    try:
        return Activity(day=day, activity=activity, pleasure=pleasure, mastery=mastery, mood=mood)
    except ValidationError as error:
        first = error.errors()[0]
        field = first["loc"][0] if first["loc"] else "entry"
        raise ValueError(f"'{field}' {plain_message(first)}") from None
