"""Course plans for instructors (``data/plans/course_plans.yml``): which chapters to read before each week or session,
and what to do in it. The reading time of each session is never written down: it is added up from the chapters'
own "Estimated time" lines, so a plan stays in step when a chapter's estimate changes.

A plan names chapters by number. Loading checks that each one is a chapter of the book, that no chapter is set twice,
and that each study page is one the book has; the tests check that the book's own plans use every chapter.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from ..core.errors import ContentError, data_dir, display_path
from ..core.text import ContentModel, Identifier, Text, reject_duplicate_ids
from ..core.yaml_files import read_yaml, validate
from .catalogue import Chapter, chapters

# The study pages a plan may point to (notebooks that are not chapters), by the name a plan uses.
STUDY_PAGES = {"review": "notebooks/review", "my_progress": "notebooks/my_progress"}
STUDY_TITLES = {"review": "Review", "my_progress": "My progress"}


class Session(ContentModel):
    core: list[int] = Field(default_factory=list)  # chapters everyone reads before the session
    optional: list[int] = Field(default_factory=list)  # chapters to add if there is time or interest
    study: list[Literal["review", "my_progress"]] = Field(default_factory=list)
    focus: Text  # what happens in the session


class Plan(ContentModel):
    id: Identifier
    title: Text
    unit: Literal["Week", "Session"]
    intro: Text
    sessions: list[Session] = Field(min_length=1, max_length=20)


class Plans(ContentModel):
    plans: list[Plan] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_are_unique(self) -> Plans:
        reject_duplicate_ids([p.id for p in self.plans], "plan")
        return self


def plans_path() -> Path:
    return data_dir() / "plans" / "course_plans.yml"


@dataclass(frozen=True)
class Week:
    """One row of a plan, with its chapters looked up."""

    number: int
    core: tuple[Chapter, ...]
    optional: tuple[Chapter, ...]
    study: tuple[str, ...]
    focus: str

    @property
    def minutes(self) -> int:
        return sum(c.minutes or 0 for c in self.core)

    @property
    def optional_minutes(self) -> int:
        return sum(c.minutes or 0 for c in self.optional)


def load_plans(path: Path | None = None) -> list[Plan]:
    path = path or plans_path()
    where = display_path(path)
    found = validate(Plans, read_yaml(path), where)
    numbers = {c.number for c in chapters()}
    problems = [f"{where}: plan '{p.id}': {problem}" for p in found.plans for problem in _chapter_problems(p, numbers)]
    if problems:
        raise ContentError("\n".join(problems))
    return found.plans


def _chapter_problems(plan: Plan, numbers: set[int]) -> list[str]:
    problems: list[str] = []
    seen: dict[int, int] = {}
    unit = plan.unit.lower()
    for number, session in enumerate(plan.sessions, start=1):
        for chapter in session.core + session.optional:
            if chapter not in numbers:
                problems.append(f"{unit} {number}: chapter {chapter} is not a chapter of the book")
            elif chapter in seen:
                problems.append(f"{unit} {number}: chapter {chapter} is already set in {unit} {seen[chapter]}")
            else:
                seen[chapter] = number
    return problems


@cache
def _cached(path: Path, mtime: float) -> tuple[Plan, ...]:
    return tuple(load_plans(path))


def plan(plan_id: str) -> tuple[Plan, list[Week]]:
    """The plan with this id and its weeks, each with its chapters and reading time."""
    path = plans_path()
    found = {p.id: p for p in _cached(path, path.stat().st_mtime)}
    if plan_id not in found:
        raise ContentError(f"{display_path(path)}: there is no plan '{plan_id}'; the plans are {', '.join(found)}")
    chosen = found[plan_id]
    by_number = {c.number: c for c in chapters()}
    weeks = [
        Week(
            n,
            tuple(by_number[c] for c in s.core),
            tuple(by_number[c] for c in s.optional),
            tuple(s.study),
            s.focus,
        )
        for n, s in enumerate(chosen.sessions, start=1)
    ]
    return chosen, weeks
