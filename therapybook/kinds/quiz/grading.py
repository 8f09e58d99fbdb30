"""Grading quiz answers and keeping score. Pure logic: no widgets, no HTML.

The page script repeats only the rule in ``grade`` (right when the chosen
set equals the correct set; partly right when it overlaps); the contract
tests pin that both agree, through ``Quiz.rule_cases``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Question, QuizBank

# Words the student sees; the HTML view ships the same strings to its script.
VERDICTS = {"correct": "Correct.", "partial": "Partly right.", "incorrect": "Not quite."}
EMPTY_ANSWER = "Choose an answer first, then check it."
SUMMARY = "{correct} of {total} correct"
REMAINING = " ({remaining} not answered yet)"
# For "choose all that apply", each option's feedback starts with where the student stood.
STATUS = {
    (True, True): "You chose this, and it applies.",
    (True, False): "You chose this, but it does not apply.",
    (False, True): "You left this out, but it applies.",
    (False, False): "You left this out, rightly.",
}
HINTS = {
    "single": "Choose one answer.",
    "truefalse": "Choose True or False.",
    "multiple": "Choose all that apply.",
}


class EmptyAnswer(ValueError):
    """The student pressed Check without choosing anything."""


@dataclass(frozen=True)
class OptionFeedback:
    text: str
    feedback: str
    chosen: bool
    correct: bool

    @property
    def status(self) -> str:
        return STATUS[(self.chosen, self.correct)]


@dataclass(frozen=True)
class Grade:
    question_id: str
    correct: bool
    verdict: str
    feedback: tuple[OptionFeedback, ...]
    explanation: str


def grade(question: Question, chosen: Iterable[int]) -> Grade:
    picked = frozenset(chosen)
    if not picked:
        raise EmptyAnswer(EMPTY_ANSWER)
    out_of_range = sorted(i for i in picked if not 0 <= i < len(question.options))
    if out_of_range:
        raise IndexError(f"question '{question.id}' has no option {out_of_range[0] + 1}")
    if question.type != "multiple" and len(picked) > 1:
        raise ValueError(f"question '{question.id}' takes one answer, got {len(picked)}")
    return Grade(
        question_id=question.id,
        correct=picked == question.correct_indices,
        verdict=VERDICTS[verdict_key(question, picked)],
        feedback=_feedback_to_show(question, picked),
        explanation=question.explanation,
    )


def verdict_key(question: Question, picked: frozenset[int]) -> str:
    if picked == question.correct_indices:
        return "correct"
    return "partial" if picked & question.correct_indices else "incorrect"


def _feedback_to_show(question: Question, picked: frozenset[int]) -> tuple[OptionFeedback, ...]:
    # One answer: its own feedback. Several: every option, so the student also
    # learns about the correct options they left out.
    shown = picked if question.type != "multiple" else range(len(question.options))
    return tuple(
        OptionFeedback(
            text=question.options[i].text,
            feedback=question.options[i].feedback,
            chosen=i in picked,
            correct=question.options[i].correct,
        )
        for i in sorted(shown)
    )


def score_summary(correct: int, total: int, answered: int) -> str:
    summary = SUMMARY.format(correct=correct, total=total)
    if answered < total:
        summary += REMAINING.format(remaining=total - answered)
    return summary + "."


@dataclass
class QuizSession:
    """One student's attempt at a quiz: their latest grade per question."""

    bank: QuizBank
    grades: dict[str, Grade] = field(default_factory=dict)

    def question(self, question_id: str) -> Question:
        for question in self.bank.questions:
            if question.id == question_id:
                return question
        raise KeyError(f"quiz '{self.bank.id}' has no question '{question_id}'")

    def answer(self, question_id: str, chosen: Iterable[int]) -> Grade:
        result = grade(self.question(question_id), chosen)
        self.grades[question_id] = result
        return result

    @property
    def correct_count(self) -> int:
        return sum(g.correct for g in self.grades.values())

    @property
    def summary(self) -> str:
        return score_summary(self.correct_count, len(self.bank.questions), len(self.grades))

    def reset(self) -> None:
        self.grades.clear()
