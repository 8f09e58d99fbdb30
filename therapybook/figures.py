"""Figures for the chapters: colour-blind-safe colours and small, plain plots.

The data behind every figure is a CSV in data/evidence/, so each number
on a plot can be traced to its source.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import matplotlib.pyplot as plt

from .loading import ContentError, data_dir, display_path

# Okabe & Ito's palette: distinguishable with the common colour-vision deficiencies.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}


@dataclass(frozen=True)
class Estimate:
    label: str
    value: float
    low: float
    high: float
    source: str


def read_estimates(name: str) -> list[Estimate]:
    """Rows of data/evidence/<name>.csv with columns comparison, ratio, low, high, source."""
    path: Path = data_dir() / "evidence" / f"{name}.csv"
    where = display_path(path)
    rows: list[Estimate] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            try:
                estimate = Estimate(row["comparison"], float(row["ratio"]), float(row["low"]), float(row["high"]), row["source"])
            except (KeyError, TypeError, ValueError) as error:
                raise ContentError(f"{where}: line {number}: cannot read a ratio with its interval ({error})") from None
            if not estimate.low <= estimate.value <= estimate.high:
                raise ContentError(f"{where}: line {number}: the ratio is outside its own interval")
            rows.append(estimate)
    return rows


def forest_plot(name: str, xlabel: str, favours: tuple[str, str] = ("", "")) -> plt.Figure:
    """Ratios with 95% intervals on a log scale, a line at 1, and the numbers written out."""
    estimates = read_estimates(name)
    fig, ax = plt.subplots(figsize=(7.5, 0.7 * len(estimates) + 1.4), dpi=100, layout="constrained")
    for row, estimate in enumerate(reversed(estimates)):
        ax.errorbar(
            estimate.value,
            row,
            xerr=[[estimate.value - estimate.low], [estimate.high - estimate.value]],
            fmt="s",
            color=OKABE_ITO["blue"],
            ecolor=OKABE_ITO["blue"],
            capsize=4,
            markersize=7,
        )
        ax.annotate(
            f"{estimate.value:.2f} ({estimate.low:.2f} to {estimate.high:.2f})",
            (estimate.high, row),
            xytext=(8, 0),
            textcoords="offset points",
            va="center",
            fontsize=9,
        )
    ax.axvline(1, color=OKABE_ITO["black"], linestyle="--", linewidth=1)
    ax.set_xscale("log")
    ax.set_xlim(0.8, 1.7)
    ax.set_xticks([0.8, 0.9, 1.0, 1.2, 1.4, 1.6], labels=["0.8", "0.9", "1", "1.2", "1.4", "1.6"])
    ax.minorticks_off()
    ax.set_yticks(range(len(estimates)), labels=[e.label for e in reversed(estimates)])
    ax.set_xlabel(xlabel)
    if any(favours):
        # Labels sit either side of the no-difference line, just above the plot.
        above = ax.get_xaxis_transform()
        ax.text(0.98, 1.02, f"← {favours[0]}", transform=above, ha="right", va="bottom", fontsize=9)
        ax.text(1.02, 1.02, f"{favours[1]} →", transform=above, ha="left", va="bottom", fontsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    return fig
