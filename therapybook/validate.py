"""Check every content file of every kind, every evidence table and every citation key.

``python -m therapybook validate`` prints one line per problem (file, item and
field) and exits with 1 if there is any, 0 if there is none.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from .core.citations import bibliography, bibliography_path, unknown_keys
from .core.errors import ContentError, data_dir, display_path, problems_in
from .core.registry import kinds
from .evidence import read_table
from .figures_phq9 import read_scores
from .instructor.discussion import discussion_path, load_discussion
from .instructor.objectives import objective_problems
from .instructor.plans import load_plans, plans_path
from .pool import check as pool_check
from .pool.files import assessment_dir


def content_problems() -> tuple[int, list[str]]:
    """(files checked, problems): every problem is reported, not only the first."""
    checked, problems = 0, []
    try:
        bibliography()
    except ContentError as error:
        problems.append(str(error))
    for kind in kinds().values():
        folder = kind.data_folder()
        if folder.exists() and not folder.is_dir():
            problems.append(f"{display_path(folder)}: should be a folder for '{kind.name}' content")
        for path in kind.content_files():
            checked += 1
            problems += problems_in(partial(kind.display.from_file, path))
        for stray in _strays(folder, kind.suffix):
            problems.append(
                f"{display_path(stray)}: is not a '{kind.suffix}' file, so it is never read; rename or remove it"
            )
    for path in sorted((data_dir() / "evidence").glob("*.csv")):
        checked += 1
        problems += problems_in(partial(_check_evidence, path))
    for path in sorted((data_dir() / "course").glob("*.csv")):
        checked += 1
        problems += problems_in(partial(read_scores, path.stem))
    if plans_path().exists():
        checked += 1
        problems += problems_in(load_plans)
    if discussion_path().exists():
        checked += 1
        problems += problems_in(load_discussion)
    if assessment_dir().exists():  # the assessment pool: assessment/pool/ and assessment/cases/
        pool_files, pool_problems = pool_check.problems()
        checked += pool_files
        problems += pool_problems
    if not problems:  # the chapters are compared with banks that load
        problems += objective_problems()
    return checked, problems


def _check_evidence(path: Path) -> None:
    keys = {f"line {i}": [row.source] for i, row in enumerate(read_table(path.stem), start=2)}
    problems = unknown_keys(keys, display_path(path))
    if problems:
        raise ContentError("\n".join(problems))


def _strays(folder: Path, suffix: str) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix != suffix and not p.name.startswith("."))


def trial_database_note() -> str:
    """Where chapter 13's trial database comes from, with the technical detail the chapter itself leaves out.
    Information, not a problem: the book builds without it. Never downloads anything."""
    from .trials.source import ENV_VAR, HOW_TO_GET_IT, at_hand, cache_path

    if at_hand():
        given = os.environ.get(ENV_VAR)
        return f"Trial database (chapter 13): using {given or cache_path()}."
    return (
        f"Trial database (chapter 13): not at hand ({ENV_VAR} is not set to a file, and there is no checked copy "
        f"at {cache_path()}). The chapter will try to download it; offline, it shows one notice instead of the "
        f"trial-level results. {HOW_TO_GET_IT}"
    )


def main() -> int:
    print(trial_database_note())
    checked, problems = content_problems()
    for problem in problems:
        print(problem)
    bib = display_path(bibliography_path())
    if problems:
        print(f"{len(problems)} problem(s) in {checked} content files and {bib}.")
        return 1
    print(f"All {checked} content files and their citations in {bib} are valid.")
    return 0
