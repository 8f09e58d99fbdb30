"""The book's own content files: every quiz and walkthrough loads, cites known
sources, and every chapter quiz meets the bar the chapters promise."""

from __future__ import annotations

import pytest
from toc import ROOT

from therapybook import Form, Quiz, Walkthrough
from therapybook.evidence import read_table

QUIZZES = sorted(p.stem for p in (ROOT / "data" / "quiz").glob("*.yml"))
WALKTHROUGHS = sorted(p.stem for p in (ROOT / "data" / "walkthrough").glob("*.yml"))


@pytest.mark.parametrize("name", QUIZZES)
def test_chapter_quiz_is_complete(name):
    bank = Quiz.from_file(name).bank
    assert len(bank.questions) >= 8
    assert {q.type for q in bank.questions} == {"single", "multiple", "truefalse"}
    assert all(q.objective for q in bank.questions), "every question is tied to a learning objective"
    assert set(bank.objectives) == {q.objective for q in bank.questions}, "every objective is checked"


@pytest.mark.parametrize("name", WALKTHROUGHS)
def test_walkthrough_loads_with_known_sources(name):
    assert len(Walkthrough.from_file(name).content.steps) >= 2


def test_evidence_tables_are_readable():
    for path in (ROOT / "data" / "evidence").glob("*.csv"):
        assert read_table(path.stem)


REQUIRED_TRAPS = {
    "overgeneralisation",
    "personalisation",
    "catastrophising",
    "all-or-nothing",
    "mind-reading",
    "should-statements",
    "mental-filter",
}


def test_thinking_trap_spotter_meets_the_chapter_brief():
    from therapybook.core.yaml_files import load_model
    from therapybook.kinds.traps.model import TrapSpotterContent

    spotter = load_model(TrapSpotterContent, ROOT / "data" / "traps" / "thinking_traps.yml")
    trap_ids = {t.id.replace("_", "-") for t in spotter.traps}
    assert trap_ids >= REQUIRED_TRAPS, REQUIRED_TRAPS - trap_ids
    assert len(spotter.thoughts) >= 12
    assert {t.trap for t in spotter.thoughts} == {t.id for t in spotter.traps}, "every trap has an example"


def test_thought_record_asks_for_every_column():

    fields = [(f.id, f.kind) for f in Form.read("thought_record").fields]
    assert fields == [
        ("situation", "text"),
        ("automatic_thought", "text"),
        ("feeling", "text"),
        ("intensity_before", "rating"),
        ("evidence_for", "long_text"),
        ("evidence_against", "long_text"),
        ("balanced_thought", "long_text"),
        ("intensity_after", "rating"),
    ]


def test_worked_activity_week_covers_every_day():
    from therapybook.kinds.planner import load_week
    from therapybook.kinds.planner.model import DAYS

    assert {a.day for a in load_week("activity_week")} == set(DAYS)
