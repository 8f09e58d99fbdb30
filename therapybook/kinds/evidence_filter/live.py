"""The evidence filter in Jupyter: one dropdown per filter; the result is pooled again on each change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from ...core.live import html
from .model import EvidenceFilterContent


class EvidenceFilterView:
    def __init__(self, item: EvidenceFilterContent, sentence: Callable[[dict[str, str]], str]) -> None:
        self.item = item
        self.sentence = sentence
        self.dropdowns: dict[str, widgets.Dropdown] = {}
        for f in item.filters:
            dropdown = widgets.Dropdown(options=[(o.label, o.id) for o in f.options], description=f.label)
            dropdown.style.description_width = "initial"
            dropdown.observe(self._on_change, names="value")
            self.dropdowns[f.id] = dropdown
        self.result = widgets.HTML()
        intro = widgets.HTML(html("<h4>{}</h4><p>{}</p>", item.title, item.intro))
        self.box = widgets.VBox([intro, *self.dropdowns.values(), self.result])
        self._show()

    @property
    def choice(self) -> dict[str, str]:
        return {filter_id: str(dropdown.value) for filter_id, dropdown in self.dropdowns.items()}

    def _on_change(self, _change: dict[str, Any]) -> None:
        self._show()

    def _show(self) -> None:
        self.result.value = html("<p><b>{}</b></p>", self.sentence(self.choice))
