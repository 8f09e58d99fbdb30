"""Small docutils builders for the instructor pages. Content goes in as ``nodes.Text``,
so Sphinx escapes it like any other text: nothing in a bank can become markup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from docutils import nodes
from sphinx import addnodes

Cell: TypeAlias = str | nodes.Node | Sequence[nodes.Node]


def para(*parts: str | nodes.Node, classes: Sequence[str] = ()) -> nodes.paragraph:
    paragraph = nodes.paragraph(classes=list(classes))
    paragraph.extend(nodes.Text(part) if isinstance(part, str) else part for part in parts)
    return paragraph


def strong(text: str) -> nodes.strong:
    return nodes.strong(text, text)


def bullets(items: Sequence[Cell], enumerated: bool = False) -> nodes.Element:
    listing: nodes.Element = nodes.enumerated_list() if enumerated else nodes.bullet_list()
    for item in items:
        listing += nodes.list_item("", *_cell(item))
    return listing


def _cell(value: Cell) -> list[nodes.Node]:
    if isinstance(value, str):
        return [para(value)]
    if isinstance(value, nodes.Node):
        return [value]
    return list(value)


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[int] | None = None,
    classes: Sequence[str] = (),
) -> nodes.table:
    group = nodes.tgroup(cols=len(headers))
    for width in widths or [1] * len(headers):
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    head += nodes.row("", *(nodes.entry("", para(h)) for h in headers))
    body = nodes.tbody()
    for row in rows:
        body += nodes.row("", *(nodes.entry("", *_cell(value)) for value in row))
    group += head
    group += body
    result = nodes.table(classes=["tb-instructor-table", *classes])
    result += group
    return result


def doc_link(docname: str, text: str, from_doc: str) -> addnodes.pending_xref:
    """A link to another page of the same book, checked by Sphinx like any {doc} reference."""
    ref = addnodes.pending_xref(
        "", refdomain="std", reftype="doc", reftarget=f"/{docname}", refexplicit=True, refdoc=from_doc
    )
    ref += nodes.inline(text, text)
    return ref


def section(title: str, section_id: str, classes: Sequence[str] = ()) -> nodes.section:
    result = nodes.section(ids=[section_id], names=[nodes.fully_normalize_name(title)], classes=list(classes))
    result += nodes.title(title, title)
    return result
