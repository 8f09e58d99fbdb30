"""``Sorter.from_file("ipt_focal_areas")``: items to sort into categories, shown and graded as a quiz."""

from __future__ import annotations

from pathlib import Path

from ...core.yaml_files import load_model
from ..quiz.display import Quiz
from ..quiz.model import QuizBank
from .convert import to_quiz_bank
from .model import SortContent


class Sorter(Quiz):
    @classmethod
    def load(cls, path: Path) -> QuizBank:
        # The categories keep the author's order in every question: a fixed list is easier to scan.
        return to_quiz_bank(load_model(SortContent, path), path)
