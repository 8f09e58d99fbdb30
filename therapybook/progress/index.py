"""Every question a student can answer, by chapter: what My progress counts and the review deck draws from.

Read from the book's own files through the instructor catalogue (each chapter's notebook names the banks it
shows), so a new chapter or bank appears by itself. Banks no chapter shows yet are listed last.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..core.files import write_if_changed
from ..instructor.catalogue import bank, bank_files, banks_of_chapter, chapters
from ..kinds.quiz.model import QuizBank

OTHER = "Other questions"


def _bank_entry(title: str, bank_id: str, question_ids: list[str]) -> dict[str, Any]:
    return {"id": bank_id, "title": title, "questions": question_ids}


def question_index() -> dict[str, Any]:
    """{"chapters": [{"number", "title", "page", "banks": [{"id", "title", "questions": [ids]}]}]}, JSON-ready."""
    placed: set[tuple[str, str]] = set()
    entries = []
    for chapter in chapters():
        banks = []
        for file in banks_of_chapter(chapter.name):
            placed.add((file.kind, file.name))
            shown = bank(file)
            banks.append(_bank_entry(shown.title, shown.id, [q.id for q in shown.questions]))
        entries.append({"number": chapter.number, "title": chapter.title, "page": chapter.name, "banks": banks})
    rest = [file for file in bank_files() if (file.kind, file.name) not in placed]
    if rest:
        banks = [_bank_entry(bank(f).title, bank(f).id, [q.id for q in bank(f).questions]) for f in rest]
        entries.append({"number": None, "title": OTHER, "page": None, "banks": banks})
    return {"chapters": entries}


def bank_ids_are_unique(index: dict[str, Any]) -> list[str]:
    """Bank ids that appear twice (progress keys would collide); empty when all is well."""
    seen: list[str] = [b["id"] for chapter in index["chapters"] for b in chapter["banks"]]
    return sorted({i for i in seen if seen.count(i) > 1})


def question_banks() -> dict[str, QuizBank]:
    """Every bank by id, as students see it (options in their shown order)."""
    return {shown.id: shown for shown in (bank(file) for file in bank_files())}


def write_question_files(folder: Path) -> list[Path]:
    """One JSON file per bank for the Review page to fetch (written only when changed, so dates stay put)."""
    from ..kinds.quiz.page import question_data

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for bank_id, shown in question_banks().items():
        text = json.dumps({"id": bank_id, "questions": question_data(shown, with_prompts=True)}, ensure_ascii=False)
        written.append(write_if_changed(folder / f"{bank_id}.json", text))
    return written
