"""My progress in Jupyter: the same table and bars from this computer's private progress file, and a summary to save."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import ipywidgets as widgets
from markupsafe import Markup

from ...core.live import html, live_box
from ...progress.store import ProgressStore
from ...progress.summary import ChapterRow, counted, rows, summary_text
from .model import ProgressContent
from .strings import CAPTION, KEPT_IN_JUPYTER, LEGEND, NOTHING_YET, TOTAL

BLUE, ORANGE = "#0072B2", "#E69F00"


def table_html(found: list[ChapterRow]) -> str:
    """The chapters as a table, with a bar per chapter drawn in the last column (the numbers say the same)."""
    body = Markup("")
    for row in found:
        right = 100 * row.right / row.questions
        tried = 100 * (row.answered - row.right) / row.questions
        bar = Markup(
            '<div aria-hidden="true" style="display:flex;height:0.9em;width:12em;border:1px solid #555">'
            '<span style="background:{};width:{:.1f}%"></span><span style="background:{};width:{:.1f}%"></span></div>'
        ).format(BLUE, right, ORANGE, tried)
        body += Markup("<tr><th>{}</th><td>{} of {}</td><td>{}</td><td>{}</td></tr>").format(
            row.label, row.answered, row.questions, row.right, bar
        )
    head = Markup("<tr><th>Chapter</th><th>Answered</th><th>Right</th><th></th></tr>")
    return str(
        Markup("<table><caption>{}</caption>{}{}</table><p><small>{}</small></p>").format(CAPTION, head, body, LEGEND)
    )


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """A file name not taken yet: a summary saved twice in a day never replaces the first one."""
    path, n = folder / f"{stem}{suffix}", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}{suffix}", n + 1
    return path


class ProgressView:
    def __init__(self, content: ProgressContent, index: dict[str, Any], store: ProgressStore | None = None) -> None:
        self.content, self.index = content, index
        self.store = store or ProgressStore()
        self.table = widgets.HTML()
        self.total = widgets.HTML()
        self.notice = widgets.HTML()
        self.refresh = widgets.Button(description="Refresh")
        self.refresh.on_click(lambda _button: self.draw())
        self.save = widgets.Button(description="Save a summary to hand in", layout=widgets.Layout(width="auto"))
        self.save.on_click(self._on_save)
        self.saved = widgets.HTML()
        intro = html("<h4>{}</h4><p>{}</p><p>{}</p>", content.title, content.intro, KEPT_IN_JUPYTER)
        self.box = live_box(
            [
                widgets.HTML(intro),
                self.notice,
                self.table,
                self.total,
                widgets.HBox([self.refresh, self.save]),
                self.saved,
            ]
        )
        self.draw()

    def draw(self) -> None:
        records = self.store.records()
        found = rows(self.index, records)
        self.table.value = table_html(found)
        answered, right = sum(r.answered for r in found), sum(r.right for r in found)
        text = TOTAL.format(answered=counted(answered, "question"), right=right) if answered else NOTHING_YET
        self.total.value = html("<p><b>{}</b></p>", text)
        self.notice.value = html('<p role="status"><b>{}</b></p>', self.store.message) if self.store.message else ""

    def _on_save(self, _button: Any = None, folder: Path | None = None) -> None:
        today = date.today()
        text = summary_text(self.content.summary_title, self.index, self.store.records(), today)
        target = free_name(folder or Path.cwd(), f"my-progress-{today.isoformat()}", ".txt")
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as error:
            self.saved.value = html(
                "<p>Could not save the summary to {} ({}). Here it is to copy instead:</p><pre>{}</pre>",
                target,
                error.strerror or error,
                text,
            )
            return
        self.saved.value = html(
            "<p>Saved as <code>{}</code>, beside this notebook:</p><pre>{}</pre>", target.name, text
        )
