"""The book build's part in the PDF editions: a link under each chapter's title to its PDF, and the PDFs printed
(from the cache when nothing changed) once every page is written. Both happen only where Chromium is at hand."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

from .chapter_pdfs import CACHE, FOLDER, chapter_pdfs_possible, link_html, write_chapter_pdfs

CHAPTER_PAGE = re.compile(r"notebooks/(\d\d_[a-z0-9_]+)")


def offer_chapter_pdf(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    found = CHAPTER_PAGE.fullmatch(pagename)
    if found is None or "body" not in context or not chapter_pdfs_possible():
        return
    body = str(context["body"])
    end = body.find("</h1>")
    if end >= 0:
        end += len("</h1>")
        context["body"] = body[:end] + str(link_html(found.group(1))) + body[end:]


def print_chapter_pdfs(app: Sphinx, exception: Exception | None) -> None:
    outdir = Path(app.outdir)
    if exception is not None or app.builder.format != "html" or not chapter_pdfs_possible():
        return
    if not any(CHAPTER_PAGE.fullmatch(d) for d in app.env.found_docs):
        return  # the instructor edition has no chapter pages
    report = write_chapter_pdfs(outdir, outdir / FOLDER, outdir.parent / CACHE)
    if report.printed:
        print(f"therapybook: printed {len(report.printed)} chapter PDF(s) into {outdir / FOLDER}")
