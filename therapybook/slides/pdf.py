"""A deck on paper: Debian's Chromium prints the deck's HTML through Playwright, one slide to each landscape
16:9 page (the deck's print style sets the page size), as a tagged PDF with an outline of the slides' headings.

Chromium, not WeasyPrint: the slides are laid out by the browser a lecturer shows them in, so the PDF is
the same slides, page for page."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..core.chromium import NoChromium, launched

NEEDS_CHROMIUM = (
    "slides: the PDFs are printed by Chromium, which was not found. On Debian or Ubuntu: sudo apt-get install "
    "chromium (the HTML decks do not need it: add --html-only)"
)
NEEDS_PLAYWRIGHT = (
    "slides: the PDFs are printed through Playwright, which is not installed: pip install -r requirements.txt "
    "(the HTML decks do not need it: add --html-only)"
)


class PrintError(Exception):
    """Chromium or Playwright is missing; the message says what to install."""


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium, started through Playwright for as long as the block runs."""
    try:
        with launched() as browser:
            yield browser
    except NoChromium as missing:
        raise PrintError(NEEDS_PLAYWRIGHT if str(missing) == "playwright" else NEEDS_CHROMIUM) from None


def print_pdf(browser: Any, html: Path) -> bytes:
    """The deck at ``html`` (a file) printed to PDF by ``browser``; any request to another host is refused."""
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    try:
        page.route(
            "**/*",
            lambda route: route.continue_() if route.request.url.startswith(("file:", "data:")) else route.abort(),
        )
        page.goto(html.resolve().as_uri(), wait_until="load")
        pdf: bytes = page.pdf(prefer_css_page_size=True, print_background=True, tagged=True, outline=True)
        return pdf
    finally:
        page.close()
