"""Chapter 13 on the built page, keyboard only: the effect-size slider restates g in plain numbers as Python
does, and the trial filter shows, for every combination of choices, the result Python pooled."""

from __future__ import annotations

import pytest
from keyboard import is_focused, tab_to

from therapybook.kinds.overlap.model import STEP
from therapybook.kinds.overlap.overlap import summary

pytestmark = pytest.mark.browser
CHAPTER = "notebooks/13_evidence_explorer.html"
SLIDER = "#tb-overlap-effect_size_overlap"
FILTER = "#tb-filter-trial_filters"


def test_the_slider_moves_by_keyboard_and_says_what_python_says(page_and_log, book_url):
    page, log = page_and_log
    page.goto(book_url + CHAPTER)
    page.wait_for_selector(f"{SLIDER}.tb-ready")
    widget = page.locator(SLIDER)
    slider = widget.locator("input[type=range]")
    start = float(slider.input_value())
    curve = widget.locator(".tb-curve-treated").get_attribute("d")
    tab_to(page, slider)
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    moved = round(start + 3 * STEP, 2)
    assert float(slider.input_value()) == pytest.approx(moved)
    assert widget.locator(".tb-overlap-value").text_content() == f"{moved:.2f}"
    assert widget.locator(".tb-overlap-summary").text_content() == summary(moved)
    assert widget.locator(".tb-curve-treated").get_attribute("d") != curve, "the therapy curve moved"
    page.keyboard.press("Home")
    assert widget.locator(".tb-overlap-summary").text_content() == summary(float(slider.input_value()))
    log.assert_clean()


def test_the_filter_shows_pythons_result_for_every_combination(page_and_log, book_url):
    from therapybook.evidence_explorer import trial_filter
    from therapybook.kinds.evidence_filter import EvidenceFilter
    from therapybook.trials.subgroups import every_choice

    item = trial_filter("trial_filters")
    if not isinstance(item, EvidenceFilter):
        pytest.skip("the Metapsy database is not here, so the book shows its notice instead (CI has the data)")
    page, log = page_and_log
    page.goto(book_url + CHAPTER)
    page.wait_for_selector(f"{FILTER}.tb-ready")
    widget = page.locator(FILTER)
    result = widget.locator(".tb-filter-result")
    first = widget.locator("select").first
    tab_to(page, first)
    before = result.text_content()
    page.keyboard.press("ArrowDown")  # a select changes with the arrow keys, and the result follows
    assert is_focused(first) and result.text_content() != before
    checked = 0
    for choice in every_choice():
        for filter_id, option in choice.items():
            widget.locator(f"select[data-filter='{filter_id}']").select_option(option)
        assert result.text_content() == item.sentence(choice), choice
        checked += 1
    assert checked >= 100
    log.assert_clean()
