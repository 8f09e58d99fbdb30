"""Every page of the built book, found by following its links from the front page (not a hand-kept list):
no console error, no failed or outside request, no broken internal link or missing file, the help notice,
an axe-core scan with the WCAG 2.2 A/AA rules, at most 1 MB on first load, figures readable in dark mode,
and every quiz, walkthrough and exercise answering the keyboard.

Each test walks all pages and reports every page that fails, not just the first."""

from __future__ import annotations

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from keyboard import tab_to
from PIL import Image, ImageStat
from toc import book_pages

from scripts.crawl import crawl
from scripts.page_weight import MAX_FIRST_LOAD, first_load

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
# A control of a widget: what a keyboard user must be able to reach. Radios are reached with the
# arrow keys once their group has focus, so only the first of each group is a Tab stop.
CONTROLS = "button:visible, input:not([type=radio]):visible, select:visible, textarea:visible"
# The Tab stop of each radio group: its checked radio, or its first when none is checked.
RADIO_TAB_STOPS = """w => {
  const radios = [...w.querySelectorAll("input[type=radio]")];
  const names = [...new Set(radios.map(r => r.name))];
  return names.map(name => {
    const group = radios.filter(r => r.name === name);
    return radios.indexOf(group.find(r => r.checked) || group[0]);
  });
}"""


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
                page.go_back(wait_until="networkidle")
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


def test_every_page_is_light_on_first_load(chromium, book_url, pages):
    heavy = []
    for path in pages:
        total = sum(first_load(chromium, book_url + path).values())
        if total > MAX_FIRST_LOAD:
            heavy.append(f"{path}: {total / 1000:.0f} kB")
    assert not heavy, f"pages over {MAX_FIRST_LOAD / 1000:.0f} kB on first load: {heavy}"


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
            controls = widget.locator(CONTROLS)
            for control in range(controls.count()):
                tab_to(page, controls.nth(control))
            radios = widget.locator("input[type=radio]")
            for stop in widget.evaluate(RADIO_TAB_STOPS):
                tab_to(page, radios.nth(stop))
            buttons = widget.locator("button:visible:not([aria-disabled=true])")
            # A widget's first action: its first live button, or (with no button, as the PHQ-9) its first choice.
            action, key = (buttons.first, "Enter") if buttons.count() else (radios.first, "ArrowDown")
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
