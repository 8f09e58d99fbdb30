"""The PHQ-9 as a blank questionnaire to print: the nine items with four answer boxes each, the bands to score
by hand, the safety message and the authors' credit. The words come from instrument.py, never a copy."""

from __future__ import annotations

from ...core.html import kind_of, render_blank
from .instrument import ANSWERS, CREDIT, ITEMS, SAFETY_MESSAGE, SCREENS_NOT_DIAGNOSES, STEM
from .scoring import BANDS, MAX_TOTAL

KIND = kind_of(__name__)
TITLE = "PHQ-9 (Patient Health Questionnaire-9)"
CAPTION = "The nine items: tick one box in each row"


def bands_sentence() -> str:
    """'Add up the numbers of the ticked boxes: 0 to 4 minimal, 5 to 9 mild, ...', from scoring.BANDS."""
    tops = [MAX_TOTAL] + [lowest - 1 for lowest, _ in BANDS[:-1]]
    ranges = [f"{lowest} to {top} {name}" for (lowest, name), top in zip(BANDS, tops, strict=True)]
    return "Add up the numbers of the ticked boxes: " + ", ".join(reversed(ranges)) + "."


def blank_phq9() -> str:
    return render_blank(
        KIND,
        sheet_id="tb-blank-phq9",
        title=TITLE,
        stem=STEM,
        caption=CAPTION,
        answers=ANSWERS,
        items=ITEMS,
        max_total=MAX_TOTAL,
        bands=bands_sentence(),
        screens=SCREENS_NOT_DIAGNOSES,
        safety=SAFETY_MESSAGE,
        credit=CREDIT,
    )
