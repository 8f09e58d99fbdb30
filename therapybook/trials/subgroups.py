"""The groups a reader can compare: therapy type, control condition and risk of bias.

Codes are the database's own (metadata/variable_description.json). Risk of bias counts how many of four
Cochrane criteria a trial met (sequence generation, allocation concealment, blinded or self-report
assessment, intention-to-treat analysis); the book calls 3 or 4 "lower risk" and 0 to 2 "higher risk".
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import product

import pandas as pd

from .pooling import Pooled, pool_studies

ALL = "all"
THERAPIES = {
    "cbt": "Cognitive behavioural therapy",
    "bat": "Behavioural activation",
    "pst": "Problem-solving therapy",
    "ipt": "Interpersonal therapy",
    "dyn": "Psychodynamic therapy",
    "3rd": "Third-wave therapies",
    "lrt": "Life-review therapy",
    "sup": "Supportive counselling",
    "other-psy": "Other psychotherapies",
}
CONTROLS = {"wl": "Waiting list", "cau": "Care as usual", "other-ctr": "Other control conditions"}
RISKS = {"lower": "Lower risk of bias (3-4 of 4 criteria met)", "higher": "Higher risk of bias (0-2 met)"}
DIMENSIONS = ("therapy", "control", "risk")


def risk_group(score: float) -> str:
    return "lower" if score >= 3 else "higher"


def labelled(comparisons: pd.DataFrame) -> pd.DataFrame:
    """The comparisons with the three filter columns the book uses."""
    return comparisons.assign(
        # The database writes "other psy" and "other ctr"; ids in content files have no spaces.
        therapy=comparisons["condition_arm1"].str.replace(" ", "-"),
        control=comparisons["condition_arm2"].str.replace(" ", "-"),
        risk=comparisons["rob"].map(risk_group),
    )


def option_ids(dimension: str) -> list[str]:
    codes = {"therapy": THERAPIES, "control": CONTROLS, "risk": RISKS}[dimension]
    return [ALL, *codes]


def select(comparisons: pd.DataFrame, choice: dict[str, str]) -> pd.DataFrame:
    """The comparisons that match every chosen option ("all" matches everything)."""
    frame = labelled(comparisons)
    for dimension, value in choice.items():
        if value != ALL:
            frame = frame[frame[dimension] == value]
    return frame


def choice_key(choice: dict[str, str]) -> str:
    return "|".join(choice[dimension] for dimension in DIMENSIONS)


def every_choice() -> Iterator[dict[str, str]]:
    for values in product(*(option_ids(d) for d in DIMENSIONS)):
        yield dict(zip(DIMENSIONS, values, strict=True))


def pooled_for(comparisons: pd.DataFrame, choice: dict[str, str]) -> Pooled | None:
    return pool_studies(select(comparisons, choice))


def pooled_by(comparisons: pd.DataFrame, dimension: str) -> dict[str, Pooled | None]:
    """Each option of one dimension on its own (the others left at "all")."""
    return {option: pooled_for(comparisons, {dimension: option}) for option in option_ids(dimension)}
