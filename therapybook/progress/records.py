"""What is kept per question, and how one answer changes it. Pure logic; the page script repeats it
(``therapybook.rules.progress``), and the contract tests pin that both agree.

A record is keyed ``<bank id>/<question id>`` and holds only the latest result: right or not, how many tries
the current attempt took, whether the answer was shown, how sure the student said they were, the day it was
last answered, and how many spaced attempts in a row were right first time (the review deck's spacing).
Nothing else: no chosen options, no names, no times of day.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from ..core.user_files import loads

CONFIDENCE_LEVELS = ("sure", "unsure", "guessed")
Confidence = Literal["sure", "unsure", "guessed"]
FORMAT: Literal["therapybook-progress"] = "therapybook-progress"
VERSION: Literal[1] = 1
ISO_DAY = re.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}")
# A progress file is 4 levels deep; its other fields are ignored, but a file nested deeper than this is not
# one (and the page script, whose JSON.parse reads any depth, refuses it too, as Python's json must).
MAX_DEPTH = 20


def _whole_number(value: object) -> object:
    """JSON has one kind of number: 1, 1.0 and 1e0 are the same, as the page script's JSON.parse reads them;
    true is not a number (Python's True == 1 would let it pass a Literal[1])."""
    if isinstance(value, bool):
        raise ValueError("should be a number, not true or false")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _iso_day(value: object) -> object:
    """Only a calendar date written YYYY-MM-DD (years 0001 to 9999), as the page script checks it: not a
    timestamp, a week date or a date with a time, which a looser reader would take."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and ISO_DAY.fullmatch(value):
        return date.fromisoformat(value)  # a ValueError for 2026-02-30 or the year 0
    raise ValueError("should be a date such as 2026-11-23")


Count = Annotated[int, BeforeValidator(_whole_number)]
Day = Annotated[date, BeforeValidator(_iso_day)]


class QuestionRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    right: bool
    tries: Count = Field(ge=1, le=1000)
    revealed: bool = False
    confidence: Confidence | None = None
    seen: Day
    streak: Count = Field(default=0, ge=0, le=1000)


class ProgressFile(BaseModel):
    """The saved file (Jupyter) and the exported file (book): the same format, so either can be read by both."""

    model_config = ConfigDict(extra="ignore")

    format: Literal["therapybook-progress"] = FORMAT
    version: Annotated[Literal[1], BeforeValidator(_whole_number)] = VERSION
    questions: dict[str, QuestionRecord] = Field(default_factory=dict)


class ProgressFileError(ValueError):
    """A progress file that cannot be used; the message names the first problem."""


def record_key(bank_id: str, question_id: str) -> str:
    return f"{bank_id}/{question_id}"


def depth(data: object) -> int:
    """How many objects and lists are nested in ``data`` at its deepest (a loop, so any depth is measured)."""
    deepest, waiting = 0, [(data, 1)]
    while waiting:
        value, level = waiting.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, level)
            waiting.extend((child, level + 1) for child in (value.values() if isinstance(value, dict) else value))
    return deepest


def parse(data: object) -> dict[str, QuestionRecord]:
    """The records in a saved or exported file, or ProgressFileError naming the question and field at fault."""
    if depth(data) > MAX_DEPTH:
        raise ProgressFileError(f"the file is nested more than {MAX_DEPTH} levels deep")
    try:
        # Strict: true is a boolean and not the number 1, and a date is only what _iso_day reads, as in the page.
        return ProgressFile.model_validate(data, strict=True).questions
    except ValidationError as error:
        first = error.errors()[0]
        where = " → ".join(str(part) for part in first["loc"]) or "the file"
        raise ProgressFileError(f"{where}: {first['msg']}") from None


def parse_text(text: str) -> dict[str, QuestionRecord]:
    """A saved or exported file's text, read as the page script reads it (``JSON.parse``, then ``parse``)."""
    try:
        data = loads(text)
    except ValueError as error:
        raise ProgressFileError(f"the file is not JSON ({error})") from None
    except RecursionError:
        raise ProgressFileError("the file is nested too deeply to be a progress file") from None
    return parse(data)


def dump(records: dict[str, QuestionRecord]) -> dict[str, object]:
    return ProgressFile(questions=dict(sorted(records.items()))).model_dump(mode="json")


def after_check(previous: QuestionRecord | None, right: bool, today: date) -> QuestionRecord:
    """The record after the student presses Check answer.

    Tries count from the start of the current attempt: an attempt ends when the answer is right or shown.
    The streak grows by one when an attempt is right at the first try on a later day than the last right
    answer (same-day repeats are not spaced practice), and drops to 0 otherwise.
    """
    new_attempt = previous is None or previous.right or previous.revealed
    tries = 1 if new_attempt or previous is None else previous.tries + 1
    if not right or tries > 1:
        streak = 0
    elif previous is not None and previous.right and previous.seen >= today:
        streak = previous.streak
    else:
        streak = (previous.streak if previous is not None and previous.right else 0) + 1
    return QuestionRecord(right=right, tries=tries, revealed=False, confidence=None, seen=today, streak=streak)


def after_reveal(previous: QuestionRecord | None, today: date) -> QuestionRecord:
    """Showing the answer ends the attempt as not right: the question comes back first in the review deck."""
    tries = 1 if previous is None or previous.right or previous.revealed else previous.tries
    return QuestionRecord(right=False, tries=tries, revealed=True, confidence=None, seen=today, streak=0)


def with_confidence(record: QuestionRecord, confidence: Confidence | None) -> QuestionRecord:
    return record.model_copy(update={"confidence": confidence})


def merge(kept: dict[str, QuestionRecord], incoming: dict[str, QuestionRecord]) -> dict[str, QuestionRecord]:
    """Both sets of records; where both hold a question, the one answered later wins (a tie keeps ``kept``)."""
    merged = dict(kept)
    for key, record in incoming.items():
        if key not in merged or record.seen > merged[key].seen:
            merged[key] = record
    return merged
