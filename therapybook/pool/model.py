"""What a pool file and a case file may contain (the format is fixed in ``assessment/README.md``).

A pool question is a practice-bank question (same fields, same rules: one right answer for single and
true/false, True then False, no two options alike) whose objective is required. Rules that need the practice
bank (its objectives, its texts) are in ``rules.py``.
"""

from __future__ import annotations

from itertools import pairwise

from pydantic import Field, model_validator

from ..core.text import CiteKey, ContentModel, Identifier, Text, reject_duplicate_ids
from ..kinds.quiz.model import Question

# A vignette long enough to need reading, short enough to read in a couple of minutes (the format's 80–200 words).
VIGNETTE_WORDS = (80, 200)
MAX_POINTS = 100


class PoolQuestion(Question):
    objective: Identifier  # every variant belongs to one objective of the practice bank


class Pool(ContentModel):
    bank: Identifier  # the practice bank in data/quiz/ whose objectives these questions assess
    title: Text
    questions: list[PoolQuestion] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_are_unique(self) -> Pool:
        reject_duplicate_ids([q.id for q in self.questions], "question")
        return self


class Level(ContentModel):
    points: int = Field(ge=0, le=MAX_POINTS)
    descriptor: Text


class Criterion(ContentModel):
    criterion: Text
    objective: Identifier
    levels: list[Level] = Field(min_length=2, max_length=6)

    @model_validator(mode="after")
    def _levels_descend_to_zero(self) -> Criterion:
        points = [level.points for level in self.levels]
        if any(higher <= lower for higher, lower in pairwise(points)):
            raise ValueError(f"levels must go from the highest points down, each lower than the last (found {points})")
        if points[-1] != 0:
            raise ValueError(f"the last level must be worth 0 points (found {points[-1]})")
        return self

    @property
    def top(self) -> int:
        return self.levels[0].points


class Case(ContentModel):
    id: Identifier
    title: Text
    objectives: list[Identifier] = Field(min_length=1)
    vignette: Text
    task: Text
    length: Text  # "300–400 words" or "20 minutes"
    rubric: list[Criterion] = Field(min_length=3, max_length=5)
    marking_notes: list[Text] = Field(min_length=1)
    cite: list[CiteKey] = Field(min_length=1)

    @model_validator(mode="after")
    def _vignette_is_readable_in_a_few_minutes(self) -> Case:
        low, high = VIGNETTE_WORDS
        words = len(self.vignette.split())
        if not low <= words <= high:
            raise ValueError(f"'vignette' has {words} words; a vignette has {low} to {high}")
        return self

    @property
    def points(self) -> int:
        """The most a response can score: the top level of every criterion."""
        return sum(criterion.top for criterion in self.rubric)


class CaseFile(ContentModel):
    bank: Identifier
    cases: list[Case] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_are_unique(self) -> CaseFile:
        reject_duplicate_ids([c.id for c in self.cases], "case")
        return self
