"""The planner in Jupyter: edit or add activities with their ratings; the chart and summary follow."""

from __future__ import annotations

import io
from typing import Any

import ipywidgets as widgets
import matplotlib.pyplot as plt

from ...core.live import FULL_WIDTH, html, live_box, paragraphs
from .chart import week_plot
from .checking import check_activity
from .model import DAYS, RATINGS, Activity
from .summary import summarise


class PlannerView:
    def __init__(self, activities: list[Activity], title: str, intro: str) -> None:
        self.activities = list(activities)
        self._refreshing = False
        self.entries = widgets.Select(rows=8, layout=FULL_WIDTH, description="Activities")
        self.day = widgets.Dropdown(options=list(DAYS), description="Day")
        self.name = widgets.Text(description="Activity", layout=FULL_WIDTH)
        self.ratings = {
            key: widgets.IntSlider(value=5, min=0, max=10, description=key.capitalize(), continuous_update=False)
            for key in RATINGS
        }
        self.add = widgets.Button(description="Add as new", button_style="primary")
        self.update = widgets.Button(description="Update selected")
        self.remove = widgets.Button(description="Remove selected")
        self.feedback = widgets.HTML()
        self.summary = widgets.HTML()
        self.chart = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
        self.entries.observe(self._on_select, names="value")
        self.add.on_click(lambda _b: self._save(None))
        self.update.on_click(lambda _b: self._save(self.entries.value, updating=True))
        self.remove.on_click(self._on_remove)
        buttons = widgets.HBox([self.add, self.update, self.remove])
        heading = widgets.HTML(html("<h4>{}</h4><p>{}</p>", title, intro))
        self.box = live_box(
            [
                heading,
                self.entries,
                self.day,
                self.name,
                *self.ratings.values(),
                buttons,
                self.feedback,
                self.summary,
                self.chart,
            ]
        )
        self._refresh()

    def _label(self, index: int) -> str:
        a = self.activities[index]
        return f"{a.day} · {a.activity} (pleasure {a.pleasure}, mastery {a.mastery}, mood {a.mood})"

    def _on_select(self, change: dict[str, Any]) -> None:
        if change["new"] is None or self._refreshing:
            return
        chosen = self.activities[change["new"]]
        self.day.value, self.name.value = chosen.day, chosen.activity
        for key, slider in self.ratings.items():
            slider.value = getattr(chosen, key)

    def _save(self, index: int | None, updating: bool = False) -> None:
        if updating and index is None:
            self.feedback.value = (
                "<p>Choose an activity in the list first, then change it and press Update selected.</p>"
            )
            return
        values = {"day": self.day.value, "activity": self.name.value, **{k: s.value for k, s in self.ratings.items()}}
        result = check_activity(values)
        if result.entry is None:
            self.feedback.value = paragraphs(list(result.problems))
            return
        entry = result.entry
        if index is None:
            self.activities.append(entry)
            self.feedback.value = html("<p>Added {}.</p>", entry.activity)
        else:
            self.activities[index] = entry
            self.feedback.value = html("<p>Updated {}.</p>", entry.activity)
        self._refresh()

    def _on_remove(self, _button: Any = None) -> None:
        if self.entries.value is None:
            self.feedback.value = "<p>Choose an activity in the list first.</p>"
            return
        removed = self.activities.pop(self.entries.value)
        self.feedback.value = html("<p>Removed {}.</p>", removed.activity)
        self._refresh()
        self._clear_form()  # so the next entry starts blank, not from a neighbour of the removed one

    def _clear_form(self) -> None:
        self.name.value = ""
        for slider in self.ratings.values():
            slider.value = 5

    def _refresh(self) -> None:
        self._refreshing = True  # new options must not refill the form from whichever row is selected
        self.entries.options = [(self._label(i), i) for i in range(len(self.activities))]
        self.entries.value = None
        self._refreshing = False
        if not self.activities:
            self.summary.value = "<p>Add an activity to see a summary.</p>"
            self.chart.value = b""
            return
        self.summary.value = paragraphs(summarise(self.activities).sentences)
        figure = week_plot(self.activities)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        plt.close(figure)  # drawn into the Image widget, never into the cell's own output
        self.chart.value = buffer.getvalue()
