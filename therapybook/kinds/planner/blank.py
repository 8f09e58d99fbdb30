"""The activity and mood planner as a blank week to print: each day in three parts, with the planner's ratings."""

from __future__ import annotations

from ...core.html import kind_of, render_blank, root_id
from .checking import RATING_RANGE
from .model import DAYS, RATINGS, Week

KIND = kind_of(__name__)
PARTS_OF_DAY = ("Morning", "Afternoon", "Evening")
CAPTION = "One week, each day in three parts"


def blank_planner(week: Week, title: str) -> str:
    low, high = RATING_RANGE
    columns = ["Day", "Part of the day", "Activity", *(f"{r.capitalize()} ({low}–{high})" for r in RATINGS)]
    how = (
        f"Write down what you did in each part of the day, then rate it from {low} to {high}: pleasure (how much "
        "you enjoyed it), mastery (how much it felt like an achievement) and mood (how you felt during it)."
    )
    return render_blank(
        KIND,
        sheet_id=root_id("blank", week.id),
        title=title,
        how=how,
        caption=CAPTION,
        columns=columns,
        days=DAYS,
        parts=PARTS_OF_DAY,
    )
