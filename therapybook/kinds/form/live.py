"""The form in Jupyter: fill in the fields, then see the entry as a tidy record."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
from markupsafe import Markup

from ...core.live import FULL_WIDTH, html, live_box
from .checking import check_entry, text_limit
from .model import RATING_RANGE, FormExercise


class FormView:
    def __init__(self, form: FormExercise) -> None:
        self.form = form
        self.inputs: dict[str, widgets.Widget] = {}
        parts: list[widgets.Widget] = [widgets.HTML(html("<h4>{}</h4>", form.title))]
        if form.intro:
            parts.append(widgets.HTML(html("<p>{}</p>", form.intro)))
        for field in form.fields:
            control: widgets.Widget
            if field.kind == "rating":
                control = widgets.IntSlider(value=50, min=RATING_RANGE[0], max=RATING_RANGE[1], continuous_update=False)
            elif field.kind == "long_text":
                control = widgets.Textarea(layout=FULL_WIDTH, placeholder=field.help[: text_limit(field)])
            else:
                control = widgets.Text(layout=FULL_WIDTH, placeholder=field.help[: text_limit(field)])
            self.inputs[field.id] = control
            parts += [widgets.HTML(html("<p><b>{}</b><br>{}</p>", field.label, field.help)), control]
        self.show = widgets.Button(description="Show my record", button_style="primary")
        self.clear = widgets.Button(description="Clear")
        self.show.on_click(self._on_show)
        self.clear.on_click(self._on_clear)
        self.feedback = widgets.HTML()
        self.record = widgets.HTML()
        self.box = live_box([*parts, widgets.HBox([self.show, self.clear]), self.feedback, self.record])

    def _on_show(self, _button: Any = None) -> None:
        result = check_entry(self.form, {key: control.value for key, control in self.inputs.items()})
        if not result.ok:
            items = Markup("").join(Markup("<li>{}</li>").format(p) for p in result.problems)
            self.feedback.value = html("<p><b>A few things to fill in first:</b></p><ul>{}</ul>", items)
            self.record.value = ""
            return
        rows = Markup("").join(
            Markup('<tr><th scope="row">{}</th><td style="white-space: pre-wrap">{}</td></tr>').format(
                line.label, line.value
            )
            for line in result.record
        )
        self.record.value = html("<table><caption>{}</caption><tbody>{}</tbody></table>", self.form.title, rows)
        self.feedback.value = "<p>Here is your record. It stays in this notebook and is not saved anywhere.</p>"

    def _on_clear(self, _button: Any = None) -> None:
        for control in self.inputs.values():
            control.value = 50 if isinstance(control, widgets.IntSlider) else ""
        self.feedback.value = self.record.value = ""
