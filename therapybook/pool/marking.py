"""A printable marking sheet per chapter, for the cases: HTML (``<bank>-marking-sheet.html``) and PDF
(``<bank>-marking-sheet.pdf``, printed by WeasyPrint as the answer keys are: instructor/answer_keys.py).
Every text is escaped by Jinja's autoescape."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..core.citations import sources_label
from ..core.errors import display_path
from ..edition import CONTENT_LICENCE, TITLE, edition
from .check import ChapterPool
from .files import case_path
from .model import Case, Criterion
from .texts import case_prompt, chapter_label

TEMPLATES = Path(__file__).resolve().parent / "templates"
SUFFIX = "-marking-sheet"
NEEDS_PANGO = (
    "marking sheets: WeasyPrint, which prints them, could not load the Pango text library ({error}). "
    "On Debian or Ubuntu: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0"
)
_environment = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True))


class MarkingSheetError(Exception):
    """The PDF cannot be printed here (WeasyPrint without Pango); the message says what to install."""


@dataclass(frozen=True)
class Objective:
    id: str
    text: str


@dataclass(frozen=True)
class SheetCase:
    id: str
    title: str
    points: int
    objectives: list[Objective]
    vignette: list[str]
    task: str
    length: str
    rubric: list[Criterion]
    marking_notes: list[str]
    sources: str


def _sheet_case(chapter: ChapterPool, case: Case) -> SheetCase:
    objectives = [Objective(o, chapter.practice.objectives.get(o, "")) for o in case.objectives]
    # The vignette's paragraphs: case_prompt gives the title first and the task and length last.
    vignette = case_prompt(case)[1:-2]
    return SheetCase(
        case.id,
        case.title,
        case.points,
        objectives,
        vignette,
        case.task,
        case.length,
        list(case.rubric),
        list(case.marking_notes),
        sources_label(case.cite),
    )


def sheet_html(chapter: ChapterPool) -> str:
    cases = [_sheet_case(chapter, case) for case in (chapter.cases.cases if chapter.cases else [])]
    current = edition()
    return _environment.get_template("marking_sheet.html.j2").render(
        label=chapter_label(chapter),
        source=f"From {display_path(case_path(chapter.name))}",
        cases=cases,
        edition=f"{current.label} · {CONTENT_LICENCE}",
        footer=f"{TITLE} · {current.label}",
    )


def sheet_pdf(chapter: ChapterPool) -> bytes:
    try:
        from weasyprint import HTML  # type: ignore[import-untyped]
    except OSError as error:  # the Python package is there, but not the system's Pango
        raise MarkingSheetError(NEEDS_PANGO.format(error=error)) from None
    pdf: bytes = HTML(string=sheet_html(chapter)).write_pdf()
    return pdf


def file_names(chapter: ChapterPool) -> list[str]:
    return [f"{chapter.name}{SUFFIX}.html", f"{chapter.name}{SUFFIX}.pdf"]


def render(chapter: ChapterPool) -> list[bytes]:
    """The HTML and the PDF, in the order of ``file_names``."""
    return [sheet_html(chapter).encode("utf-8"), sheet_pdf(chapter)]
