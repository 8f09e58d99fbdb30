"""``python -m therapybook pdf``: the whole book as one PDF in both paper sizes, and every chapter's PDF.

``_build/pdf/therapybook-<version>-a4.pdf`` and ``-letter.pdf``, with ``_build/pdf/chapters/<chapter>-a4.pdf``
and ``-letter.pdf``, printed from the built book (``make book`` first; ``make pdf`` does both).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from ..edition import TITLE, edition
from .assemble import Document, whole_book
from .chapter_pdfs import CACHE, write_chapter_pdfs
from .parts import book_parts
from .printing import PAPERS, Job, printer

CHAPTERS = "chapters"
SOURCE = "html"  # the printable HTML and its images, kept beside the PDFs


@dataclass
class Made:
    books: list[Path] = field(default_factory=list)
    chapters: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def book_pdf_name(paper: str) -> str:
    return f"therapybook-{edition().version}-{paper}.pdf"


def write_pdfs(
    html_dir: Path,
    out: Path,
    chapters: list[str] | None = None,
    with_chapters: bool = True,
    papers: tuple[str, ...] = tuple(PAPERS),
) -> Made:
    """The book (or a book of only the chapters named) in ``papers``, then each chapter's PDF in them (the A4 ones
    from the cache the book build filled)."""
    made = Made()
    started = time.perf_counter()
    document = whole_book(html_dir) if chapters is None else Document(TITLE, book_parts(html_dir, chapters), True)
    html = document.write(out / SOURCE, "book")
    made.seconds["assemble"] = time.perf_counter() - started
    with printer() as chromium:
        for paper in papers:
            started = time.perf_counter()
            target = out / book_pdf_name(paper)
            chromium.print(Job(html, target, paper))
            made.books.append(target)
            made.seconds[f"print {paper}"] = time.perf_counter() - started
    if with_chapters:
        started = time.perf_counter()
        report = write_chapter_pdfs(html_dir, out / CHAPTERS, html_dir.parent / CACHE, chapters, papers)
        made.chapters = sorted((out / CHAPTERS).glob("*.pdf"))
        made.seconds[f"chapters ({len(report.printed)} printed, {len(report.reused)} from the cache)"] = (
            time.perf_counter() - started
        )
    return made
