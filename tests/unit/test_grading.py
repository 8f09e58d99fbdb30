"""Grading answers and keeping score, straight on the logic."""

from __future__ import annotations

import pytest

from therapybook import Quiz
from therapybook.kinds.quiz.grading import EMPTY_ANSWER, EmptyAnswer, QuizSession, grade, score_summary


@pytest.fixture
def bank(fixture_data):
    return Quiz.read("sample")


def test_single_choice_right_and_wrong(bank):
    q1 = bank.questions[0]
    right = grade(q1, [0])
    assert right.correct and right.verdict == "Correct."
    assert [f.feedback for f in right.feedback] == ["Yes: CBT is a structured talk therapy."]
    wrong = grade(q1, [1])
    assert not wrong.correct and wrong.verdict == "Not quite."
    assert [f.feedback for f in wrong.feedback] == ["An antidepressant is a medicine, not a talk therapy."]
    assert wrong.explanation == q1.explanation


def test_multiple_select_needs_exactly_the_correct_set(bank):
    q2 = bank.questions[1]
    assert grade(q2, [0, 1]).correct
    partial = grade(q2, [0])
    assert not partial.correct and partial.verdict == "Partly right."
    assert grade(q2, [2]).verdict == "Not quite."
    assert not grade(q2, [0, 1, 2]).correct


def test_multiple_select_feedback_covers_every_option_with_its_status(bank):
    shown = grade(bank.questions[1], [0, 2]).feedback
    assert [f.status for f in shown] == [
        "You chose this, and it applies.",
        "You left this out, but it applies.",
        "You chose this, but it does not apply.",
    ]


def test_empty_answer_is_refused_with_a_kind_message(bank):
    with pytest.raises(EmptyAnswer, match=EMPTY_ANSWER):
        grade(bank.questions[0], [])


def test_impossible_answers_are_refused(bank):
    with pytest.raises(IndexError, match="has no option 9"):
        grade(bank.questions[0], [8])
    with pytest.raises(ValueError, match="takes one answer, got 2"):
        grade(bank.questions[0], [0, 1])


def test_session_scores_latest_answer_and_resets(bank):
    session = QuizSession(bank)
    session.answer("q1", [1])
    assert session.summary == "0 of 3 correct (2 not answered yet)."
    session.answer("q1", [0])
    session.answer("q2", [0, 1])
    session.answer("q3", [1])
    assert session.summary == "3 of 3 correct."
    session.reset()
    assert session.summary == "0 of 3 correct (3 not answered yet)."
    with pytest.raises(KeyError, match="no question 'q9'"):
        session.answer("q9", [0])


@pytest.mark.parametrize(
    "correct, total, answered, expected",
    [(4, 5, 5, "4 of 5 correct."), (0, 8, 1, "0 of 8 correct (7 not answered yet).")],
)
def test_score_summary(correct, total, answered, expected):
    assert score_summary(correct, total, answered) == expected
