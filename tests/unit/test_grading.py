"""Grading answers and keeping score, straight on the logic. Options are found by
their text, since students see them in a shuffled order."""

from __future__ import annotations

import pytest

from therapybook import Quiz
from therapybook.kinds.quiz.grading import (
    EMPTY_ANSWER,
    EmptyAnswer,
    QuizSession,
    grade,
    reveal,
    score_summary,
)
from therapybook.kinds.quiz.marks import mark_label


@pytest.fixture
def bank(fixture_data):
    return Quiz.read("sample")


def at(question, *texts):
    """Where options with these texts are shown."""
    return [[o.text for o in question.options].index(text) for text in texts]


def test_a_right_answer_comes_with_its_feedback_and_the_explanation(bank):
    q1 = bank.questions[0]
    right = grade(q1, at(q1, "Cognitive behavioural therapy"))
    assert right.correct and right.verdict == "Correct." and right.icon == "✓"
    assert [f.feedback for f in right.feedback] == ["Yes: CBT is a structured talk therapy."]
    assert right.explanation == q1.explanation and right.nudge is None


def test_a_wrong_try_shows_that_choices_feedback_and_a_nudge_not_the_explanation(bank):
    q1 = bank.questions[0]
    wrong = grade(q1, at(q1, "An antidepressant"))
    assert not wrong.correct and wrong.verdict == "Not quite." and wrong.icon == "✗"
    assert [f.feedback for f in wrong.feedback] == ["An antidepressant is a medicine, not a talk therapy."]
    assert wrong.explanation is None
    assert wrong.nudge == "Have another go, or show the answer."


def test_choose_all_that_apply_needs_exactly_the_right_set(bank):
    q2 = bank.questions[1]
    assert grade(q2, at(q2, "Remission", "Relapse")).correct
    partial = grade(q2, at(q2, "Remission"))
    assert partial.verdict == "Partly right." and partial.explanation is None
    assert [(f.text, f.status) for f in partial.feedback] == [("Remission", "You chose this, and it applies.")]
    assert grade(q2, at(q2, "Placebo")).verdict == "Not quite."
    assert not grade(q2, at(q2, "Remission", "Relapse", "Placebo")).correct


def test_a_right_set_comments_on_every_option_in_the_order_shown(bank):
    q2 = bank.questions[1]
    shown = grade(q2, at(q2, "Remission", "Relapse")).feedback
    assert [f.text for f in shown] == [o.text for o in q2.options]
    assert {f.text: f.status for f in shown}["Placebo"] == "You left this out, rightly."


def test_show_answer_names_the_right_option_and_gives_the_explanation(bank):
    q1, q2 = bank.questions[0], bank.questions[1]
    shown = reveal(q1)
    assert shown.verdict == "Here is the answer: Cognitive behavioural therapy."
    assert shown.explanation == q1.explanation
    assert [f.text for f in shown.feedback] == ["Cognitive behavioural therapy"]
    assert reveal(q2).verdict == "Here is the answer."  # choose-all names each option in its own line
    assert [(f.text, f.correct) for f in reveal(q2).feedback] == [(o.text, o.correct) for o in q2.options]


def test_show_answer_after_a_wrong_try_marks_the_right_option_and_the_wrong_tick(bank):
    q1 = bank.questions[0]
    [right, wrong, untouched] = at(q1, "Cognitive behavioural therapy", "An antidepressant", "A brisk walk")
    marks = dict(reveal(q1, [wrong]).marks)
    assert marks == {right: "right", wrong: "wrong"}
    assert untouched not in marks
    assert mark_label("single", "right") == "✓ Right answer" and mark_label("single", "wrong") == "✗ Not right"


def test_a_wrong_try_marks_only_the_choice_never_the_answer(bank):
    q1, q2 = bank.questions[0], bank.questions[1]
    [wrong] = at(q1, "An antidepressant")
    assert dict(grade(q1, [wrong]).marks) == {wrong: "wrong"}
    [remission, placebo] = at(q2, "Remission", "Placebo")
    # Choose all: a chosen right option is marked (its feedback says so); the one left out is not given away.
    assert dict(grade(q2, [remission, placebo]).marks) == {remission: "right", placebo: "wrong"}
    assert mark_label("multiple", "right") == "✓ Applies"


def test_a_right_answer_is_marked_right(bank):
    q1, q3 = bank.questions[0], bank.questions[2]
    [right] = at(q1, "Cognitive behavioural therapy")
    assert dict(grade(q1, [right]).marks) == {right: "right"}
    assert dict(reveal(q3).marks) == {at(q3, "False")[0]: "right"}
    assert reveal(q3).verdict == "Here is the answer: False."


def test_empty_answer_is_refused_with_a_kind_message(bank):
    with pytest.raises(EmptyAnswer, match=EMPTY_ANSWER):
        grade(bank.questions[0], [])


def test_impossible_answers_are_refused(bank):
    with pytest.raises(IndexError, match="has no option 9"):
        grade(bank.questions[0], [8])
    with pytest.raises(ValueError, match="takes one answer, got 2"):
        grade(bank.questions[0], [0, 1])


def test_session_scores_latest_answer_and_an_answer_shown_does_not_count(bank):
    q1, q2, q3 = bank.questions
    session = QuizSession(bank)
    session.answer("q1", at(q1, "An antidepressant"))
    assert session.summary == "0 of 3 correct (2 not answered yet)."
    session.answer("q1", at(q1, "Cognitive behavioural therapy"))
    session.answer("q2", at(q2, "Remission", "Relapse"))
    session.reveal("q3")
    session.answer("q3", at(q3, "False"))
    assert session.summary == "2 of 3 correct."
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
