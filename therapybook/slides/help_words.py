"""The slide near the start of every deck: this topic can touch people personally, and where to get help.

The help itself is in the book's own words: the notice every printed sheet carries (core/help_line.py), and,
in the slide's notes for the presenter, the helplines listed on the book's "Get help now" page."""

from __future__ import annotations

import re

from ..core.errors import PROJECT_ROOT, ContentError, display_path
from ..core.files import read_text
from ..core.help_line import ON_PAPER
from .inline import plain

GET_HELP = PROJECT_ROOT / "book" / "get_help.md"
ROUTES_HEADING = "## Talk to someone today"
HEADING = "If this topic touches you"
# Said before any content, kindly and plainly: nobody is asked about their own health.
OPENING = (
    "Some of what we talk about may touch you or someone close to you. "
    "It is fine to take a break or step out at any time."
)


def help_paragraphs() -> list[str]:
    return [OPENING, ON_PAPER]


def help_routes() -> list[str]:
    """The helplines the book's help page lists (each bullet under "Talk to someone today"), as plain text."""
    where = display_path(GET_HELP)
    text = read_text(GET_HELP)
    start = text.find(ROUTES_HEADING)
    if start < 0:
        raise ContentError(f"{where}: has no '{ROUTES_HEADING}' section; the slides list its helplines")
    section = text[start + len(ROUTES_HEADING) :]
    section = section[: m.start()] if (m := re.search(r"^#{1,6}\s", section, re.M)) else section
    routes: list[list[str]] = []
    for line in section.splitlines():
        if line.startswith("- "):
            routes.append([line[2:]])
        elif routes and line.startswith(" ") and line.strip():
            routes[-1].append(line.strip())
    if not routes:
        raise ContentError(f"{where}: the '{ROUTES_HEADING}' section lists no helplines")
    return [plain(" ".join(route)) for route in routes]
