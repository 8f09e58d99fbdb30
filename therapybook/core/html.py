"""The page view's shared pieces: one Jinja environment over every kind's
folder, ids derived from content ids, and the data island.

Autoescaping is on for every template and string, so content is always
escaped; ``tojson`` makes the data island safe inside a <script> element.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

KINDS_DIR = Path(__file__).resolve().parent.parent / "kinds"
PAGE_TEMPLATE = "page.html.j2"
# A kind's blank printable worksheet (book/worksheets/), rendered by therapybook.worksheets.
BLANK_TEMPLATE = "blank.html.j2"
# Shown where a stored output is seen before its cell runs (a notebook just opened); the book's CSS hides it.
RUN_FIRST = "Run the notebook (Run › Run All Cells) to use this exercise."

_environment = Environment(
    loader=FileSystemLoader(str(KINDS_DIR)),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)


def kind_of(module_name: str) -> str:
    """The kind a module belongs to: the folder after ``kinds`` in its dotted name."""
    parts = module_name.split(".")
    return parts[parts.index("kinds") + 1]


def root_id(prefix: str, content_id: str) -> str:
    # Derived from content ids, never random: outputs stay identical between runs.
    return f"tb-{prefix}-{content_id}"


def render_page(kind: str, **context: Any) -> str:
    """Render ``kinds/<kind>/page.html.j2``; the template gets ``kind`` for its data-tb-kind attribute
    and ``run_first``, the reminder it shows right after its title."""
    return _environment.get_template(f"{kind}/{PAGE_TEMPLATE}").render(kind=kind, run_first=RUN_FIRST, **context)


def render_blank(kind: str, **context: Any) -> str:
    """Render ``kinds/<kind>/blank.html.j2``: the kind's worksheet with nothing filled in, to print and fill by hand."""
    return _environment.get_template(f"{kind}/{BLANK_TEMPLATE}").render(kind=kind, **context)
