"""Pooling checked against DerSimonian–Laird worked by hand, the within-study means against their formulas,
and chapter 13's sentence about the within-study choice against the shared copy of the database."""

from __future__ import annotations

import os
import re

import nbformat
import numpy as np
import pandas as pd
import pytest
from scipy import stats
from toc import ROOT

from therapybook.trials import ENV_VAR, locate, read_trials
from therapybook.trials.pooling import mean_of_correlated, plain_mean, pool, pool_studies
from therapybook.trials.subgroups import select

EFFECTS = np.array([0.62, 0.15, 0.90, 0.41, 1.30])
ERRORS = np.array([0.20, 0.12, 0.30, 0.15, 0.45])


def dersimonian_laird(y, se):
    w = 1 / se**2
    fixed = (w * y).sum() / w.sum()
    q = (w * (y - fixed) ** 2).sum()
    c = w.sum() - (w**2).sum() / w.sum()
    tau2 = max(0.0, (q - (len(y) - 1)) / c)
    w_star = 1 / (se**2 + tau2)
    g = (w_star * y).sum() / w_star.sum()
    se_g = np.sqrt(1 / w_star.sum())
    i2 = max(0.0, (q - (len(y) - 1)) / q)
    half = stats.t.ppf(0.975, len(y) - 2) * np.sqrt(tau2 + se_g**2)
    return g, se_g, tau2, i2, g - half, g + half


def test_random_effects_match_dersimonian_laird_by_hand():
    g, se, tau2, i2, pi_low, pi_high = dersimonian_laird(EFFECTS, ERRORS)
    pooled = pool(EFFECTS, ERRORS)
    assert pooled.k == 5
    assert pooled.g == pytest.approx(g) and pooled.se == pytest.approx(se)
    assert pooled.tau2 == pytest.approx(tau2) and pooled.i2 == pytest.approx(i2)
    assert pooled.low == pytest.approx(g - 1.959964 * se, abs=1e-6)
    assert (pooled.pi_low, pooled.pi_high) == (pytest.approx(pi_low), pytest.approx(pi_high))


def test_homogeneous_studies_truncate_tau2_at_zero():
    y, se = np.array([0.50, 0.52, 0.49]), np.array([0.2, 0.2, 0.2])
    g, se_g, tau2, _i2, *_ = dersimonian_laird(y, se)
    pooled = pool(y, se)
    assert tau2 == 0 and pooled.tau2 == 0 and pooled.i2 == 0
    assert pooled.g == pytest.approx(g) and pooled.se == pytest.approx(se_g)


def test_too_few_studies_give_no_prediction_interval_or_heterogeneity():
    assert pool(EFFECTS[:2], ERRORS[:2]).pi_low is None
    single = pool(EFFECTS[:1], ERRORS[:1])
    assert single.k == 1 and single.tau2 is None and single.g == pytest.approx(0.62)
    with pytest.raises(ValueError):
        pool(np.array([]), np.array([]))


def test_comparisons_in_one_study_are_combined_with_correlation_half():
    y, se = np.array([0.4, 0.8]), np.array([0.2, 0.2])
    g, se_g = mean_of_correlated(y, se, r=0.5)
    # Equal errors: the plain mean, with variance (1 + r) / 2 * se² for two comparisons.
    assert g == pytest.approx(0.6) and se_g == pytest.approx(np.sqrt(0.75 * 0.04))


def test_studies_are_pooled_after_combining_their_comparisons():
    frame = pd.DataFrame(
        {"study": ["A", "A", "B", "C"], ".g": [0.4, 0.8, 0.2, 0.9], ".g_se": [0.2, 0.2, 0.1, 0.3], "year": [1, 1, 2, 3]}
    )
    a_g, a_se = mean_of_correlated(np.array([0.4, 0.8]), np.array([0.2, 0.2]))
    expected = pool(np.array([a_g, 0.2, 0.9]), np.array([a_se, 0.1, 0.3]))
    found = pool_studies(frame)
    assert found is not None and found.k == 3
    assert [found.g, found.se, found.tau2] == pytest.approx([expected.g, expected.se, expected.tau2])
    assert pool_studies(frame.iloc[0:0]) is None


def test_a_plain_mean_averages_effects_and_keeps_a_typical_error():
    g, se = plain_mean(np.array([0.4, 0.8, 0.3]), np.array([0.1, 0.2, 0.2]))
    assert g == pytest.approx(0.5) and se == pytest.approx(np.sqrt((0.01 + 0.04 + 0.04) / 3))


def test_the_within_study_choice_reaches_the_pooled_result():
    frame = pd.DataFrame(
        {"study": ["A", "A", "B", "C"], ".g": [0.4, 1.2, 0.2, 0.9], ".g_se": [0.1, 0.3, 0.1, 0.3], "year": [1, 1, 2, 3]}
    )
    a_g, a_se = plain_mean(np.array([0.4, 1.2]), np.array([0.1, 0.3]))
    expected = pool(np.array([a_g, 0.2, 0.9]), np.array([a_se, 0.1, 0.3]))
    found = pool_studies(frame, combine=plain_mean)
    assert found is not None and found.g == pytest.approx(expected.g)
    assert found.g != pytest.approx(pool_studies(frame).g)  # the default weights study A's precise arm more


def method_note() -> str:
    """The paragraph of chapter 13 that says how the within-study choice moves the numbers."""
    notebook = nbformat.read(ROOT / "notebooks" / "13_evidence_explorer.ipynb", as_version=4)
    found = [c.source for c in notebook.cells if c.cell_type == "markdown" and "simply averaged" in c.source]
    assert len(found) == 1, "chapter 13 should have one method note on averaging within studies"
    return found[0]


def test_chapter_13_states_the_numbers_both_ways_of_combining_give():
    if not os.environ.get(ENV_VAR):
        pytest.skip(f"{ENV_VAR} is not set (CI sets it to ../shared/data/metapsy-depression-psyctr/data.csv)")
    stated = re.search(
        r"about (0\.\d\d) rather than (0\.\d\d), and against waiting lists about (0\.\d\d) rather than (0\.\d\d)",
        method_note(),
    )
    assert stated, "the method note should give both pooled g values, overall and for waiting lists"
    trials = read_trials(locate())
    computed = []
    for choice in ({}, {"control": "wl"}):
        chosen = select(trials, choice)
        plain, ours = pool_studies(chosen, combine=plain_mean), pool_studies(chosen)
        assert plain is not None and ours is not None
        computed += [f"{plain.g:.2f}", f"{ours.g:.2f}"]
    assert list(stated.groups()) == computed
