"""The review deck's spacing rule: which questions come back, and in what order. Pure logic; the page script
repeats it (``therapybook.rules.review.pick``) and the contract tests pin that both agree.

The rule, as the Review page explains it to students:

1. A question waits a number of days after it was last answered before it comes back:
   - not right, or the answer was shown: 0 days (it is due again at once);
   - right, but guessed or after more than one try: 1 day;
   - right, but unsure: 3 days;
   - right and sure (or not marked): 7 days, then 14, then 28 as it keeps being right at the first try
     on later days (the record's streak).
2. Of the questions that are due, the deck takes first those answered wrongly, then those guessed or found
   hard, then those marked unsure, then those right and due again, and only then questions never tried.
3. Within each group, the question overdue the longest comes first; then the questions are dealt out
   across chapters (each chapter's first question, then each one's second, ...), so the deck mixes chapters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .records import QuestionRecord, record_key

DECK_SIZE = 10
SURE_DAYS = (7, 14, 28)
# Groups in the order the deck takes them; the words are what the Review page shows beside each question.
REASONS = (
    "Last time this was not right, or you asked to see the answer.",
    "Last time you guessed, or it took more than one try.",
    "Last time you were unsure.",
    "You got this right a while ago: time to check it is still there.",
    "You have not tried this one yet.",
)
WRONG, HARD, UNSURE, DUE_AGAIN, NEW = range(5)


def wait_days(record: QuestionRecord) -> tuple[int, int]:
    """(group, days to wait after ``record.seen``) for an answered question."""
    if not record.right:
        return WRONG, 0
    if record.tries > 1 or record.confidence == "guessed":
        return HARD, 1
    if record.confidence == "unsure":
        return UNSURE, 3
    return DUE_AGAIN, SURE_DAYS[min(max(record.streak, 1), len(SURE_DAYS)) - 1]


@dataclass(frozen=True)
class Pick:
    key: str
    group: int

    @property
    def reason(self) -> str:
        return REASONS[self.group]


def question_keys(index: dict[str, Any]) -> list[tuple[str, int, int]]:
    """Every question in the index as (key, chapter position, position within its chapter)."""
    found = []
    for chapter_position, chapter in enumerate(index["chapters"]):
        position = 0
        for bank in chapter["banks"]:
            for question_id in bank["questions"]:
                found.append((record_key(bank["id"], question_id), chapter_position, position))
                position += 1
    return found


def pick(index: dict[str, Any], records: dict[str, QuestionRecord], today: date, size: int = DECK_SIZE) -> list[Pick]:
    """The deck: up to ``size`` questions that are due, in the order of the rule above."""
    ranked = []
    for key, chapter_position, position in question_keys(index):
        record = records.get(key)
        if record is None:
            group, overdue = NEW, 0
        else:
            group, wait = wait_days(record)
            overdue = (today - record.seen).days - wait
            if overdue < 0:
                continue
        ranked.append(((group, -overdue, position, chapter_position), Pick(key, group)))
    ranked.sort(key=lambda item: item[0])
    return [chosen for _, chosen in ranked[:size]]
