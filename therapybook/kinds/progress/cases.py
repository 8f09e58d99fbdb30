"""Cases the page script must answer as Python does: records after each kind of answer, merging, the rows,
the summary to hand in, the 'last time' line, and which files are accepted."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ...core.contract import RuleCase
from ...progress.records import (
    ProgressFileError,
    QuestionRecord,
    after_check,
    after_reveal,
    dump,
    merge,
    parse,
    record_key,
)
from ...progress.summary import last_time, rows, summary_text


def _json(record: QuestionRecord | None) -> dict[str, Any] | None:
    return None if record is None else record.model_dump(mode="json")


def _records_json(records: dict[str, QuestionRecord]) -> dict[str, Any]:
    return {key: record.model_dump(mode="json") for key, record in records.items()}


def made_up_history(index: dict[str, Any], today: date) -> dict[str, QuestionRecord]:
    """Some questions of the first chapters answered in every way a student can, on several days."""
    keys = [record_key(b["id"], q) for c in index["chapters"] for b in c["banks"] for q in b["questions"]]
    ways = [
        QuestionRecord(right=True, tries=1, confidence="sure", seen=today - timedelta(days=9), streak=1),
        QuestionRecord(right=False, tries=2, seen=today),
        QuestionRecord(right=False, tries=1, revealed=True, seen=today - timedelta(days=1)),
        QuestionRecord(right=True, tries=3, confidence="unsure", seen=today - timedelta(days=2)),
        QuestionRecord(right=True, tries=1, confidence="guessed", seen=today - timedelta(days=1)),
        QuestionRecord(right=True, tries=1, confidence="unsure", seen=today - timedelta(days=3), streak=2),
        QuestionRecord(right=True, tries=1, seen=today - timedelta(days=40), streak=5),
    ]
    return {key: ways[i % len(ways)] for i, key in enumerate(keys[: 3 * len(ways)])}


def rule_cases(title: str, index: dict[str, Any], today: date) -> list[RuleCase]:
    day = today.isoformat()
    earlier = (today - timedelta(days=4)).isoformat()
    history = made_up_history(index, today)
    cases = []
    previous: list[QuestionRecord | None] = [None, *dict.fromkeys(history.values())]
    previous.append(QuestionRecord(right=True, tries=1, seen=today, streak=2))
    for record in previous:
        for right in (True, False):
            cases.append(RuleCase("afterCheck", (_json(record), right, day), _json(after_check(record, right, today))))
        cases.append(RuleCase("afterReveal", (_json(record), day), _json(after_reveal(record, today))))
        if record is not None:
            cases.append(RuleCase("lastTime", (_json(record),), last_time(record)))
    older = {key: record.model_copy(update={"seen": today - timedelta(days=60)}) for key, record in history.items()}
    newer = {key: record.model_copy(update={"seen": today}) for key, record in list(history.items())[:3]}
    for kept, incoming in ((history, older), (older, newer), ({}, history), (history, {})):
        cases.append(
            RuleCase("merge", (_records_json(kept), _records_json(incoming)), _records_json(merge(kept, incoming)))
        )
    for records in ({}, history):
        found = [vars(row) for row in rows(index, records)]
        cases.append(RuleCase("rows", (index, _records_json(records)), found))
        cases.append(
            RuleCase(
                "summaryText", (title, index, _records_json(records), day), summary_text(title, index, records, today)
            )
        )
    good = dump(history)
    files: list[object] = [
        good,
        {"questions": {"a/b": {"right": True, "tries": 1, "seen": earlier}}},
        {},
        [],
        "progress",
        {"format": "something else", "questions": {}},
        {"version": 2, "questions": {}},
        {"questions": []},
        {"questions": {"a/b": {"right": "yes", "tries": 1, "seen": earlier}}},
        {"questions": {"a/b": {"right": True, "tries": 0, "seen": earlier}}},
        {"questions": {"a/b": {"right": True, "tries": 1, "seen": "2026-02-30"}}},
        {"questions": {"a/b": {"right": True, "tries": 1, "seen": "23/11/2026"}}},
        {"questions": {"a/b": {"right": True, "tries": 1, "seen": earlier, "confidence": "certain"}}},
        {"questions": {"a/b": {"right": True, "tries": 1, "seen": earlier, "chosen": [1]}}},
        {"questions": {"a/b": {"tries": 1, "seen": earlier}}},
    ]
    for data in files:
        try:
            expected: object = _records_json(parse(data))
        except ProgressFileError:
            expected = None
        cases.append(RuleCase("parseOrNull", (data,), expected))
    return cases
