"""What an overlap file (data/overlap/<name>.yml) may contain: its words and the starting effect size."""

from __future__ import annotations

from pydantic import Field, field_validator

from ...core.text import ContentModel, Identifier, Text

LOWEST, HIGHEST, STEP = 0.0, 2.0, 0.05


class OverlapContent(ContentModel):
    id: Identifier
    title: Text
    intro: Text
    slider_label: Text
    control_label: Text
    treated_label: Text
    start: float = Field(ge=LOWEST, le=HIGHEST)

    @field_validator("start")
    @classmethod
    def _on_the_slider(cls, value: float) -> float:
        if abs(value / STEP - round(value / STEP)) > 1e-9:
            raise ValueError(f"must be a multiple of {STEP} (a position the slider can take)")
        return round(value, 2)
