"""Pooled estimates from published meta-analyses (data/evidence/<name>.csv), validated on load.

Two shapes, one per kind of estimate: ratios (risk or hazard ratios, columns
comparison,ratio,low,high,source) and differences (standardised mean differences,
columns comparison,effect,low,high,source). A third, richer table of published pooled
differences also says which therapy, outcome and how many studies and participants
(``published_estimates.csv``: therapy,comparison,outcome,effect,low,high,studies,participants,source).
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Self, TypeVar

from pydantic import ConfigDict, Field, field_validator, model_validator

from .core.csv_files import read_models
from .core.errors import data_dir
from .core.files import read_text
from .core.text import CiteKey, ContentModel, Text


class Interval(ContentModel):
    """An estimate with its 95% confidence interval; each shape names the estimate's own column."""

    # A figure cannot draw NaN or infinity, and "inf" in a spreadsheet cell is a typo, not an estimate.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    point_name: ClassVar[str]
    comparison: Text
    low: float
    high: float
    source: CiteKey

    @property
    def point(self) -> float:
        return float(getattr(self, self.point_name))

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        return ("comparison", cls.point_name, "low", "high", "source")

    @model_validator(mode="after")
    def _inside_its_interval(self) -> Self:
        if not self.low <= self.point <= self.high:
            name = self.point_name
            raise ValueError(f"the {name} is outside its own interval (low <= {name} <= high)")
        return self


class Estimate(Interval):
    """A risk or hazard ratio."""

    point_name = "ratio"
    ratio: float


class Difference(Interval):
    """A standardised mean difference (g or d)."""

    point_name = "effect"
    effect: float


class Published(Difference):
    """A pooled difference from a published meta-analysis; counts left blank where the source does not give them."""

    therapy: Text
    outcome: Text
    studies: int | None = Field(default=None, ge=1)
    participants: int | None = Field(default=None, ge=1)

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        return ("therapy", "comparison", "outcome", "effect", "low", "high", "studies", "participants", "source")

    @field_validator("studies", "participants", mode="before")
    @classmethod
    def _blank_is_unknown(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def label(self) -> str:
        counted = f", {self.studies} studies" if self.studies else ""
        return f"{self.therapy} vs {self.comparison}{counted}"


IntervalT = TypeVar("IntervalT", bound=Interval)
# The richest shape first: a header naming "therapy" is a published-estimates table.
SHAPES: tuple[type[Interval], ...] = (Published, Estimate, Difference)


def evidence_path(name: str) -> Path:
    return data_dir() / "evidence" / f"{name}.csv"


def _read(name: str, shape: type[IntervalT]) -> list[IntervalT]:
    return read_models(evidence_path(name), shape.columns(), shape)


def read_estimates(name: str) -> list[Estimate]:
    return _read(name, Estimate)


def read_differences(name: str) -> list[Difference]:
    return _read(name, Difference)


def read_published(name: str = "published_estimates") -> list[Published]:
    return _read(name, Published)


def read_table(name: str) -> list[Interval]:
    """Any evidence table, in the shape its header names (a ratio table if the header names neither)."""
    header = read_text(evidence_path(name)).split("\n", 1)[0].split(",")
    shape = next((s for s in SHAPES if set(s.columns()) <= {h.strip() for h in header}), Estimate)
    return list(_read(name, shape))
