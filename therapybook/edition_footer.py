"""The edition at the foot of every page, in the student book and the instructor edition alike: which version
this is and its date, under what licence, and how to credit it. The words come from edition.py.

The footer fills the theme's own slot for extra footer content (sphinx-book-theme's `extra_footer`, which
Jupyter Book 1 sets from `html.extra_footer`), so it sits with the author and copyright lines and follows the
theme's layout and colours. MyST pages get the same facts as substitutions, e.g. `{{ edition_label }}`.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup
from sphinx.application import Sphinx
from sphinx.config import Config

from .edition import CODE_LICENCE, CONTENT_LICENCE, CONTENT_LICENCE_URL, Edition, edition

FOOTER_CLASS = "tb-edition"


def footer_html(current: Edition) -> Markup:
    """Three short lines; the licence is a plain text link (no badge or image from another host)."""
    return Markup(
        '<div class="{cls}">'
        # The version and its date stay on one line, even on a phone.
        '<p class="{cls}-version">You are reading <span class="{cls}-label">{label}</span> of this book.</p>'
        '<p class="{cls}-licence">Except where noted, its text, figures, questions and data are licensed under '
        '<a href="{url}" rel="license">{content}</a>, and its code under the {code} licence.</p>'
        '<p class="{cls}-credit">To reuse or adapt it, credit it as: {attribution}</p>'
        "</div>"
    ).format(
        cls=FOOTER_CLASS,
        label=current.label,
        url=CONTENT_LICENCE_URL,
        content=CONTENT_LICENCE,
        code=CODE_LICENCE,
        attribution=current.attribution,
    )


def substitutions(current: Edition) -> dict[str, str]:
    return {
        "edition_version": current.version,
        "edition_date": current.date,
        "edition_label": current.label,
        "edition_attribution": current.attribution,
    }


def add_edition_footer(app: Sphinx, config: Config) -> None:
    """config-inited: before the builder reads the theme options, and before MyST reads its substitutions."""
    current = edition()
    options: dict[str, Any] = config.html_theme_options
    # A footer a project sets in html.extra_footer is kept, after the edition.
    options["extra_footer"] = str(footer_html(current)) + str(options.get("extra_footer") or "")
    if "myst_substitutions" in config:
        config.myst_substitutions = {**substitutions(current), **(config.myst_substitutions or {})}
