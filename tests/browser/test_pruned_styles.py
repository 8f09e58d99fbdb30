"""Readers see exactly the same book with the cut style sheets (therapybook/css_pruning.py) as with the whole ones.

Every page, in light and dark mode, at 375 and 1280 px and printed, and the states the scripts set (the mobile
sidebars and the search dialog open, a dropdown open, search results, a quiz after a wrong answer): the computed
style and box of every element are the same with the whole sheets, served in the same page load.
"""

from __future__ import annotations

import re

import pytest
import tinycss2
from computed_styles import add_whole_sheets, differences, serve_whole_sheets
from conftest import DRAW_EVERY_SECTION
from flows import first_single_choice

from scripts.crawl import crawl
from therapybook.css_pruning import MARK, ORIGINALS, originals_folder, pruned_files
from therapybook.editions.printing import EVERY_IMAGE_LOADED

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
# The search page is opened with a query, as its form does, so it shows the results searchtools.js writes.
SEARCH = "search.html?q=depression"
QUIZ_PAGE = "notebooks/02_cbt.html"
FETCHES_DONE = """() => {
  const waiting = [...document.querySelectorAll("#search-results li")].filter(li => !li.querySelector(".description"));
  const fetched = performance.getEntriesByType("resource").filter(e => e.initiatorType === "fetch");
  return fetched.length >= waiting.length;
}"""


@pytest.fixture(scope="module")
def cut_names(built_book):
    names = [path.relative_to(built_book).as_posix() for path in pruned_files(built_book)]
    assert len(names) == 3, f"expected the two theme style sheets and myst-nb's, found {names}"
    return names


@pytest.fixture(scope="module")
def styled(chromium, built_book, book_url, cut_names):
    """A browser context that serves the whole sheets beside the cut ones; yields a function that opens a page."""
    context = chromium.new_context(viewport=DESKTOP)
    serve_whole_sheets(context, originals_folder(built_book))
    # Every page starts in the reader's default mode (light here), whatever the colour-mode button did before.
    context.add_init_script("try { localStorage.removeItem('mode'); localStorage.removeItem('theme'); } catch (e) {}")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    def open_page(path: str):
        page.emulate_media(media="screen")
        page.set_viewport_size(DESKTOP)
        page.goto(book_url + path, wait_until="load")
        page.evaluate("document.fonts.ready.then(() => true)")
        # Figures load lazily: a figure that arrived between the two reads would move everything below it.
        page.evaluate(EVERY_IMAGE_LOADED)
        page.evaluate(DRAW_EVERY_SECTION)
        loaded = add_whole_sheets(page, cut_names)
        assert len(loaded) == 3, f"{path} does not load every cut style sheet: {loaded}"
        return page

    yield open_page
    assert errors == [], f"page errors: {errors}"
    context.close()


def switch_to_dark(page) -> None:
    """Press the theme's colour-mode button, as a reader does: from the default (light) mode it turns dark."""
    page.evaluate("document.querySelector('.theme-switch-button').click()")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"


def page_in_each_mode(page, path: str) -> list[str]:
    problems = differences(page, f"{path} light 1280 px")
    page.emulate_media(media="print")
    problems += differences(page, f"{path} light printed")
    page.emulate_media(media="screen")
    page.set_viewport_size(PHONE)
    problems += differences(page, f"{path} light 375 px")
    switch_to_dark(page)
    problems += differences(page, f"{path} dark 375 px")
    page.set_viewport_size(DESKTOP)
    problems += differences(page, f"{path} dark 1280 px")
    return problems


# The pages in a few groups, so parallel workers can share them out.
GROUPS = 4


@pytest.mark.parametrize("group", range(GROUPS))
def test_every_page_looks_the_same_cut_and_whole_in_both_modes_on_a_phone_a_desktop_and_paper(
    styled, built_book, group
):
    styled_pages = [p for p in crawl(built_book).pages if "pydata-sphinx-theme.css" in (built_book / p).read_text()]
    pages = [SEARCH if path == "search.html" else path for path in styled_pages]
    assert QUIZ_PAGE in pages and SEARCH in pages
    problems: list[str] = []
    for path in pages[group::GROUPS]:
        page = styled(path)
        if path == SEARCH:
            # searchtools.js adds the results one by one, each with its text, then says how many it found.
            page.locator("#search-results .search-summary", has_text="Search finished").wait_for()
            # A result without a description gets its excerpt from a fetch of its page, which may end after
            # "Search finished": wait for every such fetch, then for the excerpts to be drawn.
            page.wait_for_function(FETCHES_DONE)
            page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        problems += page_in_each_mode(page, path)
    assert problems == [], f"{len(problems)} differences:\n" + "\n".join(problems[:40])


def states_the_scripts_set(page, mode: str) -> list[str]:
    """Open and close what the theme's and the book's scripts open, comparing each state."""
    problems = []
    page.set_viewport_size(DESKTOP)
    page.locator(".dropdown-download-buttons .dropdown-toggle").click()
    page.locator(".dropdown-download-buttons .dropdown-menu.show").wait_for()
    problems += differences(page, f"{mode}: the download menu open")
    page.keyboard.press("Escape")
    page.keyboard.press("Control+k")
    dialog = page.locator("#pst-search-dialog")
    dialog.locator("input").fill("therapy")
    assert dialog.evaluate("d => d.open")
    problems += differences(page, f"{mode}: the search dialog open with a query")
    page.keyboard.press("Escape")
    page.set_viewport_size(PHONE)
    for toggle, name in ((".primary-toggle", "primary"), (".secondary-toggle", "secondary")):
        # The theme listens on the first toggle of the page only, the header's, which the book theme hides.
        page.evaluate(f"document.querySelector('{toggle}').click()")
        assert page.locator(f"#pst-{name}-sidebar-modal").evaluate("d => d.open")
        problems += differences(page, f"{mode}: the {name} sidebar open on a phone")
        page.keyboard.press("Escape")
    return problems


def answer_wrongly(page) -> None:
    quiz = page.locator('[data-tb-kind="quiz"]').first
    fieldset, _question, wrong, _right = first_single_choice(quiz)
    fieldset.locator("input").nth(wrong).check()
    fieldset.locator("button.tb-check").click()
    assert fieldset.locator(".tb-feedback").get_attribute("data-verdict") == "incorrect"


def test_what_the_scripts_open_looks_the_same_cut_and_whole(styled):
    page = styled(QUIZ_PAGE)
    problems = states_the_scripts_set(page, "light")
    answer_wrongly(page)
    problems += differences(page, "light: a quiz after a wrong answer, on a phone")
    switch_to_dark(page)
    problems += states_the_scripts_set(page, "dark")
    problems += differences(page, "dark: a quiz after a wrong answer, on a phone")
    page.emulate_media(media="print")
    problems += differences(page, "dark: printed")
    assert problems == [], f"{len(problems)} differences:\n" + "\n".join(problems[:40])


def without_media_blocks(css: str) -> str:
    rules = tinycss2.parse_stylesheet(css, skip_whitespace=True)
    return "".join(
        tinycss2.serialize([r]) for r in rules if not (r.type == "at-rule" and r.lower_at_keyword == "media")
    )


def test_the_comparison_sees_a_cut_that_goes_too_far(chromium, built_book, book_url, cut_names):
    """Serve a theme sheet cut too hard (every @media block gone): the comparison must name what changed."""
    theme = next(built_book / name for name in cut_names if name.endswith("pydata-sphinx-theme.css"))
    context = chromium.new_context(viewport=PHONE)
    serve_whole_sheets(context, originals_folder(built_book))
    broken = without_media_blocks(theme.read_text(encoding="utf-8"))
    context.route(
        re.compile(r"pydata-sphinx-theme\.css\?digest=[^&]*$"),
        lambda r: r.fulfill(body=broken, content_type="text/css"),
    )
    page = context.new_page()
    page.goto(book_url + QUIZ_PAGE)
    add_whole_sheets(page, cut_names)
    found = differences(page, "too far")
    context.close()
    assert found, "a theme sheet without its @media blocks must change what a phone shows"
    assert any("#pst-primary-sidebar: " in line for line in found), found[:10]


def test_readers_get_the_cut_sheets_and_the_whole_ones_stay_outside_the_site(built_book, cut_names):
    for name in cut_names:
        cut = (built_book / name).read_text(encoding="utf-8")
        whole = (originals_folder(built_book) / name).read_text(encoding="utf-8")
        assert MARK.format(f"{ORIGINALS}/{name}") in cut, f"{name} was not cut"
        assert len(cut) < len(whole) / 1.4, f"{name}: {len(cut)} characters cut, {len(whole)} whole"
    assert not list(built_book.rglob(ORIGINALS)), "the whole sheets must not be served to readers"
