"""The PHQ-9 case on a book page: the nine items with the client's answers ticked, and the score beside them."""

from __future__ import annotations

from ...core.html import kind_of, render_page, root_id
from .instrument import (
    ANSWERS,
    CREDIT,
    HELP_LINK_TEXT,
    HELP_PAGE,
    ITEMS,
    NEEDS_SCRIPT,
    SAFETY_MESSAGE,
    SCREENS_NOT_DIAGNOSES,
    STEM,
)
from .model import Phq9Case
from .scoring import BANDS, REMISSION_BELOW, change, score
from .text import summary_sentence

KIND = kind_of(__name__)


def page_data(case: Phq9Case) -> dict[str, object]:
    return {"client": case.client, "baseline": case.baseline, "bands": BANDS, "remissionBelow": REMISSION_BELOW}


def phq9_html(case: Phq9Case) -> str:
    result = score(case.answers)
    return render_page(
        KIND,
        case=case,
        root_id=root_id("phq9", case.id),
        items=list(zip(ITEMS, case.answers, strict=True)),
        answers=ANSWERS,
        stem=STEM,
        result=result,
        summary=summary_sentence(case.client, change(case.baseline, result.total)),
        screens=SCREENS_NOT_DIAGNOSES,
        needs_script=NEEDS_SCRIPT.format(client=case.client),
        safety=SAFETY_MESSAGE,
        help_page=HELP_PAGE,
        help_text=HELP_LINK_TEXT,
        credit=CREDIT,
        data=page_data(case),
    )
