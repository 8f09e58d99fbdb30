"""A reader on each built chapter page, keyboard only: answer the chapter quiz
wrongly then rightly and see each feedback; step a walkthrough forward and back."""

from __future__ import annotations

import pytest
from flows import answer_wrongly_then_rightly, step_forward_and_back
from keyboard import tab_to
from toc import chapter_files

pytestmark = pytest.mark.browser

CHAPTERS = [name.removeprefix("notebooks/") for name in chapter_files()]


def open_chapter(page, book_url, stem):
    page.goto(f"{book_url}notebooks/{stem}.html")
    page.wait_for_selector(f"#tb-quiz-{stem}.tb-ready")


@pytest.mark.parametrize("stem", CHAPTERS)
def test_answer_the_chapter_quiz_wrongly_then_rightly_with_the_keyboard(page_and_log, book_url, stem):
    page, log = page_and_log
    open_chapter(page, book_url, stem)
    reminders = page.locator(".tb-run-first")
    assert reminders.count() >= 1 and not any(r.is_visible() for r in reminders.all()), (
        "the book hides 'Run the notebook'"
    )
    answer_wrongly_then_rightly(page, page.locator(f"#tb-quiz-{stem}"))
    log.assert_clean()


def test_check_with_no_answer_asks_for_one(page_and_log, book_url):
    page, log = page_and_log
    open_chapter(page, book_url, "01_how_therapy_helps")
    fieldset = page.locator("#tb-quiz-01_how_therapy_helps fieldset.tb-question").first
    tab_to(page, fieldset.locator("button.tb-check"))
    page.keyboard.press("Enter")
    assert fieldset.locator(".tb-feedback").text_content() == "Choose an answer first, then check it."
    log.assert_clean()


def test_step_the_recovery_walkthrough_forward_and_back(page_and_log, book_url):
    page, log = page_and_log
    open_chapter(page, book_url, "01_how_therapy_helps")
    step_forward_and_back(page, page.locator("#tb-walk-recovery_stages"))
    log.assert_clean()


def test_walkthrough_lens_changes_the_text_with_the_keyboard(page_and_log, book_url):
    page, log = page_and_log
    open_chapter(page, book_url, "01_how_therapy_helps")
    walk = page.locator("#tb-walk-recovery_stages")
    lens = walk.locator(".tb-lens select")
    first_step = walk.locator(".tb-step").nth(0)
    default_text = first_step.locator(".tb-step-text:visible").text_content()
    tab_to(page, lens)
    page.keyboard.press("ArrowDown")
    assert lens.input_value() != lens.locator("option").first.get_attribute("value")
    visible = first_step.locator(".tb-step-text:visible")
    assert visible.count() == 1 and visible.text_content() != default_text
    assert visible.get_attribute("data-lens") == lens.input_value()
    log.assert_clean()


@pytest.mark.parametrize("stem", CHAPTERS)
def test_the_page_reads_as_text_without_javascript(chromium, book_url, stem):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{book_url}notebooks/{stem}.html")
    quiz = page.locator(f"#tb-quiz-{stem}")
    assert quiz.locator("legend").first.is_visible()
    assert quiz.locator("label").first.is_visible()
    assert not quiz.locator("button.tb-check").first.is_visible()  # controls appear only when they work
    context.close()
