"""Printing to PDF with Debian's Chromium through Playwright, as the book's worksheets are printed: a tagged PDF
(accessible, with each figure's alt text) with an outline (bookmarks from the headings), on A4 or US Letter.

Playwright drives the Chromium the machine has (``chromium`` on the PATH, or $THERAPYBOOK_CHROMIUM); nothing is
downloaded. The page is opened from disk and every request to any other address is refused and reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import escape

from ..core.chromium import CHROMIUM_ENV, NoChromium, launched
from ..edition import TITLE, edition
from .errors import PrintError

PAPERS = {"a4": "A4", "letter": "Letter"}
MARGIN = {"top": "18mm", "bottom": "20mm", "left": "18mm", "right": "18mm"}
NO_CHROMIUM = (
    "Chromium is needed to print the PDF editions and was not found. On Debian or Ubuntu: "
    f"sudo apt-get install chromium (or set {CHROMIUM_ENV} to a Chromium or Chrome program)"
)


EVERY_IMAGE_LOADED = """() => Promise.all([...document.images].map(image => {
  image.loading = "eager";
  return image.decode().catch(() => null);
}))"""


def footer(title: str) -> str:
    """Each page's footer: the title, the version and the page number (Chromium fills the spans in)."""
    words = escape(f"{title} · version {edition().version}")
    return (
        "<div style=\"font-size:7.5pt;font-family:'DejaVu Sans',sans-serif;color:#444;width:100%;"
        f'text-align:center;">{words} · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>'
    )


@dataclass(frozen=True)
class Job:
    html: Path  # the document, written beside its images/
    pdf: Path
    paper: str  # a key of PAPERS
    title: str = TITLE


class Printer:
    """One Chromium for many documents."""

    def __init__(self, browser: Any) -> None:
        self._browser = browser

    def print(self, job: Job) -> None:
        context = self._browser.new_context()
        outside: list[str] = []

        def only_local(route: Any) -> None:
            url = route.request.url
            if url.startswith(("file:", "data:", "about:")):
                route.continue_()
            else:
                outside.append(url)
                route.abort()

        context.route("**/*", only_local)
        try:
            page = context.new_page()
            page.goto(job.html.resolve().as_uri(), wait_until="load")
            # The web pages load figures lazily and lay out only the sections near the screen; on paper every
            # section and figure must be there, so the page is in print media before the figures are waited for.
            page.emulate_media(media="print")
            page.evaluate(EVERY_IMAGE_LOADED)
            pdf = page.pdf(
                format=PAPERS[job.paper],
                tagged=True,
                outline=True,
                print_background=True,
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=footer(job.title),
                margin=MARGIN,
            )
        finally:
            context.close()
        if outside:
            raise PrintError(f"{job.html}: the page asked for other hosts, which were refused: {', '.join(outside)}")
        job.pdf.parent.mkdir(parents=True, exist_ok=True)
        partial = job.pdf.with_suffix(".pdf.part")
        partial.write_bytes(pdf)
        partial.replace(job.pdf)


@contextmanager
def printer() -> Iterator[Printer]:
    try:
        with launched() as browser:
            yield Printer(browser)
    except NoChromium:
        raise PrintError(NO_CHROMIUM) from None
