"""The edition in the footer, as a reader sees it in Chromium: scrolled to the end of a chapter, on a desktop
and on a 320 px phone, the version and date, the licence link and the attribution line are on screen, readable
in full (nothing clipped, nothing scrolls sideways), and the link is reachable with the keyboard."""

from __future__ import annotations

import pytest
from keyboard import tab_to

from therapybook.edition import CONTENT_LICENCE, CONTENT_LICENCE_URL, edition

pytestmark = pytest.mark.browser
CHAPTER = "notebooks/02_cbt.html"


@pytest.mark.parametrize("width", [1280, 320])
def test_the_footer_is_on_screen_in_full(chromium, book_url, width):
    context = chromium.new_context(viewport={"width": width, "height": 720})
    page = context.new_page()
    page.goto(book_url + CHAPTER, wait_until="networkidle")
    footer = page.locator(".bd-footer-content .tb-edition")
    footer.scroll_into_view_if_needed()
    assert footer.is_visible()
    text = " ".join(footer.inner_text().split())
    current = edition()
    assert f"You are reading {current.label} of this book." in text
    assert current.attribution in text
    link = footer.get_by_role("link", name=CONTENT_LICENCE)
    assert link.is_visible() and link.get_attribute("href") == CONTENT_LICENCE_URL
    outside = footer.evaluate(
        """(f, width) => [...f.querySelectorAll('p, a')].filter(el => {
               const box = el.getBoundingClientRect();
               return box.left < 0 || box.right > width || el.scrollWidth > el.clientWidth + 1;
           }).map(el => el.textContent.slice(0, 40))""",
        width,
    )
    assert outside == [], f"footer text cut off or wider than the screen: {outside}"
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


def test_the_licence_link_is_reached_with_the_keyboard(page_and_log, book_url):
    page, log = page_and_log
    page.goto(book_url + CHAPTER, wait_until="networkidle")
    link = page.locator(".tb-edition a")
    tab_to(page, link, backwards=True)  # the footer is at the end: Shift+Tab from the top gets there first
    assert link.evaluate("a => a === document.activeElement")
    log.assert_clean()
