"""The overlap illustration on a book page: the curves drawn for the starting g (so it reads without
JavaScript), redrawn by the page script as the slider moves."""

from __future__ import annotations

from ...core.html import kind_of, render_page, root_id
from .model import HIGHEST, LOWEST, STEP, OverlapContent
from .overlap import HEIGHT, WIDTH, curve_path, summary

KIND = kind_of(__name__)


def overlap_html(item: OverlapContent) -> str:
    return render_page(
        KIND,
        item=item,
        root_id=root_id("overlap", item.id),
        control_path=curve_path(0.0),
        treated_path=curve_path(item.start),
        summary=summary(item.start),
        width=WIDTH,
        height=HEIGHT,
        data={"start": item.start, "lowest": LOWEST, "highest": HIGHEST, "step": STEP},
    )
