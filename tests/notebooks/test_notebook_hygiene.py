"""What every chapter notebook must carry, checked on the files themselves."""

from __future__ import annotations

import html

import ast
import builtins

import nbformat
import pytest

from toc import ROOT, chapter_files, study_files

CHAPTERS = chapter_files()
# My progress and Review: not chapters (no objectives or key terms), but notebooks students open all the same.
EVERY_NOTEBOOK = CHAPTERS + study_files()


@pytest.fixture(params=CHAPTERS)
def notebook(request):
    return nbformat.read(ROOT / f"{request.param}.ipynb", as_version=4)


@pytest.fixture(params=EVERY_NOTEBOOK)
def any_notebook(request):
    return nbformat.read(ROOT / f"{request.param}.ipynb", as_version=4)


def test_opens_with_objectives_and_estimated_time(notebook):
    opening = notebook.cells[0].source
    assert opening.startswith("# ")
    assert "you should be able to" in opening and "Estimated time:" in opening


def test_the_second_cell_says_what_to_do_and_where_help_is(notebook):
    start = notebook.cells[1]
    assert start.cell_type == "markdown" and "remove-cell" in start.metadata.get("tags", []), "hidden in the book"
    assert "Start here" in start.source and "Run › Run All Cells" in start.source and "Check answer" in start.source
    assert "../book/get_help.md" in start.source and "116 123" in start.source and "988" in start.source
    first = nbformat.read(ROOT / f"{CHAPTERS[0]}.ipynb", as_version=4).cells[1].source
    assert start.source == first, "every chapter starts the same way"


def test_the_crisis_notice_appears_once(any_notebook):
    notebook = any_notebook
    markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    assert markdown.lower().count("education, not care") == 1


def test_each_code_cell_runs_on_its_own(any_notebook):
    notebook = any_notebook
    """A student may run any one cell first: every name a cell uses is imported or defined in that cell."""
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        tree = ast.parse(cell.source)
        defined = {a.asname or a.name.split(".")[0] for node in ast.walk(tree)
                   if isinstance(node, ast.Import | ast.ImportFrom) for a in node.names}
        defined |= {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        missing = used - defined - set(dir(builtins))
        assert not missing, f"{cell.source[:50]!r} needs {missing} from another cell"


def test_kernelspec_is_the_one_jupyter_writes(any_notebook):
    notebook = any_notebook
    assert notebook.metadata.kernelspec == {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def test_every_code_cell_ran_cleanly_and_stored_its_output(any_notebook):
    notebook = any_notebook
    counts = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        counts.append(cell.execution_count)
        assert all(output.output_type != "error" for output in cell.outputs)
        assert not any(output.get("name") == "stderr" for output in cell.outputs)
    assert counts == list(range(1, len(counts) + 1)), "re-run the notebook top to bottom (make outputs)"


def test_every_figure_has_alt_text_in_jupyter_and_in_the_book(any_notebook):
    """Each chart carries its description in every view: the <img> JupyterLab shows, and the PNG's metadata the
    book reads (a bare image output, or alt text only in cell metadata, would leave Jupyter without it)."""
    notebook = any_notebook
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" not in data:
                continue
            alt = output.get("metadata", {}).get("image/png", {}).get("alt", "")
            assert len(alt) > 40, f"a figure without a real alt text: {cell.source[:60]}"
            assert f'alt="{html.escape(alt)}"' in data.get("text/html", ""), "JupyterLab shows the <img> with it"


def test_no_widget_state_is_stored(any_notebook):
    notebook = any_notebook
    assert "widgets" not in notebook.metadata, "widget state makes the file heavy; use make outputs"


def test_ends_with_a_summary_and_key_terms_linked_to_the_glossary(notebook):
    markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    assert "## Summary" in markdown
    key_terms = markdown.split("## Key terms", 1)
    assert len(key_terms) == 2, "no Key terms section"
    assert key_terms[1].count("{term}") >= 5


@pytest.mark.parametrize("name", study_files())
def test_study_notebooks_start_with_what_to_do_and_where_help_is(name):
    start = nbformat.read(ROOT / f"{name}.ipynb", as_version=4).cells[1]
    assert start.cell_type == "markdown" and "remove-cell" in start.metadata.get("tags", []), "hidden in the book"
    assert "Run › Run All Cells" in start.source and "Nothing is sent anywhere" in start.source
    assert "../book/get_help.md" in start.source and "116 123" in start.source and "988" in start.source
