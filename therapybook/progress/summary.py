"""What My progress shows: per chapter, questions answered and right; and the summary a student may hand in.
Pure logic; the page script repeats both (``therapybook.rules.progress``), pinned by the contract tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .records import QuestionRecord, record_key

# Written out the same way in the page script, so the date does not depend on the reader's locale.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class ChapterRow:
    label: str
    questions: int
    answered: int
    right: int


def chapter_label(chapter: dict[str, Any]) -> str:
    number = chapter.get("number")
    return f"Chapter {number}. {chapter['title']}" if number is not None else chapter["title"]


def rows(index: dict[str, Any], records: dict[str, QuestionRecord]) -> list[ChapterRow]:
    """One row per chapter with questions; an answer the student asked to see does not count as right."""
    found = []
    for chapter in index["chapters"]:
        keys = [record_key(bank["id"], q) for bank in chapter["banks"] for q in bank["questions"]]
        if not keys:
            continue
        kept = [records[key] for key in keys if key in records]
        found.append(ChapterRow(chapter_label(chapter), len(keys), len(kept), sum(r.right for r in kept)))
    return found


def counted(n: int, noun: str) -> str:
    """ "1 question", "2 questions": the same in the page script."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def summary_text(title: str, index: dict[str, Any], records: dict[str, QuestionRecord], today: date) -> str:
    """Readable text to hand in: the date, and per chapter answered and right. Nothing else about the student."""
    lines = [title, "=" * len(title), "", f"Date: {long_date(today)}", ""]
    started = [row for row in rows(index, records) if row.answered]
    if not started:
        lines.append("No quiz questions answered yet.")
    for row in started:
        lines.append(
            f"{row.label}: {row.answered} of {counted(row.questions, 'question')} answered, {row.right} right."
        )
    if started:
        answered = sum(row.answered for row in started)
        right = sum(row.right for row in started)
        lines += [
            "",
            f"In all: {counted(answered, 'question')} answered, {right} right, in {counted(len(started), 'chapter')}.",
        ]
    return "\n".join(lines) + "\n"


CONFIDENCE_WORDS = {"sure": ", and you were sure", "unsure": ", and you were unsure", "guessed": ", and you guessed"}


def last_time(record: QuestionRecord) -> str:
    """One line under a question: how it went the last time it was answered."""
    if record.revealed:
        verdict = "you asked to see the answer"
    elif record.right:
        verdict = "right at the first try" if record.tries == 1 else f"right after {record.tries} tries"
    else:
        verdict = "not right yet (1 try)" if record.tries == 1 else f"not right yet ({record.tries} tries)"
    confidence = CONFIDENCE_WORDS.get(record.confidence or "", "")
    return f"Last time ({long_date(record.seen)}): {verdict}{confidence}."
