"""A chart with its description, so the same alt text reaches JupyterLab, Notebook 7 and the book.

JupyterLab shows a plain image output with no alt text at all. A described figure carries three views:
an <img> with its alt text (HTML, which JupyterLab and Notebook 7 prefer to a bare image), the PNG with the
alt text in its metadata (which the book prefers: therapybook/figure_render.py writes it as an image file
with that alt text), and the description itself for plain-text front ends.
"""

from __future__ import annotations

import base64
import io
from html import escape
from typing import Any

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

MIN_ALT = 40  # a real description, not "chart"


class DescribedFigure:
    def __init__(self, figure: Figure, alt: str) -> None:
        if len(alt.strip()) < MIN_ALT:
            raise ValueError(f"a figure needs a real description (at least {MIN_ALT} characters), got {alt!r}")
        buffer = io.BytesIO()
        # No "Software" stamp and a tight box, as the inline backend draws it: the same bytes on every run.
        figure.savefig(buffer, format="png", bbox_inches="tight", metadata={"Software": None})
        plt.close(figure)  # shown once, here, not again by the inline backend
        self.png = base64.b64encode(buffer.getvalue()).decode("ascii")
        self.alt = alt.strip()

    def _repr_mimebundle_(
        self, include: Any = None, exclude: Any = None
    ) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
        image = (
            f'<img class="tb-figure" src="data:image/png;base64,{self.png}" alt="{escape(self.alt)}" '
            'style="max-width: 100%; height: auto">'
        )
        return {"image/png": self.png, "text/html": image, "text/plain": self.alt}, {"image/png": {"alt": self.alt}}

    def __repr__(self) -> str:
        return self.alt


def described(figure: Figure | None, alt: str) -> DescribedFigure | None:
    """Show ``figure`` with its alt text; nothing when there is no figure (a chart whose data is not at hand)."""
    return None if figure is None else DescribedFigure(figure, alt)
