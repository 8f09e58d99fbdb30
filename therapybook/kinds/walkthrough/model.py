"""What a walkthrough file (data/walkthrough/<name>.yml) may contain: steps, and
optionally a lens that shows each step from several points of view."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from ...core.text import CiteKey, ContentModel, Identifier, Text, reject_duplicate_ids

NO_LENS = "text"


class LensOption(ContentModel):
    id: Identifier
    label: Text


class Lens(ContentModel):
    label: Text
    options: list[LensOption] = Field(min_length=1)

    @model_validator(mode="after")
    def _option_ids_are_unique(self) -> Lens:
        reject_duplicate_ids(self.ids, "option")
        return self

    @property
    def ids(self) -> list[str]:
        return [option.id for option in self.options]


class Step(ContentModel):
    id: Identifier
    title: Text
    # One text per lens option. A walkthrough without a lens gives plain text,
    # kept under the key "text" so both cases are read the same way.
    text: dict[Identifier, Text]
    cite: list[CiteKey] = Field(default_factory=list)

    @field_validator("text", mode="before")
    @classmethod
    def _plain_text_without_lens(cls, value: object) -> object:
        return {NO_LENS: value} if isinstance(value, str) else value


class WalkthroughContent(ContentModel):
    id: Identifier
    title: Text
    intro: Text | None = None
    lens: Lens | None = None
    steps: list[Step] = Field(min_length=1)

    @model_validator(mode="after")
    def _every_step_fits_the_lens(self) -> WalkthroughContent:
        reject_duplicate_ids([s.id for s in self.steps], "step")
        expected = self.lens.ids if self.lens else [NO_LENS]
        for step in self.steps:
            if self.lens is None and list(step.text) != [NO_LENS]:
                raise ValueError(f"step '{step.id}': 'text' must be plain text when there is no lens")
            missing = [i for i in expected if i not in step.text]
            unknown = [k for k in step.text if k not in expected]
            if missing:
                raise ValueError(f"step '{step.id}': 'text' has no entry for lens option(s) {missing}")
            if unknown:
                raise ValueError(f"step '{step.id}': 'text' has entries for unknown lens option(s) {unknown}")
        return self
