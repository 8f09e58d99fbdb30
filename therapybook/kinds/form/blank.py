"""The form as a blank worksheet to print: each field's label and help, with lined space or a rating to fill in."""

from __future__ import annotations

from ...core.html import kind_of, render_blank, root_id
from .model import RATING_RANGE, FormExercise

KIND = kind_of(__name__)
# Room to write by hand: a line for a short answer, more for the evidence and the balanced thought.
LINES = {"text": 2, "long_text": 5}


def blank_form(form: FormExercise) -> str:
    low, high = RATING_RANGE
    return render_blank(KIND, form=form, sheet_id=root_id("blank", form.id), low=low, high=high, lines=LINES)
