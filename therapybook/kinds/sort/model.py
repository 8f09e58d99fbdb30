"""What a sorting exercise (data/sort/<name>.yml) may contain: items to sort into categories.

Each item becomes a quiz question whose options are the categories, so the
limits here are the quiz's limits less the words the conversion adds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from pydantic import Field, model_validator

from ...core.text import MAX_TEXT, ContentModel, Identifier, Text, reject_duplicate_ids

GENERATED_FEEDBACK = "{label} means {definition}. {hint}"
RIGHT_CATEGORY = "This is the one that fits best."
SortableT = TypeVar("SortableT", bound="Sortable")


class Category(ContentModel):
    id: Identifier
    label: Text
    # Completes "<label> means ...", so generated feedback reads as a sentence.
    definition: Text


class Item(ContentModel):
    id: Identifier
    text: Text
    category: Identifier
    explanation: Text
    hint: Text
    feedback: dict[Identifier, Text] = Field(default_factory=dict)


class SortContent(ContentModel):
    id: Identifier
    title: Text
    intro: Text | None = None
    question: Text = "Which fits best?"
    categories: list[Category] = Field(min_length=2, max_length=10)
    items: list[Item] = Field(min_length=1)

    def prompt(self, text: str) -> str:
        return f"{self.question} “{text}”"

    @model_validator(mode="after")
    def _items_name_known_categories(self) -> SortContent:
        check_sorting(self.categories, self.items, self.prompt, lambda item: item.category)
        return self


class Sortable(Protocol):
    """What the checks need of an item, whatever the file calls its category field."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def hint(self) -> str: ...
    @property
    def feedback(self) -> dict[str, str]: ...


def check_sorting(
    categories: Sequence[Category],
    items: Sequence[SortableT],
    prompt: Callable[[str], str],
    category_of: Callable[[SortableT], str],
    nouns: tuple[str, str] = ("category", "item"),
) -> None:
    """Ids unique, labels distinct, every item names a known category, and every question it becomes fits."""
    kind, unit = nouns
    ids = [c.id for c in categories]
    reject_duplicate_ids(ids, kind)
    reject_duplicate_ids([i.id for i in items], unit)
    labels = [c.label.casefold() for c in categories]
    for category in categories:
        if labels.count(category.label.casefold()) > 1:
            raise ValueError(f"{kind} '{category.id}': 'label' '{category.label}' is used twice (ignoring case)")
    room = MAX_TEXT - len(prompt(""))
    for item in items:
        unknown = [c for c in [category_of(item), *item.feedback] if c not in ids]
        if unknown:
            raise ValueError(f"{unit} '{item.id}': {kind} '{unknown[0]}' is not one of {ids}")
        if len(item.text) > room:
            raise ValueError(f"{unit} '{item.id}': 'text' is too long for its question (at most {room} characters)")
        for category in categories:
            if category.id == category_of(item) or category.id in item.feedback:
                continue
            note = GENERATED_FEEDBACK.format(label=category.label, definition=category.definition, hint=item.hint)
            if len(note) > MAX_TEXT:
                raise ValueError(
                    f"{unit} '{item.id}': the feedback made for {kind} '{category.id}' from its label, definition "
                    f"and the {unit}'s 'hint' is over {MAX_TEXT} characters; shorten them or give that {kind} "
                    "its own 'feedback'"
                )
