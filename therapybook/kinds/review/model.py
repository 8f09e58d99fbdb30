"""What a review deck file (data/review/<name>.yml) holds: its words and how many questions a deck deals."""

from __future__ import annotations

from pydantic import Field

from ...core.text import ContentModel, Identifier, Text


class ReviewContent(ContentModel):
    id: Identifier
    title: Text
    intro: Text
    deck_size: int = Field(default=10, ge=3, le=30)
