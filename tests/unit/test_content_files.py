"""The book's own content files: every quiz and walkthrough loads, cites known
sources, and every chapter quiz meets the bar the chapters promise."""

from __future__ import annotations

import pytest

from therapybook import Quiz, Walkthrough
from therapybook.figures import read_estimates
from toc import ROOT

QUIZZES = sorted(p.stem for p in (ROOT / "data" / "quizzes").glob("*.yml"))
WALKTHROUGHS = sorted(p.stem for p in (ROOT / "data" / "walkthroughs").glob("*.yml"))


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
        assert read_estimates(path.stem)
