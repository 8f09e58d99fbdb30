"""The overlap slider and the evidence filter, used as a reader would, live and as stored for the page."""

from __future__ import annotations

import os

import pytest

from therapybook.kinds.evidence_filter import EvidenceFilter
from therapybook.kinds.overlap import Overlap
from therapybook.kinds.overlap.overlap import numbers, summary


def test_moving_the_slider_restates_g_in_plain_numbers(fixture_data):
    view = Overlap.from_file("overlap_sample").view()
    view.slider.value = 0.7
    assert numbers(0.7) == {"superiority": 69, "u3": 76, "overlap": 73}
    assert "69% of the time" in view.summary.value and summary(0.7)[:10] in view.summary.value


def test_the_filter_shows_the_stored_result_for_each_choice(fixture_data):
    item = EvidenceFilter.from_file("filter_sample")
    view = item.view()
    assert "4 studies: g = 0.60" in view.result.value
    view.dropdowns["therapy"].value = "cbt"
    assert "2 studies" in view.result.value and "prediction interval needs at least 3" in view.result.value
    view.dropdowns["control"].value = "wl"
    assert "No trial matches" in view.result.value


def test_live_pooling_and_the_page_data_agree_for_every_combination():
    if not os.environ.get("THERAPYBOOK_METAPSY"):
        pytest.skip("THERAPYBOOK_METAPSY is not set (CI sets it)")
    from therapybook.evidence_explorer import trial_filter
    from therapybook.trials.subgroups import every_choice

    item = trial_filter("trial_filters")
    assert isinstance(item, EvidenceFilter)
    page = EvidenceFilter(item.content)  # no live pooling: only what the page stores
    view = item.view()
    for choice in every_choice():
        for filter_id, option in choice.items():
            view.dropdowns[filter_id].value = option
        assert item.sentence(choice) == page.sentence(choice)
        assert page.sentence(choice) in view.result.value.replace("&#39;", "'")
