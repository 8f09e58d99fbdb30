"""What a thinking-trap spotter file (data/traps/<name>.yml) may contain.

A trap spotter is a sorting exercise with the chapter's own words (traps and
thoughts); ``as_sort`` gives it the general shape, and the sorter turns it
into a quiz. The checks here name traps and thoughts, as the file does.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from ...core.text import MAX_TEXT, ContentModel, Identifier, Text, reject_duplicate_ids
from ..sort.model import GENERATED_FEEDBACK, Category, Item, SortContent

QUESTION = "Which thinking trap fits best?"
PROMPT = QUESTION + " “{}”"


class Trap(ContentModel):
    id: Identifier
    label: Text
    # Completes "<label> means ...", so generated feedback reads as a sentence.
    definition: Text


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
        trap_ids = [t.id for t in self.traps]
        reject_duplicate_ids(trap_ids, "trap")
        reject_duplicate_ids([t.id for t in self.thoughts], "thought")
        labels = [t.label.casefold() for t in self.traps]
        for trap in self.traps:
            if labels.count(trap.label.casefold()) > 1:
                raise ValueError(f"trap '{trap.id}': 'label' '{trap.label}' is used twice (ignoring case)")
        for thought in self.thoughts:
            unknown = [t for t in [thought.trap, *thought.feedback] if t not in trap_ids]
            if unknown:
                raise ValueError(f"thought '{thought.id}': trap '{unknown[0]}' is not one of {trap_ids}")
            self._fits_in_a_question(thought)
        return self

    def as_sort(self) -> SortContent:
        """The same exercise in the general shape every sorting exercise has."""
        items = [
            Item(id=t.id, text=t.text, category=t.trap, explanation=t.explanation, hint=t.hint, feedback=t.feedback)
            for t in self.thoughts
        ]
        categories = [Category(id=t.id, label=t.label, definition=t.definition) for t in self.traps]
        return SortContent(id=self.id, title=self.title, question=QUESTION, categories=categories, items=items)

    def _fits_in_a_question(self, thought: TrapThought) -> None:
        room = MAX_TEXT - len(PROMPT.format(""))
        if len(thought.text) > room:
            raise ValueError(f"thought '{thought.id}': 'text' is too long for its question (at most {room} characters)")
        for trap in self.traps:
            if trap.id == thought.trap or trap.id in thought.feedback:
                continue
            generated = GENERATED_FEEDBACK.format(label=trap.label, definition=trap.definition, hint=thought.hint)
            if len(generated) > MAX_TEXT:
                raise ValueError(
                    f"thought '{thought.id}': the feedback made for trap '{trap.id}' from its label, definition "
                    f"and the thought's 'hint' is over {MAX_TEXT} characters; shorten them or give that trap "
                    "its own 'feedback'"
                )
