"""Every page of the built book: no console error, no failed or outside request, no broken internal link or
missing file, the help notice, an axe-core scan with the WCAG 2.2 A/AA rules, at most 1 MB on first load (and
150 kB gzipped for a chapter), figures readable in dark mode, and every quiz, walkthrough and exercise answering
the keyboard.

Each check is one test per page, so parallel workers share them out. The pages are the toc's plus the three
Sphinx adds; following the links from the front page (a crawl, not this list) must find exactly these, so no
page the book links to can escape the checks."""

from __future__ import annotations

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import DRAW_EVERY_SECTION
from keyboard import FOCUS_JUST_BEFORE, REMOVE_PROBES, tab_to
from PIL import Image, ImageStat
from toc import book_pages, chapter_files

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


# Sphinx adds these pages itself (the front page redirects to the toc's root).
SPHINX_PAGES = ("index.html", "search.html", "genindex.html")
PAGES = sorted({*book_pages(), *SPHINX_PAGES})
CHAPTER_PAGES = [p for p in PAGES if p.startswith("notebooks/")]
# The 150 kB target is for the chapters; Review's first screen is a deck of questions from every bank (its content).
CHAPTERS = [f"{name}.html" for name in chapter_files()]


def tab_to_stop(page, widget, stop: int, limit: int = 60) -> None:
    """Press Tab until focus is on this widget's stop (for a radio group: any of its radios)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if widget.evaluate(  # an element handle: one call to the page per check
            "(w, stop) => w.contains(document.activeElement) && document.activeElement.dataset.tbStop === String(stop)",
            stop,
        ):
            return
    raise AssertionError(f"stop {stop} of {widget.get_attribute('id')} cannot be reached with Tab")


@pytest.fixture(scope="module")
def crawled(built_book):
    return crawl(built_book)


def test_crawling_finds_every_page_and_no_other(crawled):
    assert crawled.broken == [], "broken internal links or missing files:\n" + "\n".join(crawled.broken)
    missing = set(book_pages()) - set(crawled.pages)
    assert not missing, f"pages in the toc that no link reaches: {sorted(missing)}"
    unchecked = set(crawled.pages) - set(PAGES)
    assert not unchecked, f"pages the book links to that the checks below do not cover: {sorted(unchecked)}"


def test_the_book_has_widgets_and_figures_for_the_checks_to_check(built_book):
    from bs4 import BeautifulSoup

    widgets = figures = 0
    for path in PAGES:
        soup = BeautifulSoup((built_book / path).read_text(encoding="utf-8"), "lxml")
        widgets += len(soup.select(".tb-widget[data-tb-kind]"))
        figures += len(soup.select(".cell_output img")) if path in CHAPTER_PAGES else 0
    assert widgets >= 10, f"only {widgets} widgets found in the whole book"
    assert figures >= 7, f"only {figures} figures found"


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_clean_and_has_the_help_notice(page_and_log, book_url, path):
    page, log = page_and_log
    page.goto(book_url + path, wait_until="networkidle")
    log.assert_clean()
    if path in book_pages() and path != "book/get_help.html":
        notice = page.locator(".tb-help-notice a")
        assert notice.count() == 1, f"{notice.count()} help notices"
        notice.click()
        assert page.url.endswith("book/get_help.html"), f"the help link leads to {page.url}"
        log.assert_clean()


@pytest.mark.parametrize("path", PAGES)
def test_every_page_passes_an_axe_scan_for_wcag_2_2_a_and_aa(chromium, book_url, path):
    # Apart from the clean-log test: axe-core's own stylesheet preload resolves theme.css's
    # @import against the page URL and gets a 404 that no reader's browser requests.
    page = chromium.new_page()
    # The front page sends the reader on to the first page at once: the scan reads the page they arrive at.
    page.goto(book_url + path, wait_until="networkidle" if path == "index.html" else "load")
    page.evaluate(DRAW_EVERY_SECTION)
    # Only the violations are asked for: listing every passing node too took axe-core half as long again.
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    results = Axe().run(page, options=options)
    page.close()
    assert not results.violations_count, results.generate_report()


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_light_on_first_load(chromium, gzipped_book_url, path):
    """Served gzipped, as a static host does: every page within 1 MB decoded, and every chapter page within
    150 kB over the wire (what a phone on a slow line waits for; one load per page measures both)."""
    weights = first_load(chromium, gzipped_book_url + path)
    decoded, transferred = decoded_total(weights), transferred_total(weights)
    over = f"{decoded / 1000:.0f} kB decoded on first load, over {MAX_FIRST_LOAD / 1000:.0f} kB"
    assert decoded <= MAX_FIRST_LOAD, over
    if path in CHAPTERS:
        assert transferred <= MAX_TRANSFERRED, (
            f"{transferred / 1000:.0f} kB transferred with gzip, over {MAX_TRANSFERRED / 1000:.0f} kB; "
            f"largest: {largest_transfers(weights)}"
        )


@pytest.mark.parametrize("path", PAGES)
def test_every_widget_answers_the_keyboard(page_and_log, book_url, path):
    """Every control of every widget can be reached with Tab, and its first action works from the keyboard."""
    page, log = page_and_log
    page.goto(book_url + path, wait_until="load")
    widgets = page.locator(".tb-widget[data-tb-kind]")
    for index in range(widgets.count()):
        widget = widgets.nth(index)
        assert "tb-ready" in (widget.get_attribute("class") or ""), f"widget {index} never started"
        # Tab through the widget's stops in page order, as a keyboard user moves through it.
        stops = widget.evaluate(MARK_TAB_STOPS)
        widget.evaluate(FOCUS_JUST_BEFORE)
        handle = widget.element_handle()
        for stop in range(stops):
            tab_to_stop(page, handle, stop)
        page.evaluate(REMOVE_PROBES)
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
        assert widget.inner_html() != before, f"{key} on {action.text_content()!r} changed nothing"
        assert widget.evaluate("w => w.contains(document.activeElement)")
    log.assert_clean()


@pytest.mark.parametrize("path", CHAPTER_PAGES)
def test_figures_stay_readable_in_dark_mode(chromium, book_url, path):
    """In dark mode the theme sets figures on a light card; the chart's dark text must stay on light ground."""
    context = chromium.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(book_url + path, wait_until="load")
    page.evaluate(DRAW_EVERY_SECTION)  # each figure then loads once scrolled to, wherever the sections above end
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    for image in page.locator(".cell_output img").all():
        image.scroll_into_view_if_needed()
        image.evaluate("img => img.decode()")  # figures load lazily, as the reader nears them
        shot = Image.open(io.BytesIO(image.screenshot())).convert("L")
        lightest, darkest = shot.getextrema()[1], shot.getextrema()[0]
        assert ImageStat.Stat(shot).mean[0] > 170, "a figure shows on a dark ground"
        assert lightest - darkest > 150, "a figure has lost its contrast"
    context.close()
