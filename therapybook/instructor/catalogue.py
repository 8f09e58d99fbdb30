"""What the book holds, read from its files: the chapters (from each notebook's first cell and
its calls) and the question banks (every file of every kind that is graded as a quiz).

Nothing here is a hand-kept list: a new notebook or a new file in ``data/quiz/`` appears by itself.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..core.errors import PROJECT_ROOT, ContentError, display_path
from ..core.files import read_text
from ..core.registry import kinds
from ..kinds.quiz.display import Quiz
from ..kinds.quiz.model import QuizBank

NOTEBOOKS = PROJECT_ROOT / "notebooks"
CHAPTER_NAME = re.compile(r"^(\d\d)_[a-z0-9_]+$")
# A display class's call, ``Quiz.from_file("02_cbt")``; class names may hold digits (``Phq9``).
CALL = re.compile(r"\b([A-Z][A-Za-z0-9]*)\.from_file\(\s*[\"']([a-z0-9][a-z0-9_-]*)[\"']")
# Exercises a chapter builds with a helper rather than ``from_file`` (the trial filter precomputes its results).
HELPERS = {"trial_filter": "evidence_filter"}
HELPER_CALL = re.compile(rf"\b({'|'.join(HELPERS)})\(\s*[\"']([a-z0-9][a-z0-9_-]*)[\"']")
OBJECTIVE = re.compile(r"^\s*\d+\.\s+(.+?)\s*$")
TIME = re.compile(r"\*\*Estimated time:\*\*\s*(.+?)\s*$", re.MULTILINE)
MINUTES = re.compile(r"^(\d+)\s+minutes")
# Where the prose points to another chapter: "chapter 4", "chapters 2 and 3", or a link to its notebook.
MENTION = re.compile(r"\b[Cc]hapters? (\d+)(?:(?:,| and| or| to) (\d+))*")
MENTION_NUMBER = re.compile(r"\d+")
LINK = re.compile(r"\]\((?:\.\./notebooks/)?(\d\d)_[a-z0-9_]+\.ipynb")


@dataclass(frozen=True)
class Exercise:
    kind: str  # the kind's folder name: quiz, sort, walkthrough, ...
    name: str  # the content file's name in data/<kind>/


@dataclass(frozen=True)
class Chapter:
    name: str  # the notebook's stem, "02_cbt"
    number: int
    title: str
    objectives: tuple[str, ...]
    time: str  # as the chapter says it: "65 minutes (about 25 minutes of reading, ...)"
    exercises: tuple[Exercise, ...]
    refers_to: tuple[int, ...]  # earlier chapters the text points back to (never a later one: those are previews)

    @property
    def minutes(self) -> int | None:
        found = MINUTES.match(self.time)
        return int(found.group(1)) if found else None

    @property
    def docname(self) -> str:
        return f"notebooks/{self.name}"


def quiz_kinds() -> dict[str, str]:
    """Display class name -> kind name, for every kind graded as a quiz (quiz, sort, traps)."""
    return {k.display.__name__: k.name for k in kinds().values() if issubclass(k.display, Quiz)}


def _class_kinds() -> dict[str, str]:
    return {k.display.__name__: k.name for k in kinds().values()}


def read_chapter(path: Path) -> Chapter:
    where = display_path(path)
    try:
        cells = json.loads(read_text(path))["cells"]
        # A cell's source is a string or a list of strings (nbformat); anything else is a damaged notebook.
        texts = ["".join(cell.get("source", [])) for cell in cells]
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise ContentError(f"{where}: cannot be read as a notebook") from None
    first = texts[0] if texts else ""
    heading = next((line[2:].strip() for line in first.splitlines() if line.startswith("# ")), None)
    time = TIME.search(first)
    objectives = tuple(m.group(1) for line in first.splitlines() if (m := OBJECTIVE.match(line)))
    if heading is None or time is None or not objectives:
        raise ContentError(
            f"{where}: the first cell needs the chapter's '# title', its numbered learning objectives "
            "and '**Estimated time:** N minutes'"
        )
    code = [t for t, c in zip(texts, cells, strict=True) if c.get("cell_type") == "code"]
    exercises = tuple(_exercises(code, _class_kinds()))
    number = int(path.stem[:2])
    prose = " ".join(t for t, c in zip(texts, cells, strict=True) if c.get("cell_type") == "markdown")
    return Chapter(path.stem, number, heading, objectives, time.group(1), exercises, earlier_chapters(prose, number))


def _exercises(code: list[str], classes: dict[str, str]) -> list[Exercise]:
    """Every exercise the code cells show, in the order they show them."""
    found = []
    for text in code:
        calls = [(m.start(), classes.get(m.group(1)), m.group(2)) for m in CALL.finditer(text)]
        calls += [(m.start(), HELPERS[m.group(1)], m.group(2)) for m in HELPER_CALL.finditer(text)]
        found += [Exercise(kind, name) for _, kind, name in sorted(calls) if kind is not None]
    return found


def earlier_chapters(prose: str, number: int) -> tuple[int, ...]:
    """The earlier chapters the prose refers to. "Chapter 12 looks more closely..." in chapter 11 is a preview,
    not something chapter 11 builds on, so later chapters never count."""
    mentioned = {int(n) for m in MENTION.finditer(prose) for n in MENTION_NUMBER.findall(m.group(0))}
    mentioned |= {int(n) for n in LINK.findall(prose)}
    return tuple(sorted(n for n in mentioned if 0 < n < number))


def chapters() -> list[Chapter]:
    """Every chapter notebook, in order of its number."""
    return [read_chapter(path) for path in sorted(NOTEBOOKS.glob("*.ipynb")) if CHAPTER_NAME.match(path.stem)]


@dataclass(frozen=True)
class BankFile:
    kind: str
    name: str
    path: Path


def bank_files() -> list[BankFile]:
    """Every file that becomes a question bank: data/quiz/*.yml first, then sorters and trap spotters."""
    found = []
    for kind in kinds().values():
        if issubclass(kind.display, Quiz):
            found += [BankFile(kind.name, path.stem, path) for path in kind.content_files()]
    return found


def bank(file: BankFile) -> QuizBank:
    """The bank as students see it (options in their shown order), with its citations checked."""
    return _bank(file.kind, file.path, file.path.stat().st_mtime)


@cache
def _bank(kind: str, path: Path, mtime: float) -> QuizBank:
    display = kinds()[kind].display
    if not issubclass(display, Quiz):
        raise ContentError(f"{display_path(path)}: '{kind}' content is not graded as a quiz")
    return display.from_file(path).bank


def chapter_names() -> list[str]:
    """Chapters by name: every notebook, and every chapter bank (NN_topic) whose notebook is still to come."""
    names = {c.name for c in chapters()}
    names |= {f.name for f in bank_files() if f.kind == "quiz" and CHAPTER_NAME.match(f.name)}
    return sorted(names)


def banks_of_chapter(name: str) -> list[BankFile]:
    """The chapter's own bank and every other bank its notebook shows, in the order the chapter shows them."""
    files = {(f.kind, f.name): f for f in bank_files()}
    wanted: list[tuple[str, str]] = []
    path = NOTEBOOKS / f"{name}.ipynb"
    if path.exists():
        wanted += [(e.kind, e.name) for e in read_chapter(path).exercises]
    if ("quiz", name) not in wanted:
        wanted.append(("quiz", name))
    return [files[key] for key in dict.fromkeys(wanted) if key in files]


def where_shown(file: BankFile, known: list[Chapter]) -> str:
    """Which chapter shows the bank ("chapter 2"), or why none does yet."""
    shown_in = [c for c in known if Exercise(file.kind, file.name) in c.exercises]
    if shown_in:
        return ", ".join(f"chapter {c.number}" for c in shown_in)
    numbered = CHAPTER_NAME.match(file.name)
    if numbered:
        return f"chapter {int(numbered.group(1))}, whose notebook is still to come"
    return "not shown in any chapter yet"
