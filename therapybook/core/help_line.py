"""Where to get help in a crisis: the words of the notice on every book page and of every printed sheet.

One set of words, so the page, the paper and the page script cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

LEAD = "Education, not care."
BEFORE_LINK = (
    "This book cannot diagnose or treat anyone. If you are in crisis or thinking about harming yourself, please "
)
LINK_TEXT = "get help now"
AFTER_LINK = (
    ": call your local emergency number or a crisis line, such as 988 in the US and Canada "
    "or 116 123 (Samaritans) in the UK and Ireland."
)
# On paper there is nothing to click, so the line says where the page is.
ON_PAPER = f"{LEAD} {BEFORE_LINK}{LINK_TEXT}{AFTER_LINK} See “Get help now” in the book."


def notice_html(link: str) -> Markup:
    """The notice at the top of every book page, with its link to the help page."""
    return Markup(
        '<div class="tb-help-notice" role="note"><p><strong>{}</strong> {}<a href="{}">{}</a>{}</p></div>'
    ).format(LEAD, BEFORE_LINK, link, LINK_TEXT, AFTER_LINK)


# In Jupyter, the help page a live view links to: the student copies have it as a notebook beside the chapters
# (therapybook.student); the book's own chapters in notebooks/ reach the page's source one folder up.
STUDENT_HELP_NOTEBOOK = "get_help.ipynb"
BOOK_HELP_SOURCE = "../book/get_help.md"


def jupyter_help_link(folder: Path | None = None) -> str | None:
    """The help page as a link relative to the running notebook's folder (the kernel's working folder), or None
    where neither is at hand (a chapter downloaded on its own)."""
    here = folder or Path.cwd()
    for link in (STUDENT_HELP_NOTEBOOK, BOOK_HELP_SOURCE):
        if (here / link).exists():
            return link
    return None
