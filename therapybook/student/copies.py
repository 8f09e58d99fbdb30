"""Write the student copies of the chapters into a folder, never over a student's own work."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat import NotebookNode
from pybtex.backends.markdown import Backend as MarkdownBackend
from pybtex.database import BibliographyData
from pybtex.style.formatting.plain import Style

from ..core.citations import bibliography, short_citation
from ..core.errors import PROJECT_ROOT
from ..core.html import RUN_FIRST
from .convert import render
from .glossary import definitions

CHAPTERS = PROJECT_ROOT / "notebooks"
HELP_PAGE = PROJECT_ROOT / "book" / "get_help.md"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# What JupyterLab and Notebook 7 write for ipykernel's kernel; matching it keeps saves quiet.
PLAIN_STYLE = Style()
# One backend object: render_as("markdown") looks the backend up among every installed package's entry points
# on each call, which made the book's rebuild seconds slower.
MARKDOWN = MarkdownBackend()
# Marks a converted notebook, so the book build converts only the downloads Sphinx has just replaced.
STUDENT_COPY = "therapybook_student_copy"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _is_interactive(output: NotebookNode) -> bool:
    data = output.get("data", {})
    return WIDGET_VIEW in data or "tb-widget" in str(data.get("text/html", ""))


def _reminder() -> NotebookNode:
    return nbformat.v4.new_output("display_data", data={"text/markdown": f"*{RUN_FIRST}*", "text/plain": RUN_FIRST})


def _sources_cell(cited: list[str]) -> str:
    """The full references, formatted by pybtex's plain style (as the book's bibliography), in Markdown."""
    entries = bibliography().entries
    chosen = BibliographyData(entries={key: entries[key] for key in sorted(cited, key=short_citation)})
    formatted = PLAIN_STYLE.format_bibliography(chosen)
    lines = ["## Sources cited in this chapter", ""]
    lines += [f"- {short_citation(item.key)}: " + item.text.render(MARKDOWN).replace("\n", " ") for item in formatted]
    return "\n".join(lines)


def _terms_cell(terms: list[str]) -> str:
    known = definitions()
    lines = ["## Key terms", "", "The terms this chapter uses, with the book's glossary definitions.", ""]
    lines += [f"- **{name}**: {known[name.casefold()]}" for name in sorted(terms, key=str.casefold)]
    return "\n".join(lines)


def student_notebook(chapter: Path) -> NotebookNode:
    notebook = nbformat.read(chapter, as_version=4)
    cited: list[str] = []
    terms: list[str] = []
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = render(cell.source, cited, terms)
        elif cell.cell_type == "code":
            cell.metadata.pop("execution", None)
            cell.outputs = [_reminder() if _is_interactive(o) else o for o in cell.outputs]
    if terms:
        # The chapter's own "Key terms" list becomes the terms with their definitions.
        key_terms = [c for c in notebook.cells if c.cell_type == "markdown" and c.source.startswith("## Key terms")]
        if key_terms:
            key_terms[0].source = _terms_cell(terms)
        else:
            notebook.cells.append(nbformat.v4.new_markdown_cell(_terms_cell(terms)))
    if cited:
        notebook.cells.append(nbformat.v4.new_markdown_cell(_sources_cell(cited)))
    notebook.metadata["kernelspec"] = KERNELSPEC
    notebook.metadata[STUDENT_COPY] = True
    notebook.metadata.pop("widgets", None)
    return notebook


def help_page() -> str:
    return render(HELP_PAGE.read_text(encoding="utf-8"), [], [])


@dataclass
class CopyReport:
    written: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)  # the student's own copy, older than the chapter


def write_copies(folder: Path, chapters: list[Path] | None = None) -> CopyReport:
    """A copy of each chapter that the folder does not have yet; a copy already there is the student's and stays."""
    folder.mkdir(parents=True, exist_ok=True)
    report = CopyReport()
    for chapter in chapters or sorted(CHAPTERS.glob("*.ipynb")):
        target = folder / chapter.name
        if target.exists():
            if target.stat().st_mtime < chapter.stat().st_mtime:
                report.kept.append(target)
            continue
        nbformat.write(student_notebook(chapter), target)
        report.written.append(target)
    (folder / "get_help.md").write_text(help_page(), encoding="utf-8")
    return report
