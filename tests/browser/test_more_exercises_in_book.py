"""The exercises of chapters 5-11 on the built page, keyboard only: one interaction each,
no console error and no request to another host (the page-wide checks are in test_every_page)."""

from __future__ import annotations

import pytest
from flows import answer_wrongly_then_rightly, step_forward_and_back
from keyboard import is_focused, tab_to

pytestmark = pytest.mark.browser


def open_page(page, book_url, stem, ready):
    page.goto(f"{book_url}notebooks/{stem}.html")
    page.wait_for_selector(f"{ready}.tb-ready")
    return page.locator(ready)


@pytest.mark.parametrize(
    "stem, exercise, at_least",
    [
        ("05_interpersonal_therapy", "#tb-quiz-ipt_focal_areas", 10),
        ("06_psychodynamic_therapy", "#tb-quiz-psychodynamic_myths", 6),
        ("07_family_group_counselling", "#tb-quiz-match_the_approach", 6),
        ("10_how_therapy_works", "#tb-quiz-claim_checker", 12),
    ],
)
def test_a_quiz_like_exercise_answered_wrongly_then_rightly(page_and_log, book_url, stem, exercise, at_least):
    page, log = page_and_log
    widget = open_page(page, book_url, stem, exercise)
    assert widget.locator("fieldset.tb-question").count() >= at_least
    answer_wrongly_then_rightly(page, widget)
    log.assert_clean()


def test_the_interpersonal_inventory_by_keyboard(page_and_log, book_url):
    page, log = page_and_log
    form = open_page(page, book_url, "05_interpersonal_therapy", "#tb-form-interpersonal_inventory")
    fields = form.locator("[data-field]")
    for i in range(fields.count()):
        tab_to(page, fields.nth(i))
        page.keyboard.insert_text("40" if fields.nth(i).get_attribute("type") == "number" else f"Answer {i}")
    page.keyboard.press("Tab")
    assert is_focused(form.locator("button.tb-show"))
    page.keyboard.press("Enter")
    assert form.locator(".tb-record tr").count() == fields.count()
    log.assert_clean()


@pytest.mark.parametrize(
    "stem, walkthrough, views",
    [
        ("06_psychodynamic_therapy", "#tb-walk-psychodynamic_cases", 3),  # three composite cases
        ("08_medication_and_combined_treatment", "#tb-walk-medication_appointments", 3),
        ("09_brain_stimulation_and_lifestyle", "#tb-walk-stepped_care", 2),
        ("11_recovery_journey", "#tb-walk-recovery_by_therapy", 5),
    ],
)
def test_a_walkthrough_with_a_lens_by_keyboard(page_and_log, book_url, stem, walkthrough, views):
    """Step through, then change the lens with the arrow keys: the step shows that view's own text."""
    page, log = page_and_log
    walk = open_page(page, book_url, stem, walkthrough)
    step_forward_and_back(page, walk)
    lens = walk.locator(".tb-lens select")
    assert lens.locator("option").count() == views
    before = walk.locator(".tb-step-text:visible").text_content()
    tab_to(page, lens, backwards=True)
    page.keyboard.press("ArrowDown")
    visible = walk.locator(".tb-step-text:visible")
    assert visible.count() == 1 and visible.text_content() != before
    assert visible.get_attribute("data-lens") == lens.input_value()
    log.assert_clean()
