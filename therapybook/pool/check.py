"""A chapter's pool and cases, loaded with every rule checked (``load_chapter``), and every problem in the whole
``assessment/`` folder for ``python -m therapybook validate`` (``problems``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ..core.errors import ContentError, display_path, problems_in
from ..kinds.quiz.model import QuizBank
from .copies import practice_texts
from .files import SUFFIX, assessment_dir, case_path, names_in, pool_path, practice_bank, read_cases, read_pool
from .model import CaseFile, Pool
from .rules import case_problems, pool_problems

FOLDERS = ("pool", "cases")


@dataclass(frozen=True)
class ChapterPool:
    name: str  # the practice bank's id, "03_behavioural_activation"
    pool: Pool | None
    cases: CaseFile | None
    practice: QuizBank

    @property
    def number(self) -> str:
        """The chapter's number as the bank's name starts ("03"), or "" for a bank that is not a chapter's."""
        head = self.name.split("_", 1)[0]
        return head if len(head) == 2 and head.isdigit() else ""


def chapter_names() -> list[str]:
    """Every bank with a pool file or a case file, sorted."""
    return sorted({*names_in("pool"), *names_in("cases")})


def checked_pool(path: Path) -> tuple[Pool, QuizBank]:
    pool = read_pool(path)
    where = display_path(path)
    practice = practice_bank(pool.bank, where)
    problems = pool_problems(pool, practice, practice_texts(), where)
    if problems:
        raise ContentError("\n".join(problems))
    return pool, practice


def checked_cases(path: Path) -> tuple[CaseFile, QuizBank]:
    cases = read_cases(path)
    where = display_path(path)
    practice = practice_bank(cases.bank, where)
    problems = case_problems(cases, practice, where)
    if problems:
        raise ContentError("\n".join(problems))
    return cases, practice


def load_chapter(name: str) -> ChapterPool:
    """The chapter's pool and cases (either may be missing, not both); raises ContentError listing every problem."""
    pool = cases = practice = None
    if pool_path(name).exists():
        pool, practice = checked_pool(pool_path(name))
    if case_path(name).exists():
        cases, practice = checked_cases(case_path(name))
    if practice is None:
        raise ContentError(f"{display_path(pool_path(name))}: no such file, and no {display_path(case_path(name))}")
    return ChapterPool(name, pool, cases, practice)


def problems() -> tuple[int, list[str]]:
    """(files checked, problems) for the whole assessment folder: every file, and case ids across files."""
    checked, found = 0, []
    case_owner: dict[str, str] = {}
    for folder in FOLDERS:
        base = assessment_dir() / folder
        found += [
            f"{display_path(stray)}: is not a '{SUFFIX}' file, so it is never read; rename or remove it"
            for stray in (sorted(base.iterdir()) if base.is_dir() else [])
            if stray.is_file() and stray.suffix != SUFFIX and not stray.name.startswith(".")
        ]
    for name in names_in("pool"):
        checked += 1
        found += problems_in(partial(checked_pool, pool_path(name)))
    for name in names_in("cases"):
        checked += 1
        path = case_path(name)
        try:
            cases, _ = checked_cases(path)
        except ContentError as error:
            found += str(error).splitlines()
            continue
        for case in cases.cases:
            if case.id in case_owner:
                found.append(
                    f"{display_path(path)}: case '{case.id}': 'id' is already used in {case_owner[case.id]}; "
                    "case ids are unique across all case files"
                )
            case_owner.setdefault(case.id, display_path(path))
    return checked, found
