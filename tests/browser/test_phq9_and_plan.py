"""The PHQ-9 explainer and the plan builder on a page, by keyboard: the score follows the answers and item 9
brings the safety message; the plan survives a reload, Clear removes it, the download holds exactly what was
typed, printing gives one page with only the plan, and blocked storage still lets it all work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import PageLog, serve_directory, write_static_page
from keyboard import is_focused, tab_to

from therapybook import Phq9, RelapsePlan
from therapybook.kinds.relapse_plan.plan import plan_text

pytestmark = pytest.mark.browser
PLAN = "#tb-plan-plan_sample"


@pytest.fixture
def page_url(tmp_path, fixture_data):
    items = [Phq9.from_file("phq9_sample"), RelapsePlan.from_file("plan_sample")]
    body = "".join(item._repr_mimebundle_()["text/html"] for item in items)
    write_static_page(tmp_path, "index.html", body, "phq9 and plan")
    with serve_directory(tmp_path) as url:
        yield url + "index.html"


def open_page(page, url):
    page.goto(url)
    page.wait_for_selector(".tb-phq9.tb-ready")
    page.wait_for_selector(f"{PLAN}.tb-ready")


def test_phq9_rescores_by_keyboard_and_item_9_shows_the_safety_message(page_and_log, page_url):
    page, log = page_and_log
    open_page(page, page_url)
    widget = page.locator("#tb-phq9-phq9_sample")
    assert widget.locator(".tb-total").text_content() == "Sam's total: 8 of 27 (mild)."
    assert not widget.locator(".tb-safety").is_visible()
    item9 = widget.locator("fieldset[data-item='9'] input")
    tab_to(page, item9.nth(0))  # the checked "Not at all"
    page.keyboard.press("ArrowDown")
    assert item9.nth(1).is_checked()
    assert widget.locator(".tb-total").text_content() == "Sam's total: 9 of 27 (mild)."
    safety = widget.locator(".tb-safety")
    assert safety.is_visible() and "988" in safety.text_content() and "116 123" in safety.text_content()
    assert safety.locator("a").get_attribute("href") == "../book/get_help.html"
    page.keyboard.press("ArrowUp")
    assert not safety.is_visible()
    assert widget.locator(".tb-result").get_attribute("aria-live") == "polite"
    log.assert_clean()


def type_plan(page, texts):
    fields = page.locator(f"{PLAN} textarea")
    for index, text in enumerate(texts):
        tab_to(page, fields.nth(index))
        page.keyboard.insert_text(text)


def test_the_plan_survives_a_reload_and_clear_removes_it(page_and_log, page_url):
    page, log = page_and_log
    open_page(page, page_url)
    type_plan(page, ["Sleeping badly", "A walk with Ana"])
    page.reload()
    page.wait_for_selector(f"{PLAN}.tb-ready")
    fields = page.locator(f"{PLAN} textarea")
    assert [fields.nth(0).input_value(), fields.nth(1).input_value()] == ["Sleeping badly", "A walk with Ana"]
    tab_to(page, page.locator(f"{PLAN} .tb-clear"))
    page.keyboard.press("Enter")
    assert is_focused(page.locator(f"{PLAN} .tb-confirm-no")), "the safe choice has focus"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    assert fields.nth(0).input_value() == "" and "cleared" in page.locator(f"{PLAN} .tb-feedback").text_content()
    page.reload()
    page.wait_for_selector(f"{PLAN}.tb-ready")
    assert page.locator(f"{PLAN} textarea").nth(0).input_value() == ""
    log.assert_clean()


def test_the_download_holds_exactly_what_was_typed(page_and_log, page_url, fixture_data):
    page, log = page_and_log
    open_page(page, page_url)
    typed = ["<b>Tired</b> & <script>alert(1)</script>", "Call 😊 Ana"]
    type_plan(page, typed)
    tab_to(page, page.locator(f"{PLAN} .tb-download"))
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == "plan_sample.txt"
    text = Path(download.value.path()).read_text(encoding="utf-8")
    plan = RelapsePlan.from_file("plan_sample").content
    assert text == plan_text(plan, {"signs": typed[0], "helps": typed[1]})
    log.assert_clean()


def test_printing_the_plan_gives_one_page_with_only_the_plan(page_and_log, page_url):
    page, log = page_and_log
    open_page(page, page_url)
    type_plan(page, ["Sleeping badly for a week\nSkipping lunch", "A walk with Ana"])
    page.evaluate("window.print = () => {}")  # headless Chromium has no print dialog; page.pdf() prints instead
    page.locator(f"{PLAN} .tb-print").click()
    sheet = page.locator(".tb-print-sheet")
    assert "Skipping lunch" in sheet.text_content() and "A walk with Ana" in sheet.text_content()
    page.emulate_media(media="print")
    assert sheet.is_visible() and not page.locator("main").is_visible(), "nothing but the plan is printed"
    page.emulate_media(media="null")  # back to no emulation: page.pdf() prints with the print style
    pdf = page.pdf(format="A4")  # printing ends with "afterprint", which takes the sheet away again
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
    assert page.locator(".tb-print-sheet").count() == 0
    log.assert_clean()


def test_with_storage_blocked_the_plan_and_phq9_still_work(storage_blocked, page_url):
    page = storage_blocked.new_page()
    log = PageLog()
    page.on("pageerror", lambda error: log.console_errors.append(str(error)))
    open_page(page, page_url)
    assert "blocks site storage" in page.locator(f"{PLAN} .tb-feedback").text_content()
    type_plan(page, ["Still typing"])
    with page.expect_download() as download:
        page.locator(f"{PLAN} .tb-download").click()
    assert "Still typing" in Path(download.value.path()).read_text(encoding="utf-8")
    page.locator("#tb-phq9-phq9_sample fieldset[data-item='9'] input").nth(2).check()
    assert page.locator("#tb-phq9-phq9_sample .tb-safety").is_visible()
    log.assert_clean()
    page.close()
