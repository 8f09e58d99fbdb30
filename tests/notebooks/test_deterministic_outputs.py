"""Running a chapter again gives the very outputs stored in it: text, HTML and image bytes.

So nbval's comparisons and a diff of a notebook mean something, and the stored outputs are never stale:
a chapter whose data changed without `make outputs` fails here, naming the cell.

The second run is the book build's own: the build runs every chapter in a fresh kernel and keeps the outputs in
its execution cache, which is emptied whenever the code or data behind them changes (execution_cache.py). Reading
them back there, rather than running every chapter a third time (nbval runs each once too), saves a run of the
whole book per test run."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import nbformat
import pytest

from therapybook.trials.source import at_hand

from scripts.refresh_outputs import without_run_details

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
EXECUTION_CACHE = ROOT / "_build" / ".jupyter_cache"


def run_by_the_book_build(path: Path) -> nbformat.NotebookNode:
    """The notebook with the outputs the book build got when it ran it (the execution cache's copy)."""
    from jupyter_cache import get_cache

    stored = nbformat.read(path, as_version=4)
    try:
        # cell_meta=(): each cell keeps its own metadata (tags); only outputs and execution counts come from the run.
        _, again = get_cache(str(EXECUTION_CACHE)).merge_match_into_notebook(stored, cell_meta=())
    except KeyError:
        pytest.fail(f"{path.name}: the book build has no run of this notebook in {EXECUTION_CACHE}")
    return without_run_details(again)


def fingerprint(output: dict) -> dict:
    """An output with every value reduced to a short hash, so a failure message stays readable."""
    data = output.get("data", {})
    digests = {}
    for mime, value in data.items():
        raw = base64.b64decode(value) if mime.startswith("image/") and mime != "image/svg+xml" else str(value).encode()
        digests[mime] = hashlib.sha256(raw).hexdigest()[:12]
    return {"type": output["output_type"], "text": output.get("text"), **digests}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_a_second_run_reproduces_the_stored_outputs(path, built_book):
    stored = nbformat.read(path, as_version=4)
    again = run_by_the_book_build(path)
    # Cells that read the trial database show a notice instead when it is absent (nbval ignores their output
    # for that reason); they are compared wherever the data is at hand, as in CI.
    need_data = not at_hand()
    passed_over = 0
    for number, (old, new) in enumerate(zip(stored.cells, again.cells, strict=True)):
        if old.cell_type != "code":
            continue
        if need_data and "nbval-ignore-output" in old.metadata.get("tags", []):
            passed_over += 1
            continue
        assert [fingerprint(o) for o in new.outputs] == [fingerprint(o) for o in old.outputs], (
            f"{path.name} cell {number}: outputs differ from the stored ones; run `make outputs` if the "
            "chapter or its data changed, or find what makes this cell's output vary between runs"
        )
    if passed_over:
        pytest.skip(f"{path.name}: {passed_over} cells need the Metapsy database (set THERAPYBOOK_METAPSY); the rest match")
    assert nbformat.writes(again) + "\n" == path.read_text(encoding="utf-8"), f"{path.name}: stored file differs"
