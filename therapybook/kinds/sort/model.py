"""What a sorting exercise (data/sort/<name>.yml) may contain: items to sort into categories.

Each item becomes a quiz question whose options are the categories, so the
limits here are the quiz's limits less the words the conversion adds.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from ...core.text import MAX_TEXT, ContentModel, Identifier, Text, reject_duplicate_ids

GENERATED_FEEDBACK = "{label} means {definition}. {hint}"
RIGHT_CATEGORY = "This is the one that fits best."


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

    def prompt(self, item: Item) -> str:
        return f"{self.question} “{item.text}”"

    @model_validator(mode="after")
    def _items_name_known_categories(self) -> SortContent:
        ids = [c.id for c in self.categories]
        reject_duplicate_ids(ids, "category")
        reject_duplicate_ids([i.id for i in self.items], "item")
        labels = [c.label.casefold() for c in self.categories]
        for category in self.categories:
            if labels.count(category.label.casefold()) > 1:
                raise ValueError(f"category '{category.id}': 'label' '{category.label}' is used twice (ignoring case)")
        for item in self.items:
            unknown = [c for c in [item.category, *item.feedback] if c not in ids]
            if unknown:
                raise ValueError(f"item '{item.id}': category '{unknown[0]}' is not one of {ids}")
            self._fits_in_a_question(item)
        return self

    def _fits_in_a_question(self, item: Item) -> None:
        room = MAX_TEXT - len(self.prompt(item.model_copy(update={"text": ""})))
        if len(item.text) > room:
            raise ValueError(f"item '{item.id}': 'text' is too long for its question (at most {room} characters)")
        for category in self.categories:
            if category.id == item.category or category.id in item.feedback:
                continue
            note = GENERATED_FEEDBACK.format(label=category.label, definition=category.definition, hint=item.hint)
            if len(note) > MAX_TEXT:
                raise ValueError(
                    f"item '{item.id}': the feedback made for category '{category.id}' from its label, "
                    f"definition and the item's 'hint' is over {MAX_TEXT} characters; shorten them or give "
                    "that category its own 'feedback'"
                )
