"""Figures: drawn from the data, with colour-blind-safe colours and labels that say what they are."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest
from matplotlib.colors import to_hex

from therapybook.evidence import read_estimates
from therapybook.figures import OKABE_ITO, cycle_diagram, effect_plot, forest_plot, relapse_illustration
from therapybook.kinds.planner import load_week, week_plot

PALETTE = {v.lower() for v in OKABE_ITO.values()}


def test_forest_plot_shows_every_estimate_with_its_numbers():
    figure = forest_plot("combined_treatment_response", "Risk ratio")
    texts = [t.get_text() for t in figure.axes[0].texts]
    for estimate in read_estimates("combined_treatment_response"):
        assert f"{estimate.ratio:.2f} ({estimate.low:.2f} to {estimate.high:.2f})" in texts


def test_relapse_illustration_applies_the_hazard_ratio_to_the_assumed_curve():
    figure = relapse_illustration("mbct_relapse", weeks=60, usual_care_relapse=0.5)
    ax = figure.axes[0]
    lines = {line.get_label(): line for line in ax.get_lines()}
    without = lines["Comparison group (assumed curve)"].get_ydata()
    with_mbct = lines["MBCT, hazard ratio 0.69"].get_ydata()
    assert without[-1] == pytest.approx(0.5)
    assert np.allclose(with_mbct, without**0.69)
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


def test_effect_plot_shows_each_difference_with_its_interval_and_a_line_at_zero(tmp_path, monkeypatch):
    (tmp_path / "evidence").mkdir()
    (tmp_path / "evidence" / "demo.csv").write_text(
        "comparison,effect,low,high,source\n"
        "Therapy vs control,0.60,0.45,0.75,x\n"
        "Therapy vs other therapies,0.06,-0.10,0.22,x\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("THERAPYBOOK_DATA", str(tmp_path))
    ax = effect_plot("demo", "Hedges' g", favours=("comparison", "therapy")).axes[0]
    texts = [t.get_text() for t in ax.texts]
    assert "0.60 (0.45 to 0.75)" in texts and "0.06 (-0.10 to 0.22)" in texts
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Therapy vs other therapies", "Therapy vs control"]
    assert any(list(line.get_xdata()) == [0, 0] for line in ax.get_lines()), "a no-difference line at 0"
    assert "← comparison" in texts and "therapy →" in texts


def test_an_effect_outside_its_interval_is_refused(tmp_path, monkeypatch):
    from therapybook import ContentError

    (tmp_path / "evidence").mkdir()
    (tmp_path / "evidence" / "bad.csv").write_text(
        "comparison,effect,low,high,source\nA,0.9,0.1,0.5,x\n", encoding="utf-8"
    )
    monkeypatch.setenv("THERAPYBOOK_DATA", str(tmp_path))
    with pytest.raises(ContentError, match=r"bad\.csv: line 2: the effect is outside its own interval"):
        effect_plot("bad", "g")


def test_a_described_figure_carries_its_alt_text_in_every_view():
    from therapybook.figures import described, forest_plot

    alt = 'Forest plot of three risk ratios, with <markup> & quotes " kept as text'
    figure = described(forest_plot("combined_treatment_response", xlabel="x", favours=("a", "b")), alt)
    data, metadata = figure._repr_mimebundle_()
    assert metadata == {"image/png": {"alt": alt}}, "the book's image file gets it"
    escaped = "Forest plot of three risk ratios, with &lt;markup&gt; &amp; quotes &quot; kept as text"
    assert f'alt="{escaped}"' in data["text/html"]
    assert data["text/html"].count("<") == 1, "one <img>, nothing from the text became markup"
    assert data["text/plain"] == alt and data["image/png"] and data["image/png"] in data["text/html"]
    assert described(None, alt) is None, "nothing to show, nothing shown"
    with pytest.raises(ValueError, match="needs a real description"):
        described(forest_plot("combined_treatment_response", xlabel="x"), "chart")
