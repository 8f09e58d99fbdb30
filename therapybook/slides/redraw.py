"""A chapter's figure drawn again at slide scale, by the chapter's own code, so it stays in step with the book.

Every figure cell of a chapter is a few imports (and perhaps a constant) and then one call,
``described(<figure>, <alt text>)``. The slides run that cell's code in a fresh namespace, all but the call,
and then evaluate only the call's first argument: the same figure function with the same data, captured as a
matplotlib figure instead of shown, then fitted to the slide (slide_scale.py). Colours, data and the chapter's
alt text stay as they are. A cell that does not have that shape, that fails, that draws nothing (chapter 13's
funnel plot without the trial database) or whose labels do not fit keeps the chapter's stored image instead.
"""

from __future__ import annotations

import ast
import base64
import io
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import matplotlib.pyplot as plt
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .slide_scale import DPI, PIXEL_RATIO, NotRedrawn, fit

__all__ = ["NotRedrawn", "Redrawn", "as_png", "drawn", "redrawn", "slide_figure"]


@dataclass(frozen=True)
class Redrawn:
    png: str | None  # base64, or None: the stored image is shown
    reason: str = ""  # why it was not drawn again


def figure_code(code: str) -> tuple[list[ast.stmt], ast.expr]:
    """The statements before the cell's ``described(...)`` call, and the expression that makes its figure."""
    try:
        tree = ast.parse(code)
    except SyntaxError as error:
        raise NotRedrawn(f"its code cannot be read ({error.msg})") from None
    last = tree.body[-1] if tree.body else None
    call = last.value if isinstance(last, ast.Expr) else None
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "described"):
        raise NotRedrawn("its cell does not end in one described(figure, alt) call")
    if not call.args or isinstance(call.args[0], ast.Starred):
        raise NotRedrawn("its described(...) call names no figure")
    return tree.body[:-1], call.args[0]


def drawn(code: str) -> Figure:
    """The figure the cell's code makes, fitted to a slide (see the module's docstring)."""
    setup, making = figure_code(code)
    namespace: dict[str, Any] = {"__name__": "therapybook_slide_figure"}
    before = set(plt.get_fignums())
    try:
        exec(compile(ast.Module(body=setup, type_ignores=[]), "<figure cell>", "exec"), namespace)
        figure = eval(compile(ast.Expression(body=making), "<figure cell>", "eval"), namespace)
    except Exception as error:  # the chapter's own code: whatever it raises, the stored image still serves
        raise NotRedrawn(f"its code stopped with {type(error).__name__}: {error}") from None
    finally:
        for number in set(plt.get_fignums()) - before:
            plt.close(number)
    if figure is None:
        raise NotRedrawn("its code draws nothing here (the data it needs is not at hand)")
    if not isinstance(figure, Figure):
        raise NotRedrawn(f"its code made a {type(figure).__name__}, not a figure")
    FigureCanvasAgg(figure)  # pyplot has let it go: drawn from here on into memory by Agg
    return fit(figure)


def as_png(figure: Figure) -> str:
    buffer = io.BytesIO()
    # The whole box, not a tight crop: the image then has the box's shape and is shown at the size drawn for.
    figure.savefig(buffer, format="png", dpi=DPI * PIXEL_RATIO, metadata={"Software": None})
    return base64.b64encode(buffer.getvalue()).decode("ascii")


@lru_cache(maxsize=64)
def slide_figure(code: str) -> Figure | NotRedrawn:
    """The cell's figure at slide scale, or why not; kept for the process, so every deck (and test) draws once."""
    try:
        return drawn(code)
    except NotRedrawn as why:
        return why


@lru_cache(maxsize=64)
def redrawn(code: str) -> Redrawn:
    figure = slide_figure(code)
    return Redrawn(None, str(figure)) if isinstance(figure, NotRedrawn) else Redrawn(as_png(figure))
