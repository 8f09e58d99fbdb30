"""The relapse-prevention plan in Jupyter: saved privately and atomically, a bad file set aside (never
overwritten), a folder that cannot be written reported with nothing lost, and the text a download holds."""

from __future__ import annotations

import json
import os
import threading

import pytest

from therapybook import RelapsePlan
from therapybook.core import user_files
from therapybook.kinds.relapse_plan.plan import (
    NOT_FILLED,
    UserFileError,
    load_plan,
    load_previous,
    plan_path,
    plan_problems,
    plan_text,
    previous_path,
    save_plan,
)


@pytest.fixture
def plan(fixture_data, tmp_path, monkeypatch):
    monkeypatch.setenv("THERAPYBOOK_USER_DATA", str(tmp_path / "user"))
    return RelapsePlan.from_file("plan_sample").content


def test_save_then_load_gives_back_what_was_written(plan):
    path = save_plan(plan, {"signs": "Sleeping badly\nfor a week", "helps": "Walking with Ana"})
    assert path == plan_path(plan) and path.parent.name == "plans"
    loaded = load_plan(plan)
    assert loaded.data == {"signs": "Sleeping badly\nfor a week", "helps": "Walking with Ana"}
    assert loaded.message == ""
    assert [p.name for p in path.parent.iterdir()] == ["plan_sample.json"], "no temporary file is left behind"


def test_nothing_saved_yet_loads_as_nothing_without_a_message(plan):
    loaded = load_plan(plan)
    assert loaded.data is None and loaded.message == ""


@pytest.mark.parametrize(
    "content", ['{"plan": "plan_sample", "entr', "\udcff", "[1, 2]", '{"plan": "other", "entries": {}}']
)
def test_an_unreadable_or_foreign_file_is_set_aside_and_reported(plan, content):
    path = plan_path(plan)
    path.parent.mkdir(parents=True)
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    loaded = load_plan(plan)
    assert loaded.data is None
    backups = list(path.parent.glob("plan_sample.unreadable-*.json"))
    assert len(backups) == 1 and backups[0].read_bytes() == content.encode("utf-8", "surrogateescape")
    assert "could not be read" in loaded.message and backups[0].name in loaded.message
    assert not path.exists(), "the bad file was moved aside, so saving next does not overwrite it"


def test_a_folder_that_cannot_be_written_is_reported_and_the_old_plan_kept(plan, monkeypatch):
    save_plan(plan, {"signs": "first version"})

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(user_files.tempfile, "NamedTemporaryFile", refuse)
    with pytest.raises(UserFileError) as raised:
        save_plan(plan, {"signs": "second version"})
    message = str(raised.value)
    assert str(plan_path(plan)) in message and "Permission denied" in message and "Nothing was lost" in message
    assert load_plan(plan).data == {"signs": "first version", "helps": ""}


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only folder; the simulated case covers it")
def test_a_really_read_only_folder_is_reported(plan):
    folder = plan_path(plan).parent
    folder.mkdir(parents=True)
    folder.chmod(0o500)
    try:
        with pytest.raises(UserFileError):
            save_plan(plan, {"signs": "x"})
    finally:
        folder.chmod(0o700)


def test_concurrent_saves_leave_one_whole_plan(plan):
    def write(n):
        for _ in range(20):
            save_plan(plan, {"signs": f"writer {n} " + "x" * 5000})

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    saved = json.loads(plan_path(plan).read_text(encoding="utf-8"))
    assert saved["entries"]["signs"].startswith("writer ") and len(saved["entries"]["signs"]) == 5009
    assert sorted(p.name for p in plan_path(plan).parent.iterdir()) == ["plan_sample.json", "plan_sample.previous.json"]
    previous = json.loads(previous_path(plan).read_text(encoding="utf-8"))
    assert len(previous["entries"]["signs"]) == 5009, "the previous version is whole too"


def test_each_save_keeps_the_version_it_replaced_one_step_back(plan):
    save_plan(plan, {"signs": "first"})
    assert load_previous(plan).data is None, "nothing was replaced yet"
    save_plan(plan, {"signs": "second"})
    save_plan(plan, {"signs": ""})
    assert load_plan(plan).data == {"signs": "", "helps": ""}
    assert load_previous(plan).data == {"signs": "second", "helps": ""}
    save_plan(plan, {"signs": " "})  # an empty plan does not push the written one out
    assert load_previous(plan).data == {"signs": "second", "helps": ""}


def test_the_text_file_holds_the_titles_and_what_was_written_and_nothing_else(plan):
    text = plan_text(plan, {"signs": "  <b>tired</b> & low\n", "helps": "\u200b"})
    assert text == (
        "My sample plan\n==============\n\n"
        "Early warning signs\n-------------------\n<b>tired</b> & low\n\n"
        f"What helps\n----------\n{NOT_FILLED}\n"
    )


def test_an_over_long_section_is_named(plan):
    assert plan_problems(plan, {"signs": "x" * 4001}) == [
        "Early warning signs: please keep this under 4000 characters."
    ]
    assert plan_problems(plan, {"signs": "😊" * 4000}) == []


def test_a_damaged_plan_that_cannot_be_set_aside_is_never_saved_over(plan, monkeypatch):
    path = plan_path(plan)
    path.parent.mkdir(parents=True)
    path.write_text('"my words, not a plan"', encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(user_files.os, "replace", refuse)
    assert load_plan(plan).left_in_place
    with pytest.raises(UserFileError, match="was not saved; what you wrote is still here"):
        save_plan(plan, {"signs": "new words"})
    assert path.read_text(encoding="utf-8") == '"my words, not a plan"', "the student's file is untouched"
