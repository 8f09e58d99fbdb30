"""A sorting exercise as a quiz: each item is a question whose options are the categories,
so it shares the quiz's grading, views and tests."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from ...core.errors import ContentError, display_path
from ...core.messages import describe
from ..quiz.model import Option, Question, QuizBank
from .model import GENERATED_FEEDBACK, RIGHT_CATEGORY, Item, SortContent


def option_feedback(item: Item, category_id: str, content: SortContent, right: str = RIGHT_CATEGORY) -> str:
    """Right: a short confirmation (the explanation follows). Wrong: a specific note, or what it means + a hint."""
    if category_id == item.category:
        return right
    if category_id in item.feedback:
        return item.feedback[category_id]
    category = next(c for c in content.categories if c.id == category_id)
    return GENERATED_FEEDBACK.format(label=category.label, definition=category.definition, hint=item.hint)


def to_question(item: Item, content: SortContent, right: str) -> Question:
    return Question(
        id=item.id,
        type="single",
        prompt=content.prompt(item.text),
        options=[
            Option(text=c.label, correct=c.id == item.category, feedback=option_feedback(item, c.id, content, right))
            for c in content.categories
        ],
        explanation=item.explanation,
    )


def to_quiz_bank(content: SortContent, path: Path | None = None, right: str = RIGHT_CATEGORY) -> QuizBank:
    """The quiz; an item that cannot become a question is reported by its id, never as a traceback."""
    where = display_path(path) if path else content.id
    questions = []
    for item in content.items:
        try:
            questions.append(to_question(item, content, right))
        except ValidationError as error:
            problems = [f"{where}: item '{item.id}': as a quiz question, {describe({}, e)}" for e in error.errors()]
            raise ContentError("\n".join(problems)) from None
    return QuizBank(id=content.id, title=content.title, questions=questions)
