"""``python -m therapybook export``: write the question banks for a course platform."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kinds.quiz.model import QuizBank
from . import gift, qti
from .banks import ExportError, load, prepare_folder, select

LABELS = {"gift": "Moodle GIFT", "qti": "QTI 1.2 packages for Canvas"}


def split_chapters(value: str | None) -> list[str] | None:
    if value is None:
        return None
    names = [name.strip() for name in value.split(",") if name.strip()]
    if not names:
        raise ExportError("--chapters needs at least one chapter name, such as 02_cbt")
    return names


def export(
    format_name: str, out: Path, chapters: list[str] | None, force: bool, canvas: qti.CanvasQuiz = qti.DEFAULT
) -> list[Path]:
    """Write one file per bank into ``out``; returns the files written. Raises ExportError.
    ``canvas`` (quiz type, points per question) applies to the QTI packages only."""
    file_name: Callable[[QuizBank], str] = gift.file_name if format_name == "gift" else qti.file_name
    render: Callable[[QuizBank], bytes] = (
        gift.render if format_name == "gift" else (lambda bank: qti.render(bank, canvas))
    )
    banks = load(select(chapters))
    names = [file_name(bank) for bank in banks]
    prepare_folder(out, names, force)
    written = []
    for bank, name in zip(banks, names, strict=True):
        path = out / name
        try:
            path.write_bytes(render(bank))
        except OSError as error:
            raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
        written.append(path)
    questions = sum(len(bank.questions) for bank in banks)
    print(f"Wrote {len(banks)} question banks ({questions} questions) as {LABELS[format_name]} into {out}/:")
    if format_name == "qti":
        print(f"  Quiz type {canvas.summary}.")
    for bank, path in zip(banks, written, strict=True):
        print(f"  {path.name}  {len(bank.questions)} questions")
    return written
