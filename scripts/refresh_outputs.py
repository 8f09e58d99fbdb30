"""Re-run chapter notebooks and store their outputs, which nbval then compares.

Run after changing a chapter or its data (`make outputs`). Widget state and
widget views are not stored: Jupyter builds fresh widgets when the cells run,
and the book shows the kernel-free HTML views, so they would only make files
heavy and change on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from therapybook.student.outputs import WIDGET_VIEW
from therapybook.trials.source import at_hand

ROOT = Path(__file__).resolve().parent.parent


def executed(path: Path) -> nbformat.NotebookNode:
    """The notebook run from top to bottom in a fresh kernel, with what changes between runs left out."""
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    return without_run_details(notebook)


def without_run_details(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Leave out of an executed notebook what changes from run to run (and what no reader or test needs)."""
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        # Timestamps change on every run and say nothing a reader or a test needs.
        cell.metadata.pop("execution", None)
        for output in cell.get("outputs", []):
            # A widget view points at a model that exists only while the kernel runs (and gets a new
            # random id each run); the stored text/html view is what a reader sees before running.
            output.get("data", {}).pop(WIDGET_VIEW, None)
    return notebook


def needs_trial_data(path: Path) -> bool:
    # Cells that read the Metapsy database are tagged nbval-ignore-output (they show a notice without it).
    return any("nbval-ignore-output" in c.metadata.get("tags", []) for c in nbformat.read(path, as_version=4).cells)


def refresh(path: Path) -> None:
    if needs_trial_data(path) and not at_hand():
        # Storing the offline notice would replace the real results: keep the stored outputs instead.
        print(f"{path.relative_to(ROOT)}: kept as it is; set THERAPYBOOK_METAPSY to the Metapsy data.csv to refresh it")
        return
    nbformat.write(executed(path), path)
    print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    targets = [Path(arg).resolve() for arg in sys.argv[1:]] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    for target in targets:
        refresh(target)
