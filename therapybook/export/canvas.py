"""How Canvas is to use an exported quiz: its quiz type, in Canvas's own words, and the points per question.

See qti.py for how Canvas's importer reads these settings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple


class QuizType(NamedTuple):
    assessment_type: str  # the qmd_assessmenttype that leads Canvas's importer to this type
    meaning: str  # what Canvas makes of it, for the help, the README and the summary


# Canvas's quiz types, in its own words. Only "Examination" makes the importer grade the quiz; it must not be
# written for the others (the importer would then turn a practice quiz into a graded one).
QUIZ_TYPES = {
    "assignment": QuizType("Examination", "a graded quiz, which Canvas adds to the gradebook"),
    "practice_quiz": QuizType("Self-assessment", "a practice quiz, not graded"),
    "graded_survey": QuizType("Survey", "a graded survey: full points for taking it, whatever the answers"),
}
GRADED = "assignment"
MAX_POINTS = 1000.0


@dataclass(frozen=True)
class CanvasQuiz:
    """How Canvas is to use the quiz: its quiz type and the points each question is worth."""

    quiz_type: str = GRADED
    points: float = 1.0

    def __post_init__(self) -> None:
        if self.quiz_type not in QUIZ_TYPES:
            raise ValueError(f"unknown Canvas quiz type '{self.quiz_type}'; known: {', '.join(QUIZ_TYPES)}")
        if not (math.isfinite(self.points) and 0 < self.points <= MAX_POINTS):
            raise ValueError(f"points per question must be above 0 and at most {MAX_POINTS:g}, not {self.points}")

    @property
    def summary(self) -> str:
        """'assignment (a graded quiz, which Canvas adds to the gradebook), 1 point per question'."""
        unit = "point" if self.points == 1 else "points"
        return f"{self.quiz_type} ({QUIZ_TYPES[self.quiz_type].meaning}), {number(self.points)} {unit} per question"


DEFAULT = CanvasQuiz()


def number(value: float) -> str:
    """Points as Canvas shows them: 1, 2.5 (never 1.0 or 1e+03)."""
    return str(int(value)) if value.is_integer() else f"{value:.10f}".rstrip("0")
