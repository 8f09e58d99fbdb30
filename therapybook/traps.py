"""The thinking-trap spotter as a quiz: each thought is a question whose options
are the traps, so it shares the quiz's grading, views and tests."""

from __future__ import annotations

from .models import Option, Question, QuizBank, TrapSpotterContent, TrapThought


def option_feedback(thought: TrapThought, trap_id: str, content: TrapSpotterContent) -> str:
    """Right choice: why it fits. Wrong choice: a specific note, or what the chosen trap means plus a hint."""
    if trap_id == thought.trap:
        return thought.explanation
    if trap_id in thought.feedback:
        return thought.feedback[trap_id]
    trap = next(t for t in content.traps if t.id == trap_id)
    return f"{trap.label} means {trap.definition}. {thought.hint}"


def to_quiz_bank(content: TrapSpotterContent) -> QuizBank:
    questions = [
        Question(
            id=thought.id,
            type="single",
            prompt=f"Which thinking trap fits best? “{thought.text}”",
            options=[
                Option(text=trap.label, correct=trap.id == thought.trap, feedback=option_feedback(thought, trap.id, content))
                for trap in content.traps
            ],
            explanation=thought.explanation,
        )
        for thought in content.thoughts
    ]
    return QuizBank(id=content.id, title=content.title, questions=questions)
