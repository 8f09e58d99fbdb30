"""Pooled estimates from published meta-analyses (data/evidence/<name>.csv), validated on load.

Two shapes: ratios (risk or hazard ratios, columns comparison,ratio,low,high,source)
and differences (standardised mean differences, columns comparison,effect,low,high,source).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import model_validator

from .core.csv_files import read_models
from .core.errors import data_dir
from .core.text import CiteKey, ContentModel, Text

COLUMNS = ("comparison", "ratio", "low", "high", "source")


class Estimate(ContentModel):
    comparison: Text
    ratio: float
    low: float
    high: float
    source: CiteKey

    @model_validator(mode="after")
    def _inside_its_interval(self) -> Estimate:
        if not self.low <= self.ratio <= self.high:
            raise ValueError("the ratio is outside its own interval (low <= ratio <= high)")
        return self

    # The names the figures use.
    @property
    def label(self) -> str:
        return self.comparison

    @property
    def value(self) -> float:
        return self.ratio


class Difference(ContentModel):
    """A standardised mean difference (g or d) with its 95% confidence interval."""

    comparison: Text
    effect: float
    low: float
    high: float
    source: CiteKey

    @model_validator(mode="after")
    def _inside_its_interval(self) -> Difference:
        if not self.low <= self.effect <= self.high:
            raise ValueError("the effect is outside its own interval (low <= effect <= high)")
        return self


DIFFERENCE_COLUMNS = ("comparison", "effect", "low", "high", "source")


def read_differences(name: str) -> list[Difference]:
    return read_models(evidence_path(name), DIFFERENCE_COLUMNS, Difference)


def evidence_path(name: str) -> Path:
    return data_dir() / "evidence" / f"{name}.csv"


def read_estimates(name: str) -> list[Estimate]:
    return read_models(evidence_path(name), COLUMNS, Estimate)
