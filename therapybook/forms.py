"""Checking a student's form entry (a thought record, say) and shaping it into a record.

Nothing here stores or sends anything: the entry lives only in the
student's own notebook or browser tab.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .models import MAX_TEXT, RATING_RANGE, FormExercise, FormField

# Words the student sees; the HTML view ships the same strings to its script.
MESSAGES = {
    "empty": "{label}: please write something here.",
    "too_long": "{label}: please keep this under {limit} characters.",
    "rating": "{label}: choose a whole number from {low} to {high}.",
}
LONG_TEXT_LIMIT = MAX_TEXT * 2
WHOLE_NUMBER = re.compile(r"-?\d+")


@dataclass(frozen=True)
class RecordLine:
    label: str
    value: str


@dataclass(frozen=True)
class EntryCheck:
    record: tuple[RecordLine, ...]
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def text_limit(field: FormField) -> int:
    return LONG_TEXT_LIMIT if field.kind == "long_text" else MAX_TEXT


def _check_field(field: FormField, raw: Any) -> tuple[str | None, str | None]:
    """(value to show, problem) for one field."""
    if field.kind == "rating":
        low, high = RATING_RANGE
        text = "" if raw is None else str(raw).strip()
        # Whole numbers only, the same pattern the page script uses.
        if not WHOLE_NUMBER.fullmatch(text) or not low <= int(text) <= high:
            return None, MESSAGES["rating"].format(label=field.label, low=low, high=high)
        return f"{int(text)} / {high}", None
    text = "" if raw is None else str(raw).strip()
    if not text:
        return None, MESSAGES["empty"].format(label=field.label)
    if len(text) > text_limit(field):
        return None, MESSAGES["too_long"].format(label=field.label, limit=text_limit(field))
    return text, None


def check_entry(form: FormExercise, values: dict[str, Any]) -> EntryCheck:
    """Every problem at once, in form order, so the student can fix them in one go."""
    record, problems = [], []
    for field in form.fields:
        value, problem = _check_field(field, values.get(field.id))
        if problem:
            problems.append(problem)
        else:
            record.append(RecordLine(field.label, value))
    return EntryCheck(tuple(record) if not problems else (), tuple(problems))
