"""What a plan file (data/relapse_plan/<name>.yml) holds: the sections of a staying-well plan to fill in."""

from __future__ import annotations

from pydantic import Field, model_validator

from ...core.text import CiteKey, ContentModel, Identifier, Text, reject_duplicate_ids


class PlanSection(ContentModel):
    id: Identifier
    label: Text
    prompt: Text
    examples: list[Text] = Field(default_factory=list, max_length=6)


class PlanContent(ContentModel):
    """A relapse-prevention plan: warning signs, what helps, who to contact. The student's words are theirs."""

    id: Identifier
    title: Text
    intro: Text
    sections: list[PlanSection] = Field(min_length=1, max_length=8)
    cite: list[CiteKey] = Field(min_length=1)

    @model_validator(mode="after")
    def _section_ids_are_unique(self) -> PlanContent:
        reject_duplicate_ids([s.id for s in self.sections], "section")
        return self
