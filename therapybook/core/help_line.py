"""Where to get help in a crisis: the words of the notice on every book page and of every printed sheet.

One set of words, so the page, the paper and the page script cannot drift apart.
"""

from __future__ import annotations

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
