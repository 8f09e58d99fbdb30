"""The order a student sees options in: shuffled, balanced across the bank, and the same on every run.

Within a bank, the right answers of single-answer questions are dealt to positions evenly: each question, in the
bank's order, puts its right option in the position used least so far (ties broken by a hash of its id), so no
position becomes a tell, and the rest of its options are shuffled around it. The seeds come from the bank and
question ids, so the notebook, the book page and every rebuild agree, and the stored outputs stay deterministic.
Pinned options ("All of the above") keep their place in the file; true/false keeps True then False.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter

from .model import Question, QuizBank


def _seed(bank_id: str, question_id: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{bank_id}/{question_id}".encode()).digest()[:8], "big")


def display_order(bank_id: str, question: Question, right_slot: int | None = None) -> list[int]:
    """File positions of the options, in the order they are shown; ``right_slot`` (a free position) is where a
    single-answer question's right option goes."""
    order = list(range(len(question.options)))
    if question.type == "truefalse":
        return order
    free = [i for i, option in enumerate(question.options) if not option.pin]
    shuffled = free.copy()
    random.Random(_seed(bank_id, question.id)).shuffle(shuffled)
    if right_slot is not None and right_slot in free:
        right = next(iter(question.correct_indices))
        at = free.index(right_slot)
        where = shuffled.index(right)
        shuffled[at], shuffled[where] = shuffled[where], shuffled[at]
    for slot, source in zip(free, shuffled, strict=True):
        order[slot] = source
    return order


def right_slots(bank: QuizBank) -> dict[str, int]:
    """Where each single-answer question's right option is shown: the free position used least so far."""
    used: Counter[int] = Counter()
    slots = {}
    for question in bank.questions:
        if question.type != "single":
            continue
        right = next(iter(question.correct_indices))
        if question.options[right].pin:
            slot = right
        else:
            free = [i for i, option in enumerate(question.options) if not option.pin]
            fewest = min(used[i] for i in free)
            candidates = [i for i in free if used[i] == fewest]
            slot = candidates[_seed(bank.id, question.id) % len(candidates)]
        used[slot] += 1
        slots[question.id] = slot
    return slots


def as_shown(bank: QuizBank) -> QuizBank:
    """The bank with each question's options in display order (the file keeps the author's order)."""
    slots = right_slots(bank)
    questions = [
        q.model_copy(update={"options": [q.options[i] for i in display_order(bank.id, q, slots.get(q.id))]})
        for q in bank.questions
    ]
    return bank.model_copy(update={"questions": questions})
