"""The form as plain text: its fields and what each asks for."""

from __future__ import annotations

from ...core.plain import wrap
from .model import RATING_RANGE, FormExercise


def form_text(form: FormExercise) -> str:
    lines = [form.title, ""]
    if form.intro:
        lines += [wrap(form.intro), ""]
    low, high = RATING_RANGE
    for field in form.fields:
        scale = f" ({low} to {high})" if field.kind == "rating" else ""
        lines += [f"{field.label}{scale}", wrap(field.help, "  "), ""]
    lines.append("Open this notebook in Jupyter, or the page in the online book, to fill it in.")
    return "\n".join(lines)
