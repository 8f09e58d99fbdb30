"""The moments every student meets, on the built book, asserted on what the screen lets them read: revealing an
answer in every bank and every question type, the PHQ-9 safety path (also after Back and with JavaScript off),
a link into another chapter's section, and a question legend on a phone."""

from __future__ import annotations

import json
import re

import pytest
from toc import chapter_files

pytestmark = pytest.mark.browser

CHAPTERS = [name.removeprefix("notebooks/") for name in chapter_files()]
PHQ9_CHAPTER = "12_measuring_change_and_staying_well"
MARK_WORDS = {
    "one": {"right": "✓ Right answer", "wrong": "✗ Not right"},
    "multiple": {"right": "✓ Applies", "wrong": "✗ Does not apply"},
}


def quiz_questions(quiz):
    """(fieldset, question data) for the first question of each type in a quiz."""
    data = json.loads(quiz.locator("script.tb-data").text_content())
    firsts = {}
    for fieldset in quiz.locator("fieldset.tb-question").all():
        question = data["questions"][fieldset.get_attribute("data-question")]
        firsts.setdefault(question["type"], (fieldset, question))
    return list(firsts.values())


def answer_wrongly_and_reveal(fieldset, question):
    """Tick a wrong option (one, for choose-all as well), check it, then press Show answer; returns the wrong one."""
    wrong = next(i for i, option in enumerate(question["options"]) if not option["correct"])
    fieldset.locator(".tb-options input").nth(wrong).check()
    fieldset.locator("button.tb-check").click()
    fieldset.locator("button.tb-reveal").click()
    return wrong


def assert_the_answer_is_unmistakable(fieldset, question, wrong):
    group = "multiple" if question["type"] == "multiple" else "one"
    rows = fieldset.locator(".tb-options .tb-option")
    feedback = fieldset.locator(".tb-feedback")
    for i, option in enumerate(question["options"]):
        label = rows.nth(i).locator("label").inner_text()
        assert label.startswith(option["text"]), "the option still reads as itself"
        if option["correct"]:
            assert MARK_WORDS[group]["right"] in label, f"the right option is marked on the option: {label!r}"
            assert option["text"] in feedback.inner_text(), "and named in the feedback"
        elif i == wrong:
            assert MARK_WORDS[group]["wrong"] in label, f"the wrong tick reads as wrong: {label!r}"
        else:
            assert "✓" not in label and "✗" not in label, f"nothing else is marked: {label!r}"
    assert rows.nth(wrong).locator("input").is_checked(), "the student's own tick stays where they put it"
    if group == "one":
        right = next(o["text"] for o in question["options"] if o["correct"])
        assert feedback.locator(".tb-verdict").inner_text() == f"→ Here is the answer: {right}."
    assert question["explanation"] in feedback.inner_text(), "the explanation comes with the answer"


@pytest.mark.parametrize("stem", CHAPTERS)
def test_show_answer_shows_the_answer_in_every_bank_and_question_type(page_and_log, book_url, stem):
    page, log = page_and_log
    page.goto(f"{book_url}notebooks/{stem}.html")
    quizzes = page.locator(".tb-widget[data-tb-kind='quiz']")
    page.wait_for_selector(f"#tb-quiz-{stem}.tb-ready")
    assert quizzes.count() >= 1
    seen = set()
    for quiz in quizzes.all():
        for fieldset, question in quiz_questions(quiz):
            wrong = answer_wrongly_and_reveal(fieldset, question)
            assert_the_answer_is_unmistakable(fieldset, question, wrong)
            seen.add(question["type"])
    assert "single" in seen or "truefalse" in seen
    log.assert_clean()


def test_the_trap_spotter_example_from_the_issue(page_and_log, book_url):
    """Chapter 2, thinking-trap spotter, question 1: tick Overgeneralisation, Check, Show answer."""
    page, log = page_and_log
    page.goto(f"{book_url}notebooks/02_cbt.html")
    spotter = page.locator("#tb-quiz-thinking_traps.tb-ready")
    fieldset = spotter.locator("fieldset.tb-question").first
    fieldset.get_by_label("Overgeneralisation").check()
    fieldset.locator("button.tb-check").click()
    assert "✗ Not right" in fieldset.locator("label", has_text="Overgeneralisation").inner_text()
    assert "✓" not in fieldset.locator(".tb-options").inner_text(), "a wrong try does not give the answer away"
    fieldset.locator("button.tb-reveal").click()
    assert fieldset.locator(".tb-verdict").inner_text() == "→ Here is the answer: All-or-nothing thinking."
    assert "✓ Right answer" in fieldset.locator("label", has_text="All-or-nothing thinking").inner_text()
    assert "✗ Not right" in fieldset.locator("label", has_text="Overgeneralisation").inner_text()
    fieldset.screenshot(path="test-artifacts/book-show-answer.png") if __import__("os").path.isdir(
        "test-artifacts"
    ) else None
    log.assert_clean()


def phq9(page):
    return page.locator(".tb-phq9.tb-ready").first


def shown_state(widget):
    """What the reader can read: the ticked answers, the total line and whether the safety message shows."""
    ticked = [
        int(widget.locator(f"fieldset[data-item='{n}'] input:checked").get_attribute("value")) for n in range(1, 10)
    ]
    total = int(re.search(r"total: (\d+) of 27", widget.locator(".tb-total").inner_text()).group(1))
    return ticked, total, widget.locator(".tb-safety").is_visible()


def test_item_9_shows_the_safety_message_with_the_numbers_and_a_working_link(page_and_log, book_url):
    page, log = page_and_log
    page.goto(f"{book_url}notebooks/{PHQ9_CHAPTER}.html")
    widget = phq9(page)
    widget.locator("fieldset[data-item='9'] label", has_text="Nearly every day").click()
    safety = widget.locator(".tb-safety")
    assert safety.is_visible() and "988" in safety.inner_text() and "116 123" in safety.inner_text()
    safety.locator("a", has_text="Get help now").click()
    page.wait_for_url("**/book/get_help.html")
    assert page.locator("h1").first.inner_text().startswith("Get help now")
    log.assert_clean()


@pytest.mark.parametrize("cache", ["back-forward cache", "form memory"])
def test_after_back_the_score_and_safety_message_follow_what_is_ticked(page_and_log, book_url, cache):
    page, log = page_and_log
    page.goto(f"{book_url}notebooks/{PHQ9_CHAPTER}.html")
    if cache == "form memory":
        # A page with an unload handler is never kept whole; the browser restores its ticks from its form memory.
        page.evaluate("window.addEventListener('unload', () => {})")
    widget = phq9(page)
    widget.locator("fieldset[data-item='9'] label", has_text="Nearly every day").click()
    page.locator("a", has_text="Get help now").first.click()
    page.wait_for_url("**/book/get_help.html")
    page.go_back()
    page.wait_for_url(f"**/{PHQ9_CHAPTER}.html")
    widget = phq9(page)
    widget.wait_for()
    ticked, total, safety_visible = shown_state(widget)
    assert total == sum(ticked), f"the total ({total}) is the sum of the ticks shown ({ticked})"
    assert safety_visible == (ticked[8] > 0), f"item 9 = {ticked[8]}, safety message shown: {safety_visible}"
    log.assert_clean()


def test_without_javascript_the_phq9_does_not_pretend_to_work(chromium, book_url):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{book_url}notebooks/{PHQ9_CHAPTER}.html")
    widget = page.locator(".tb-phq9").first
    radios = widget.locator("fieldset.tb-item input")
    assert radios.count() == 36 and all(radio.is_disabled() for radio in radios.all()), "no control that does nothing"
    assert "needs JavaScript turned on" in widget.locator(".tb-needs-script").inner_text()
    assert widget.locator(".tb-needs-script").is_visible()
    ticked = [
        int(widget.locator(f"fieldset[data-item='{n}'] input[checked]").get_attribute("value")) for n in range(1, 10)
    ]
    assert f"total: {sum(ticked)} of 27" in widget.locator(".tb-total").inner_text(), "the score shown is the ticks'"
    context.close()


def fragment_links(page):
    """Links from this page to a section of another page of the book."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('.bd-article a[href*=".html#"]'))
                 .map(a => a.getAttribute('href')).filter(h => !h.startsWith('http') && !h.includes('genindex'))"""
    )


def test_every_link_into_another_chapters_section_lands_on_its_heading(page_and_log, book_url):
    page, log = page_and_log
    checked = []
    for stem in CHAPTERS:
        page.goto(f"{book_url}notebooks/{stem}.html")
        for href in sorted(set(fragment_links(page))):
            if not re.match(r"\d\d_\w+\.html#", href) or href.startswith(f"{stem}.html"):
                continue  # only links into another chapter's section
            page.goto(f"{book_url}notebooks/{stem}.html")
            page.locator(f'.bd-article a[href="{href}"]').first.click()
            fragment = href.split("#")[1]
            page.wait_for_url(f"**#{fragment}")
            section = page.locator(f'[id="{fragment}"]').locator("xpath=ancestor-or-self::section[1]")
            heading = section.locator("h1, h2, h3, h4").first
            page.wait_for_timeout(300)  # let the jump settle
            top = heading.evaluate("h => h.getBoundingClientRect().top")
            assert 0 <= top < 200, f"{stem} -> {href}: the heading is {top:.0f} px from the top of the window"
            checked.append(href)
    assert checked, "the book has links into other chapters' sections, and each was followed"
    log.assert_clean()


@pytest.mark.parametrize("stem", CHAPTERS)
def test_on_a_phone_no_question_legend_is_crossed_by_its_border(chromium, book_url, stem):
    context = chromium.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(f"{book_url}notebooks/{stem}.html")
    page.wait_for_selector(".tb-widget.tb-ready")
    crossed = page.evaluate(
        """() => Array.from(document.querySelectorAll('.tb-widget fieldset > legend')).filter(legend => {
             const box = legend.parentElement.getBoundingClientRect();
             const border = parseFloat(getComputedStyle(legend.parentElement).borderTopWidth);
             return border > 0 && legend.offsetParent !== null && legend.getBoundingClientRect().top < box.top + border;
           }).map(legend => legend.textContent.slice(0, 60))"""
    )
    assert crossed == [], f"legends crossed by their fieldset's border at 375 px: {crossed[:3]}"
    context.close()


def test_review_shows_the_answer_it_brings_back(page_and_log, book_url):
    """The Review deck deals questions the student met before; revealing one shows the answer there too."""
    page, log = page_and_log
    page.goto(f"{book_url}notebooks/review.html")
    page.wait_for_selector(".tb-deck[data-state='dealt']")
    fieldset = page.locator(".tb-deck fieldset.tb-question").first
    bank, question_id = fieldset.get_attribute("data-key").split("/")
    questions = page.evaluate("url => fetch(url).then(r => r.json())", f"{book_url}_static/questions/{bank}.json")
    question = questions["questions"][question_id]
    wrong = answer_wrongly_and_reveal(fieldset, question)
    assert_the_answer_is_unmistakable(fieldset, question, wrong)
    log.assert_clean()


def test_the_phq9_answers_line_up_in_columns_like_the_paper_form(page_and_log, book_url):
    page, log = page_and_log
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{book_url}notebooks/{PHQ9_CHAPTER}.html")
    widget = phq9(page)
    columns = widget.evaluate(
        """root => Array.from(root.querySelectorAll("fieldset.tb-item")).map(item =>
             Array.from(item.querySelectorAll("input")).map(input => Math.round(input.getBoundingClientRect().left)))"""
    )
    assert len(columns) == 9 and all(row == columns[0] for row in columns), f"answer columns differ: {columns}"
    assert len(set(columns[0])) == 4, "four answers side by side"
    log.assert_clean()
