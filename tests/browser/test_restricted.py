"""The book in restricted browsers: site storage blocked (a common privacy setting) and a
320 px wide phone screen. No script may throw, nothing may be clipped or scroll sideways."""

from __future__ import annotations

import pytest
from conftest import PageLog, serve_directory
from flows import FILL_STORAGE, answer_wrongly_then_rightly
from toc import ROOT, book_pages, chapter_files, study_files

pytestmark = pytest.mark.browser
CHAPTERS = [f"{name}.html" for name in chapter_files()]
STUDY_PAGES = [f"{name}.html" for name in study_files()]


def watched(page) -> PageLog:
    log = PageLog()
    page.on("console", lambda msg: msg.type == "error" and log.console_errors.append(msg.text))
    page.on("pageerror", lambda error: log.console_errors.append(f"page error: {error}"))
    return log


@pytest.mark.parametrize("path", book_pages())
def test_no_script_throws_with_site_storage_blocked(storage_blocked, book_url, path):
    page = storage_blocked.new_page()
    log = watched(page)
    page.goto(book_url + path, wait_until="networkidle")
    blocked = page.evaluate("() => { try { return !!window.localStorage && 'page-only' } catch (e) { return e.name } }")
    assert blocked == "page-only"
    if path in CHAPTERS:
        stem = path.removeprefix("notebooks/").removesuffix(".html")
        answer_wrongly_then_rightly(page, page.locator(f"#tb-quiz-{stem}"))
    log.assert_clean()
    page.close()


def test_storage_really_is_blocked_in_that_profile(storage_blocked):
    """Without the book's page-only storage, the same profile makes localStorage throw."""
    page = storage_blocked.new_page()
    with serve_directory(ROOT / "tests" / "fixtures") as url:
        page.goto(url)
        assert page.evaluate("() => { try { localStorage.length; return 'open' } catch (e) { return e.name } }") == (
            "SecurityError"
        )
    page.close()


@pytest.mark.parametrize("path", CHAPTERS + STUDY_PAGES)
def test_at_320_px_nothing_scrolls_sideways_or_is_clipped(chromium, book_url, path):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    log = watched(page)
    page.goto(book_url + path, wait_until="networkidle")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"the page scrolls sideways ({width} px wide)"
    clipped = page.evaluate(
        """() => Array.from(document.querySelectorAll('.tb-widget button, .tb-widget input, .tb-widget select,'
                                                        + ' .tb-widget textarea, .tb-widget label'))
              .filter(el => el.offsetParent !== null)
              .filter(el => { const r = el.getBoundingClientRect(); return r.left < 0 || r.right > 320; })
              .map(el => el.outerHTML.slice(0, 80))"""
    )
    assert clipped == [], f"controls outside the screen: {clipped[:3]}"
    log.assert_clean()
    context.close()


def test_no_script_throws_with_site_storage_full(chromium, book_url):
    """The theme keeps the reader's colour mode on every page; with storage full that write must not throw."""
    context = chromium.new_context()
    page = context.new_page()
    log = watched(page)
    page.goto(book_url + book_pages()[0])
    page.evaluate("localStorage.clear()")
    assert page.evaluate(FILL_STORAGE) == "QuotaExceededError"
    for path in book_pages():
        page.goto(book_url + path, wait_until="networkidle")
        assert page.locator("html").get_attribute("data-mode") == "auto"
        if path in CHAPTERS[:1]:
            stem = path.removeprefix("notebooks/").removesuffix(".html")
            quiz = page.locator(f"#tb-quiz-{stem}")
            answer_wrongly_then_rightly(page, quiz)
            assert "could not keep your latest result" in quiz.locator(".tb-kept").text_content()
    page.locator(".theme-switch-button").first.click()
    assert page.locator("html").get_attribute("data-mode") != "auto", "the mode still changes, for this page"
    log.assert_clean()
    context.close()
