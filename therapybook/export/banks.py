"""What both course-platform formats share: which banks to export, each question's title, its
general feedback and its scoring, text as HTML, where the questions came from (the book's edition,
licence and attribution), and a folder that is safe to write into."""

from __future__ import annotations

import html
from pathlib import Path

from ..core.citations import sources_label
from ..edition import CONTENT_LICENCE, CONTENT_LICENCE_URL, TITLE, edition
from ..instructor.catalogue import BankFile, bank, bank_files, banks_of_chapter, chapter_names
from ..kinds.quiz.model import Question, QuizBank


class ExportError(Exception):
    """A problem the person running the export can fix; the message is one line."""


def select(chapters: list[str] | None) -> list[BankFile]:
    """Every bank, or the banks the named chapters show (a chapter's own bank and its exercises)."""
    if not chapters:
        return bank_files()
    known = chapter_names()
    unknown = [name for name in chapters if name not in known]
    if unknown:
        raise ExportError(f"unknown chapter '{unknown[0]}'; the chapters are: {', '.join(known)}")
    chosen = [file for name in chapters for file in banks_of_chapter(name)]
    return list({(f.kind, f.name): f for f in chosen}.values())


def load(files: list[BankFile]) -> list[QuizBank]:
    return [bank(file) for file in files]


def title(quiz: QuizBank, question: Question) -> str:
    """The question's name on the platform: unique across banks, and the same in GIFT and QTI."""
    return f"{quiz.id} {question.id}"


def one_line(text: str) -> str:
    """Text for places that end at a line break (GIFT comments, the README's lines)."""
    return " ".join(text.split())


def provenance(quiz: QuizBank) -> list[str]:
    """Where an exported bank came from, one line each: the bank in the book and the book's version and date,
    the licence, and the attribution line to keep. Every export file carries these lines, so a copied quiz
    always says which version of the book it is from and how to credit it."""
    current = edition()
    return [
        f"Question bank '{quiz.id}' ({one_line(quiz.title)}) from the open textbook “{TITLE}”, {current.label}.",
        f"Licence: {CONTENT_LICENCE} ({CONTENT_LICENCE_URL}): "
        "you may share and adapt these questions if you credit the book.",
        f"Attribution: {current.attribution}",
    ]


def general_feedback(question: Question) -> list[str]:
    """Paragraphs shown after any answer: the explanation, then the sources."""
    sources = sources_label(question.cite)
    return [question.explanation, *([f"Sources: {sources}"] if sources else [])]


def as_html(text: str) -> str:
    """Content is plain text: shown as written, never as markup (a line break stays a line break)."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def paragraphs_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{as_html(p)}</p>" for p in paragraphs)


def moodle_weights(question: Question) -> list[float]:
    """Percent per option for Moodle. One right answer: 100 and 0. Several: the right options share 100 and
    the wrong ones share -100, so ticking every box scores nothing (Moodle floors a question at zero)."""
    right = len(question.correct_indices)
    if question.type != "multiple":
        return [100.0 if option.correct else 0.0 for option in question.options]
    wrong = len(question.options) - right
    return [100.0 / right if option.correct else -100.0 / wrong for option in question.options]


def percent(value: float) -> str:
    """Moodle's own grade list has five decimals (33.33333); it matches imported weights to that list."""
    return f"{value:.5f}".rstrip("0").rstrip(".")


def prepare_folder(out: Path, names: list[str], force: bool) -> None:
    """Create ``out`` if needed; refuse, naming the file, to replace an export that is there unless forced."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ExportError(f"cannot write into {out}: it is a file, not a folder") from None
    except OSError as error:
        raise ExportError(f"cannot create the folder {out}: {error.strerror or error}") from None
    if not out.is_dir():
        raise ExportError(f"cannot write into {out}: it is not a folder")
    probe = out / ".therapybook-write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise ExportError(f"cannot write into the folder {out}: {error.strerror or error}") from None
    existing = [name for name in names if (out / name).exists()]
    if existing and not force:
        raise ExportError(
            f"{out / existing[0]} already exists ({len(existing)} of the files to write do); "
            "add --force to replace them, or choose a new folder with --out"
        )
