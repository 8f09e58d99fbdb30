"""Made-up histories on which the page script must deal the same deck as Python."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ...core.contract import RuleCase
from ...progress.records import QuestionRecord, record_key
from ...progress.spacing import pick


def made_up_index(chapters: int = 3, per_chapter: int = 4) -> dict[str, Any]:
    """A small book of several chapters, so the cases also pin how the deck mixes chapters."""
    return {
        "chapters": [
            {
                "number": n,
                "title": f"Chapter {n}",
                "page": None,
                "banks": [{"id": f"c{n}", "title": f"Quiz {n}", "questions": [f"q{i}" for i in range(per_chapter)]}],
            }
            for n in range(1, chapters + 1)
        ]
    }


def rule_cases(index: dict[str, Any], size: int, today: date) -> list[RuleCase]:
    return _cases(index, size, today) + _cases(made_up_index(), 5, today)


def _cases(index: dict[str, Any], size: int, today: date) -> list[RuleCase]:
    keys = [record_key(b["id"], q) for c in index["chapters"] for b in c["banks"] for q in b["questions"]]

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    ways = [
        QuestionRecord(right=False, tries=1, seen=ago(0)),
        QuestionRecord(right=True, tries=1, confidence="sure", seen=ago(3), streak=1),  # not due for 4 more days
        QuestionRecord(right=True, tries=1, confidence="sure", seen=ago(30), streak=3),  # 2 days overdue
        QuestionRecord(right=True, tries=1, confidence="unsure", seen=ago(3)),  # due today
        QuestionRecord(right=True, tries=1, confidence="unsure", seen=ago(2)),  # due tomorrow
        QuestionRecord(right=True, tries=1, confidence="guessed", seen=ago(5)),  # 4 days overdue
        QuestionRecord(right=True, tries=2, seen=ago(1)),
        QuestionRecord(right=False, tries=1, revealed=True, seen=ago(9)),
        QuestionRecord(right=True, tries=1, seen=ago(8), streak=1),  # not marked: as sure
        QuestionRecord(right=True, tries=1, confidence="sure", seen=ago(13), streak=2),  # due tomorrow
    ]
    histories: list[dict[str, QuestionRecord]] = [
        {},
        {key: ways[i % len(ways)] for i, key in enumerate(keys)},  # everything answered, some not due
        {key: ways[i % len(ways)] for i, key in enumerate(keys[::3])},
        {key: ways[1] for key in keys},  # nothing due
        {key: ways[0] for key in keys[-4:]},
        # Years below 100 are years like any other (JavaScript's Date.UTC would read 0099 as 1999).
        {
            keys[0]: ways[0].model_copy(update={"seen": date(1950, 1, 1)}),
            keys[1]: ways[7].model_copy(update={"seen": date(99, 12, 31)}),
        },
    ]
    cases = []
    for records in histories:
        as_json = {key: record.model_dump(mode="json") for key, record in records.items()}
        for deck_size in (size, 3):
            expected = [{"key": p.key, "group": p.group} for p in pick(index, records, today, deck_size)]
            cases.append(RuleCase("pick", (index, as_json, today.isoformat(), deck_size), expected))
    return cases
