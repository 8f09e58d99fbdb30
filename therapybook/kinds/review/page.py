"""The Review deck on a book page. The page holds only the list of questions by chapter; the questions
themselves are fetched from the book's own files (``_static/questions/<bank>.json``) when dealt, so the page
stays light."""

from __future__ import annotations

from typing import Any

from ...core.html import kind_of, render_page, root_id
from ...progress.spacing import REASONS
from ..quiz.page import strings as quiz_strings
from .model import ReviewContent
from .strings import KEPT, RULE, RULE_HEADING, STRINGS

KIND = kind_of(__name__)


def page_data(content: ReviewContent, index: dict[str, Any]) -> dict[str, object]:
    return {
        "id": content.id,
        "deckSize": content.deck_size,
        "index": index,
        "reasons": list(REASONS),
        "strings": {**quiz_strings(), **STRINGS},
    }


def review_html(content: ReviewContent, index: dict[str, Any]) -> str:
    return render_page(
        KIND,
        content=content,
        root_id=root_id("review", content.id),
        kept=KEPT,
        rule_heading=RULE_HEADING,
        rule=RULE,
        data=page_data(content, index),
    )
