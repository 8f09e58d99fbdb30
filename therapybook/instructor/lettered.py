"""A bank lettered as students see it, for marking by hand: options A, B, C... in their shown order
(``kinds/quiz/order.py``), so a letter a student writes on paper matches the option on their screen."""

from __future__ import annotations

from dataclasses import dataclass
from string import ascii_uppercase

from ..core.citations import sources_label
from ..kinds.quiz.model import QuizBank
from ..kinds.quiz.order import as_shown

TYPE_LABELS = {"single": "one answer", "multiple": "choose all that apply", "truefalse": "true or false"}


@dataclass(frozen=True)
class LetteredOption:
    letter: str
    text: str
    right: bool


@dataclass(frozen=True)
class LetteredQuestion:
    number: int
    id: str
    kind: str  # "one answer", "choose all that apply", "true or false"
    prompt: str
    options: tuple[LetteredOption, ...]
    explanation: str
    sources: str

    @property
    def answer(self) -> str:
        """The right letters, "B" or "A, C"."""
        return ", ".join(o.letter for o in self.options if o.right)


def lettered(quiz: QuizBank) -> list[LetteredQuestion]:
    """Every question of the bank with its options lettered in the order students see them."""
    return [
        LetteredQuestion(
            number,
            question.id,
            TYPE_LABELS[question.type],
            question.prompt,
            tuple(
                LetteredOption(ascii_uppercase[i], option.text, option.correct)
                for i, option in enumerate(question.options)
            ),
            question.explanation,
            sources_label(question.cite),
        )
        for number, question in enumerate(as_shown(quiz).questions, start=1)
    ]
