"""Pooled estimates from published meta-analyses (data/evidence/<name>.csv), validated on load."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError, model_validator

from .core.csv_files import read_rows
from .core.errors import ContentError, data_dir, display_path
from .core.messages import plain_message
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


def evidence_path(name: str) -> Path:
    return data_dir() / "evidence" / f"{name}.csv"


def read_estimates(name: str) -> list[Estimate]:
    path = evidence_path(name)
    where = display_path(path)
    estimates, problems = [], []
    for line, row in read_rows(path, COLUMNS):
        try:
            estimates.append(Estimate.model_validate(row))
        except ValidationError as error:
            for e in error.errors():
                field = f"'{e['loc'][0]}' " if e["loc"] else ""
                problems.append(f"{where}: line {line}: {field}{plain_message(e)}")
    if problems:
        raise ContentError("\n".join(problems))
    if not estimates:
        raise ContentError(f"{where}: has no estimates")
    return estimates
