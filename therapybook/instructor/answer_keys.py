"""``python -m therapybook answer-keys --out DIR``: one printable answer key per chapter, as a PDF, for marking by
hand. Each key holds every bank the chapter shows (its quiz, and any sorting or myth-or-fact exercise), with the
options lettered A, B, C... in the order students see them and the right letters marked.

The PDF is an HTML page (``templates/answer_key.html.j2``) printed by WeasyPrint: a well-kept HTML-to-PDF library
that installs from PyPI with pip and needs only Debian's Pango, so an instructor needs no browser or Playwright.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..core.errors import display_path
from ..edition import CONTENT_LICENCE, TITLE, edition
from .catalogue import Chapter, bank, banks_of_chapter, chapters
from .lettered import LetteredQuestion, lettered

TEMPLATES = Path(__file__).resolve().parent / "templates"
SUFFIX = "-answer-key.pdf"
NEEDS_PANGO = (
    "answer-keys: WeasyPrint, which prints the keys, could not load the Pango text library ({error}). "
    "On Debian or Ubuntu: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0"
)

_environment = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True))


class AnswerKeyError(Exception):
    """A request the command cannot carry out (an unknown chapter, a file it would overwrite); the message says why."""


@dataclass(frozen=True)
class LetteredBank:
    source: str  # the bank's file, as an author types it: data/quiz/02_cbt.yml
    title: str
    questions: list[LetteredQuestion]


def key_html(chapter: Chapter) -> str:
    """The chapter's answer key as a self-contained HTML page (every text escaped)."""
    banks = []
    for file in banks_of_chapter(chapter.name):
        quiz = bank(file)
        banks.append(LetteredBank(display_path(file.path), quiz.title, lettered(quiz)))
    current = edition()
    return _environment.get_template("answer_key.html.j2").render(
        chapter=chapter,
        banks=banks,
        edition=f"{current.label} · {CONTENT_LICENCE}",
        footer=f"{TITLE} · {current.label}",
    )


def key_pdf(chapter: Chapter) -> bytes:
    try:
        from weasyprint import HTML  # type: ignore[import-untyped]
    except OSError as error:  # the Python package is there, but not the system's Pango
        raise AnswerKeyError(NEEDS_PANGO.format(error=error)) from None
    pdf: bytes = HTML(string=key_html(chapter)).write_pdf()
    return pdf


def chosen_chapters(names: list[str] | None) -> list[Chapter]:
    """The chapters asked for (every chapter when none is named); an unknown name is refused, listing the known."""
    known = {c.name: c for c in chapters()}
    if not names:
        return list(known.values())
    unknown = [n for n in names if n not in known]
    if unknown:
        raise AnswerKeyError(f"answer-keys: no chapter named {', '.join(unknown)}; the chapters are {', '.join(known)}")
    return [known[n] for n in dict.fromkeys(names)]


def write_answer_keys(out: Path, names: list[str] | None = None, force: bool = False) -> list[Path]:
    """Write one PDF per chapter into ``out`` (created if missing); never replace a file unless ``force``."""
    wanted = chosen_chapters(names)
    targets = [out / f"{c.name}{SUFFIX}" for c in wanted]
    if out.exists() and not out.is_dir():
        raise AnswerKeyError(f"answer-keys: {out} is a file, not a folder")
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        raise AnswerKeyError(
            f"answer-keys: {len(existing)} file(s) already in {out} (for example {existing[0].name}); "
            "add --force to replace them"
        )
    pdfs = [key_pdf(c) for c in wanted]  # every key is made before any file is written
    out.mkdir(parents=True, exist_ok=True)
    for target, pdf in zip(targets, pdfs, strict=True):
        temporary = target.with_suffix(".pdf.part")
        temporary.write_bytes(pdf)
        temporary.replace(target)
    return targets
