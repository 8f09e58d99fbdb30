"""Marks on the options themselves after a check or a reveal, so the right answer is unmistakable.

Told by an icon and words (never colour alone): the right answer once it is known, and every choice that was
not right. The page script repeats ``option_marks`` (pinned through ``Quiz.rule_cases``).
"""

from __future__ import annotations

from .model import Question

Marks = tuple[tuple[int, str], ...]  # (position, "right" or "wrong")

MARK_ICONS = {"right": "✓", "wrong": "✗"}
MARK_WORDS = {
    "one": {"right": "Right answer", "wrong": "Not right"},
    "multiple": {"right": "Applies", "wrong": "Does not apply"},
}


def mark_group(question_type: str) -> str:
    return "multiple" if question_type == "multiple" else "one"


def mark_label(question_type: str, mark: str) -> str:
    """The words beside a marked option, e.g. "✓ Right answer"."""
    return f"{MARK_ICONS[mark]} {MARK_WORDS[mark_group(question_type)][mark]}"


def option_marks(question: Question, picked: frozenset[int], answer_known: bool) -> Marks:
    """A chosen option that is not right reads as wrong; a right option is marked once the answer is known (or,
    for "choose all", when it was chosen, as its feedback already says). Nothing else is given away."""
    marks = []
    for i, option in enumerate(question.options):
        if i in picked and not option.correct:
            marks.append((i, "wrong"))
        elif option.correct and (answer_known or i in picked):
            marks.append((i, "right"))
    return tuple(marks)
