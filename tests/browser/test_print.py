"""Worksheets on paper, as Chromium prints them to PDF and as pypdf reads them back.

Each worksheet's Print button on its chapter page prints that worksheet alone: every label, everything the
student typed in full (a long entry and one with markup in it), the crisis line, and none of the site's
navigation. Printing a whole chapter (Ctrl+P) leaves the navigation off, keeps the crisis line, shows every
walkthrough step and what was typed. The blank worksheets print every label or item and the crisis line on as
few A4 pages as stated."""

from __future__ import annotations

import io
import re

import pytest
from keyboard import tab_to
from pypdf import PdfReader

from therapybook import ActivityPlanner, Form, RelapsePlan
from therapybook.kinds.phq9.instrument import ANSWERS, CREDIT, ITEMS, SAFETY_MESSAGE, SCREENS_NOT_DIAGNOSES
from therapybook.kinds.planner.blank import PARTS_OF_DAY
from therapybook.kinds.planner.model import DAYS

pytestmark = pytest.mark.browser

# About 600 characters with numbered words, so a line lost or cut anywhere shows.
LONG = " ".join(f"word{n:03d} of the long entry, still going;" for n in range(1, 19)) + " the very end."
MARKUP = "<b>HTML</b> & <i>tags</i> stay as typed"
CRISIS = ["988", "116 123", "Get help now"]
# What the site's navigation, header and footer would put on paper.
NAVIGATION = ["Previous", "Skip to main content", "For instructors", "Printable worksheets", "Copyright"]


def squashed(text: str) -> str:
    """Text with every space and line break taken out (pypdf breaks lines where the page did) and ligatures
    spelled out, so a typed entry can be found in full however it was wrapped."""
    for ligature, letters in {"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl"}.items():
        text = text.replace(ligature, letters)
    return re.sub(r"\s+", "", text)


def printed(page) -> tuple[str, int]:
    """Print the page to an A4 PDF; its text (squashed) and its number of pages."""
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return squashed(" ".join(p.extract_text() for p in reader.pages)), len(reader.pages)


def assert_on_paper(text: str, expected: list[str]) -> None:
    missing = [item for item in expected if squashed(item) not in text]
    assert not missing, f"not on paper: {missing}"


def assert_no_navigation(text: str) -> None:
    found = [item for item in NAVIGATION if squashed(item) in text]
    assert not found, f"site navigation on paper: {found}"


def open_chapter(page, book_url, chapter: str, widget: str):
    page.goto(f"{book_url}notebooks/{chapter}.html", wait_until="networkidle")
    page.evaluate("window.print = () => {}")  # headless Chromium has no print dialog; page.pdf() prints instead
    root = page.locator(widget)
    root.and_(page.locator(".tb-ready")).wait_for()
    return root


def press_print(page, root) -> None:
    tab_to(page, root.locator(".tb-print"))
    page.keyboard.press("Enter")
    assert page.locator(".tb-print-sheet").count() == 1


def test_the_thought_record_prints_alone_with_everything_typed(page_and_log, book_url):
    page, log = page_and_log
    root = open_chapter(page, book_url, "02_cbt", "#tb-form-thought_record")
    form = Form.read("thought_record")
    typed = {}
    for number, field in enumerate(form.fields):
        box = root.locator(f"[data-field='{field.id}']")
        if field.kind == "rating":
            typed[field.id] = str(70 - 30 * (number > 3))
        elif field.id == "evidence_for":
            typed[field.id] = LONG
        elif field.id == "situation":
            typed[field.id] = MARKUP
        else:
            typed[field.id] = f"Typed into {field.label}, number {number}"
        box.fill(typed[field.id])
    press_print(page, root)
    text, pages = printed(page)
    ratings = [f"{typed[f.id]} / 100" for f in form.fields if f.kind == "rating"]
    assert_on_paper(text, [form.title, *(f.label for f in form.fields), *typed.values(), *ratings, *CRISIS])
    assert_no_navigation(text)
    assert squashed("The cognitive model") not in text, "only the worksheet is printed"
    assert pages == 1
    assert page.locator(".tb-print-sheet").count() == 0, "the sheet goes once printing ends"
    log.assert_clean()


def test_the_planner_prints_the_week_with_the_added_activities(page_and_log, book_url):
    page, log = page_and_log
    root = open_chapter(page, book_url, "03_behavioural_activation", "#tb-planner-activity_week")
    added = [("Wed", MARKUP, "7", "3", "6"), ("Sat", LONG, "2", "9", "5")]
    for day, activity, pleasure, mastery, mood in added:
        root.locator("select").select_option(day)
        root.locator("input[type='text']").fill(activity)
        for name, value in zip(("pleasure", "mastery", "mood"), (pleasure, mastery, mood), strict=True):
            root.locator(f"input[data-rating='{name}']").fill(value)
        root.locator(".tb-add-button").click()
    press_print(page, root)
    text, pages = printed(page)
    week = ActivityPlanner.read("activity_week").activities
    assert_on_paper(
        text,
        [ActivityPlanner.title, "Day", "Activity", "Pleasure", "Mastery", "Mood", "Summary", MARKUP, LONG]
        + [a.activity for a in week]
        + [f"{len(week) + 2} activities", *CRISIS],
    )
    assert_no_navigation(text)
    assert pages == 2
    log.assert_clean()


def test_the_phq9_prints_the_answers_marked_the_score_and_the_safety_message(page_and_log, book_url):
    page, log = page_and_log
    root = open_chapter(page, book_url, "12_measuring_change_and_staying_well", "#tb-phq9-phq9_case")
    item9 = root.locator("fieldset[data-item='9'] input")
    tab_to(page, item9.nth(0))  # Elif's "Not at all"
    page.keyboard.press("ArrowDown")
    assert item9.nth(1).is_checked() and root.locator(".tb-safety").is_visible()
    press_print(page, root)
    text, pages = printed(page)
    total = root.locator(".tb-total").text_content()
    assert_on_paper(text, [*ITEMS, "[X] Several days (1)", total, SCREENS_NOT_DIAGNOSES, SAFETY_MESSAGE, CREDIT])
    assert_on_paper(text, CRISIS)
    assert text.count(squashed("[X]")) == len(ITEMS), "one answer marked per item"
    assert text.count(squashed(f"[ ] {ANSWERS[3]}")) == len(ITEMS), "every answer is listed"
    assert_no_navigation(text)
    assert pages == 1
    log.assert_clean()


def test_the_staying_well_plan_prints_alone_with_everything_typed(page_and_log, book_url):
    page, log = page_and_log
    root = open_chapter(page, book_url, "12_measuring_change_and_staying_well", "#tb-plan-staying_well_plan")
    plan = RelapsePlan.read("staying_well_plan")
    typed = [LONG, MARKUP] + [f"My own words for {s.label}" for s in plan.sections[2:]]
    for section, words in zip(plan.sections, typed, strict=True):
        root.locator(f"textarea[data-section='{section.id}']").fill(words)
    press_print(page, root)
    text, pages = printed(page)
    assert_on_paper(text, [plan.title, *(s.label for s in plan.sections), *typed, *CRISIS])
    assert_no_navigation(text)
    assert pages == 1
    page.evaluate("localStorage.clear()")
    log.assert_clean()


def test_printing_a_whole_chapter_keeps_the_text_the_steps_and_the_crisis_line(page_and_log, book_url):
    page, log = page_and_log
    root = open_chapter(page, book_url, "02_cbt", "#tb-form-thought_record")
    root.locator("[data-field='evidence_against']").fill(LONG)
    root.locator("[data-field='automatic_thought']").fill(LONG.replace("word", "thought"))  # a one-line box
    root.locator("[data-field='situation']").fill(MARKUP)
    steps = page.locator(".tb-walkthrough .tb-step")
    assert steps.count() > 3 and not steps.nth(1).is_visible(), "on screen, one step at a time"
    page.emulate_media(media="print")
    assert all(steps.nth(i).is_visible() for i in range(steps.count())), "on paper, every step"
    assert not page.locator(".bd-sidebar-primary").is_visible() and page.locator(".tb-help-notice").is_visible()
    titles = [t.split(":", 1)[1] for t in steps.locator(".tb-step-title").all_text_contents()]
    text, _pages = printed(page)
    page.emulate_media(media="null")
    notice = page.locator(".tb-help-notice").text_content()
    assert_on_paper(text, [notice, *titles, LONG, LONG.replace("word", "thought"), MARKUP, "Your own thought record"])
    assert_no_navigation(text)
    assert squashed("Show my record") not in text, "buttons that do nothing on paper are left off"
    assert text.count(squashed("Print this worksheet")) == 1, "only where the chapter's text names the button"
    assert page.locator(".tb-print-value").count() == 0, "the copies of typed text go once printing ends"
    log.assert_clean()


BLANKS = {
    "thought_record": (2, lambda: [t for f in Form.read("thought_record").fields for t in (f.label, f.help)]),
    "activity_planner": (1, lambda: [*DAYS, *PARTS_OF_DAY, "Activity", "Pleasure (0–10)", "Mood (0–10)"]),
    "phq9": (1, lambda: [*ITEMS, *(f"{a} ({n})" for n, a in enumerate(ANSWERS)), CREDIT, SAFETY_MESSAGE]),
    "staying_well_plan": (
        1,
        lambda: [t for s in RelapsePlan.read("staying_well_plan").sections for t in (s.label, s.prompt)],
    ),
}


@pytest.mark.parametrize("name", BLANKS)
def test_a_blank_worksheet_prints_every_item_and_the_crisis_line(page_and_log, book_url, name):
    page, log = page_and_log
    page.goto(f"{book_url}book/worksheets/{name}.html", wait_until="networkidle")
    expected_pages, expected = BLANKS[name]
    text, pages = printed(page)
    assert_on_paper(text, [*expected(), *CRISIS[:2]])
    assert_no_navigation(text)
    assert pages == expected_pages
    log.assert_clean()


def assert_fits_a_320_px_screen(chromium, url) -> None:
    """A printable page still reads on a phone: nothing wider than a 320 px screen."""
    page = chromium.new_page(viewport={"width": 320, "height": 640})
    page.goto(url, wait_until="networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.close()


@pytest.mark.parametrize("name", BLANKS)
def test_a_blank_worksheet_fits_a_320_px_screen(chromium, book_url, name):
    assert_fits_a_320_px_screen(chromium, f"{book_url}book/worksheets/{name}.html")
