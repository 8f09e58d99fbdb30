"""Nothing typed in the staying-well plan is lost: on the built chapter 12, emptying every field asks first and
removal can be undone; a kept value that is not a plan is set aside under its own name (or, with no room for a
copy, left untouched); and the same plan or PHQ-9 twice on one page keeps each copy's own entries."""

from __future__ import annotations

import json

import pytest
from conftest import scroll_to, serve_directory, write_static_page

from therapybook import Phq9, RelapsePlan

pytestmark = pytest.mark.browser
CHAPTER = "notebooks/12_measuring_change_and_staying_well.html"
PLAN = "#tb-plan-staying_well_plan"
KEY = "therapybook.relapse_plan.staying_well_plan"
FULL_STORAGE = """() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
        if (key.startsWith("therapybook.")) throw new DOMException("full", "QuotaExceededError");
        return original.call(this, key, value);
    };
}"""


def open_plan(page, url):
    """Open the chapter and scroll to the plan, as a reader does (sections far from the screen are not drawn)."""
    page.goto(url)
    page.wait_for_selector(f"{PLAN}.tb-ready")
    plan = page.locator(PLAN)
    scroll_to(plan)
    return plan


def kept(page, key=KEY):
    raw = page.evaluate(f"localStorage.getItem('{key}')")
    return None if raw is None else json.loads(raw)["entries"]


def test_emptying_the_plan_asks_first_and_removing_it_can_be_undone(page_and_log, book_url):
    page, log = page_and_log
    plan = open_plan(page, book_url + CHAPTER)
    fields = plan.locator("textarea")
    fields.nth(0).fill("Sleeping badly")
    fields.nth(2).fill("A walk with Ana")
    assert kept(page)["warning-signs"] == "Sleeping badly"

    # Empty every field, as "select all, delete" in each does: the first edit is an ordinary change, kept as made;
    # the one that would leave the plan empty is asked about first.
    fields.nth(0).fill("")
    assert kept(page)["warning-signs"] == "" and not plan.locator(".tb-ask-empty").is_visible()
    fields.nth(2).fill("")
    ask = plan.locator(".tb-ask-empty")
    assert ask.is_visible() and "Remove your kept plan from this browser too?" in ask.inner_text()
    assert kept(page)["what-helps"] == "A walk with Ana", "nothing is removed before the answer"
    plan.locator(".tb-keep-saved").click()
    assert fields.nth(2).input_value() == "A walk with Ana" and not ask.is_visible()

    fields.nth(2).fill("")
    plan.locator(".tb-remove-saved").click()
    assert kept(page) is None, "removed from this browser, as asked"
    undo = plan.locator(".tb-undo")
    assert undo.is_visible() and "Undo" in undo.inner_text()
    undo.click()
    assert fields.nth(2).input_value() == "A walk with Ana", "one step back brings the removed plan back"
    plan = open_plan(page, book_url + CHAPTER)
    assert plan.locator("textarea").nth(2).input_value() == "A walk with Ana", "and it is kept again"
    log.assert_clean()


def test_clear_asks_first_and_can_be_undone_while_the_page_is_open(page_and_log, book_url):
    page, log = page_and_log
    plan = open_plan(page, book_url + CHAPTER)
    plan.locator("textarea").nth(1).fill("The anniversary in March")
    plan.locator(".tb-clear").click()
    assert "You can undo this" in plan.locator(".tb-confirm").first.inner_text()
    plan.locator(".tb-confirm-yes").click()
    assert kept(page) is None and plan.locator("textarea").nth(1).input_value() == ""
    plan.locator(".tb-undo").click()
    assert plan.locator("textarea").nth(1).input_value() == "The anniversary in March"
    assert kept(page)["triggers"] == "The anniversary in March"
    log.assert_clean()


@pytest.mark.parametrize(
    "value",
    [
        json.dumps("Call my sister when I stop sleeping"),  # valid JSON, the student's words, but not a plan
        json.dumps({"plan": "another_plan", "entries": {"warning-signs": "mine"}}),
        "{not json",
    ],
)
def test_a_kept_value_that_is_not_a_plan_is_set_aside_under_its_own_name(page_and_log, book_url, value):
    page, log = page_and_log
    page.goto(book_url + CHAPTER)
    page.evaluate(
        "([key, value]) => { localStorage.setItem(key + '.unreadable-earlier', 'older copy'); "
        "localStorage.setItem(key, value); }",
        [KEY, value],
    )
    plan = open_plan(page, book_url + CHAPTER)
    assert "could not be read, so it was set aside" in plan.locator(".tb-feedback").inner_text()
    copies = page.evaluate(
        "key => Object.keys(localStorage).filter(k => k.startsWith(key + '.unreadable'))"
        ".map(k => localStorage.getItem(k))",
        KEY,
    )
    assert sorted(copies) == sorted(["older copy", value]), "the new copy did not replace the earlier one"
    plan.locator("textarea").nth(0).fill("Fresh start")
    assert kept(page)["warning-signs"] == "Fresh start"
    log.assert_clean()


def test_with_no_room_for_a_copy_the_unreadable_plan_is_left_untouched(page_and_log, book_url):
    page, log = page_and_log
    page.goto(book_url + CHAPTER)
    page.evaluate("key => localStorage.setItem(key, JSON.stringify('my words'))", KEY)
    page.add_init_script(f"({FULL_STORAGE})()")
    plan = open_plan(page, book_url + CHAPTER)
    message = plan.locator(".tb-feedback").inner_text()
    assert "no room to keep a copy" in message and "download it" in message
    plan.locator("textarea").nth(0).fill("Typed after")
    plan.locator(".tb-clear").click()
    plan.locator(".tb-confirm-yes").click()
    assert page.evaluate("key => localStorage.getItem(key)", KEY) == json.dumps("my words"), "never overwritten"
    log.assert_clean()


@pytest.fixture
def twice_url(tmp_path, fixture_data):
    items = [RelapsePlan.from_file("plan_sample"), Phq9.from_file("phq9_sample")]
    body = "".join(item._repr_mimebundle_()["text/html"] for item in items * 2)
    write_static_page(tmp_path, "index.html", body, "twice")
    with serve_directory(tmp_path) as url:
        yield url + "index.html"


def test_the_same_plan_or_phq9_twice_on_a_page_keeps_each_copys_entries(page_and_log, twice_url, fixture_data):
    page, log = page_and_log
    page.goto(twice_url)
    page.wait_for_selector("#tb-plan-plan_sample-2.tb-ready")
    first, second = page.locator("#tb-plan-plan_sample"), page.locator("#tb-plan-plan_sample-2")
    first.locator("textarea").nth(0).fill("First copy's words")
    second.locator("textarea").nth(0).fill("Second copy's words")
    page.reload()
    page.wait_for_selector("#tb-plan-plan_sample-2.tb-ready")
    assert first.locator("textarea").nth(0).input_value() == "First copy's words"
    assert second.locator("textarea").nth(0).input_value() == "Second copy's words"

    case = Phq9.from_file("phq9_sample").content
    for root in ("#tb-phq9-phq9_sample", "#tb-phq9-phq9_sample-2"):
        widget = page.locator(root)
        ticked = [
            int(widget.locator(f"fieldset[data-item='{n}'] input:checked").get_attribute("value")) for n in range(1, 10)
        ]
        assert ticked == list(case.answers), f"{root} keeps the answers it was written with"
    page.locator("#tb-phq9-phq9_sample-2 fieldset[data-item='9'] input").nth(3).check()
    assert page.locator("#tb-phq9-phq9_sample fieldset[data-item='9'] input").nth(case.answers[8]).is_checked()
    log.assert_clean()
