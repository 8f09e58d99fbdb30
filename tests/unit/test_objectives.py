"""Each learning objective has one wording, the bank's, shown word for word in its chapter, and at least two
questions check it."""

from __future__ import annotations

import pytest

from therapybook.instructor.catalogue import BankFile, Chapter
from therapybook.instructor.objectives import (
    MIN_QUESTIONS,
    chapter_banks,
    coverage,
    objective_problems,
    wording_problems,
)
from therapybook.kinds.quiz.model import Option, Question, QuizBank

PAIRS = chapter_banks()
ROWS = coverage()


def test_every_chapter_has_its_own_bank():
    assert len(PAIRS) == 13


@pytest.mark.parametrize("pair", PAIRS, ids=[c.name for c, _ in PAIRS])
def test_a_chapter_lists_its_banks_objectives_word_for_word(pair):
    chapter, file = pair
    from therapybook.instructor.catalogue import bank

    assert wording_problems(chapter, bank(file), file) == []


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.chapter.number}.{r.number}-{r.objective}" for r in ROWS])
def test_every_objective_is_checked_by_at_least_two_questions(row):
    assert len(row.questions) >= MIN_QUESTIONS, (
        f"chapter {row.chapter.number}, objective {row.number} ('{row.objective}'): {len(row.questions)} question(s)"
    )


def test_a_difference_is_named_with_the_file_the_number_and_the_objective(tmp_path):
    chapter = Chapter("02_topic", 2, "Topic", ("Explain the model.", "Name the traps"), "30 minutes", (), ())
    question = Question(
        id="q1",
        type="truefalse",
        prompt="P",
        options=[Option(text="True", correct=True, feedback="f"), Option(text="False", feedback="f")],
        explanation="E",
        objective="model",
    )
    quiz = QuizBank(
        id="02_topic",
        title="T",
        objectives={"model": "Explain the model", "traps": "Name the traps", "extra": "One more"},
        questions=[question],
    )
    problems = wording_problems(chapter, quiz, BankFile("quiz", "02_topic", tmp_path / "02_topic.yml"))
    assert problems[0] == (
        "notebooks/02_topic.ipynb: lists 2 learning objectives, but "
        + str(tmp_path / "02_topic.yml")
        + " has 3 under 'objectives'"
    )
    assert len(problems) == 2, "the first item matches (the chapter adds only the full stop)"
    assert "learning objective 2 reads 'Name the traps'" in problems[1]
    assert "objective 'traps' as 'Name the traps'" in problems[1]
    assert problems[1].endswith("the chapter should read 'Name the traps.'")


def test_validate_reports_a_chapter_whose_objectives_differ(monkeypatch, capsys):
    from therapybook import validate

    monkeypatch.delenv("THERAPYBOOK_DATA", raising=False)
    monkeypatch.setattr(validate, "objective_problems", lambda: ["notebooks/x.ipynb: learning objective 1 reads"])
    assert validate.main() == 1
    assert "notebooks/x.ipynb: learning objective 1 reads" in capsys.readouterr().out
    assert objective_problems() == [], "the book itself has none"
