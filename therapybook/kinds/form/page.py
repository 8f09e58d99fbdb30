"""The form on a book page. There is no <form> element: submitting one would put the entry in the address."""

from __future__ import annotations

from ...core.html import kind_of, render_page, root_id
from .checking import MESSAGES, text_limit
from .model import RATING_RANGE, FormExercise

KIND = kind_of(__name__)


def page_data(form: FormExercise) -> dict[str, object]:
    low, high = RATING_RANGE
    return {
        "fields": [{"id": f.id, "label": f.label, "kind": f.kind, "limit": text_limit(f)} for f in form.fields],
        "range": [low, high],
        "messages": MESSAGES,
        "caption": form.title,
    }


def form_html(form: FormExercise) -> str:
    low, high = RATING_RANGE
    return render_page(
        KIND,
        form=form,
        root_id=root_id("form", form.id),
        low=low,
        high=high,
        data=page_data(form),
    )
