"""The course plans' printable schedules (book/plans/), as Chromium prints them to A4 and pypdf reads them back:
each fits on exactly one page and carries every chapter it lists, each week's reading time and focus, and the
crisis line, without the site's navigation."""

from __future__ import annotations

import pytest
from test_print import CRISIS, assert_fits_a_320_px_screen, assert_no_navigation, assert_on_paper, printed

from therapybook.instructor.plans import plan

pytestmark = pytest.mark.browser

SCHEDULES = ["semester_12", "semester_15", "short_module"]


@pytest.mark.parametrize("name", SCHEDULES)
def test_a_schedule_prints_on_one_a4_page_with_every_chapter_it_lists(page_and_log, book_url, name):
    page, log = page_and_log
    page.goto(f"{book_url}book/plans/{name}.html", wait_until="networkidle")
    chosen, weeks = plan(name.replace("_", "-"))
    listed = [c for w in weeks for c in (*w.core, *w.optional)]
    assert listed, "a schedule lists chapters"
    text, pages = printed(page)
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')  # Sphinx's typographic quotes
    assert_on_paper(
        text,
        [
            chosen.title,
            *(f"Chapter {c.number}: {c.title}" for c in listed),
            *(w.focus for w in weeks),
            *(f"{w.minutes} min" for w in weeks if w.core),
            *CRISIS[:2],
        ],
    )
    assert_no_navigation(text)
    assert pages == 1, f"{chosen.title} prints on {pages} A4 pages"
    log.assert_clean()


@pytest.mark.parametrize("name", SCHEDULES)
def test_a_schedule_fits_a_320_px_screen(chromium, book_url, name):
    assert_fits_a_320_px_screen(chromium, f"{book_url}book/plans/{name}.html")
