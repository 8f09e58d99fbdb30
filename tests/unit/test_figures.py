"""Figures: drawn from the data, with colour-blind-safe colours and labels that say what they are."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest
from matplotlib.colors import to_hex

from therapybook.evidence import read_estimates
from therapybook.figures import OKABE_ITO, cycle_diagram, forest_plot, relapse_illustration
from therapybook.kinds.planner import load_week, week_plot

PALETTE = {v.lower() for v in OKABE_ITO.values()}


def test_forest_plot_shows_every_estimate_with_its_numbers():
    figure = forest_plot("combined_treatment_response", "Risk ratio")
    texts = [t.get_text() for t in figure.axes[0].texts]
    for estimate in read_estimates("combined_treatment_response"):
        assert f"{estimate.value:.2f} ({estimate.low:.2f} to {estimate.high:.2f})" in texts


def test_relapse_illustration_applies_the_hazard_ratio_to_the_assumed_curve():
    figure = relapse_illustration("mbct_relapse", weeks=60, usual_care_relapse=0.5)
    ax = figure.axes[0]
    lines = {line.get_label(): line for line in ax.get_lines()}
    without = lines["Comparison group (assumed curve)"].get_ydata()
    with_mbct = lines["MBCT, hazard ratio 0.69"].get_ydata()
    assert without[-1] == pytest.approx(0.5)
    assert np.allclose(with_mbct, without ** 0.69)
    assert "not trial data" in ax.get_title() and "assumed" in ax.get_title()
    assert {to_hex(line.get_color()) for line in ax.get_lines()} <= PALETTE


def test_cycle_diagram_has_a_box_and_an_arrow_per_stage():
    figure = cycle_diagram(["A", "B", "C", "D"])
    patches = figure.axes[0].patches
    assert len(patches) == 8
    assert [t.get_text() for t in figure.axes[0].texts] == ["A", "B", "C", "D"]


def test_week_plot_marks_rewarding_activities_by_shape_and_colour(fixture_data):
    figure = week_plot(load_week("week_sample"))
    left = figure.axes[0]
    groups = {c.get_label(): len(c.get_offsets()) for c in left.collections}
    assert groups == {"pleasure or mastery 6+": 4, "the rest": 2}
    assert {to_hex(c.get_facecolor()[0]) for c in left.collections} <= PALETTE
