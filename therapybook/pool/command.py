"""``python -m therapybook export --pool --format gift|qti|sheets --out DIR``: write the assessment pool for Moodle
(one GIFT file per chapter), for Canvas (a pool quiz and a cases quiz per chapter) or as printable marking sheets."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from ..core.errors import display_path
from ..export.banks import ExportError, prepare_folder
from ..export.qti import DEFAULT, CanvasQuiz
from . import gift, marking, qti
from .check import ChapterPool, chapter_names, load_chapter
from .files import assessment_dir

FORMATS = {"gift": "Moodle GIFT", "qti": "QTI 1.2 packages for Canvas", "sheets": "marking sheets (HTML and PDF)"}


def chosen(chapters: list[str] | None) -> list[str]:
    known = chapter_names()
    if not known:
        raise ExportError(
            f"there is no assessment pool in {display_path(assessment_dir())}/ "
            "(no pool/<bank>.yml or cases/<bank>.yml); assessment/README.md says how to write one"
        )
    if not chapters:
        return known
    unknown = [name for name in chapters if name not in known]
    if unknown:
        raise ExportError(f"no assessment pool for '{unknown[0]}'; the pool has: {', '.join(known)}")
    return list(dict.fromkeys(chapters))


def _outputs(chapter: ChapterPool, format_name: str, canvas: CanvasQuiz) -> list[tuple[str, Callable[[], bytes]]]:
    """(file name, how to make it) for every file one chapter gives in this format."""
    if format_name == "gift":
        return [(gift.file_name(chapter), lambda: gift.render(chapter))]
    if format_name == "qti":
        return [
            (qti.file_name(chapter, part), partial(qti.render, chapter, part, canvas)) for part in qti.parts(chapter)
        ]
    if chapter.cases is None:
        return []
    html_name, pdf_name = marking.file_names(chapter)
    return [
        (html_name, lambda: marking.sheet_html(chapter).encode("utf-8")),
        (pdf_name, lambda: marking.sheet_pdf(chapter)),
    ]


def export_pool(
    format_name: str, out: Path, chapters: list[str] | None, force: bool, canvas: CanvasQuiz = DEFAULT
) -> list[Path]:
    """Write the pool of the chosen chapters (every chapter with a pool) into ``out``; returns the files written.
    Every file is made before any is written, so a problem never leaves half an export."""
    loaded = [load_chapter(name) for name in chosen(chapters)]
    outputs = [item for chapter in loaded for item in _outputs(chapter, format_name, canvas)]
    try:
        made = [(name, make()) for name, make in outputs]
    except marking.MarkingSheetError as error:
        raise ExportError(str(error)) from None
    prepare_folder(out, [name for name, _ in made], force)
    written = []
    for name, data in made:
        path = out / name
        try:
            path.write_bytes(data)
        except OSError as error:
            raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
        written.append(path)
    questions = sum(len(c.pool.questions) for c in loaded if c.pool)
    cases = sum(len(c.cases.cases) for c in loaded if c.cases)
    print(
        f"Wrote the assessment pool of {len(loaded)} chapter(s) ({questions} questions, {cases} cases) as "
        f"{FORMATS[format_name]} into {out}/:"
    )
    if format_name == "qti":
        print(f"  Quiz type {canvas.summary}; each objective is a question group that picks 1 variant.")
    if format_name == "gift":
        print(
            "  Import each file with 'Get category from file' ticked; add one random question per objective's category."
        )
    for path in written:
        print(f"  {path.name}")
    return written
