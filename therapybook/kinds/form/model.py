"""What a form file (data/form/<name>.yml) may contain: the fields a student fills in."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ...core.text import ContentModel, Identifier, Text, reject_duplicate_ids

RATING_RANGE = (0, 100)


class FormField(ContentModel):
    id: Identifier
    label: Text
    help: Text
    kind: Literal["text", "long_text", "rating"]


class FormExercise(ContentModel):
    """A form the student fills in and gets back as a tidy record (for example a thought record)."""

    id: Identifier
    title: Text
    intro: Text | None = None
    fields: list[FormField] = Field(min_length=1)

    @model_validator(mode="after")
    def _field_ids_are_unique(self) -> FormExercise:
        reject_duplicate_ids([f.id for f in self.fields], "field")
        return self
