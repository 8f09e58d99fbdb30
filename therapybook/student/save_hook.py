"""What Jupyter writes when a student copy is saved: a reminder in place of each live exercise.

A live exercise's output points at a widget that exists only while its kernel runs. Saved as it is (JupyterLab
autosaves every two minutes), the reopened notebook shows "Error displaying widget: model not found" where each
exercise was. This hook, run by the Jupyter server before every save, keeps the rest of the notebook as the
student left it and puts the reminder the fresh copy had ("Run the notebook ...") in place of each live output.
Only the book's student copies are touched (they carry the STUDENT_COPY mark); any other notebook is saved as is.

Registered with the Jupyter server by the extension in server.py.
"""

from __future__ import annotations

from typing import Any

from .outputs import STUDENT_COPY, is_interactive, reminder


def pre_save(model: dict[str, Any], path: str = "", contents_manager: Any = None, **kwargs: Any) -> None:
    """Change ``model`` in place, as jupyter_server's pre-save hooks do."""
    notebook = model.get("content")
    if model.get("type") != "notebook" or not isinstance(notebook, dict):
        return
    metadata = notebook.get("metadata")
    if not isinstance(metadata, dict) or not metadata.get(STUDENT_COPY):
        return
    metadata.pop("widgets", None)  # widget state, if the student saved it: it would only show stale exercises
    for cell in notebook.get("cells", []):
        if isinstance(cell, dict) and cell.get("cell_type") == "code":
            cell["outputs"] = [reminder() if is_interactive(o) else o for o in cell.get("outputs", [])]
