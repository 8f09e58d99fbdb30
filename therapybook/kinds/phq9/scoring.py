"""Scoring a PHQ-9: the total, its severity band, and response and remission against a baseline.

Bands (Kroenke, Spitzer and Williams 2001): 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe,
20-27 severe. Response: the total has fallen by at least half from the baseline. Remission: a total below 5.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .instrument import ITEMS

MAX_ANSWER = 3
MAX_TOTAL = MAX_ANSWER * len(ITEMS)
# Lowest total of each band, highest band first.
BANDS = ((20, "severe"), (15, "moderately severe"), (10, "moderate"), (5, "mild"), (0, "minimal"))
REMISSION_BELOW = 5


class AnswerError(ValueError):
    """An answer set that cannot be scored; the message names the item and what was wrong."""


@dataclass(frozen=True)
class Score:
    total: int
    band: str
    item9_positive: bool


@dataclass(frozen=True)
class Change:
    baseline: int
    total: int
    drop_percent: int  # rounded down, so "50%" is never shown for a drop just under half
    response: bool
    remission: bool


def checked_answers(answers: object) -> tuple[int, ...]:
    """Nine whole numbers from 0 to 3, or an AnswerError that says which item is wrong and why."""
    if not isinstance(answers, Sequence) or isinstance(answers, str):
        raise AnswerError(f"expected a list of {len(ITEMS)} answers, got {type(answers).__name__}")
    if len(answers) != len(ITEMS):
        raise AnswerError(f"expected {len(ITEMS)} answers, one per item, got {len(answers)}")
    for number, answer in enumerate(answers, start=1):
        if answer is None:
            raise AnswerError(f"item {number} has no answer")
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise AnswerError(f"item {number}: the answer must be a whole number from 0 to 3, not {answer!r}")
        if not 0 <= answer <= MAX_ANSWER:
            raise AnswerError(f"item {number}: the answer must be from 0 to 3, not {answer}")
    return tuple(answers)


def band_of(total: int) -> str:
    if not 0 <= total <= MAX_TOTAL:
        raise AnswerError(f"a PHQ-9 total runs from 0 to {MAX_TOTAL}, not {total}")
    return next(name for lowest, name in BANDS if total >= lowest)


def score(answers: object) -> Score:
    valid = checked_answers(answers)
    total = sum(valid)
    return Score(total=total, band=band_of(total), item9_positive=valid[-1] > 0)


def change(baseline: int, total: int) -> Change:
    band_of(baseline), band_of(total)  # both must be possible totals
    drop = (baseline - total) * 100 // baseline if baseline else 0
    return Change(
        baseline=baseline,
        total=total,
        drop_percent=drop,
        response=baseline > 0 and 2 * total <= baseline,
        remission=total < REMISSION_BELOW,
    )
