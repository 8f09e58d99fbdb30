"""A reader on the built chapter page, keyboard only: answer a question wrongly
then rightly and see each feedback; step the walkthrough forward and back."""

from __future__ import annotations

import json

import pytest

from keyboard import choose_radio, is_focused, tab_to

pytestmark = pytest.mark.browser

CHAPTER = "notebooks/01_how_therapy_helps.html"


@pytest.fixture
def chapter(page_and_log, book_url):
    page, log = page_and_log
    page.goto(book_url + CHAPTER)
    page.wait_for_selector(".tb-quiz.tb-ready")
    return page, log


def first_single_choice(page):
    """The first one-answer question on the page, and a wrong and the right option for it."""
    data = json.loads(page.locator(".tb-quiz script.tb-data").first.text_content())
    for fieldset in page.locator("fieldset.tb-question").all():
        question = data["questions"][fieldset.get_attribute("data-question")]
        if question["type"] != "multiple":
            right = next(i for i, o in enumerate(question["options"]) if o["correct"])
            wrong = next(i for i, o in enumerate(question["options"]) if not o["correct"])
            return fieldset, question, wrong, right
    raise AssertionError("the chapter quiz has no single-choice question")


def test_answer_wrongly_then_rightly_with_the_keyboard(chapter):
    page, log = chapter
    fieldset, question, wrong, right = first_single_choice(page)
    size = len(question["options"])
    feedback = fieldset.locator(".tb-feedback")
    check = fieldset.locator("button.tb-check")

    tab_to(page, fieldset.locator("input").first)
    choose_radio(page, fieldset.locator("input").first, wrong, None, size)
    assert fieldset.locator("input").nth(wrong).is_checked()
    page.keyboard.press("Tab")
    assert is_focused(check)
    page.keyboard.press("Enter")
    assert feedback.get_attribute("data-verdict") == "incorrect"
    assert feedback.locator(".tb-verdict").text_content() == "Not quite."
    assert question["options"][wrong]["feedback"] in feedback.text_content()
    assert question["explanation"] in feedback.text_content()
    assert "0 of" in page.locator(".tb-score").first.text_content()

    page.keyboard.press("Shift+Tab")  # back into the radio group, onto the checked option
    choose_radio(page, fieldset.locator("input").first, right, wrong, size)
    assert fieldset.locator("input").nth(right).is_checked()
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert feedback.locator(".tb-verdict").text_content() == "Correct."
    assert question["options"][right]["feedback"] in feedback.text_content()
    assert page.locator(".tb-score").first.text_content().startswith("1 of ")
    assert feedback.get_attribute("aria-live") == "polite"
    log.assert_clean()


def test_check_with_no_answer_asks_for_one(chapter):
    page, log = chapter
    fieldset, *_ = first_single_choice(page)
    tab_to(page, fieldset.locator("button.tb-check"))
    page.keyboard.press("Enter")
    assert fieldset.locator(".tb-feedback").text_content() == "Choose an answer first, then check it."
    log.assert_clean()


def test_step_the_walkthrough_forward_and_back_with_the_keyboard(chapter):
    page, log = chapter
    walk = page.locator(".tb-walkthrough").first
    steps = walk.locator(".tb-step")
    total = steps.count()
    position = walk.locator(".tb-position")
    assert position.text_content() == f"Step 1 of {total}"
    assert steps.nth(0).is_visible() and not steps.nth(1).is_visible()
    assert walk.locator(".tb-back").get_attribute("aria-disabled") == "true"

    tab_to(page, walk.locator(".tb-next"))
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    assert position.text_content() == f"Step 3 of {total}"
    assert steps.nth(2).is_visible() and not steps.nth(0).is_visible()
    page.keyboard.press("Shift+Tab")
    assert is_focused(walk.locator(".tb-back"))
    page.keyboard.press("Enter")
    assert position.text_content() == f"Step 2 of {total}"
    assert steps.nth(1).is_visible()
    log.assert_clean()


def test_walkthrough_lens_changes_the_text_with_the_keyboard(chapter):
    page, log = chapter
    walk = page.locator(".tb-walkthrough").first
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


def test_the_page_reads_as_text_without_javascript(chromium, book_url):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(book_url + CHAPTER)
    quiz = page.locator(".tb-quiz").first
    assert quiz.locator("legend").first.is_visible()
    assert quiz.locator("label").first.is_visible()
    assert not quiz.locator("button.tb-check").first.is_visible()  # controls appear only when they work
    assert page.locator(".tb-walkthrough .tb-step").nth(1).is_visible()  # every step readable
    context.close()
