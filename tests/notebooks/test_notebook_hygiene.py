"""What every chapter notebook must carry, checked on the files themselves."""

from __future__ import annotations

import pytest
import nbformat

from toc import ROOT, toc_files

CHAPTERS = [name for name in toc_files() if name.startswith("notebooks/")]


@pytest.fixture(params=CHAPTERS)
def notebook(request):
    return nbformat.read(ROOT / f"{request.param}.ipynb", as_version=4)


def test_opens_with_objectives_and_estimated_time(notebook):
    opening = notebook.cells[0].source
    assert opening.startswith("# ")
    assert "you should be able to" in opening and "Estimated time:" in opening


def test_points_notebook_readers_to_help(notebook):
    notes = [c for c in notebook.cells if "remove-cell" in c.metadata.get("tags", []) and c.cell_type == "markdown"]
    assert any("../book/get_help.md" in c.source for c in notes)


def test_every_code_cell_ran_cleanly_and_stored_its_output(notebook):
    counts = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        counts.append(cell.execution_count)
        assert all(output.output_type != "error" for output in cell.outputs)
        assert not any(output.get("name") == "stderr" for output in cell.outputs)
    assert counts == list(range(1, len(counts) + 1)), "re-run the notebook top to bottom (make outputs)"


def test_every_figure_has_alt_text(notebook):
    for cell in notebook.cells:
        if cell.cell_type == "code" and any("image/png" in o.get("data", {}) for o in cell.outputs):
            alt = cell.metadata.get("mystnb", {}).get("image", {}).get("alt", "")
            assert len(alt) > 40, f"figure cell without a real alt text: {cell.source[:60]}"


def test_no_widget_state_is_stored(notebook):
    assert "widgets" not in notebook.metadata, "widget state makes the file heavy; use make outputs"


def test_ends_with_a_summary_and_key_terms_linked_to_the_glossary(notebook):
    markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    assert "## Summary" in markdown
    key_terms = markdown.split("## Key terms", 1)
    assert len(key_terms) == 2, "no Key terms section"
    assert key_terms[1].count("{term}") >= 5
