"""Pool questions are written for assessment, not copied from the practice banks a student can open in the book:
no prompt or option of a pool question may repeat one of any practice bank (data/quiz/, and the sorting and
myth-or-fact exercises), compared after normalising case, accents' forms, quotes, dashes, punctuation and spaces.

Texts of fewer than four words ("True", "Interpersonal therapy") are names, not questions, and may repeat.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..core.errors import data_dir, display_path
from ..instructor.catalogue import bank, bank_files
from .model import PoolQuestion

MIN_WORDS = 4
_NOT_A_WORD = re.compile(r"[^\w]+")


def normalise(text: str) -> str:
    """The words of a text, as a comparison sees them: compatibility form, no case, no punctuation."""
    return " ".join(_NOT_A_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


def _key(text: str) -> str | None:
    words = normalise(text)
    return words if len(words.split()) >= MIN_WORDS else None


def _practice_texts() -> dict[str, str]:
    """Normalised text -> where it is in the practice banks ("data/quiz/02_cbt.yml: question 'q3'")."""
    found: dict[str, str] = {}
    for file in bank_files():
        quiz = bank(file)
        for question in quiz.questions:
            where = f"{display_path(file.path)}: question '{question.id}'"
            for text in [question.prompt, *(option.text for option in question.options)]:
                if (key := _key(text)) is not None:
                    found.setdefault(key, where)
    return found


@cache
def _cached(data_folder: str) -> dict[str, str]:
    return _practice_texts()


def practice_texts() -> dict[str, str]:
    return _cached(str(data_dir()))


def copied(question: PoolQuestion, practice: dict[str, str]) -> list[str]:
    """One phrase per text of the question that repeats a practice text: "'prompt' repeats data/quiz/...: ..."."""
    found = []
    fields = [("'prompt'", question.prompt)]
    fields += [(f"option {n}: 'text'", option.text) for n, option in enumerate(question.options, start=1)]
    for field, text in fields:
        key = _key(text)
        if key is not None and key in practice:
            found.append(f'{field} repeats the practice question {practice[key]} ("{_short(text)}")')
    return found


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
