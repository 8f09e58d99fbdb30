"""What a thinking-trap spotter file (data/traps/<name>.yml) may contain.

A trap spotter is a sorting exercise with the chapter's own words (traps and
thoughts); ``as_sort`` gives it the general shape, and the sorter turns it
into a quiz. The checks here name traps and thoughts, as the file does.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from ...core.text import ContentModel, Identifier, Text
from ..sort.model import Category, Item, SortContent, check_sorting

QUESTION = "Which thinking trap fits best?"
PROMPT = QUESTION + " “{}”"


class Trap(Category):
    """A thinking trap: a category with the chapter's own name."""


class TrapThought(ContentModel):
    id: Identifier
    text: Text
    trap: Identifier
    explanation: Text
    hint: Text
    feedback: dict[Identifier, Text] = Field(default_factory=dict)


class TrapSpotterContent(ContentModel):
    """Thoughts to sort into thinking traps: a quiz whose options are always the traps."""

    id: Identifier
    title: Text
    intro: Text | None = None
    traps: list[Trap] = Field(min_length=2, max_length=10)
    thoughts: list[TrapThought] = Field(min_length=1)

    @model_validator(mode="after")
    def _thoughts_name_known_traps(self) -> TrapSpotterContent:
        check_sorting(self.traps, self.thoughts, PROMPT.format, lambda thought: thought.trap, ("trap", "thought"))
        return self

    def as_sort(self) -> SortContent:
        """The same exercise in the general shape every sorting exercise has."""
        items = [
            Item(id=t.id, text=t.text, category=t.trap, explanation=t.explanation, hint=t.hint, feedback=t.feedback)
            for t in self.thoughts
        ]
        categories = [Category(id=t.id, label=t.label, definition=t.definition) for t in self.traps]
        return SortContent(id=self.id, title=self.title, question=QUESTION, categories=categories, items=items)
