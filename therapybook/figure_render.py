"""The book's half of a described figure (core/figure.py): myst-nb writes the chart as an image file, as it
does any chart, and this plugin gives that <img> the alt text the figure carries in its output metadata.

Registered as a myst-nb mime renderer (pyproject.toml, entry point group ``myst_nb.mime_renderers``). On book
pages the PNG is preferred to the figure's inline HTML copy (which is for JupyterLab), so pages stay light and
the image is a file the browser can cache.
"""

from __future__ import annotations

from typing import Any, ClassVar


class DescribedFigureRenderer:
    mime_priority_overrides: ClassVar[list[tuple[str, str, int | None]]] = [("html", "image/png", -1)]

    @staticmethod
    def handle_mime(renderer: Any, data: Any, inline: bool) -> list[Any] | None:
        alt = data.output_metadata.get("image/png", {}).get("alt") if data.mime_type == "image/png" else None
        if not alt:
            return None  # any other output: myst-nb's own renderers
        nodes = renderer.render_image(data)
        for node in nodes:
            node["alt"] = alt
            # A phone fetches a figure only when the reader nears it, so the first screen comes sooner
            # (the PDF and EPUB editions load every figure before printing).
            node["loading"] = "lazy"
        return nodes
