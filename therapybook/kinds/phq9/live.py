"""The PHQ-9 case in Jupyter: change any answer and the total, band, response and remission follow."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ...core.help_line import jupyter_help_link
from ...core.live import html, live_box
from .instrument import ANSWERS, CREDIT, HELP_LINK_TEXT, ITEMS, SAFETY_MESSAGE, SCREENS_NOT_DIAGNOSES, STEM
from .model import Phq9Case
from .scoring import change, score
from .text import summary_sentence


class Phq9View:
    def __init__(self, case: Phq9Case) -> None:
        self.case = case
        self.items = [
            widgets.RadioButtons(
                options=[(f"{label} ({value})", value) for value, label in enumerate(ANSWERS)], value=answer
            )
            for answer in case.answers
        ]
        self.result = widgets.HTML()
        self.safety = widgets.HTML()
        parts: list[widgets.Widget] = [
            widgets.HTML(
                html(
                    "<h4>{}</h4><p>{}</p><p>{}</p><p><b>{}</b></p>", case.title, case.intro, SCREENS_NOT_DIAGNOSES, STEM
                )
            )
        ]
        for number, (item, control) in enumerate(zip(ITEMS, self.items, strict=True), start=1):
            control.observe(self._update, names="value")
            parts += [widgets.HTML(html("<p>{}. {}</p>", number, item)), control]
        parts += [self.result, self.safety, widgets.HTML(html("<p><small>{}</small></p>", CREDIT))]
        self.box = live_box(parts)
        self._update()

    def answers(self) -> list[int]:
        return [int(control.value) for control in self.items]

    def _update(self, _change: Any = None) -> None:
        result = score(self.answers())
        compared = change(self.case.baseline, result.total)
        self.result.value = html(
            "<p><b>{}'s total: {} of 27 ({}).</b></p><p>{}</p>",
            self.case.client,
            result.total,
            result.band,
            summary_sentence(self.case.client, compared),
        )
        self.safety.value = safety_html() if result.item9_positive else ""


def safety_html() -> str:
    """The safety message with a link to the help page, opened in a new tab so the notebook stays as it is."""
    style = "border-left: 4px solid #D55E00; padding-left: 0.5em"
    link = jupyter_help_link()
    if link is None:
        return html(
            '<p role="note" style="{}">{} “{}” in the book lists more ways to get help.</p>',
            style,
            SAFETY_MESSAGE,
            HELP_LINK_TEXT,
        )
    return html(
        '<p role="note" style="{}">{} <a href="{}" target="_blank" rel="noopener">{}</a></p>',
        style,
        SAFETY_MESSAGE,
        link,
        HELP_LINK_TEXT,
    )
