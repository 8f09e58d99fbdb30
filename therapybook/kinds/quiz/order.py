"""The order a student sees options in: shuffled, but the same on every run.

The seed comes from the bank and question ids, so the notebook, the book page
and every rebuild agree, and the stored outputs stay deterministic. Pinned
options ("All of the above") keep their place in the file; true/false keeps
True then False.
"""

from __future__ import annotations

import hashlib
import random

from .model import Question, QuizBank


def display_order(bank_id: str, question: Question) -> list[int]:
    """File positions of the options, in the order they are shown."""
    order = list(range(len(question.options)))
    if question.type == "truefalse":
        return order
    free = [i for i, option in enumerate(question.options) if not option.pin]
    digest = hashlib.sha256(f"{bank_id}/{question.id}".encode()).digest()
    shuffled = free.copy()
    random.Random(int.from_bytes(digest[:8], "big")).shuffle(shuffled)
    for slot, source in zip(free, shuffled, strict=True):
        order[slot] = source
    return order


def as_shown(bank: QuizBank) -> QuizBank:
    """The bank with each question's options in display order (the file keeps the author's order)."""
    questions = [
        q.model_copy(update={"options": [q.options[i] for i in display_order(bank.id, q)]}) for q in bank.questions
    ]
    return bank.model_copy(update={"questions": questions})
