"""My progress on a book page: the chapters' rows are written here; the page script fills in this browser's results."""

from __future__ import annotations

from typing import Any

from ...core.html import kind_of, render_page, root_id
from ...progress.summary import rows
from .model import ProgressContent
from .strings import CAPTION, KEPT_IN_BROWSER, LEGEND, NOTHING_YET, PAGE_ONLY, STRINGS

KIND = kind_of(__name__)


def page_data(content: ProgressContent, index: dict[str, Any]) -> dict[str, object]:
    return {"title": content.summary_title, "index": index, "strings": STRINGS}


def progress_html(content: ProgressContent, index: dict[str, Any]) -> str:
    return render_page(
        KIND,
        content=content,
        root_id=root_id("progress", content.id),
        rows=rows(index, {}),
        kept=KEPT_IN_BROWSER,
        page_only=PAGE_ONLY,
        caption=CAPTION,
        legend=LEGEND,
        nothing_yet=NOTHING_YET,
        data=page_data(content, index),
    )
