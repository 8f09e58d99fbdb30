"""Where the pool lives and how one file of it is read: strictly (core.yaml_files), against its model, with its
file name, its practice bank and its citation keys checked. The rules that compare a pool with its practice bank
are in rules.py; check.py runs everything for a chapter or for ``validate``."""

from __future__ import annotations

import os
from pathlib import Path

from ..core.citations import check_keys, cited
from ..core.errors import ContentError, data_dir, display_path
from ..core.yaml_files import read_yaml, validate
from ..instructor.catalogue import BankFile, bank
from ..kinds.quiz.model import QuizBank
from .model import CaseFile, Pool

# Tests and course forks point the pool at another folder, as THERAPYBOOK_DATA does for data/.
ASSESSMENT_ENV = "THERAPYBOOK_ASSESSMENT"
SUFFIX = ".yml"


def assessment_dir() -> Path:
    # Beside the data folder whose banks the pool names, so a course fork's (or a test's) data/ never meets the
    # book's own pool.
    return Path(os.environ.get(ASSESSMENT_ENV, data_dir().parent / "assessment"))


def pool_path(name: str) -> Path:
    return assessment_dir() / "pool" / f"{name}{SUFFIX}"


def case_path(name: str) -> Path:
    return assessment_dir() / "cases" / f"{name}{SUFFIX}"


def names_in(folder: str) -> list[str]:
    """The file names (without .yml) in assessment/<folder>/, sorted."""
    return sorted(path.stem for path in (assessment_dir() / folder).glob(f"*{SUFFIX}") if path.is_file())


def practice_bank(name: str, where: str) -> QuizBank:
    """The practice bank a pool or case file names in 'bank' (data/quiz/<name>.yml), as students see it."""
    path = data_dir() / "quiz" / f"{name}{SUFFIX}"
    if not path.is_file():
        known = sorted(p.stem for p in (data_dir() / "quiz").glob(f"*{SUFFIX}"))
        raise ContentError(
            f"{where}: 'bank': '{name}' is not a practice bank in {display_path(path.parent)} "
            f"(the banks are: {', '.join(known) or 'none'})"
        )
    return bank(BankFile("quiz", name, path))


def _named_after_its_bank(found_bank: str, path: Path) -> None:
    if found_bank != path.stem:
        raise ContentError(
            f"{display_path(path)}: 'bank' is '{found_bank}' but must match the file name '{path.stem}' "
            "(a pool file is named after its practice bank)"
        )


def read_pool(path: Path) -> Pool:
    where = display_path(path)
    pool = validate(Pool, read_yaml(path), where)
    _named_after_its_bank(pool.bank, path)
    check_keys(cited(pool), where)
    return pool


def read_cases(path: Path) -> CaseFile:
    where = display_path(path)
    cases = validate(CaseFile, read_yaml(path), where)
    _named_after_its_bank(cases.bank, path)
    check_keys(cited(cases), where)
    return cases
