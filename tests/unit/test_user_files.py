"""A student's own files in Jupyter when they are damaged: every unreadable file is set aside under a name of its
own and reported in words, never a traceback; if it cannot be set aside, the student is told and it is never
written over."""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path

import pytest

from therapybook.core import user_files
from therapybook.core.user_files import read_json, write_json
from therapybook.progress.records import after_check
from therapybook.progress.store import FILE_NAME, ProgressStore

TODAY = date(2026, 11, 23)
DAMAGED = {
    "deep-list": b"[" * 100_000,
    "deep-object": b'{"a":' * 100_000,
    "deep-but-closed": b"[" * 5000 + b"]" * 5000,
    "nan": b'{"questions": {}, "note": NaN}',
    "huge-integer": b'{"questions": {}, "n": ' + b"9" * 5000 + b"}",
}


def right(previous):
    return after_check(previous, True, TODAY)


class OneSecond(datetime):
    """A clock that never moves: every backup is made within the same second."""

    @classmethod
    def now(cls, tz=None):
        return cls(2026, 11, 23, 10, 30, 0)


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_file_is_set_aside_and_reported_never_a_traceback(tmp_path, content):
    path = tmp_path / FILE_NAME
    path.write_bytes(content)
    loaded = read_json(path)
    assert loaded.data is None
    assert "could not be read" in loaded.message and "you start afresh" in loaded.message
    backups = list(tmp_path.glob("progress.unreadable-*.json"))
    assert [b.read_bytes() for b in backups] == [content], "kept byte for byte"
    assert not path.exists()


def test_a_deeply_nested_progress_file_is_named_as_such_and_quizzes_still_work(tmp_path):
    (tmp_path / FILE_NAME).write_text("[" * 100_000, encoding="utf-8")
    store = ProgressStore(tmp_path)
    store.change("02_cbt/q1", right)
    assert list(store.records()) == ["02_cbt/q1"]
    assert "it is nested too deeply to be a saved file" in store.message


def test_two_damaged_files_in_one_second_each_keep_their_own_backup(tmp_path, monkeypatch):
    monkeypatch.setattr(user_files, "datetime", OneSecond)
    path = tmp_path / FILE_NAME
    messages = []
    for n in range(3):
        path.write_text(f"{{broken {n}", encoding="utf-8")
        messages.append(read_json(path).message)
    backups = sorted(tmp_path.glob("progress.unreadable-*.json"))
    assert sorted(b.read_text(encoding="utf-8") for b in backups) == ["{broken 0", "{broken 1", "{broken 2"]
    assert len({m for m in messages}) == 3, "each message names its own backup"
    for backup in backups:
        assert backup.name in " ".join(messages)


def test_a_backup_that_cannot_be_made_is_reported_and_the_file_never_written_over(tmp_path, monkeypatch):
    path = tmp_path / FILE_NAME
    path.write_text("{broken", encoding="utf-8")
    real_replace = os.replace

    def no_room_for_a_copy(source, target):
        if ".unreadable-" in str(target):
            raise OSError(28, "No space left on device")
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", no_room_for_a_copy)
    store = ProgressStore(tmp_path)
    store.change("02_cbt/q1", right)
    assert path.read_text(encoding="utf-8") == "{broken", "the unreadable file is left exactly as it was"
    assert not list(tmp_path.glob("*unreadable*")), "no empty or partial copy left behind"
    assert "could not be kept" in store.message and "No space left on device" in store.message
    assert "left as it is" in store.message and "still count" in store.message
    assert "set aside" not in store.message, "never claim a copy that was not made"
    assert list(store.records()) == ["02_cbt/q1"], "the answer counts for the session"
    monkeypatch.setattr(os, "replace", real_replace)
    store.change("02_cbt/q2", right)
    assert sorted(store.records()) == ["02_cbt/q1", "02_cbt/q2"], "once the copy can be made, nothing was lost"
    assert [b.read_text(encoding="utf-8") for b in tmp_path.glob("progress.unreadable-*.json")] == ["{broken"]


def test_text_that_utf8_cannot_hold_is_saved_without_loss(tmp_path):
    """A lone surrogate can reach Python from a browser (a widget's text, an imported file's key)."""
    path = tmp_path / "plan.json"
    data = {"entries": {"signs": "half an emoji \ud83d here"}}
    write_json(path, data)
    assert read_json(path).data == data
    assert json.loads(path.read_text(encoding="utf-8")) == data


def test_a_file_written_by_hand_reads_back(tmp_path):
    path = tmp_path / "note.json"
    path.write_text('{"a": "caf\u00e9 😊"}', encoding="utf-8")
    assert read_json(path).data == {"a": "café 😊"} and Path(path).exists()
