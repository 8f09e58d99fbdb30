"""The thinking-trap spotter as a quiz, through the sorter: each thought is a question
whose options are the traps, so it shares the quiz's grading, views and tests."""

from __future__ import annotations

from pathlib import Path

from ..quiz.model import QuizBank
from ..sort.convert import to_quiz_bank as sort_to_quiz_bank
from .model import TrapSpotterContent

RIGHT_TRAP = "This is the trap that fits best."  # the explanation follows it, so it is not repeated here


def to_quiz_bank(content: TrapSpotterContent, path: Path | None = None) -> QuizBank:
    return sort_to_quiz_bank(content.as_sort(), path, right=RIGHT_TRAP)
