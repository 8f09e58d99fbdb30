"""The thinking-trap spotter as a quiz: each thought is a question whose options
are the traps, so it shares the quiz's grading, views and tests."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from ...core.errors import ContentError, display_path
from ...core.messages import describe
from ..quiz.model import Option, Question, QuizBank
from .model import GENERATED_FEEDBACK, PROMPT, TrapSpotterContent, TrapThought

RIGHT_TRAP = "This is the trap that fits best."


def option_feedback(thought: TrapThought, trap_id: str, content: TrapSpotterContent) -> str:
    """Right choice: why it fits. Wrong choice: a specific note, or what the chosen trap means plus a hint."""
    if trap_id == thought.trap:
        return RIGHT_TRAP  # the explanation follows it, so it is not repeated here
    if trap_id in thought.feedback:
        return thought.feedback[trap_id]
    trap = next(t for t in content.traps if t.id == trap_id)
    return GENERATED_FEEDBACK.format(label=trap.label, definition=trap.definition, hint=thought.hint)


def to_question(thought: TrapThought, content: TrapSpotterContent) -> Question:
    return Question(
        id=thought.id,
        type="single",
        prompt=PROMPT.format(thought.text),
        options=[
            Option(
                text=trap.label, correct=trap.id == thought.trap, feedback=option_feedback(thought, trap.id, content)
            )
            for trap in content.traps
        ],
        explanation=thought.explanation,
    )


def to_quiz_bank(content: TrapSpotterContent, path: Path | None = None) -> QuizBank:
    """The quiz; a thought that cannot become a question is reported by its id, never as a traceback."""
    where = display_path(path) if path else content.id
    questions = []
    for thought in content.thoughts:
        try:
            questions.append(to_question(thought, content))
        except ValidationError as error:
            problems = [
                f"{where}: thought '{thought.id}': as a quiz question, {describe({}, e)}" for e in error.errors()
            ]
            raise ContentError("\n".join(problems)) from None
    return QuizBank(id=content.id, title=content.title, questions=questions)
