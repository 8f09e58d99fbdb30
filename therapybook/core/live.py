"""What every live (ipywidgets) view shares: a scoped style and escaped HTML pieces.

Every piece of content is escaped (Markup.format) before it reaches an HTML
widget, so text such as ``<script>`` is shown, never run.
"""

from __future__ import annotations

import ipywidgets as widgets
from markupsafe import Markup

FULL_WIDTH = widgets.Layout(width="100%")

# ipywidgets gives each radio label one fixed line, so long options overlap, and
# puts the button after the text; these rules wrap the label and put the button first.
# Scoped to views marked tb-live; the CSS is static text, not content.
LIVE_STYLE = """<style>
.tb-live .widget-radio-box label, .tb-live .jupyter-widget-radio-box label {
  height: auto; line-height: 1.45; margin: 0.3em 0; white-space: normal;
  display: flex; flex-direction: row-reverse; justify-content: flex-end; align-items: flex-start; }
.tb-live .widget-radio-box input, .tb-live .jupyter-widget-radio-box input {
  float: none; flex: none; height: auto; margin-top: 0.25em; }
.tb-live .widget-checkbox, .tb-live .jupyter-widget-checkbox { height: auto; }
.tb-live .widget-checkbox label, .tb-live .jupyter-widget-checkbox label { white-space: normal; line-height: 1.45; }
</style>"""


def live_box(children: list[widgets.Widget]) -> widgets.VBox:
    box = widgets.VBox([widgets.HTML(LIVE_STYLE), *children])
    box.add_class("tb-live")
    return box


def html(template: str, *values: object) -> str:
    """An escaped HTML string for a widget: ``html("<p>{}</p>", text)``."""
    return str(Markup(template).format(*values))


def paragraphs(lines: list[str]) -> str:
    return str(Markup("").join(Markup("<p>{}</p>").format(line) for line in lines))
