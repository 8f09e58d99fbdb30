"""Can a bank be beaten without reading? Two tells: the right answer is the longest
option, or it sits in the same place again and again. Measured on what students see."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .model import QuizBank

# The limits the book keeps (tests/unit/test_quiz_fairness.py).
MAX_LONGEST_RIGHT = 0.40
MAX_SAME_POSITION = 0.50


@dataclass(frozen=True)
class Tells:
    single: int  # single-answer questions
    longest_right: int  # ... whose right answer is the strictly longest option
    one_answer: int  # questions with exactly one right option (single and true/false)
    positions: dict[int, int]  # right answer's position (1-based) -> how many questions
    single_positions: dict[int, int]  # the same, for single-answer questions only (true/false keeps its order)
    shared_positions: int  # positions every single-answer question has (its fewest options)

    @property
    def single_spread(self) -> int:
        """How uneven the single answers are: most minus fewest right answers in the positions all share."""
        counts = [self.single_positions.get(p, 0) for p in range(1, self.shared_positions + 1)]
        return max(counts) - min(counts) if counts else 0

    @property
    def longest_right_rate(self) -> float:
        return self.longest_right / self.single if self.single else 0.0

    @property
    def same_position_rate(self) -> float:
        return max(self.positions.values()) / self.one_answer if self.one_answer else 0.0

    @property
    def fair(self) -> bool:
        return self.longest_right_rate <= MAX_LONGEST_RIGHT and self.same_position_rate <= MAX_SAME_POSITION


def tells(bank: QuizBank) -> Tells:
    single = [q for q in bank.questions if q.type == "single"]
    longest = 0
    for q in single:
        lengths = [len(o.text) for o in q.options]
        right = next(iter(q.correct_indices))
        longest += lengths[right] == max(lengths) and lengths.count(max(lengths)) == 1
    one_answer = [q for q in bank.questions if len(q.correct_indices) == 1]
    positions = Counter(next(iter(q.correct_indices)) + 1 for q in one_answer)
    single_positions = Counter(next(iter(q.correct_indices)) + 1 for q in single)
    shared = min((len(q.options) for q in single), default=0)
    return Tells(
        len(single),
        longest,
        len(one_answer),
        dict(sorted(positions.items())),
        dict(sorted(single_positions.items())),
        shared,
    )
