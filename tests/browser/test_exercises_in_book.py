"""Each chapter's hands-on exercise on the built page, keyboard only."""

from __future__ import annotations

import pytest
from flows import answer_wrongly_then_rightly, step_forward_and_back
from keyboard import is_focused, tab_to

pytestmark = pytest.mark.browser


def open_page(page, book_url, stem, ready):
    page.goto(f"{book_url}notebooks/{stem}.html")
    page.wait_for_selector(f"{ready}.tb-ready")


def test_cbt_trap_spotter_by_keyboard(page_and_log, book_url):
    page, log = page_and_log
    open_page(page, book_url, "02_cbt", "#tb-quiz-thinking_traps")
    spotter = page.locator("#tb-quiz-thinking_traps")
    assert spotter.locator("fieldset.tb-question").count() >= 12
    answer_wrongly_then_rightly(page, spotter)
    log.assert_clean()


def test_cbt_thought_record_by_keyboard(page_and_log, book_url):
    page, log = page_and_log
    open_page(page, book_url, "02_cbt", "#tb-form-thought_record")
    form = page.locator("#tb-form-thought_record")
    fields = form.locator("[data-field]")
    for i in range(fields.count()):
        field = fields.nth(i)
        tab_to(page, field)
        page.keyboard.insert_text("60" if field.get_attribute("type") == "number" else f"Entry {i} <b>not bold</b>")
    page.keyboard.press("Tab")
    assert is_focused(form.locator("button.tb-show"))
    page.keyboard.press("Enter")
    rows = form.locator(".tb-record tr")
    assert rows.count() == fields.count()
    assert rows.first.locator("td").text_content() == "Entry 0 <b>not bold</b>"
    assert form.locator(".tb-record b").count() == 0
    log.assert_clean()


def test_ba_planner_add_an_activity_by_keyboard(page_and_log, book_url):
    page, log = page_and_log
    open_page(page, book_url, "03_behavioural_activation", "#tb-planner-activity_week")
    planner = page.locator("#tb-planner-activity_week")
    rows_before = planner.locator("tbody tr").count()
    summary_before = planner.locator(".tb-summary").text_content()
    tab_to(page, planner.locator("input[type='text']"))
    page.keyboard.insert_text("Phoned my sister")
    for value in ("7", "4", "9"):
        page.keyboard.press("Tab")
        page.keyboard.insert_text(value)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert planner.locator("tbody tr").count() == rows_before + 1
    assert planner.locator(".tb-feedback").text_content() == "Added Phoned my sister on Mon."
    assert planner.locator(".tb-summary").text_content() != summary_before
    log.assert_clean()


def test_mbct_breathing_space_by_keyboard(page_and_log, book_url):
    page, log = page_and_log
    open_page(page, book_url, "04_mbct", "#tb-walk-breathing_space")
    step_forward_and_back(page, page.locator("#tb-walk-breathing_space"))
    log.assert_clean()
