"""The cartridge's own web pages, built with lxml: each module's overview and the printable worksheets.

Each page stands alone (no script, no file from another host) and ends with the book's edition and licence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree, html
from lxml.html import builder as E

from ...core.errors import PROJECT_ROOT
from ...core.help_line import ON_PAPER
from ...edition import CONTENT_LICENCE, CONTENT_LICENCE_URL, edition
from ...instructor.catalogue import Chapter
from ...worksheets import blank_sheet

WORKSHEETS = PROJECT_ROOT / "book" / "worksheets"
DIRECTIVE = re.compile(r"^```\{blank-worksheet\}\s+(\S+)\s*$", re.M)
HEADING = re.compile(r"^# (.+?)\s*$", re.M)
STYLE = "therapybook.css"


@dataclass(frozen=True)
class Worksheet:
    name: str  # the page's stem in book/worksheets/, "thought_record"
    title: str
    target: str  # the directive's argument, "form/thought_record" or "phq9"

    def used_by(self, chapter: Chapter) -> bool:
        kind, _, name = self.target.partition("/")
        return any(e.kind == kind and (not name or e.name == name) for e in chapter.exercises)


def worksheets(folder: Path = WORKSHEETS) -> list[Worksheet]:
    found = []
    for path in sorted(folder.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        target, heading = DIRECTIVE.search(text), HEADING.search(text)
        if target and heading:
            found.append(Worksheet(path.stem, heading.group(1), target.group(1)))
    return found


def chapter_worksheets(chapter: Chapter) -> list[Worksheet]:
    return [sheet for sheet in worksheets() if sheet.used_by(chapter)]


def _footer() -> etree._Element:
    current = edition()
    return E.FOOTER(
        E.P(f"From the open textbook {current.attribution}"),
        E.P(
            "Licence: ",
            E.A(CONTENT_LICENCE, href=CONTENT_LICENCE_URL),
            ". You may share and adapt it if you credit the book.",
        ),
    )


def _page(title: str, body: list[etree._Element], style: str | None = None) -> bytes:
    current = edition()
    head = E.HEAD(
        E.META(charset="utf-8"),
        E.META(name="viewport", content="width=device-width, initial-scale=1"),
        E.TITLE(title),
        E.LINK(rel="icon", href="data:,"),  # no request for /favicon.ico, which the course platform may not have
        E.META(name="dcterms.hasVersion", content=current.version),
        E.META(name="dcterms.date", content=current.date),
        E.META(name="dcterms.license", content=CONTENT_LICENCE_URL),
    )
    if style:
        head.append(E.LINK(rel="stylesheet", href=style))
    notice = E.P(ON_PAPER, role="note")  # where to get help, on screen and on paper, as on every page of the book
    document = E.HTML(head, E.BODY(notice, E.MAIN(*body), _footer()), lang="en")
    return html.tostring(document, doctype="<!DOCTYPE html>", encoding="utf-8")


def overview_html(chapter: Chapter, title: str, parts: list[str]) -> bytes:
    """What the module holds and what the chapter aims at: its objectives and its estimated time."""
    return _page(
        title,
        [
            E.H1(title),
            E.P(E.STRONG("Estimated time: "), chapter.time),
            E.H2("Learning objectives"),
            E.P("After this chapter you should be able to:"),
            E.OL(*(E.LI(objective) for objective in chapter.objectives)),
            E.H2("In this module"),
            E.UL(*(E.LI(part) for part in parts)),
        ],
    )


def worksheet_html(sheet: Worksheet) -> bytes:
    """The blank worksheet as the book prints it (the same renderer as its page in the book)."""
    markup, _sources = blank_sheet(sheet.target)
    return _page(
        sheet.title,
        [
            E.H1(sheet.title),
            E.P("Print with your browser's Print command (Ctrl+P, or ⌘P on a Mac)."),
            *html.fragments_fromstring(markup),
        ],
        style=STYLE,
    )
