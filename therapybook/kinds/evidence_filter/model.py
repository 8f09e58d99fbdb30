"""What an evidence filter file (data/evidence_filter/<name>.yml) may contain.

The file names the filters and their options; ``results`` holds the pooled result for each combination
of options, keyed "option|option|option" in filter order. The book's file leaves ``results`` empty: the
chapter computes them from the trial database when it runs (therapybook.evidence_explorer).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field, StringConstraints, model_validator

from ...core.text import ContentModel, Identifier, Text, reject_duplicate_ids

KEY_SEPARATOR = "|"
# Option ids joined by KEY_SEPARATOR, in filter order: "cbt|wl|lower".
ResultKey = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*(\|[a-z0-9][a-z0-9_-]*)*$")]


class FilterOption(ContentModel):
    id: Identifier
    label: Text


class Filter(ContentModel):
    id: Identifier
    label: Text
    options: list[FilterOption] = Field(min_length=1, max_length=20)

    @property
    def option_ids(self) -> list[str]:
        return [option.id for option in self.options]


class FilterResult(ContentModel):
    """A pooled result as the page shows it: every number finite (the page would print "g = nan"), the estimate
    inside its confidence interval, heterogeneity and the prediction interval each given whole or not at all."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    key: ResultKey
    k: int = Field(ge=1)
    g: float
    low: float
    high: float
    tau2: float | None = Field(default=None, ge=0)
    i2: float | None = Field(default=None, ge=0, le=1)
    pi_low: float | None = None
    pi_high: float | None = None

    @model_validator(mode="after")
    def _a_result_that_can_be(self) -> FilterResult:
        if not self.low <= self.g <= self.high:
            raise ValueError(f"needs 'low' <= 'g' <= 'high' (found {self.low}, {self.g}, {self.high})")
        for first, second in (("tau2", "i2"), ("pi_low", "pi_high")):
            if (getattr(self, first) is None) != (getattr(self, second) is None):
                raise ValueError(f"'{first}' and '{second}' go together: give both or neither")
        if self.pi_low is not None and self.pi_high is not None and self.pi_low > self.pi_high:
            raise ValueError(f"needs 'pi_low' <= 'pi_high' (found {self.pi_low}, {self.pi_high})")
        return self


class EvidenceFilterContent(ContentModel):
    id: Identifier
    title: Text
    intro: Text
    # Shown when no trial matches a combination.
    empty: Text
    filters: list[Filter] = Field(min_length=1, max_length=4)
    results: list[FilterResult] = Field(default_factory=list)

    @model_validator(mode="after")
    def _keys_name_known_options(self) -> EvidenceFilterContent:
        reject_duplicate_ids([f.id for f in self.filters], "filter")
        for item in self.filters:
            reject_duplicate_ids(item.option_ids, f"filter '{item.id}': option")
        for result in self.results:
            parts = result.key.split(KEY_SEPARATOR)
            known = len(parts) == len(self.filters) and all(
                part in item.option_ids for part, item in zip(parts, self.filters, strict=False)
            )
            if not known:
                raise ValueError(f"result '{result.key}': 'key' must name one option of each filter, in order")
        reject_duplicate_ids([r.key for r in self.results], "result")
        return self

    def key(self, choice: dict[str, str]) -> str:
        return KEY_SEPARATOR.join(choice[item.id] for item in self.filters)

    def first_choice(self) -> dict[str, str]:
        return {item.id: item.options[0].id for item in self.filters}
