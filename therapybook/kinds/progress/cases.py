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
    parse_text,
    record_key,
)
from ...progress.summary import last_time, rows, summary_text


def _json(record: QuestionRecord | None) -> dict[str, Any] | None:
    return None if record is None else record.model_dump(mode="json")


def _records_json(records: dict[str, QuestionRecord]) -> dict[str, Any]:
    return {key: record.model_dump(mode="json") for key, record in records.items()}


def _entries(records: dict[str, QuestionRecord]) -> list[list[Any]]:
    """Records as [key as code points, record], sorted: a key a browser can hold but UTF-8 cannot (a lone
    surrogate) or that a JavaScript object would hide (``__proto__``) still crosses into the test intact."""
    return sorted([[ord(char) for char in key], record.model_dump(mode="json")] for key, record in records.items())


def _text_or_none(text: str) -> list[list[Any]] | None:
    try:
        return _entries(parse_text(text))
    except ProgressFileError:
        return None


def _file(questions: str, extra: str = "") -> str:
    return '{"format": "therapybook-progress", "version": 1' + extra + ', "questions": {' + questions + "}}"


def _record(key: str, tries: str = "1", seen: str = '"2026-11-20"', more: str = "") -> str:
    return f'"{key}": {{"right": true, "tries": {tries}, "seen": {seen}{more}}}'


# Files as text, as the page reads them from the browser's storage or an imported file and Python from
# progress.json: the numbers as written (1.0, 1e0), keys a plain object would confuse, dates both must read alike.
TEXTS = [
    _file(_record("a/b", tries="1.0")),
    _file(_record("a/b", tries="1e0")),
    _file(_record("a/b", tries="1.5")),
    _file(_record("a/b", tries="1e400")),
    _file(_record("a/b", more=', "streak": 2.0')),
    _file(_record("a/b", more=', "streak": -0.0')),
    _file(_record("a/b", more=', "revealed": 0')),
    _file(_record("a/b", more=', "confidence": null')),
    _file(_record("a/b")),
    _file(_record("a/b"), extra=', "version": 1.0'),
    '{"version": true, "questions": {}}',
    '{"format": null, "questions": {}}',
    '{"questions": null}',
    _file(_record("a/b"), extra=', "note": NaN'),
    _file(_record("a/b", tries="NaN")),
    _file(_record("a/b", tries="Infinity")),
    _file(_record("a/b", seen='"0099-12-31"')),
    _file(_record("a/b", seen='"0001-01-01"')),
    _file(_record("a/b", seen='"0000-01-01"')),
    _file(_record("a/b", seen='"9999-12-31"')),
    _file(_record("a/b", seen='"2024-02-29"')),
    _file(_record("a/b", seen='"2026-02-29"')),
    _file(_record("a/b", seen='"86400"')),
    _file(_record("a/b", seen='"20261120"')),
    _file(_record("a/b", seen='"2026-11-20T00:00:00"')),
    _file(_record("a/b", seen='"2026-W47-5"')),
    _file(_record("a/b", seen='"2026-11-20\n"')),
    _file(_record("a/b", seen='"\u0662\u0660\u0662\u0666-11-20"')),
    _file(_record("a/b", seen="1763596800")),
    _file(_record("constructor")),
    _file(_record("toString") + ", " + _record("hasOwnProperty", seen='"2026-11-21"')),
    _file(_record("__proto__")),
    _file(_record("__proto__", tries='"x"')),
    _file(_record("\ud800") + ", " + _record("\udc00/x")),
    _file(_record("7") + ", " + _record("a/b")),
    _file(_record("a/b") + ", " + _record("a/b", seen='"2026-11-21"')),
    '{"questions": {}}',
    '{"questions": {}, "note": ' + "[" * 5000 + "]" * 5000 + "}",
    '{"questions": {}, "note": ' + "[" * 19 + "]" * 19 + "}",
    '{"questions": {}, "note": ' + "[" * 20 + "]" * 20 + "}",
    "[" * 100_000,
    "[]",
    '"progress"',
    "",
    "{not json",
]
# Pairs merged as the page merges an imported file into what the browser keeps.
MERGED = [
    (_file(_record("a/b")), _file(_record("constructor") + ", " + _record("toString"))),
    (_file(_record("__proto__", seen='"2026-11-19"')), _file(_record("__proto__"))),
    (_file(_record("a/b", seen='"0099-12-31"')), _file(_record("a/b", seen='"1950-01-01"'))),
    (_file(_record("a/b", seen='"1950-01-01"')), _file(_record("a/b", seen='"0099-12-31"'))),
]


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
    long_ago = QuestionRecord(right=True, tries=2, seen=date(99, 12, 31))
    cases.append(RuleCase("lastTime", (_json(long_ago),), last_time(long_ago)))
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
    for text in TEXTS:
        cases.append(RuleCase("readTextOrNull", (text,), _text_or_none(text)))
    for kept_text, incoming_text in MERGED:
        merged = merge(parse_text(kept_text), parse_text(incoming_text))
        cases.append(RuleCase("mergeTexts", (kept_text, incoming_text), _entries(merged)))
    return cases
