"""``TrapSpotter.from_file("thinking_traps")``: thoughts to sort into thinking traps, shown and graded as a quiz."""

from __future__ import annotations

from pathlib import Path

from ...core.yaml_files import load_model
from ..quiz.display import Quiz
from ..quiz.model import QuizBank
from .convert import to_quiz_bank
from .model import TrapSpotterContent


class TrapSpotter(Quiz):
    @classmethod
    def load(cls, path: Path) -> QuizBank:
        return to_quiz_bank(load_model(TrapSpotterContent, path), path)
