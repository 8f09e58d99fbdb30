"""The evidence-explorer chapter's calls: each one short, each safe without the trial database.

Without the database (offline, no copy, no $THERAPYBOOK_METAPSY) the first call, ``database_summary``, shows
one plain notice: what is missing and what still works. Every later call shows nothing (None), so the reader
does not meet the same note again and again; the technical detail (what was tried, how to fetch it) is for
``make validate`` and the README. The chapter still runs and the book still builds.
"""

from __future__ import annotations

from functools import cache
from html import escape

import pandas as pd
from matplotlib.figure import Figure

from .kinds.evidence_filter import EvidenceFilter
from .kinds.evidence_filter.describing import signed
from .kinds.evidence_filter.model import FilterResult
from .trials import Pooled, TrialDataUnavailable, locate, read_trials
from .trials.source import HOW_TO_GET_IT
from .trials.subgroups import CONTROLS, RISKS, THERAPIES, choice_key, every_choice, pooled_by, pooled_for

GROUP_NAMES = {"therapy": THERAPIES, "control": CONTROLS, "risk": RISKS}
CAPTIONS = {"therapy": "type of therapy", "control": "control condition", "risk": "risk of bias"}
HEADINGS = ("Trials", "Studies", "g (95% CI)", "tau²", "I²", "95% prediction interval")


NOTICE = (
    "The rest of this section works from an open database of psychotherapy trials (the Metapsy database), "
    "which is not available here: there is no copy on this computer, and it could not be downloaded. "
    "The published estimates and the figures above, the overlap explorer and the quiz all work without it; "
    "the tables of pooled results, the funnel plot and the trial filter below appear once it is at hand. "
    "The README's section on the trial database says how to get it."
)


class Notice:
    """Shown once, in place of the database summary, when the trial database is not available."""

    message = NOTICE

    def _repr_html_(self) -> str:
        return f'<div class="admonition note"><p class="admonition-title">Note</p><p>{escape(self.message)}</p></div>'

    def __repr__(self) -> str:
        return self.message


class Lines:
    """Plain text shown as a cell's result (no print, so a missing result can be None and show nothing)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


@cache
def _trials() -> pd.DataFrame | str:
    # Cached, so a chapter without the data tries (and waits for a download) once, not in every cell.
    try:
        return read_trials(locate())
    except TrialDataUnavailable as error:
        return str(error) if HOW_TO_GET_IT in str(error) else f"{error}. {HOW_TO_GET_IT}"


def trials() -> pd.DataFrame | None:
    found = _trials()
    return None if isinstance(found, str) else found


def unavailable_because() -> str | None:
    """Why the database is not at hand, in full (for `make validate`), or None when it is."""
    found = _trials()
    return found if isinstance(found, str) else None


def as_result(key: str, pooled: Pooled | None) -> FilterResult | None:
    if pooled is None:
        return None

    def rounded(value: float | None) -> float | None:
        # Four decimals: enough for two shown, and the stored page data stays the same between runs.
        return None if value is None else round(value, 4)

    return FilterResult(
        key=key,
        k=pooled.k,
        g=round(pooled.g, 4),
        low=round(pooled.low, 4),
        high=round(pooled.high, 4),
        tau2=rounded(pooled.tau2),
        i2=rounded(pooled.i2),
        pi_low=rounded(pooled.pi_low),
        pi_high=rounded(pooled.pi_high),
    )


class PooledTable:
    """Pooled results by group, as an HTML table and as text (both deterministic, for nbval)."""

    def __init__(self, rows: list[tuple[str, FilterResult | None]], caption: str = "Pooled results") -> None:
        self.rows = rows
        self.caption = caption  # also names the table's scrolling region, which must differ between tables

    def cells(self, result: FilterResult | None) -> list[str]:
        if result is None:
            return ["no trials", "", "", "", ""]
        heterogeneity = (
            ["", ""] if result.tau2 is None or result.i2 is None else [f"{result.tau2:.2f}", f"{100 * result.i2:.0f}%"]
        )
        pi = (
            ""
            if result.pi_low is None or result.pi_high is None
            else (f"{signed(result.pi_low)} to {signed(result.pi_high)}")
        )
        g = f"{signed(result.g)} ({signed(result.low)} to {signed(result.high)})"
        return [str(result.k), g, *heterogeneity, pi]

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{escape(h)}</th>" for h in HEADINGS)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in [label, *self.cells(result)]) + "</tr>"
            for label, result in self.rows
        )
        # A wide table scrolls inside its own focusable region, so a phone's page never scrolls sideways.
        table = f'<table class="tb-pooled"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
        region = f'class="tb-table-scroll" role="region" tabindex="0" aria-label="{escape(self.caption)}"'
        return f"<div {region}>{table}</div>"

    def __repr__(self) -> str:
        return "\n".join(" | ".join([label, *self.cells(result)]) for label, result in self.rows)


def pooled_table(dimension: str) -> PooledTable | None:
    """All trials, then each option of one dimension: "therapy", "control" or "risk"."""
    frame = trials()
    if frame is None:
        return None
    names = {"all": "All trials", **GROUP_NAMES[dimension]}
    pooled = pooled_by(frame, dimension)
    rows = [(names[option], as_result(option, result)) for option, result in pooled.items()]
    return PooledTable(rows, caption=f"Pooled results by {CAPTIONS[dimension]}")


def database_summary() -> Lines | Notice:
    """The size of the database, or the chapter's one notice that it is not here."""
    frame = trials()
    if frame is None:
        return Notice()
    return Lines(
        f"The database holds {len(frame)} comparisons from {frame['study'].nunique()} studies, "
        f"published from {int(frame['year'].min())} to {int(frame['year'].max())}."
    )


def results_for_every_choice(frame: pd.DataFrame) -> list[FilterResult]:
    found = (as_result(choice_key(choice), pooled_for(frame, choice)) for choice in every_choice())
    return [result for result in found if result is not None]


def trial_filter(name: str = "trial_filters") -> EvidenceFilter | None:
    """The filter with every combination precomputed for the page, and live pooling in Jupyter."""
    frame = trials()
    if frame is None:
        return None
    content = EvidenceFilter.from_file(name).content
    content = content.model_validate({**content.model_dump(), "results": results_for_every_choice(frame)})

    def compute(choice: dict[str, str]) -> FilterResult | None:
        return as_result(content.key(choice), pooled_for(frame, choice))

    return EvidenceFilter(content, compute)


def funnel() -> Figure | None:
    """The funnel plot, or None (nothing to show) without the database."""
    from .trial_figures import funnel_plot

    frame = trials()
    return None if frame is None else funnel_plot(frame)


def small_study_table() -> Lines | None:
    from .trial_figures import precision_thirds

    frame = trials()
    if frame is None:
        return None
    return Lines("\n".join(f"{label}: {k} studies, pooled g = {g:.2f}" for label, k, g in precision_thirds(frame)))
