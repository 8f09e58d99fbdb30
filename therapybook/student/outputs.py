"""Which outputs are live exercises, and the reminder a student copy shows in their place until the cells run."""

from __future__ import annotations

from typing import Any

import nbformat
from nbformat import NotebookNode

from ..core.html import RUN_FIRST

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# Marks a converted notebook: the book build converts only the downloads Sphinx has just replaced, and the
# Jupyter server's save hook touches only these notebooks.
STUDENT_COPY = "therapybook_student_copy"


def is_interactive(output: Any) -> bool:
    data = output.get("data", {}) if isinstance(output, dict) else {}
    return isinstance(data, dict) and (WIDGET_VIEW in data or "tb-widget" in str(data.get("text/html", "")))


def reminder() -> NotebookNode:
    return nbformat.v4.new_output("display_data", data={"text/markdown": f"*{RUN_FIRST}*", "text/plain": RUN_FIRST})
