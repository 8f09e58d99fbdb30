"""The first screen of a chapter waits for no script, and every script the head used to run at once still works
deferred: the search and its highlight, the theme's own script, the colour mode (set before the first paint).
Only the sections near the screen are laid out for it."""

from __future__ import annotations

import pytest
from conftest import DRAWN

pytestmark = pytest.mark.browser

CHAPTER = "notebooks/02_cbt.html"


def test_no_script_holds_the_first_paint_of_a_chapter(chromium, gzipped_book_url):
    page = chromium.new_page()
    page.goto(gzipped_book_url + CHAPTER, wait_until="load")
    blocking = page.evaluate(
        """() => performance.getEntriesByType("resource")
              .filter(entry => entry.renderBlockingStatus === "blocking")
              .map(entry => new URL(entry.name).pathname)"""
    )
    page.close()
    scripts = [path for path in blocking if path.endswith(".js")]
    assert scripts == [], f"scripts that hold the first paint of {CHAPTER}: {scripts}"
    assert any(path.endswith(".css") for path in blocking), "the page's styles are expected before its first paint"


def test_the_saved_dark_mode_is_set_before_any_script_file_runs(chromium, book_url):
    """No flash of the light theme: the inline head script alone sets the mode the reader chose."""
    context = chromium.new_context()
    page = context.new_page()
    page.goto(book_url + CHAPTER)
    page.evaluate("localStorage.setItem('mode', 'dark'); localStorage.setItem('theme', 'dark')")
    page.route("**/*.js*", lambda route: route.abort())  # only the page's inline scripts run
    page.goto(book_url + CHAPTER, wait_until="load")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    red = int(background.removeprefix("rgb(").split(",")[0])
    assert red < 60, f"the page shows on {background} in dark mode"
    context.close()


def test_a_search_finds_the_chapter_and_highlights_the_words_there(page_and_log, book_url):
    page, log = page_and_log
    page.goto(book_url + "search.html?q=automatic+thought", wait_until="networkidle")
    result = page.locator("#search-results a", has_text="Cognitive behavioural therapy").first
    result.wait_for()
    result.click()
    page.wait_for_load_state("networkidle")
    assert CHAPTER in page.url
    highlighted = page.locator("span.highlighted")
    assert highlighted.count() > 0, "the searched words are not highlighted on the chapter page"
    words = {word.lower() for word in highlighted.all_text_contents()}
    assert words <= {"automatic", "thought", "thoughts"} and "automatic" in words, f"highlighted: {words}"
    log.assert_clean()


@pytest.mark.parametrize("width", [375, 1280])
def test_the_theme_scripts_still_run_deferred(page_and_log, book_url, width):
    """sphinx-book-theme.js marks the page's frame to leave out of print; the colour mode button still cycles."""
    page, log = page_and_log
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(book_url + CHAPTER, wait_until="networkidle")
    unmarked = page.evaluate(
        """() => [...document.querySelectorAll(".bd-header, .bd-sidebar-primary, .bd-sidebar-secondary, .bd-footer")]
              .filter(el => !el.classList.contains("noprint")).map(el => el.className)"""
    )
    assert unmarked == [], f"sphinx-book-theme.js did not run: {unmarked}"
    modes = [page.locator("html").get_attribute("data-mode")]
    for _ in range(2):
        page.locator(".theme-switch-button:visible").first.click()
        modes.append(page.locator("html").get_attribute("data-mode"))
    assert len(set(modes)) == 3, f"the colour mode button does not cycle: {modes}"
    log.assert_clean()


def test_a_phone_lays_out_only_the_sections_near_the_screen_and_a_far_one_is_there_when_reached(chromium, book_url):
    """The first paint waits only for the sections near the screen (content-visibility: auto). A reader who
    follows a link to the last section lands on its heading, drawn; on paper every section is there."""
    context = chromium.new_context(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(book_url + CHAPTER, wait_until="load")
    sections = page.locator(".bd-article > section > section")
    assert sections.count() >= 5, "the chapter is expected to have several sections"
    heading = sections.last.locator("h2")
    assert not heading.evaluate(DRAWN), "the last section was laid out before the reader came near it"
    assert sections.first.locator("h2").evaluate(DRAWN) or page.locator("h1").evaluate(DRAWN)

    page.goto(book_url + CHAPTER + "#" + sections.last.get_attribute("id"))
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    assert heading.evaluate(DRAWN), "the section a link leads to is not drawn"
    top = heading.evaluate("h => h.getBoundingClientRect().top")
    assert 0 <= top <= 120, f"the link landed {top:.0f} px from the section's heading"

    early = sections.nth(1).locator("h2")
    assert not early.evaluate(DRAWN), "far above the screen now, an early section is expected to wait"
    page.emulate_media(media="print")
    assert early.evaluate(DRAWN), "on paper a section is left out"
    context.close()


# The space between each section's last block (a paragraph, list or widget) and the next section's heading.
SECTION_GAPS = """() => [...document.querySelectorAll(".bd-article > section > section")].slice(1).map(section => {
  let last = section.previousElementSibling;
  while (last.tagName === "SECTION" && last.lastElementChild) last = last.lastElementChild;
  return Math.round(section.querySelector("h2").getBoundingClientRect().top - last.getBoundingClientRect().bottom);
})"""


# The page as it was before sections were laid out near the screen: every section drawn, no margin of its own.
WITHOUT_THE_SCREEN_RULE = """() => document.querySelectorAll(".bd-article > section > section")
    .forEach(section => { section.style.contentVisibility = "visible"; section.style.marginTop = "0"; })"""


def test_sections_laid_out_near_the_screen_keep_the_space_between_them(chromium, book_url):
    """Laid out on its own, a section would add its last paragraph's margin to the next heading's: the space
    between sections stays what it was before they were laid out near the screen (after a code cell's output,
    whose own inner margin stays, up to 16 px more)."""
    page = chromium.new_page(viewport={"width": 375, "height": 667})
    page.goto(book_url + CHAPTER, wait_until="load")
    sections = page.locator(".bd-article > section > section")
    near_the_screen = []
    for index in range(1, sections.count()):
        sections.nth(index).scroll_into_view_if_needed()  # this heading and the end of the section above drawn
        page.evaluate("window.scrollBy(0, -200)")
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        near_the_screen.append(page.evaluate(SECTION_GAPS)[index - 1])
    page.evaluate(WITHOUT_THE_SCREEN_RULE)
    drawn = page.evaluate(SECTION_GAPS)
    page.close()
    changed = [(n, a, b) for n, (a, b) in enumerate(zip(near_the_screen, drawn, strict=True), 2) if abs(a - b) > 16]
    assert changed == [], f"space above a section's heading (section, near the screen, before): {changed}"


def test_a_link_in_the_phone_contents_drawer_lands_on_its_section(chromium, book_url):
    """The page contents open in a drawer on a phone; tapping the last section's link shows that section."""
    context = chromium.new_context(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(book_url + CHAPTER, wait_until="load")
    last = page.locator(".bd-article > section > section").last
    title = last.locator("h2").evaluate("h => h.firstChild.textContent.trim()")
    page.locator(".secondary-toggle:visible").click()
    page.locator("#pst-secondary-sidebar-modal a", has_text=title).first.click()
    page.wait_for_function("id => location.hash === '#' + id", arg=last.get_attribute("id"))
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    top = last.locator("h2").evaluate("h => h.getBoundingClientRect().top")
    assert 0 <= top <= 150, f"the drawer's link to '{title}' left its heading {top:.0f} px from the top"
    context.close()
