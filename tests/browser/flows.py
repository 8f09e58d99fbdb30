"""Things a keyboard-only reader does on a book page, shared by the page tests."""

from __future__ import annotations

import json

from keyboard import choose_radio, is_focused, tab_in_from_just_before


def first_single_choice(quiz):
    """The first one-answer question in a quiz, with a wrong and the right option for it."""
    data = json.loads(quiz.locator("script.tb-data").text_content())
    for fieldset in quiz.locator("fieldset.tb-question").all():
        question = data["questions"][fieldset.get_attribute("data-question")]
        if question["type"] != "multiple":
            right = next(i for i, o in enumerate(question["options"]) if o["correct"])
            wrong = next(i for i, o in enumerate(question["options"]) if not o["correct"])
            return fieldset, question, wrong, right
    raise AssertionError("the quiz has no single-choice question")


def answer_wrongly_then_rightly(page, quiz) -> None:
    """Tab into a question, pick a wrong answer, check it, then fix it; assert what is shown each time.

    Focus starts just before the question: Tab from the top of a chapter to its quiz took hundreds of presses
    (test_check_with_no_answer_asks_for_one still Tabs from the top of a page)."""
    fieldset, question, wrong, right = first_single_choice(quiz)
    size = len(question["options"])
    feedback = fieldset.locator(".tb-feedback")
    tab_in_from_just_before(page, fieldset, fieldset.locator("input").first)
    choose_radio(page, fieldset.locator("input").first, wrong, None, size)
    assert fieldset.locator("input").nth(wrong).is_checked()
    page.keyboard.press("Tab")
    assert is_focused(fieldset.locator("button.tb-check"))
    page.keyboard.press("Enter")
    assert feedback.get_attribute("data-verdict") == "incorrect"
    assert feedback.locator(".tb-verdict").text_content() == "✗ Not quite."
    assert question["options"][wrong]["feedback"] in feedback.text_content()
    assert question["explanation"] not in feedback.text_content(), "the explanation waits for the right answer"
    assert fieldset.locator("button.tb-reveal").is_visible()
    assert quiz.locator(".tb-score").text_content().startswith("0 of ")

    page.keyboard.press("Shift+Tab")  # back into the radio group, onto the checked option
    choose_radio(page, fieldset.locator("input").first, right, wrong, size)
    assert fieldset.locator("input").nth(right).is_checked()
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert feedback.locator(".tb-verdict").text_content() == "✓ Correct."
    assert question["options"][right]["feedback"] in feedback.text_content()
    assert question["explanation"] in feedback.text_content()
    assert not fieldset.locator("button.tb-reveal").is_visible()
    assert quiz.locator(".tb-score").text_content().startswith("1 of ")
    assert feedback.get_attribute("aria-live") == "polite"


def step_forward_and_back(page, walk) -> None:
    steps = walk.locator(".tb-step")
    total = steps.count()
    position = walk.locator(".tb-position")
    assert position.text_content() == f"Step 1 of {total}"
    assert steps.nth(0).is_visible() and not steps.nth(1).is_visible()
    assert walk.locator(".tb-back").get_attribute("aria-disabled") == "true"
    tab_in_from_just_before(page, walk, walk.locator(".tb-next"))
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    assert position.text_content() == f"Step 3 of {total}"
    assert steps.nth(2).is_visible() and not steps.nth(0).is_visible()
    page.keyboard.press("Shift+Tab")
    assert is_focused(walk.locator(".tb-back"))
    page.keyboard.press("Enter")
    assert position.text_content() == f"Step 2 of {total}"
    assert steps.nth(1).is_visible()


# Fills this origin's storage to the last character, as a browser whose site storage is full.
FILL_STORAGE = """() => {
    let chunk = "x".repeat(1 << 20), n = 0;
    while (chunk.length > 0) {
        try { localStorage.setItem("filler-" + n, chunk); n += 1; }
        catch (full) { chunk = chunk.slice(0, Math.floor(chunk.length / 2)); }
    }
    for (let k = 0; ; k += 1) {  // the last few characters, with the shortest keys
        try { localStorage.setItem(k.toString(36), ""); } catch (full) { break; }
    }
    try { localStorage.setItem("probe", "auto"); return "room left"; } catch (full) { return full.name; }
}"""
