"""Figures for the evidence-explorer chapter: published estimates, and a funnel plot of the trials.

Published estimates come from data/evidence/published_estimates.csv; the funnel plot from the
Metapsy database (one point per study, after pooling within the study).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .evidence import Difference, read_published
from .figures import OKABE_ITO, _finish, _interval_rows
from .trials import pool, study_effects


def published_plot(name: str = "published_estimates") -> Figure:
    """Each published pooled g with its 95% interval, labelled with the therapy, comparison and studies."""
    rows = [
        Difference(comparison=e.label, effect=e.effect, low=e.low, high=e.high, source=e.source)
        for e in read_published(name)
    ]
    fig, ax = _interval_rows(rows, no_difference=0.0)
    ax.set_xlim(-0.15, max(e.high for e in rows) + 0.75)
    _finish(ax, "Standardised mean difference (Hedges' g)", ("favours control", "favours therapy"), -0.02, 0.02)
    return fig


def funnel_plot(comparisons: pd.DataFrame) -> Figure:
    """Each study's g against its standard error (precise studies at the top), with the pooled g and the
    region where 95% of studies would fall if they differed only by chance around it."""
    import matplotlib.pyplot as plt

    studies = study_effects(comparisons)
    pooled = pool(studies["g"].to_numpy(), studies["se"].to_numpy())
    fig, ax = plt.subplots(figsize=(7.5, 5.0), dpi=100, layout="constrained")
    se_max = float(studies["se"].max()) * 1.05
    edge = np.linspace(0, se_max, 50)
    ax.fill_betweenx(
        edge,
        pooled.g - 1.96 * edge,
        pooled.g + 1.96 * edge,
        color=OKABE_ITO["sky_blue"],
        alpha=0.25,
        label="Where 95% of studies would fall by chance alone",
    )
    ax.scatter(studies["g"], studies["se"], s=14, color=OKABE_ITO["blue"], alpha=0.7, label="One study")
    ax.axvline(pooled.g, color=OKABE_ITO["vermillion"], linewidth=2, label=f"Pooled g = {pooled.g:.2f}")
    ax.axvline(0, color=OKABE_ITO["black"], linestyle="--", linewidth=1)
    ax.set_ylim(se_max, 0)
    ax.set_xlabel("Effect size of the study (Hedges' g); right of the dashed line favours therapy")
    ax.set_ylabel("Standard error (small studies lower down)")
    ax.legend(loc="lower right", fontsize=9, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def precision_thirds(comparisons: pd.DataFrame) -> list[tuple[str, int, float]]:
    """Pooled g in the most precise, middle and least precise third of studies: small-study effects in numbers."""
    studies = study_effects(comparisons).sort_values(["se", "study"]).reset_index(drop=True)
    thirds = np.array_split(np.arange(len(studies)), 3)
    names = ("Largest (most precise) third", "Middle third", "Smallest (least precise) third")
    found = []
    for label, index in zip(names, thirds, strict=True):
        part = studies.iloc[index]
        found.append((label, len(part), pool(part["g"].to_numpy(), part["se"].to_numpy()).g))
    return found
