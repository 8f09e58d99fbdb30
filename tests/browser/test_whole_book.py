"""Every page of the built book, found by following its links from the front page (not a hand-kept list):
no console error, no failed or outside request, no broken internal link or missing file, the help notice,
an axe-core scan with the WCAG 2.2 A/AA rules, at most 1 MB on first load (and 150 kB gzipped for a chapter),
figures readable in dark mode, and every quiz, walkthrough and exercise answering the keyboard.

Each test walks all pages and reports every page that fails, not just the first."""

from __future__ import annotations

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from keyboard import tab_to
from PIL import Image, ImageStat
from toc import book_pages

from scripts.crawl import crawl
from scripts.page_weight import (
    MAX_FIRST_LOAD,
    MAX_TRANSFERRED,
    decoded_total,
    first_load,
    largest_transfers,
    transferred_total,
)

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
# A control of a widget: what a keyboard user must be able to reach. Radios are reached with the
# arrow keys once their group has focus, so only the first of each group is a Tab stop.
# Marks each Tab stop of a widget in page order (data-tb-stop) and returns how many there are: every visible
# button, field and menu, and one stop per radio group.
MARK_TAB_STOPS = """w => {
  const visible = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const seen = new Set();
  let count = 0;
  for (const el of w.querySelectorAll("button, input, select, textarea")) {
    if (!visible(el) || el.disabled) continue;
    if (el.type === "radio") {
      if (seen.has(el.name)) continue;
      seen.add(el.name);
      // Chromium may enter an unchecked group at either end, so any radio of the group counts as its stop.
      const group = [...w.querySelectorAll("input[type=radio]")].filter(r => r.name === el.name);
      group.forEach(r => { r.dataset.tbStop = count; });
      count++;
    } else {
      el.dataset.tbStop = count++;
    }
  }
  return count;
}"""


def tab_to_stop(page, widget, stop: int, limit: int = 400) -> None:
    """Press Tab until focus is on this widget's stop (for a radio group: any of its radios)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if widget.evaluate(
            "(w, stop) => w.contains(document.activeElement) && document.activeElement.dataset.tbStop === String(stop)",
            stop,
        ):
            return
    raise AssertionError(f"stop {stop} of {widget.get_attribute('id')} cannot be reached with Tab")


@pytest.fixture(scope="module")
def pages(built_book):
    found = crawl(built_book)
    assert found.broken == [], "broken internal links or missing files:\n" + "\n".join(found.broken)
    return found.pages


def test_crawling_finds_every_chapter_and_page_of_the_toc(pages):
    missing = set(book_pages()) - set(pages)
    assert not missing, f"pages in the toc that no link reaches: {sorted(missing)}"
    assert "search.html" in pages and "genindex.html" in pages


def test_every_page_is_clean_and_has_the_help_notice(page_and_log, book_url, pages):
    page, log = page_and_log
    problems = []
    for path in pages:
        page.goto(book_url + path, wait_until="networkidle")
        if path in book_pages() and path != "book/get_help.html":
            notice = page.locator(".tb-help-notice a")
            if notice.count() != 1:
                problems.append(f"{path}: {notice.count()} help notices")
            else:
                notice.click()
                if not page.url.endswith("book/get_help.html"):
                    problems.append(f"{path}: the help link leads to {page.url}")
                # Back to the page by address, not history: under load Chromium can swap the page's process on a
                # history step, and Playwright then loses the page ("Not attached to an active page").
                page.goto(book_url + path, wait_until="networkidle")
        try:
            log.assert_clean()
        except AssertionError as error:
            problems.append(f"{path}: {error}")
        log.console_errors.clear(), log.outside_requests.clear(), log.failed_responses.clear()
    assert not problems, "\n".join(problems)


def test_every_page_passes_an_axe_scan_for_wcag_2_2_a_and_aa(chromium, book_url, pages):
    # Apart from the clean-log test: axe-core's own stylesheet preload resolves theme.css's
    # @import against the page URL and gets a 404 that no reader's browser requests.
    page = chromium.new_page()
    problems = []
    for path in pages:
        page.goto(book_url + path, wait_until="networkidle")
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        if results.violations_count:
            problems.append(f"{path}: {results.generate_report()}")
    page.close()
    assert not problems, "\n".join(problems)


def test_every_page_is_light_on_first_load(chromium, gzipped_book_url, pages):
    """Served gzipped, as a static host does: every page within 1 MB decoded, and every chapter page within
    150 kB over the wire (what a phone on a slow line waits for; one load per page measures both)."""
    heavy = []
    for path in pages:
        weights = first_load(chromium, gzipped_book_url + path)
        decoded, transferred = decoded_total(weights), transferred_total(weights)
        if decoded > MAX_FIRST_LOAD:
            heavy.append(f"{path}: {decoded / 1000:.0f} kB decoded (over {MAX_FIRST_LOAD / 1000:.0f} kB)")
        if path.startswith("notebooks/") and transferred > MAX_TRANSFERRED:
            heavy.append(
                f"{path}: {transferred / 1000:.0f} kB transferred (over {MAX_TRANSFERRED / 1000:.0f} kB); "
                f"largest: {largest_transfers(weights)}"
            )
    assert not heavy, "pages too heavy on first load:\n" + "\n".join(heavy)


def test_every_widget_answers_the_keyboard(page_and_log, book_url, pages):
    """Every control of every widget can be reached with Tab, and its first action works from the keyboard."""
    page, log = page_and_log
    checked = 0
    for path in pages:
        page.goto(book_url + path, wait_until="networkidle")
        widgets = page.locator(".tb-widget[data-tb-kind]")
        for index in range(widgets.count()):
            widget = widgets.nth(index)
            assert "tb-ready" in (widget.get_attribute("class") or ""), f"{path}: widget {index} never started"
            # Tab through the widget's stops in page order, as a keyboard user moves through it.
            for stop in range(widget.evaluate(MARK_TAB_STOPS)):
                tab_to_stop(page, widget, stop)
            buttons = widget.locator("button:visible:not([aria-disabled=true])")
            # A widget's first action: its first live button; with none (the PHQ-9, the slider, the filter),
            # its first choice, changed with an arrow key.
            if buttons.count():
                action, key = buttons.first, "Enter"
            else:
                first = widget.locator("[data-tb-stop='0']")
                chosen = widget.locator("[data-tb-stop='0']:checked")
                action = chosen.first if chosen.count() else first.first
                key = "ArrowRight" if action.get_attribute("type") == "range" else "ArrowDown"
            tab_to(page, action, backwards=True)
            before = widget.inner_html()
            page.keyboard.press(key)
            assert widget.inner_html() != before, f"{path}: {key} on {action.text_content()!r} changed nothing"
            assert widget.evaluate("w => w.contains(document.activeElement)")
            checked += 1
    assert checked >= 10, f"only {checked} widgets found in the whole book"
    log.assert_clean()


def test_figures_stay_readable_in_dark_mode(chromium, book_url, pages):
    """In dark mode the theme sets figures on a light card; the chart's dark text must stay on light ground."""
    context = chromium.new_context(color_scheme="dark")
    page = context.new_page()
    figures = 0
    for path in [p for p in pages if p.startswith("notebooks/")]:
        page.goto(book_url + path, wait_until="networkidle")
        assert page.evaluate("document.documentElement.dataset.theme") == "dark"
        for image in page.locator(".cell_output img").all():
            image.scroll_into_view_if_needed()
            shot = Image.open(io.BytesIO(image.screenshot())).convert("L")
            lightest, darkest = shot.getextrema()[1], shot.getextrema()[0]
            assert ImageStat.Stat(shot).mean[0] > 170, f"{path}: a figure shows on a dark ground"
            assert lightest - darkest > 150, f"{path}: a figure has lost its contrast"
            figures += 1
    context.close()
    assert figures >= 7, f"only {figures} figures found"
