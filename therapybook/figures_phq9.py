"""A PHQ-9 course over the weeks: the score, the severity bands, and the response and remission lines.

The scores come from data/course/<name>.csv (columns scenario,week,score), one scenario per figure: made-up
courses that teach the lines, kept apart from data/evidence/, which holds only published estimates.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from pydantic import Field

from .core.csv_files import read_models
from .core.errors import ContentError, data_dir, display_path
from .core.text import ContentModel, Identifier
from .kinds.phq9.scoring import BANDS as SCORE_BANDS
from .kinds.phq9.scoring import MAX_TOTAL, REMISSION_BELOW


def shaded_bands() -> list[tuple[int, int, str]]:
    """(from, to, label) for each severity band, lowest first, from the PHQ-9 kind's own scoring bands."""
    lowest_first = sorted(SCORE_BANDS)
    bands = []
    for (low, name), (next_low, _) in zip(lowest_first, [*lowest_first[1:], (MAX_TOTAL + 1, "")], strict=True):
        bands.append((low, min(next_low, MAX_TOTAL), f"{name} ({low}–{next_low - 1})"))
    return bands


class Score(ContentModel):
    """One PHQ-9 total in one scenario."""

    scenario: Identifier
    week: int = Field(ge=0)
    score: int = Field(ge=0, le=27)


def read_scores(name: str) -> list[Score]:
    """Every row of data/course/<name>.csv, checked (validate reads each file this way)."""
    return read_models(course_path(name), ("scenario", "week", "score"), Score)


def course_path(name: str) -> Path:
    return data_dir() / "course" / f"{name}.csv"


def read_course(name: str, scenario: str) -> list[Score]:
    """The scenario's scores in week order; an unknown scenario is a ContentError naming the known ones."""
    path = course_path(name)
    rows = read_scores(name)
    chosen = sorted((r for r in rows if r.scenario == scenario), key=lambda r: r.week)
    if not chosen:
        known = ", ".join(sorted({r.scenario for r in rows}))
        raise ContentError(f"{display_path(path)}: no rows for scenario '{scenario}' (it has: {known})")
    return chosen


def phq9_course(name: str, scenario: str, title: str = "") -> Figure:
    """PHQ-9 totals over the weeks on shaded, labelled severity bands (0 to 27), with a dashed line at
    half the first score (response) and a dotted line at 5 (remission is a score below it)."""
    from .figures import OKABE_ITO

    scores = read_course(name, scenario)
    weeks = [s.week for s in scores]
    totals = [s.score for s in scores]
    baseline = totals[0]
    last = max(weeks)
    fig, ax = plt.subplots(figsize=(7.5, 4.4), dpi=100, layout="constrained")
    for i, (low, high, label) in enumerate(shaded_bands()):
        ax.axhspan(low, high, color="#000000", alpha=0.03 + 0.03 * i, linewidth=0)
        ax.text(last * 1.025, (low + high) / 2, label, va="center", ha="left", fontsize=8, color="#333333")
    ax.axhline(
        baseline / 2,
        color=OKABE_ITO["vermillion"],
        linestyle="--",
        linewidth=1.5,
        label=f"Response: half the first score ({baseline / 2:g} or less)",
    )
    ax.axhline(
        REMISSION_BELOW,
        color=OKABE_ITO["bluish_green"],
        linestyle=":",
        linewidth=2,
        label=f"Remission: a score below {REMISSION_BELOW}",
    )
    ax.plot(weeks, totals, color=OKABE_ITO["blue"], marker="o", markersize=4, linewidth=2, label="PHQ-9 score")
    ax.set_xlim(-0.01 * last, last * 1.01)
    ax.set_ylim(0, 27)
    ax.set_yticks([0, 5, 10, 15, 20, 27])
    ax.set_xlabel("Weeks since the first assessment")
    ax.set_ylabel("PHQ-9 total (0 to 27)")
    if title:
        ax.set_title(title, fontsize=10)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig
