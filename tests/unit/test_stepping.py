"""Moving through a walkthrough and changing its lens."""

from __future__ import annotations

import pytest

from therapybook import Walkthrough
from therapybook.kinds.walkthrough.stepping import WalkthroughSession


@pytest.fixture
def session(fixture_data):
    return WalkthroughSession(Walkthrough.read("sample_walk"))


def test_starts_at_step_one_with_the_first_lens(session):
    assert session.label == "Step 1 of 3"
    assert session.lens == "plain"
    assert session.text == "You reach out."
    assert session.at_start and not session.at_end


def test_next_and_back_stop_at_the_ends(session):
    session.back()
    assert session.index == 0
    session.next()
    session.next()
    session.next()
    assert session.label == "Step 3 of 3" and session.at_end
    session.back()
    assert session.step.id == "middle"


def test_lens_changes_what_the_step_shows(session):
    session.set_lens("clinical")
    assert session.text == "Assessment <em>begins</em>."
    with pytest.raises(KeyError, match="no lens option 'cbt'"):
        session.set_lens("cbt")


def test_go_to_checks_the_range(session):
    assert session.go_to(2).id == "end"
    with pytest.raises(IndexError, match="steps 1 to 3, not 4"):
        session.go_to(3)


def test_walkthrough_without_lens_reads_plain_text(tmp_path):
    path = tmp_path / "plain.yml"
    path.write_text("id: plain\ntitle: T\nsteps:\n  - {id: a, title: A, text: only text}\n", encoding="utf-8")
    session = WalkthroughSession(Walkthrough.read(path))
    assert session.lens is None and session.text == "only text" and session.at_end
