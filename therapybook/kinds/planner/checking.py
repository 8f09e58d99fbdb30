"""Checking an activity a student adds or edits, with the same words in the notebook and on the page.

The page script repeats ``check_activity`` with the messages shipped in its data;
the contract tests pin that both agree, through ``ActivityPlanner.rule_cases``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...core.text import MAX_TEXT, char_count, trim, whole_number_in
from .model import DAYS, RATINGS, Activity

RATING_RANGE = (0, 10)
MESSAGES = {
    "day": "Day: choose a day of the week.",
    "empty": "Activity: please write what you did.",
    "too_long": "Activity: please keep this under {limit} characters.",
    "rating": "{label}: choose a whole number from {low} to {high}.",
}


@dataclass(frozen=True)
class ActivityCheck:
    entry: Activity | None
    problems: tuple[str, ...]


def _rating(name: str, raw: object) -> int | str:
    """The rating as a number, or the message saying what to fix."""
    low, high = RATING_RANGE
    rating = whole_number_in(raw, low, high)
    if rating is None:
        return MESSAGES["rating"].format(label=name.capitalize(), low=low, high=high)
    return rating


def check_activity(values: dict[str, object]) -> ActivityCheck:
    """Every problem at once, in the order the fields are shown."""
    problems: list[str] = []
    day = str(values.get("day") or "")
    if day not in DAYS:
        problems.append(MESSAGES["day"])
    activity = trim(str(values.get("activity") or ""))
    if not activity:
        problems.append(MESSAGES["empty"])
    elif char_count(activity) > MAX_TEXT:
        problems.append(MESSAGES["too_long"].format(limit=MAX_TEXT))
    ratings = {name: _rating(name, values.get(name)) for name in RATINGS}
    problems += [r for r in ratings.values() if isinstance(r, str)]
    if problems:
        return ActivityCheck(None, tuple(problems))
    entry = Activity.model_validate({"day": day, "activity": activity, **ratings})
    return ActivityCheck(entry, ())
