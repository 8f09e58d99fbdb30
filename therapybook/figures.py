"""Figures for the chapters: colour-blind-safe colours and small, plain plots.

The data behind every figure is a CSV in data/evidence/, so each number
on a plot can be traced to its source.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .core.figure import described
from .evidence import Interval, read_differences, read_estimates
from .figures_phq9 import phq9_course

__all__ = [
    "OKABE_ITO",
    "cycle_diagram",
    "described",
    "effect_plot",
    "forest_plot",
    "phq9_course",
    "relapse_illustration",
]

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


def _interval_rows(estimates: Sequence[Interval], no_difference: float) -> tuple[Figure, Axes]:
    """One row per estimate, top to bottom in file order: a square, its 95% interval and its numbers.

    The numbers sit right of the interval and of the no-difference line, on a white backing,
    so the line never runs through a minus sign.
    """
    fig, ax = plt.subplots(figsize=(7.5, 0.7 * len(estimates) + 1.4), dpi=100, layout="constrained")
    rows = list(reversed(estimates))
    for row, estimate in enumerate(rows):
        point = estimate.point
        ax.errorbar(
            point,
            row,
            xerr=[[point - estimate.low], [estimate.high - point]],
            fmt="s",
            color=OKABE_ITO["blue"],
            ecolor=OKABE_ITO["blue"],
            capsize=4,
            markersize=7,
        )
        ax.annotate(
            f"{point:.2f} ({estimate.low:.2f} to {estimate.high:.2f})",
            (max(estimate.high, no_difference), row),
            xytext=(8, 0),
            textcoords="offset points",
            va="center",
            fontsize=9,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
        )
    ax.axvline(no_difference, color=OKABE_ITO["black"], linestyle="--", linewidth=1)
    ax.set_yticks(range(len(rows)), labels=[e.comparison for e in rows])
    return fig, ax


def _finish(ax: Axes, xlabel: str, favours: tuple[str, str], left: float, right: float) -> None:
    """The axis label, the two 'favours' labels either side of the no-difference line, and no box."""
    ax.set_xlabel(xlabel)
    if any(favours):
        above = ax.get_xaxis_transform()  # x in data units, y just above the plot
        ax.text(left, 1.02, f"← {favours[0]}", transform=above, ha="right", va="bottom", fontsize=9)
        ax.text(right, 1.02, f"{favours[1]} →", transform=above, ha="left", va="bottom", fontsize=9)
    ax.spines[["top", "right"]].set_visible(False)


def forest_plot(name: str, xlabel: str, favours: tuple[str, str] = ("", "")) -> Figure:
    """Ratios with 95% intervals on a log scale, a line at 1, and the numbers written out."""
    fig, ax = _interval_rows(read_estimates(name), no_difference=1.0)
    ax.set_xscale("log")
    ax.set_xlim(0.8, 1.7)
    ax.set_xticks([0.8, 0.9, 1.0, 1.2, 1.4, 1.6], labels=["0.8", "0.9", "1", "1.2", "1.4", "1.6"])
    ax.minorticks_off()
    _finish(ax, xlabel, favours, left=0.98, right=1.02)
    return fig


def effect_plot(name: str, xlabel: str, favours: tuple[str, str] = ("", "")) -> Figure:
    """Standardised mean differences with 95% intervals, a line at 0, and the numbers written out."""
    estimates = read_differences(name)
    fig, ax = _interval_rows(estimates, no_difference=0.0)
    low = min(0.0, *(e.low for e in estimates))
    high = max(0.0, *(e.high for e in estimates))
    ax.set_xlim(low - 0.15, high + 0.75)  # room for the numbers on the right
    _finish(ax, xlabel, favours, left=-0.02, right=0.02)
    return fig


def cycle_diagram(stages: list[str], centre: str = "") -> Figure:
    """Stages in a loop, each arrow to the next, the last back to the first."""
    import math

    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

    fig, ax = plt.subplots(figsize=(6.4, 4.6), dpi=100, layout="constrained")
    ax.set_xlim(-1.75, 1.75)
    ax.set_ylim(-1.3, 1.3)
    ax.set_aspect("equal")
    ax.axis("off")
    colours = [OKABE_ITO[c] for c in ("blue", "orange", "bluish_green", "reddish_purple", "sky_blue", "vermillion")]
    points, boxes = [], []
    for i, stage in enumerate(stages):
        angle = math.pi / 2 - 2 * math.pi * i / len(stages)
        x, y = 1.15 * math.cos(angle), 0.92 * math.sin(angle)
        points.append((x, y))
        box = FancyBboxPatch(
            (x - 0.52, y - 0.2),
            1.04,
            0.4,
            boxstyle="round,pad=0.02,rounding_size=0.08",
            facecolor="white",
            edgecolor=colours[i % len(colours)],
            linewidth=2.5,
        )
        boxes.append(ax.add_patch(box))
        ax.text(x, y, stage, ha="center", va="center", fontsize=10)
    for i in range(len(stages)):
        j = (i + 1) % len(stages)
        # Clipped to the boxes' outlines, so arrowheads stop at the edge, never on the text.
        ax.add_patch(
            FancyArrowPatch(
                points[i],
                points[j],
                connectionstyle="arc3,rad=-0.25",
                arrowstyle="-|>",
                mutation_scale=16,
                color=OKABE_ITO["black"],
                linewidth=1.4,
                patchA=boxes[i],
                patchB=boxes[j],
                shrinkA=3,
                shrinkB=3,
            )
        )
    if centre:
        ax.text(0, 0, centre, ha="center", va="center", fontsize=9, style="italic", color="#444444")
    return fig


def relapse_illustration(name: str, weeks: int = 60, usual_care_relapse: float = 0.5) -> Figure:
    """What a hazard ratio does to a survival curve: S_mbct(t) = S_without(t) ** HR.

    The ratio and its interval come from data/evidence/<name>.csv. The curve
    without MBCT is an assumption (a constant hazard reaching
    `usual_care_relapse` by `weeks`), so the figure illustrates the ratio only.
    """
    import numpy as np

    estimate = read_estimates(name)[0]
    hazard_ratio, low, high = estimate.ratio, estimate.low, estimate.high

    t = np.linspace(0, weeks, 121)
    usual = (1 - usual_care_relapse) ** (t / weeks)
    fig, ax = plt.subplots(figsize=(7.5, 4.0), dpi=100, layout="constrained")
    ax.fill_between(
        t,
        usual**high,
        usual**low,
        color=OKABE_ITO["sky_blue"],
        alpha=0.35,
        label=f"MBCT, ratio from {low:.2f} to {high:.2f}",
    )
    ax.plot(
        t, usual**hazard_ratio, color=OKABE_ITO["blue"], linewidth=2.5, label=f"MBCT, hazard ratio {hazard_ratio:.2f}"
    )
    ax.plot(
        t, usual, color=OKABE_ITO["vermillion"], linewidth=2.5, linestyle="--", label="Comparison group (assumed curve)"
    )
    ax.set_xlim(0, weeks)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("Weeks")
    ax.set_ylabel("Proportion not relapsed")
    ax.yaxis.set_major_formatter(lambda value, _pos: f"{value:.0%}")
    ax.set_title(
        f"Illustration of a hazard ratio, not trial data (assumed: {usual_care_relapse:.0%} relapse "
        f"by week {weeks} in the comparison group)",
        fontsize=10,
    )
    ax.legend(loc="lower left", fontsize=9, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig
