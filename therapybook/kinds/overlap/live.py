"""The overlap illustration in Jupyter: a slider for g, the two curves and the plain-number summary."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ...core.live import html
from .model import HIGHEST, LOWEST, STEP, OverlapContent
from .overlap import HEIGHT, WIDTH, curve_path, summary

CURVES = (
    '<svg viewBox="0 0 {} {}" width="100%" style="max-width:36rem" role="img" aria-label="{}">'
    '<path d="{}" fill="none" stroke="#0072B2" stroke-width="3" stroke-dasharray="7 4"></path>'
    '<path d="{}" fill="none" stroke="#E69F00" stroke-width="3"></path></svg>'
)


class OverlapView:
    def __init__(self, item: OverlapContent) -> None:
        self.item = item
        self.slider = widgets.FloatSlider(
            value=item.start, min=LOWEST, max=HIGHEST, step=STEP, description=item.slider_label, readout_format=".2f"
        )
        self.slider.style.description_width = "initial"
        self.curves = widgets.HTML()
        self.summary = widgets.HTML()
        legend = html(
            '<p><span style="color:#0072B2">- - -</span> {} &nbsp; <span style="color:#E69F00">———</span> {}</p>',
            item.control_label,
            item.treated_label,
        )
        self.slider.observe(self._on_slide, names="value")
        parts = [widgets.HTML(html("<h4>{}</h4><p>{}</p>", item.title, item.intro)), self.slider]
        self.box = widgets.VBox([*parts, self.curves, widgets.HTML(legend), self.summary])
        self._show(item.start)

    def _on_slide(self, change: dict[str, Any]) -> None:
        self._show(change["new"])

    def _show(self, g: float) -> None:
        g = round(g, 2)
        text = summary(g)
        self.curves.value = html(CURVES, WIDTH, HEIGHT, text, curve_path(0.0), curve_path(g))
        self.summary.value = html("<p>{}</p>", text)
