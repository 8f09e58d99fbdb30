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
from .convert import HELP_NOTEBOOK, render
from .glossary import definitions
from .help_page import help_notebook
from .outputs import STUDENT_COPY, is_interactive, reminder
from .sections import LinkedSection, rewrite_links, section_source

CHAPTERS = PROJECT_ROOT / "notebooks"
HELP_PAGE = PROJECT_ROOT / "book" / "get_help.md"
# What JupyterLab and Notebook 7 write for ipykernel's kernel; matching it keeps saves quiet.
PLAIN_STYLE = Style()
# One backend object: render_as("markdown") looks the backend up among every installed package's entry points
# on each call, which made the book's rebuild seconds slower.
MARKDOWN = MarkdownBackend()
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


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
    linked: list[LinkedSection] = []
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = render(rewrite_links(cell.source, linked), cited, terms)
        elif cell.cell_type == "code":
            cell.metadata.pop("execution", None)
            cell.outputs = [reminder() if is_interactive(o) else o for o in cell.outputs]
    for section in linked:
        source = render(section_source(chapter.parent, section), cited, terms)
        notebook.cells.append(nbformat.v4.new_markdown_cell(source))
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


def help_page() -> NotebookNode:
    """The book's help page as a notebook, with its sources."""
    cited: list[str] = []
    notebook = help_notebook(HELP_PAGE.read_text(encoding="utf-8"), cited)
    if cited:
        notebook.cells.append(
            nbformat.v4.new_markdown_cell(_sources_cell(cited).replace("in this chapter", "on this page"))
        )
    notebook.metadata["kernelspec"] = KERNELSPEC
    notebook.metadata[STUDENT_COPY] = True
    return notebook


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
    # Always the current one: the help page is not the student's to edit, and its numbers must stay right.
    nbformat.write(help_page(), folder / HELP_NOTEBOOK)
    return report
