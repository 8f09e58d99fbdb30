"""The EPUB's own files: one XHTML page per part, the navigation document (contents and landmarks) and the
package document (metadata, manifest, spine), each made from a template in ``templates/``."""

from __future__ import annotations

import mimetypes
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ...core.help_line import notice_html
from ...edition import AUTHORS, CONTENT_LICENCE, CONTENT_LICENCE_URL, TITLE, Edition
from ..parts import GLOSSARY, HELP, IMAGES, REFERENCES, Part
from .xhtml import part_to_xml

TEMPLATES = Path(__file__).resolve().parent / "templates"
_environment = Environment(
    loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True), keep_trailing_newline=True
)
# The book is written in British English (behaviour, colour, counselling).
LANGUAGE = "en-GB"
STYLE = "style.css"
NAV = "nav.xhtml"
ABOUT = "about.xhtml"
# One identifier for the book across its versions, so an e-reader takes a new version as the same book.
IDENTIFIER = f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'therapybook: ' + TITLE)}"
# EPUB 3 structural semantics of each page, for reading systems that use them.
PAGE_TYPES = {GLOSSARY: "backmatter", REFERENCES: "backmatter"}


def file_of(docname: str) -> str:
    """The XHTML file that holds the page ``docname`` (``notebooks/02_cbt`` -> ``02_cbt.xhtml``)."""
    return f"{docname.rpartition('/')[2]}.xhtml"


@dataclass(frozen=True)
class Page:
    file: str
    title: str
    xhtml: str
    headings: tuple[tuple[str, str], ...] = ()

    @property
    def id(self) -> str:  # an XML name: it must not start with a digit
        return "page-" + self.file.removesuffix(".xhtml")


def part_page(part: Part) -> Page:
    body = part_to_xml(part.html, part.docname)
    notice = notice_html(file_of(HELP)) if part.role == "chapter" else None
    kind = "chapter" if part.role == "chapter" else PAGE_TYPES.get(part.docname, "frontmatter")
    xhtml = _page(part.title, body, kind, notice)
    return Page(file_of(part.docname), part.title, xhtml, part.headings if part.role == "chapter" else ())


def about_page(edition: Edition) -> Page:
    body = _environment.get_template("about.html.j2").render(
        book_title=TITLE,
        edition=edition,
        authors=AUTHORS,
        notice=notice_html(file_of(HELP)),
        licence=CONTENT_LICENCE,
        licence_url=CONTENT_LICENCE_URL,
    )
    return Page(ABOUT, "About this edition", _page(TITLE, body, "frontmatter", None))


def _page(title: str, body: str, kind: str, notice: str | None) -> str:
    return _environment.get_template("page.xhtml.j2").render(
        language=LANGUAGE, title=title, style=STYLE, type=kind, notice=notice, body=body
    )


def nav_document(pages: list[Page]) -> str:
    chapters = [p for p in pages if p.headings]
    landmarks = [("toc", f"{NAV}#toc", "Contents")]
    if chapters:
        landmarks.append(("bodymatter", chapters[0].file, "Start of the book"))
    landmarks += [("glossary", file_of(GLOSSARY), "Glossary"), ("bibliography", file_of(REFERENCES), "References")]
    return _environment.get_template("nav.xhtml.j2").render(
        language=LANGUAGE, style=STYLE, pages=pages, landmarks=landmarks
    )


@dataclass(frozen=True)
class Item:
    id: str
    href: str
    media_type: str
    properties: str = ""


def package_document(
    pages: list[Page], spine: list[str], images: list[str], edition: Edition, modified: datetime
) -> str:
    """The package document: ``spine`` lists page files in reading order (the navigation document among them)."""
    items = [Item("nav", NAV, "application/xhtml+xml", "nav"), Item("style", STYLE, "text/css")]
    items += [Item(p.id, p.file, "application/xhtml+xml", "svg" if "<svg" in p.xhtml else "") for p in pages]
    items += [Item(f"image-{i}", f"{IMAGES}/{name}", _media_type(name)) for i, name in enumerate(images, 1)]
    ids = {item.href: item.id for item in items}
    return _environment.get_template("package.opf.j2").render(
        language=LANGUAGE,
        identifier=IDENTIFIER,
        title=TITLE,
        authors=AUTHORS,
        edition=edition,
        licence_url=CONTENT_LICENCE_URL,
        modified=modified.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        manifest=items,
        spine=[ids[file] for file in spine],
    )


def _media_type(name: str) -> str:
    found, _ = mimetypes.guess_type(name)
    return found or "application/octet-stream"
