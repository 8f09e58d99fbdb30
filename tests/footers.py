"""The footer of a built page as a reader sees it: its text (tags gone, spaces collapsed) and its links; and
what it is missing of the edition (version and date, licence link, attribution), from therapybook.edition."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from therapybook.edition import CODE_LICENCE, CONTENT_LICENCE, CONTENT_LICENCE_URL, edition

# The theme's footer under the article (author, copyright, last updated, and the edition).
FOOTER_CLASS = "bd-footer-content"
HIDDEN = ("script", "style", "template")
# Elements that start a new line on screen: a space between their texts, none inside a sentence around a link.
BLOCKS = ("p", "div", "br", "li", "footer")


@dataclass
class Footer:
    text: str = ""
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, link text)


class _FooterReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.depth = 0  # open elements inside the footer; 0 = outside
        self.hidden = 0
        self.words: list[str] = []
        self.link: tuple[str, list[str]] | None = None
        self.footer = Footer()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if self.depth == 0:
            if tag == "footer" and FOOTER_CLASS in (values.get("class") or "").split():
                self.depth = 1
            return
        self.depth += 1
        self.hidden += tag in HIDDEN
        if tag in BLOCKS:
            self.words.append(" ")
        if tag == "a":
            self.link = (values.get("href") or "", [])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth and tag in BLOCKS:
            self.words.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.depth == 0:
            return
        self.depth -= 1
        self.hidden -= tag in HIDDEN
        if tag in BLOCKS:
            self.words.append(" ")
        if tag == "a" and self.link:
            self.footer.links.append((self.link[0], " ".join("".join(self.link[1]).split())))
            self.link = None
        if self.depth == 0:
            self.footer.text = " ".join("".join(self.words).split())

    def handle_data(self, data: str) -> None:
        if self.depth and not self.hidden:
            self.words.append(data)
            if self.link:
                self.link[1].append(data)


def footer_of(page: Path) -> Footer:
    reader = _FooterReader()
    reader.feed(page.read_text(encoding="utf-8"))
    return reader.footer


def footer_problems(page: Path) -> list[str]:
    """What a reader of this page's footer cannot find of the edition; empty when all is there."""
    footer = footer_of(page)
    if not footer.text:
        return ["no footer"]
    current = edition()
    problems = []
    if current.label not in footer.text:
        problems.append(f"no '{current.label}' in the footer: {footer.text!r}")
    if current.attribution not in footer.text:
        problems.append(f"no attribution line in the footer: {footer.text!r}")
    if (CONTENT_LICENCE_URL, CONTENT_LICENCE) not in footer.links:
        problems.append(f"no link '{CONTENT_LICENCE}' to {CONTENT_LICENCE_URL} in the footer: {footer.links}")
    if not re.search(rf"\bcode under the {CODE_LICENCE} licence\b", footer.text):
        problems.append(f"the footer does not name the code's licence ({CODE_LICENCE})")
    return problems
