"""What every live (ipywidgets) view shares: a scoped style and escaped HTML pieces.

Every piece of content is escaped (Markup.format) before it reaches an HTML
widget, so text such as ``<script>`` is shown, never run.
"""

from __future__ import annotations

from pathlib import Path

import ipywidgets as widgets
from markupsafe import Markup

FULL_WIDTH = widgets.Layout(width="100%")

# Static text, not content: read once from the package.
LIVE_STYLE = "<style>\n" + (Path(__file__).parent / "page" / "live.css").read_text(encoding="utf-8") + "</style>"


def choice_list(options: list[tuple[str, str]], description: str, value: str | None = None) -> widgets.RadioButtons:
    """A short list of choices, every label shown whole: the question above, one radio button per line.

    A dropdown in JupyterLab is as wide as its box and cuts long labels ("Sam: relati"); radio buttons in a
    column wrap them (live.css), and the description stays the group's label for screen readers."""
    chooser = widgets.RadioButtons(
        options=options,
        value=value,
        description=description,
        style={"description_width": "initial"},
        layout=widgets.Layout(width="100%", flex_flow="column"),
    )
    chooser.add_class("tb-choice-list")
    return chooser


def live_box(children: list[widgets.Widget]) -> widgets.VBox:
    box = widgets.VBox([widgets.HTML(LIVE_STYLE), *children])
    box.add_class("tb-live")
    return box


def html(template: str, *values: object) -> str:
    """An escaped HTML string for a widget: ``html("<p>{}</p>", text)``."""
    return str(Markup(template).format(*values))


def paragraphs(lines: list[str]) -> str:
    return str(Markup("").join(Markup("<p>{}</p>").format(line) for line in lines))
