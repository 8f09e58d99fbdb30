"""What a PHQ-9 case file (data/phq9/<name>.yml) holds: a made-up client's answers and their first total."""

from __future__ import annotations

from pydantic import Field, field_validator

from ...core.text import CiteKey, ContentModel, Identifier, Text
from .scoring import MAX_TOTAL, checked_answers


class Phq9Case(ContentModel):
    """A fictional client: the total at the first assessment (the baseline) and the nine answers at a review."""

    id: Identifier
    title: Text
    intro: Text
    client: Text
    baseline: int = Field(ge=0, le=MAX_TOTAL)
    answers: list[int]
    cite: list[CiteKey] = Field(min_length=1)

    @field_validator("answers", mode="before")
    @classmethod
    def _nine_answers_from_0_to_3(cls, answers: object) -> object:
        checked_answers(answers)  # AnswerError is a ValueError: pydantic reports it on 'answers'
        return answers
