"""The week as a figure: activities by pleasure + mastery against mood, and mood across the week."""

from __future__ import annotations

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from ...figures import OKABE_ITO
from .model import DAYS, Activity
from .summary import summarise


def week_plot(activities: list[Activity]) -> Figure:
    """Left: each activity's pleasure + mastery against mood. Right: average mood by day."""
    summary = summarise(activities)
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.8), dpi=100, layout="constrained")
    rewarding = [a for a in activities if a.rewarding]
    other = [a for a in activities if not a.rewarding]
    for group, colour, marker, label in (
        (rewarding, OKABE_ITO["blue"], "o", "pleasure or mastery 6+"),
        (other, OKABE_ITO["orange"], "s", "the rest"),
    ):
        left.scatter(
            [a.pleasure + a.mastery for a in group],
            [a.mood for a in group],
            color=colour,
            marker=marker,
            s=46,
            label=label,
            edgecolor="black",
            linewidth=0.5,
        )
    left.set_xlabel("Pleasure + mastery (0–20)")
    left.set_ylabel("Mood (0–10)")
    left.set_xlim(-0.5, 20.5)
    left.set_ylim(-0.5, 10.5)
    left.legend(loc="upper left", fontsize=8, frameon=False)
    left.set_title("Each activity", fontsize=10)
    days = [d for d in DAYS if d in summary.daily_mood]
    right.plot(days, [summary.daily_mood[d] for d in days], marker="o", color=OKABE_ITO["bluish_green"], linewidth=2)
    right.set_ylim(0, 10)
    right.set_ylabel("Average mood (0–10)")
    right.set_title("Mood across the week", fontsize=10)
    for ax in (left, right):
        ax.spines[["top", "right"]].set_visible(False)
    return fig
