"""A matplotlib figure fitted to a slide's image box, its words large enough to read at the back of a room.

The chapters' figure functions set their own text sizes in points (``fontsize=9``), so an ``rc_context`` alone
would miss most labels. Instead the finished figure is resized to the slide's box and every text in it is raised
to at least ``MIN_PX`` at the slide's display size (larger ones keep theirs); then what the larger words need
is made: long category labels wrapped, room for the numbers beside a forest plot, a legend hung below an axes
moved below the figure, a diagram's boxes grown with their labels. If the words still leave the image,
overlap, or squeeze the plot away, the figure is not used (``NotRedrawn``) and the slide keeps the stored one.
"""

from __future__ import annotations

import math
import textwrap
import warnings
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch
from matplotlib.text import Annotation, Text

# The image box of a figure slide at 1280 x 720 (CSS px) when its heading and its source line take two lines
# each: the figure is drawn for it at 100 px to the inch, and stored at 1.5 times that, so that on a 1920 x 1080
# screen too it is shown pixel for pixel.
BOX_PX = (1138, 400)  # a little under 1139.2, so the image is shown at least at the size drawn
DPI = 100
PIXEL_RATIO = 1.5
MIN_PX = 22  # the smallest text in a re-drawn figure, at the box's size: readable at the back of a room
MIN_PT = MIN_PX * 72 / DPI
WRAP = 44  # characters on a line of a category label
WRAP_LABEL = 64  # of a title or an axis's label


class NotRedrawn(Exception):
    """Why a figure keeps the chapter's stored image; the message goes into the slide's notes."""


def _renderer(figure: Figure) -> RendererAgg:
    canvas = figure.canvas
    if not isinstance(canvas, FigureCanvasAgg):
        canvas = FigureCanvasAgg(figure)
    return canvas.get_renderer()


def texts(figure: Figure) -> list[Text]:
    """Every piece of text the figure shows: titles, axis labels, legends, notes, and the labels of the ticks
    inside each axis's range (an axis also keeps labels for ticks it does not draw)."""
    hidden: set[int] = set()
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            low, high = sorted(axis.get_view_interval())
            low, high = (math.inf, -math.inf) if not axes.axison else (low, high)
            for tick in [*axis.get_major_ticks(), *axis.get_minor_ticks()]:
                if not low - 1e-9 * (high - low) <= tick.get_loc() <= high + 1e-9 * (high - low):
                    hidden.update((id(tick.label1), id(tick.label2)))
    found = figure.findobj(lambda artist: isinstance(artist, Text) and artist.get_visible())
    return [t for t in found if isinstance(t, Text) and t.get_text().strip() and id(t) not in hidden]


def fit(figure: Figure) -> Figure:
    """The figure at the box's size with every text at least ``MIN_PT`` (see the module's docstring)."""
    figure.set_size_inches(BOX_PX[0] / DPI, BOX_PX[1] / DPI)
    figure.set_dpi(DPI)
    for axes in figure.axes:
        if not axes.axison:
            _frame_labels(axes)
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            _wrap_tick_labels(axis)
            # ticks the axis makes later, when it is drawn, take the same size
            axis.set_tick_params(which="both", labelsize=max(MIN_PT, _tick_size(axis)))
        for label in (axes.title, axes.xaxis.label, axes.yaxis.label):
            label.set_text(textwrap.fill(label.get_text(), WRAP_LABEL))
        _legend_below(figure, axes)
        legend = axes.get_legend()
        if legend is not None:  # at slide size a legend inside the plot covers data: give it a backing
            legend.set_frame_on(True)
            legend.get_frame().set(facecolor="white", edgecolor="none", alpha=0.9)
    for text in texts(figure):
        text.set_fontsize(max(MIN_PT, text.get_fontsize()))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "constrained_layout not applied": the labels leave no room to plot
        try:
            for _ in range(4):  # the layout moves as the axes make room, so room is made until none is needed
                figure.draw_without_rendering()
                if not [axes for axes in figure.axes if _room_for_notes(figure, axes) | _wrap_to_axes(figure, axes)]:
                    break
        except UserWarning as warning:
            raise NotRedrawn(f"at slide size its labels leave no room for the plot ({warning})") from None
    _check_room(figure)
    figure.set_layout_engine("none")  # the layout is final: saving the figure need not work it out again
    return figure


def _tick_size(axis: Any) -> float:
    labels = axis.get_ticklabels()
    return float(labels[0].get_fontsize()) if labels else MIN_PT


def _wrap_tick_labels(axis: Any) -> None:
    """Words on a category axis (a forest plot's comparisons) wrapped onto lines of at most ``WRAP`` characters
    (a number is never that long, so a numbered axis is left alone)."""
    places = list(axis.get_ticklocs())
    labels = axis.get_major_formatter().format_ticks(places)  # their words, before any drawing
    if not any(len(label) > WRAP for label in labels):
        return
    axis.set_ticks(places, labels=[textwrap.fill(label, WRAP) for label in labels], linespacing=1.0)
    # Half a category's room beyond the first and the last, so their second lines stay clear of the axis.
    low, high = axis.get_view_interval()
    wider = (min(places) - 0.5, max(places) + 0.5)
    axis.set_view_interval(*(wider if low <= high else wider[::-1]), ignore=True)


def _legend_below(figure: Figure, axes: Any) -> None:
    """A legend hung below its axes (a PHQ-9 course's) goes below the whole figure, where the layout keeps it
    clear of the axis's label however large the text."""
    legend = axes.get_legend()
    if legend is None or legend.get_bbox_to_anchor().y0 >= axes.get_window_extent().y0:
        return
    handles, labels = axes.get_legend_handles_labels()
    legend.remove()
    figure.legend(handles, labels, loc="outside lower center", ncols=2, frameon=False, fontsize=MIN_PT)


def _room_for_notes(figure: Figure, axes: Any) -> bool:
    """Widen the x range until every note placed by data x (a forest plot's numbers, its "favours" labels)
    ends inside the image: the notes grew, the room the figure left for them did not."""
    right = figure.bbox.x1 - 4
    renderer = _renderer(figure)
    scale = axes.xaxis.get_transform()  # log or linear: the sums are done where the axis is even
    low, high = scale.transform(axes.get_xlim())
    width = axes.bbox.width
    needed = high
    by_data_x = (axes.transData, axes.get_xaxis_transform())
    for text in axes.texts:
        at_data_x = text.xycoords == "data" if isinstance(text, Annotation) else text.get_transform() in by_data_x
        overflow = text.get_window_extent(renderer).x1 - right
        if not text.get_visible() or not at_data_x or overflow <= 0:
            continue
        x = scale.transform([text.xy[0] if isinstance(text, Annotation) else text.get_position()[0]])[0]
        shown_at = (x - low) / (high - low) * width
        if shown_at - overflow > width * 0.2:
            needed = max(needed, low + (x - low) * width / (shown_at - overflow))
    if needed > high:
        axes.set_xlim(*scale.inverted().transform([low, needed]))
        return True
    return False


def _wrap_to_axes(figure: Figure, axes: Any) -> bool:
    """Each axis's label on as many lines as it takes to stay within its axes' length (it is centred on them):
    across for the x axis, up for the y axis (a funnel plot's long "Standard error (...)")."""
    wrapped = False
    for label, room, along in (
        (axes.xaxis.label, axes.bbox.width, "width"),
        (axes.yaxis.label, axes.bbox.height, "height"),
    ):
        longest = max((len(line) for line in label.get_text().splitlines()), default=0)
        extent = getattr(label.get_window_extent(_renderer(figure)), along)
        if longest and extent > room:
            words = " ".join(label.get_text().split())
            label.set_text(textwrap.fill(words, max(12, int(longest * room / extent))))
            wrapped = True
    return wrapped


def _check_room(figure: Figure) -> None:
    renderer = _renderer(figure)
    whole = figure.bbox.padded(1)
    boxes = [(text.get_text(), text.get_window_extent(renderer)) for text in texts(figure)]
    for words, box in boxes:
        if not (whole.contains(box.x0, box.y0) and whole.contains(box.x1, box.y1)):
            raise NotRedrawn(f"at slide size the label {words!r} does not fit in the slide's box")
    for index, (words, box) in enumerate(boxes):
        for other, second in boxes[index + 1 :]:
            if box.padded(-2).overlaps(second.padded(-2)):
                raise NotRedrawn(f"at slide size the labels {words!r} and {other!r} overlap")


def _frame_labels(axes: Any) -> None:
    """In a diagram (an axes without axis lines), a box drawn around a label becomes the label's own frame, so
    it grows with the label; the diagram then fills the slide's wide box."""
    axes.set_aspect("auto")
    for box in [p for p in axes.patches if isinstance(p, FancyBboxPatch)]:
        inside = [t for t in axes.texts if box.contains_point(axes.transData.transform(t.get_position()))]
        if len(inside) != 1:
            continue
        label = inside[0]
        label.set_bbox(
            {
                "boxstyle": "round,pad=0.45,rounding_size=0.6",
                "facecolor": box.get_facecolor(),
                "edgecolor": box.get_edgecolor(),
                "linewidth": box.get_linewidth(),
            }
        )
        framed = label.get_bbox_patch()
        for arrow in [p for p in axes.patches if isinstance(p, FancyArrowPatch)]:
            if arrow.patchA is box:
                arrow.set_patchA(framed)
            if arrow.patchB is box:
                arrow.set_patchB(framed)
        box.remove()
