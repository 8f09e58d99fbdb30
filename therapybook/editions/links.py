"""Ids and links inside an edition. Every id a page holds is prefixed with its page's name, so pages put
together keep unique ids, and every link between pages becomes whatever the edition can follow (``Linker``):
an anchor in one printed document, another file of an EPUB, or plain text where the target is left out."""

from __future__ import annotations

from collections.abc import Callable, Collection
from posixpath import join, normpath
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

# Given a page (``notebooks/02_cbt``) and an id on it (or None for the page itself): the href, or None to keep
# the link's words without a link.
Linker = Callable[[str, str | None], str | None]
ID_ATTRIBUTES = ("id",)
ID_REFERENCES = ("for", "aria-describedby", "aria-labelledby", "aria-controls")


def anchor(docname: str, fragment: str | None = None) -> str:
    """The id, in an edition, of ``fragment`` on the page ``docname`` (the page's own id when None)."""
    page = docname.replace("/", "-")
    return f"{page}--{fragment}" if fragment else page


def in_one_document(included: Collection[str]) -> Linker:
    """Links for one printed document holding the pages ``included``: anchors to those, plain text elsewhere."""

    def link(docname: str, fragment: str | None) -> str | None:
        return f"#{anchor(docname, fragment)}" if docname in included else None

    return link


def target(docname: str, href: str) -> tuple[str, str | None] | None:
    """The page and id a relative link on ``docname`` points to, or None for a link out of the book or to a file."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return docname, parts.fragment or None
    path = normpath(join(docname.rpartition("/")[0], parts.path))
    if not path.endswith(".html"):
        return None
    return path.removesuffix(".html"), parts.fragment or None


def prefix_ids(root: Tag, docname: str) -> None:
    """Prefix every id on the page, and every attribute that names one, with the page's name."""
    for element in root.find_all(True):
        for attribute in ID_ATTRIBUTES + ID_REFERENCES:
            value = element.get(attribute)
            if isinstance(value, str) and value:
                element[attribute] = " ".join(anchor(docname, part) for part in value.split())


def relink(root: Tag, docname: str, linker: Linker) -> set[tuple[str, str | None]]:
    """Point every link within the book where ``linker`` says; returns the (page, id) pairs linked to."""
    linked = set()
    for link in root.find_all("a", href=True):
        href = str(link["href"])
        if urlsplit(href).scheme in {"http", "https", "mailto"}:
            continue  # a link to a source elsewhere: clickable, loads nothing
        found = target(docname, href)
        new = linker(*found) if found else None
        if found:
            linked.add(found)
        if new is None:
            link.unwrap()
        else:
            link["href"] = new
    return linked


def fragment(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")
