"""The planner as plain text: the week as a table, then its summary."""

from __future__ import annotations

from .model import Activity
from .summary import summarise


def planner_text(title: str, activities: list[Activity]) -> str:
    lines = [title, "", f"{'Day':4} {'Activity':40} Pleasure Mastery Mood"]
    lines += [f"{a.day:4} {a.activity[:40]:40} {a.pleasure:8} {a.mastery:7} {a.mood:4}" for a in activities]
    return "\n".join([*lines, "", *summarise(activities).sentences])
