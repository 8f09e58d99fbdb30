"""The week's summary: mood during rewarding activities against mood during the rest.

Pure logic. The page script repeats these sentences; the contract tests pin that both agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import mean

from .model import DAYS, REWARDING_AT, Activity


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
        daily_mood={
            day: mean(a.mood for a in activities if a.day == day)
            for day in DAYS
            if any(a.day == day for a in activities)
        },
    )
