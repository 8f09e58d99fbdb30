"""One wording for each learning objective, and enough questions to check it.

The source of truth is the chapter bank's ``objectives:`` (``data/quiz/NN_topic.yml``): it is data, and the
exports, the guide's maps and the answer keys all read it. The chapter's first cell shows the same list as plain
numbered text, so the notebook still reads as prose in JupyterLab (a generated list would show there as a raw
directive). :func:`wording_problems` keeps the two identical: each numbered item is the bank's text with a full
stop, in the bank's order. ``python -m therapybook validate`` and the tests report any difference.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import display_path
from ..kinds.quiz.model import QuizBank
from .catalogue import NOTEBOOKS, BankFile, Chapter, bank, bank_files, chapters

MIN_QUESTIONS = 2  # every objective is checked by at least this many questions


def chapter_banks() -> list[tuple[Chapter, BankFile]]:
    """Each chapter with its own bank (data/quiz/NN_topic.yml), where it has one."""
    own = {f.name: f for f in bank_files() if f.kind == "quiz"}
    return [(c, own[c.name]) for c in chapters() if c.name in own]


def as_listed(text: str) -> str:
    """How the chapter lists an objective: the bank's words, ending with a full stop."""
    return text if text.endswith(".") else f"{text}."


def wording_problems(chapter: Chapter, quiz: QuizBank, bank_file: BankFile) -> list[str]:
    """Where the chapter's numbered objectives differ from the bank's, one message each."""
    where, source = display_path(NOTEBOOKS / f"{chapter.name}.ipynb"), display_path(bank_file.path)
    listed, wanted = list(chapter.objectives), list(quiz.objectives.items())
    problems = []
    if len(listed) != len(wanted):
        problems.append(
            f"{where}: lists {len(listed)} learning objectives, but {source} has {len(wanted)} under 'objectives'"
        )
    for number, (text, (objective, words)) in enumerate(zip(listed, wanted, strict=False), start=1):
        if text != as_listed(words):
            problems.append(
                f"{where}: learning objective {number} reads '{text}', but {source} words objective "
                f"'{objective}' as '{words}'; the bank is the source, so the chapter should read '{as_listed(words)}'"
            )
    return problems


def objective_problems() -> list[str]:
    """Every difference between a chapter's objectives and its bank's."""
    return [p for chapter, file in chapter_banks() for p in wording_problems(chapter, bank(file), file)]


@dataclass(frozen=True)
class Coverage:
    chapter: Chapter
    number: int  # the objective's place in the chapter's list, from 1
    objective: str  # its id in the bank
    text: str
    questions: tuple[str, ...]  # ids of the questions that check it

    @property
    def enough(self) -> bool:
        return len(self.questions) >= MIN_QUESTIONS


def coverage() -> list[Coverage]:
    """Every chapter objective with the questions of the chapter's bank that check it."""
    rows = []
    for chapter, file in chapter_banks():
        quiz = bank(file)
        for number, (objective, text) in enumerate(quiz.objectives.items(), start=1):
            checked = tuple(q.id for q in quiz.questions if q.objective == objective)
            rows.append(Coverage(chapter, number, objective, text, checked))
    return rows
