"""Links from one chapter to a section of another, made to land on that section in Jupyter.

In the book such a link lands on its heading. JupyterLab 4 opens a linked notebook at its top, because it
looks for the fragment before the new notebook's cells are on screen, and Notebook 7 drops the fragment.
A link within one notebook does land on its heading in both. So a student copy carries each section another
chapter links to, at its end, marked as repeated from that chapter, and the link points there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import nbformat
from myst_parser.mdit_to_docutils.base import default_slugify

from ..core.errors import ContentError, display_path

# [text](11_recovery_journey.ipynb#when-to-seek-help-right-away)
CROSS_LINK = re.compile(r"\]\((\d\d_\w+)\.ipynb#([\w-]+)\)")
LABEL = re.compile(r"^\(([\w-]+)\)=\s*$", re.M)
HEADING = re.compile(r"^(#{1,6}) +(.+?)\s*$", re.M)


@dataclass(frozen=True)
class LinkedSection:
    chapter: str  # the linked notebook's stem, e.g. 11_recovery_journey
    fragment: str  # as the link gives it: the heading's slug or its label

    @property
    def anchor(self) -> str:
        # Lowercase letters, digits and hyphens only, and not starting with a digit: the same id in every renderer.
        return f"from-{self.chapter.replace('_', '-')}-{self.fragment}".lower()


def rewrite_links(markdown: str, found: list[LinkedSection]) -> str:
    """Point each link into another chapter's section at its copy in this notebook; collect the sections."""

    def to_copy(match: re.Match[str]) -> str:
        section = LinkedSection(match.group(1), match.group(2))
        if section not in found:
            found.append(section)
        return f"](#{section.anchor})"

    return CROSS_LINK.sub(to_copy, markdown)


def section_source(folder: Path, section: LinkedSection) -> str:
    """The linked section, as a cell whose label gives it the anchor the rewritten links use."""
    path = folder / f"{section.chapter}.ipynb"
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        heading = HEADING.search(cell.source)
        labels = LABEL.findall(cell.source[: heading.start()]) if heading else []
        if heading and section.fragment in (default_slugify(heading.group(2)), *labels):
            return _as_copy(cell.source, heading, section)
    raise ContentError(f"{display_path(path)}: no heading has the anchor '#{section.fragment}' that a link names")


def _as_copy(source: str, heading: re.Match[str], section: LinkedSection) -> str:
    number = int(section.chapter[:2])
    body = source[heading.end() :].strip()
    # Links within the linked chapter would point nowhere here: they go to that chapter instead.
    body = re.sub(r"\]\(#[\w-]+\)", f"]({section.chapter}.ipynb)", body)
    note = f"*Repeated from [chapter {number}]({section.chapter}.ipynb), so that the link to it lands right here.*"
    return f"({section.anchor})=\n{heading.group(1)} {heading.group(2)} (from chapter {number})\n\n{note}\n\n{body}"
