"""The theme's sidebar buttons, as a reader uses them: on a phone the button at the top of a chapter opens the
list of chapters (and the page's contents), which closes again with Escape; on a wide screen it hides the list.
From the theme's breakpoints up, the sidebars stand beside the text."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser
CHAPTER = "notebooks/02_cbt.html"


def test_on_a_phone_the_navigation_button_opens_the_chapter_list(chromium, book_url):
    page = chromium.new_page(viewport={"width": 375, "height": 740})
    page.goto(book_url + CHAPTER, wait_until="networkidle")
    assert not page.locator("#pst-primary-sidebar").is_visible(), "the chapter list starts closed on a phone"
    page.locator(".primary-toggle:visible").click()
    dialog = page.locator("#pst-primary-sidebar-modal")
    assert dialog.evaluate("d => d.open"), "the site navigation button opened nothing"
    assert dialog.get_by_role("link", name="Behavioural activation", exact=False).first.is_visible()
    page.keyboard.press("Escape")
    assert not dialog.evaluate("d => d.open")
    page.locator(".secondary-toggle:visible").click()
    contents = page.locator("#pst-secondary-sidebar-modal")
    assert contents.evaluate("d => d.open"), "the page contents button opened nothing"
    assert contents.get_by_role("link", name="Summary", exact=False).first.is_visible()
    page.close()


def test_on_a_wide_screen_the_navigation_button_hides_and_shows_the_chapter_list(chromium, book_url):
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.goto(book_url + CHAPTER, wait_until="networkidle")
    sidebar = page.locator("#pst-primary-sidebar")
    assert sidebar.is_visible()
    page.locator(".primary-toggle:visible").click()
    page.wait_for_timeout(400)  # the theme slides it away
    assert "pst-sidebar-hidden" in (sidebar.get_attribute("class") or ""), "the button did not hide the list"
    page.locator(".primary-toggle:visible").click()
    assert "pst-sidebar-hidden" not in (sidebar.get_attribute("class") or "")
    page.close()


# From the theme's breakpoints up a sidebar stands beside the text; below them it waits for its button, and the
# book does not lay it out (core.css).
@pytest.mark.parametrize(
    ("width", "primary", "secondary"), [(959, False, False), (960, True, False), (1200, True, True)]
)
def test_the_sidebars_the_theme_shows_at_each_width_are_drawn(chromium, book_url, width, primary, secondary):
    page = chromium.new_page(viewport={"width": width, "height": 900})
    page.goto(book_url + CHAPTER, wait_until="load")
    drawn = "el => el.checkVisibility({visibilityProperty: true})"
    chapter_link = page.locator("#pst-primary-sidebar a", has_text="Behavioural activation").first
    contents_link = page.locator(".bd-sidebar-secondary a", has_text="Summary").first
    assert chapter_link.evaluate(drawn) is primary, f"at {width} px the chapter list is expected {primary and 'shown'}"
    assert contents_link.evaluate(drawn) is secondary, (
        f"at {width} px the contents are expected {secondary and 'shown'}"
    )
    page.close()
