"""Checking a student's form entry (a thought record, say) and shaping it into a record.

Nothing here stores or sends anything: the entry lives only in the student's
own notebook or browser tab. The page script applies the same rules with the
same messages: it trims the same invisible characters, counts characters the
same way (code points) and accepts the same digits, all generated from
``therapybook.core.text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...core.text import MAX_TEXT, char_count, trim, whole_number_in
from .model import RATING_RANGE, FormExercise, FormField

# Words the student sees; the page view ships the same strings to its script.
MESSAGES = {
    "empty": "{label}: please write something here.",
    "too_long": "{label}: please keep this under {limit} characters.",
    "rating": "{label}: choose a whole number from {low} to {high}.",
}
LONG_TEXT_LIMIT = MAX_TEXT * 2


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


def check_value(field: FormField, raw: Any) -> RecordLine | str:
    """The line to show, or the problem to fix, for one field."""
    if field.kind == "rating":
        low, high = RATING_RANGE
        rating = whole_number_in(raw, low, high)
        if rating is None:
            return MESSAGES["rating"].format(label=field.label, low=low, high=high)
        return RecordLine(field.label, f"{rating} / {high}")
    text = trim("" if raw is None else str(raw))
    if not text:
        return MESSAGES["empty"].format(label=field.label)
    if char_count(text) > text_limit(field):
        return MESSAGES["too_long"].format(label=field.label, limit=text_limit(field))
    return RecordLine(field.label, text)


def check_entry(form: FormExercise, values: dict[str, Any]) -> EntryCheck:
    """Every problem at once, in form order, so the student can fix them in one go."""
    results = [check_value(field, values.get(field.id)) for field in form.fields]
    problems = tuple(r for r in results if isinstance(r, str))
    record = tuple(r for r in results if isinstance(r, RecordLine))
    return EntryCheck(record if not problems else (), problems)
