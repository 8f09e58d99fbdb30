"""A tiny Sphinx extension that the book loads (see _config.yml).

It ships the one JS and one CSS file behind every quiz and walkthrough (so
the browser caches them once), puts the "get help now" notice on every page,
and removes what a default Jupyter Book 1 page would fetch or complain about.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markupsafe import Markup

STATIC_DIR = Path(__file__).parent / "static"
HELP_PAGE = "book/get_help"

HELP_NOTICE = Markup(
    '<div class="tb-help-notice" role="note"><p><strong>Education, not care.</strong> '
    "This book cannot diagnose or treat anyone. If you are in crisis or thinking about harming "
    'yourself, please <a href="{}">get help now</a>: call your local emergency number or a crisis line.</p></div>'
)


def add_help_notice(app, pagename: str, templatename: str, context: dict[str, Any], doctree) -> None:
    if doctree is None or pagename == HELP_PAGE or "body" not in context:
        return
    link = context["pathto"](HELP_PAGE)
    context["body"] = HELP_NOTICE.format(link) + context["body"]


def drop_widget_state(app, doctree) -> None:
    # Executed notebooks carry ipywidgets state, and myst-nb would embed it in
    # the page (and load the widget manager from a CDN). The book shows the
    # text/html views instead, so that state is dead weight.
    nb_metadata = getattr(app.env, "nb_metadata", {})
    js_files = nb_metadata.get(app.env.docname, {}).get("js_files", {})
    for key in [k for k in js_files if k.startswith("ipywidgets")]:
        del js_files[key]


def setup(app) -> dict[str, Any]:
    app.connect("builder-inited", lambda app: app.config.html_static_path.append(str(STATIC_DIR)))
    app.add_css_file("therapybook.css")
    app.add_js_file("therapybook.js", loading_method="defer")
    app.connect("doctree-read", drop_widget_state)
    app.connect("html-page-context", add_help_notice)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
