"""The ``blank-worksheet`` directive: a worksheet with nothing filled in, for book/worksheets/ pages to print.

    ```{blank-worksheet} form/thought_record
    ```

The argument names a kind and its content file (``phq9`` alone: the instrument's own words). Each kind's
``blank.py`` turns the content into the sheet, so the paper always matches the exercise in the chapter.
A content file that does not load stops the build with the usual message (file, item, field).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from .core.errors import ContentError
from .core.files import content_path
from .core.html import BLANK_TEMPLATE, KINDS_DIR
from .kinds.form import Form
from .kinds.form.blank import blank_form
from .kinds.phq9 import blank as phq9_blank
from .kinds.planner import ActivityPlanner
from .kinds.planner.blank import blank_planner
from .kinds.relapse_plan import RelapsePlan
from .kinds.relapse_plan.blank import blank_plan

logger = logging.getLogger(__name__)
TOGGLE_LABEL = "Show or hide the pages in this part"

# kind -> (the content file's suffix, or None when the sheet needs none; name -> the sheet's HTML)
BLANKS: dict[str, tuple[str | None, Callable[[str], str]]] = {
    "form": (".yml", lambda name: blank_form(Form.read(name))),
    "planner": (".csv", lambda name: blank_planner(ActivityPlanner.read(name), ActivityPlanner.title)),
    "relapse_plan": (".yml", lambda name: blank_plan(RelapsePlan.read(name))),
    "phq9": (None, lambda _name: phq9_blank.blank_phq9()),
}


def blank_sheet(target: str) -> tuple[str, list[Path]]:
    """The sheet's HTML for ``kind/name`` (or ``phq9``) and the files it was made from."""
    kind, _, name = target.strip().partition("/")
    if kind not in BLANKS:
        raise ContentError(f"blank-worksheet: '{kind}' has no blank worksheet; choose one of {', '.join(BLANKS)}")
    suffix, render = BLANKS[kind]
    if (suffix is None) != (not name):
        usage = kind if suffix is None else f"{kind}/<name of a file in data/{kind}/>"
        raise ContentError(f"blank-worksheet: write '{usage}', not '{target}'")
    sources = [KINDS_DIR / kind / BLANK_TEMPLATE, KINDS_DIR / kind / "blank.py"]
    if suffix is not None:
        sources.append(content_path(name, kind, suffix))
    return render(name), sources


class BlankWorksheet(SphinxDirective):
    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        try:
            html, sources = blank_sheet(self.arguments[0])
        except ContentError as error:
            logger.warning(str(error), location=(self.env.docname, self.lineno))
            return []
        for path in sources:
            # Rebuild the page when the content, the template or its renderer changes.
            self.env.note_dependency(str(path))
        return [nodes.raw("", html, format="html")]


def name_toc_toggles(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """The worksheets are the sidebar's first entry with pages under it, and pydata-sphinx-theme draws its
    show-or-hide toggle as an empty <summary>, which a screen reader cannot name (axe: summary-name)."""
    generate = context.get("generate_toctree_html")
    if generate is None:
        return

    def named(*args: Any, **kwargs: Any) -> Any:
        html = generate(*args, **kwargs)
        if isinstance(html, str):
            # str() first: Markup.replace would escape the new attribute.
            return type(html)(str(html).replace("<summary>", f'<summary aria-label="{TOGGLE_LABEL}">'))
        for summary in html.find_all("summary"):  # the BeautifulSoup form the sidebar uses
            summary["aria-label"] = TOGGLE_LABEL
        return html

    context["generate_toctree_html"] = named


def add_worksheet_directive(app: Sphinx) -> None:
    app.add_directive("blank-worksheet", BlankWorksheet)
    # After the theme puts its toc function in the page context (at the default priority, 500).
    app.connect("html-page-context", name_toc_toggles, priority=600)
