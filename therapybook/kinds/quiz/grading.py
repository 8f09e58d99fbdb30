"""Grading quiz answers and keeping score. Pure logic: no widgets, no HTML.

A wrong or partly right try shows feedback on what the student chose and a
nudge, never the answer; the explanation comes with the right answer or when
the student asks to see it. The page script repeats only ``plan`` (which
options to comment on, and whether to explain); the contract tests pin that
both agree, through ``Quiz.rule_cases``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .marks import Marks, option_marks
from .model import Question, QuizBank

# Words the student sees; the page view ships the same strings to its script.
VERDICTS = {
    "correct": "Correct.",
    "partial": "Partly right.",
    "incorrect": "Not quite.",
    "revealed": "Here is the answer.",
}
# Right and wrong are told by word and icon, never by colour alone (icons are hidden from screen readers).
ICONS = {"correct": "✓", "partial": "◑", "incorrect": "✗", "revealed": "→"}
NUDGES = {
    "partial": "Some of your choices are right. Look again and check once more, or show the answer.",
    "incorrect": "Have another go, or show the answer.",
}
INSTRUCTIONS = (
    "Choose an answer, then press Check answer. A wrong try tells you about the choice you made; "
    "the explanation comes with the right answer, or when you press Show answer. "
    "Nothing you choose is sent anywhere."
)
# After each answer the student may say how sure they were; the review deck brings back unsure ones sooner.
CONFIDENCE_PROMPT = "How sure were you?"
CONFIDENCE_LABELS = {"sure": "Sure", "unsure": "Unsure", "guessed": "Guessed"}
KEPT_IN_JUPYTER = (
    "Your results are saved privately on this computer, in your own data folder, so My progress and Review can "
    "use them. Nothing is sent anywhere."
)
KEPT_IN_BROWSER = (
    "Your results are kept in this browser only, on this device, so My progress and Review can use them. "
    "Nothing is sent anywhere."
)
PAGE_ONLY = "This browser blocks site storage, so your results last only while this page is open."
STORAGE_FULL = "This browser could not keep your latest result (its storage may be full); the quiz still works."
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
# For the revealed answer to "choose all that apply".
REVEALED_STATUS = {True: "This applies.", False: "This does not apply."}
# For the revealed answer to a one-answer question: the verdict names it.
REVEALED_ONE = "Here is the answer: {answer}."
HINTS = {
    "single": "Choose one answer.",
    "truefalse": "Choose True or False.",
    "multiple": "Choose all that apply.",
}


class EmptyAnswer(ValueError):
    """The student pressed Check without choosing anything."""


@dataclass(frozen=True)
class Plan:
    """What to show after a check: the verdict, which options to comment on, whether to explain, and how to mark
    the options themselves ((position, "right" or "wrong") pairs)."""

    verdict: str
    shown: tuple[int, ...]
    explain: bool
    marks: Marks = ()


def verdict_key(question: Question, picked: frozenset[int]) -> str:
    if picked == question.correct_indices:
        return "correct"
    return "partial" if picked & question.correct_indices else "incorrect"


def plan(question: Question, picked: frozenset[int]) -> Plan:
    key = verdict_key(question, picked)
    marks = option_marks(question, picked, answer_known=key == "correct")
    if key == "correct" and question.type == "multiple":
        # Every option, so the student also learns about the ones rightly left out.
        return Plan(key, tuple(range(len(question.options))), True, marks)
    return Plan(key, tuple(sorted(picked)), key == "correct", marks)


def reveal_plan(question: Question, picked: frozenset[int] = frozenset()) -> Plan:
    """The answer on request; ``picked`` is what is still ticked, so a wrong tick is marked as not right."""
    everything = question.type == "multiple"
    shown = range(len(question.options)) if everything else sorted(question.correct_indices)
    return Plan("revealed", tuple(shown), True, option_marks(question, picked, answer_known=True))


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
    key: str
    feedback: tuple[OptionFeedback, ...]
    explanation: str | None
    marks: Marks = ()
    answer: str = ""  # the right option's text, for a one-answer question whose answer was revealed

    @property
    def correct(self) -> bool:
        return self.key == "correct"

    @property
    def verdict(self) -> str:
        if self.key == "revealed" and self.answer:
            return REVEALED_ONE.format(answer=self.answer)
        return VERDICTS[self.key]

    @property
    def icon(self) -> str:
        return ICONS[self.key]

    @property
    def nudge(self) -> str | None:
        return NUDGES.get(self.key)


def check_choice(question: Question, chosen: Iterable[int]) -> frozenset[int]:
    picked = frozenset(chosen)
    if not picked:
        raise EmptyAnswer(EMPTY_ANSWER)
    out_of_range = sorted(i for i in picked if not 0 <= i < len(question.options))
    if out_of_range:
        raise IndexError(f"question '{question.id}' has no option {out_of_range[0] + 1}")
    if question.type != "multiple" and len(picked) > 1:
        raise ValueError(f"question '{question.id}' takes one answer, got {len(picked)}")
    return picked


def _grade_from(question: Question, steps: Plan, picked: frozenset[int]) -> Grade:
    feedback = tuple(
        OptionFeedback(question.options[i].text, question.options[i].feedback, i in picked, question.options[i].correct)
        for i in steps.shown
    )
    answer = ""
    if steps.verdict == "revealed" and question.type != "multiple":
        answer = question.options[next(iter(question.correct_indices))].text
    explanation = question.explanation if steps.explain else None
    return Grade(question.id, steps.verdict, feedback, explanation, steps.marks, answer)


def grade(question: Question, chosen: Iterable[int]) -> Grade:
    picked = check_choice(question, chosen)
    return _grade_from(question, plan(question, picked), picked)


def reveal(question: Question, still_ticked: Iterable[int] = ()) -> Grade:
    """The answer, for a student who asks to see it: the right option(s), named and marked, and the explanation;
    whatever is still ticked and not right is marked as not right."""
    ticked = frozenset(i for i in still_ticked if 0 <= i < len(question.options))
    return _grade_from(question, reveal_plan(question, ticked), question.correct_indices)


def score_summary(correct: int, total: int, answered: int) -> str:
    summary = SUMMARY.format(correct=correct, total=total)
    if answered < total:
        summary += REMAINING.format(remaining=total - answered)
    return summary + "."


@dataclass
class QuizSession:
    """One student's attempt at a quiz: their latest grade per question, and which answers they asked to see."""

    bank: QuizBank
    grades: dict[str, Grade] = field(default_factory=dict)
    revealed: set[str] = field(default_factory=set)

    def question(self, question_id: str) -> Question:
        for question in self.bank.questions:
            if question.id == question_id:
                return question
        raise KeyError(f"quiz '{self.bank.id}' has no question '{question_id}'")

    def answer(self, question_id: str, chosen: Iterable[int]) -> Grade:
        result = grade(self.question(question_id), chosen)
        self.grades[question_id] = result
        return result

    def reveal(self, question_id: str, still_ticked: Iterable[int] = ()) -> Grade:
        result = reveal(self.question(question_id), still_ticked)
        self.revealed.add(question_id)
        self.grades[question_id] = result
        return result

    @property
    def correct_count(self) -> int:
        # An answer the student asked to see does not count as theirs.
        return sum(g.correct and qid not in self.revealed for qid, g in self.grades.items())

    @property
    def summary(self) -> str:
        return score_summary(self.correct_count, len(self.bank.questions), len(self.grades))

    def reset(self) -> None:
        self.grades.clear()
        self.revealed.clear()
