"""A quiz on paper: numbered questions with lettered options and nothing marked, and the keys with their
explanations kept apart, for the "Answers" section at the end of the chapter.

The letters are the answer keys' (``instructor/lettered.py``): options in the order students see them, so the
paper, the screen and an instructor's key agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..instructor.catalogue import bank, banks_of_chapter
from ..instructor.lettered import LetteredQuestion, lettered
from .errors import PrintError

TEMPLATES = Path(__file__).resolve().parent / "templates"
_environment = Environment(
    loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True), trim_blocks=True
)
QUIZ_ID_PREFIX = "tb-quiz-"


@dataclass(frozen=True)
class PaperQuiz:
    bank_id: str
    title: str
    questions: list[LetteredQuestion]
    anchor: str  # the id of the quiz's questions, which its answers link back to

    def questions_html(self, answers_anchor: str) -> str:
        return _environment.get_template("quiz_questions.html.j2").render(quiz=self, answers_anchor=answers_anchor)

    def answers_html(self) -> str:
        return _environment.get_template("quiz_answers.html.j2").render(quiz=self)


def paper_quiz(chapter: str, root_id: str, page: str) -> PaperQuiz:
    """The bank behind the quiz ``root_id`` (``tb-quiz-<bank id>``) on the chapter's page, lettered."""
    bank_id = root_id.removeprefix(QUIZ_ID_PREFIX)
    for file in banks_of_chapter(chapter):
        quiz = bank(file)
        if quiz.id == bank_id:
            return PaperQuiz(quiz.id, quiz.title, lettered(quiz), root_id)
    raise PrintError(f"{page}: the quiz '{bank_id}' is not a bank the chapter '{chapter}' shows")


def answers_section(quizzes: list[PaperQuiz], anchor: str) -> str:
    """The chapter's "Answers" section: every quiz's keys and explanations, in the order the quizzes appear."""
    return _environment.get_template("answers_section.html.j2").render(quizzes=quizzes, anchor=anchor)
