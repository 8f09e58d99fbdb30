"""The PHQ-9 course figure: the scores as drawn, the bands, and the response and remission lines."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest
from matplotlib.colors import to_hex

from therapybook import ContentError
from therapybook.figures import OKABE_ITO, phq9_course

PALETTE = {v.lower() for v in OKABE_ITO.values()}


@pytest.fixture
def course(tmp_path, monkeypatch):
    (tmp_path / "course").mkdir()
    (tmp_path / "course" / "demo.csv").write_text(
        "scenario,week,score\nother,0,9\ncase,4,12\ncase,0,20\ncase,8,4\n", encoding="utf-8"
    )
    monkeypatch.setenv("THERAPYBOOK_DATA", str(tmp_path))
    return "demo"


def test_the_scenario_is_drawn_in_week_order_on_a_0_to_27_scale(course):
    ax = phq9_course(course, "case", title="A made-up course").axes[0]
    line = next(line for line in ax.get_lines() if line.get_label() == "PHQ-9 score")
    assert list(line.get_xdata()) == [0, 4, 8] and list(line.get_ydata()) == [20, 12, 4]
    assert ax.get_ylim() == (0, 27)
    assert ax.get_title() == "A made-up course"


def test_response_is_half_the_first_score_dashed_and_remission_is_5_dotted(course):
    ax = phq9_course(course, "case").axes[0]
    lines = {line.get_label(): line for line in ax.get_lines()}
    response = lines["Response: half the first score (10 or less)"]
    remission = lines["Remission: a score below 5"]
    assert set(response.get_ydata()) == {10} and response.get_linestyle() == "--"
    assert set(remission.get_ydata()) == {5} and remission.get_linestyle() == ":"
    assert {to_hex(line.get_color()) for line in ax.get_lines()} <= PALETTE


def test_the_five_severity_bands_are_shaded_and_labelled(course):
    ax = phq9_course(course, "case").axes[0]
    labels = [t.get_text() for t in ax.texts]
    assert labels == ["minimal (0–4)", "mild (5–9)", "moderate (10–14)", "moderately severe (15–19)", "severe (20–27)"]
    assert len(ax.patches) == 5


def test_an_unknown_scenario_is_refused_with_the_known_ones(course):
    with pytest.raises(ContentError, match=r"no rows for scenario 'nope' \(it has: case, other\)"):
        phq9_course(course, "nope")


def test_the_same_data_draws_the_same_figure(course):
    def lines(figure):
        return [(list(line.get_xdata()), list(line.get_ydata())) for line in figure.axes[0].get_lines()]

    assert lines(phq9_course(course, "case")) == lines(phq9_course(course, "case"))


@pytest.mark.parametrize("scenario", ["recovery", "relapse", "recurrence"])
def test_the_book_scenarios_stay_on_the_scale(scenario):
    ax = phq9_course("phq9_course", scenario).axes[0]
    scores = next(line for line in ax.get_lines() if line.get_label() == "PHQ-9 score").get_ydata()
    assert all(0 <= s <= 27 for s in scores)
