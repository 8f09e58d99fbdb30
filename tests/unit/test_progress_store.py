"""A student's progress in Jupyter: saved privately, never lost, never half-written, never silently replaced."""

from __future__ import annotations

import json
import multiprocessing
import os
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest

from therapybook.progress.records import QuestionRecord, after_check, parse
from therapybook.progress.store import FILE_NAME, ProgressStore

TODAY = date(2026, 11, 23)


def right(previous: QuestionRecord | None) -> QuestionRecord:
    return after_check(previous, True, TODAY)


def wrong(previous: QuestionRecord | None) -> QuestionRecord:
    return after_check(previous, False, TODAY)


def test_nothing_saved_yet_is_an_empty_record_and_no_message(tmp_path):
    store = ProgressStore(tmp_path)
    assert store.records() == {} and store.message == ""
    assert not (tmp_path / FILE_NAME).exists()


def test_an_answer_is_saved_and_read_back_by_a_new_store(tmp_path):
    ProgressStore(tmp_path).change("02_cbt/q1", wrong)
    ProgressStore(tmp_path).change("02_cbt/q1", right)
    kept = ProgressStore(tmp_path).records()
    assert kept["02_cbt/q1"] == QuestionRecord(right=True, tries=2, seen=TODAY, streak=0)
    saved = json.loads((tmp_path / FILE_NAME).read_text(encoding="utf-8"))
    assert saved["format"] == "therapybook-progress" and list(saved["questions"]) == ["02_cbt/q1"]


def test_the_default_folder_is_the_private_user_folder(private_folder):
    ProgressStore().change("a/q", right)
    assert (private_folder / FILE_NAME).exists()


def test_concurrent_writers_in_threads_lose_nothing(tmp_path):
    keys = [f"bank/q{i}" for i in range(40)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda key: ProgressStore(tmp_path).change(key, right), keys))
    assert sorted(ProgressStore(tmp_path).records()) == sorted(keys)


def _answer_many(folder: str, prefix: str) -> None:
    store = ProgressStore(Path(folder))
    for i in range(15):
        store.change(f"{prefix}/q{i}", right)


def test_two_notebooks_writing_at_once_lose_nothing(tmp_path):
    """Two kernels are two processes: the file lock keeps each read-modify-write whole."""
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_answer_many, args=(str(tmp_path), name)) for name in ("one", "two")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    assert len(ProgressStore(tmp_path).records()) == 30
    assert not list(tmp_path.glob("*.tmp")), "no temporary file left behind"


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2]", b'{"questions": {"a/q": {"right": "yes", "tries": 1}}}'],
    ids=["broken-json", "not-utf8", "not-an-object", "wrong-fields"],
)
def test_a_corrupt_file_is_set_aside_as_a_backup_and_reported(tmp_path, content):
    (tmp_path / FILE_NAME).write_bytes(content)
    store = ProgressStore(tmp_path)
    assert store.records() == {}
    assert "could not be read" in store.message and ".unreadable-" in store.message
    backups = list(tmp_path.glob("progress.unreadable-*.json"))
    assert len(backups) == 1 and backups[0].read_bytes() == content, "the old file is kept, byte for byte"
    store.change("a/q", right)
    assert list(ProgressStore(tmp_path).records()) == ["a/q"]


def test_a_folder_that_cannot_be_written_keeps_answers_for_the_session(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    store = ProgressStore(blocker / "inside")  # a folder cannot be made inside a file
    store.change("a/q1", wrong)
    store.change("a/q1", right)
    assert store.records()["a/q1"].tries == 2, "answers still count while the notebook is open"
    assert "Could not" in store.message and "THERAPYBOOK_USER_DATA" in store.message
    assert "still count" in store.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only folder; the case above covers it")
def test_a_read_only_folder_is_reported_and_the_old_file_is_untouched(tmp_path):
    ProgressStore(tmp_path).change("a/q1", right)
    before = (tmp_path / FILE_NAME).read_bytes()
    tmp_path.chmod(0o500)
    try:
        store = ProgressStore(tmp_path)
        store.change("a/q2", wrong)
        assert store.message and set(store.records()) == {"a/q1", "a/q2"}
        assert (tmp_path / FILE_NAME).read_bytes() == before
    finally:
        tmp_path.chmod(0o700)


def test_an_exported_browser_file_reads_in_python(tmp_path):
    """The book's export and the Jupyter file share one format."""
    exported = {
        "format": "therapybook-progress",
        "version": 1,
        "questions": {
            "02_cbt/q3": {
                "right": True,
                "tries": 1,
                "revealed": False,
                "confidence": "unsure",
                "seen": "2026-11-20",
                "streak": 1,
            }
        },
    }
    assert parse(exported)["02_cbt/q3"].confidence == "unsure"
