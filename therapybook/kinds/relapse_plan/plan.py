"""The student's plan: what they wrote in each section, kept privately, and the same plan as readable text.

In Jupyter the plan is a JSON file in the per-user data folder (core.user_files: atomic writes, an unreadable
file set aside, a read-only folder reported). The page script writes the same text file for a download.
"""

from __future__ import annotations

from pathlib import Path

from ...core.text import MAX_TEXT, char_count, trim
from ...core.user_files import Loaded, UserFileError, move_aside, read_json, user_folder, write_json
from .model import PlanContent

SECTION_LIMIT = MAX_TEXT * 2
NOT_FILLED = "(not filled in yet)"

__all__ = [
    "UserFileError",
    "is_empty",
    "load_plan",
    "load_previous",
    "plan_entries",
    "plan_path",
    "plan_problems",
    "plan_text",
    "previous_path",
    "save_plan",
]


def plan_path(plan: PlanContent) -> Path:
    return user_folder() / "plans" / f"{plan.id}.json"


def previous_path(plan: PlanContent) -> Path:
    """One step back: the version a save replaced, so a mistaken save (an emptied plan) can be undone."""
    return user_folder() / "plans" / f"{plan.id}.previous.json"


def is_empty(entries: dict[str, str] | None) -> bool:
    """Nothing written in any section (spaces and invisible characters do not count)."""
    return not entries or not any(trim(value) for value in entries.values())


def plan_problems(plan: PlanContent, entries: dict[str, str]) -> list[str]:
    return [
        f"{s.label}: please keep this under {SECTION_LIMIT} characters."
        for s in plan.sections
        if char_count(entries.get(s.id, "")) > SECTION_LIMIT
    ]


def plan_text(plan: PlanContent, entries: dict[str, str]) -> str:
    """The plan as a plain-text file: its title, each section's label, and what the student wrote; nothing else."""
    lines = [plan.title, "=" * len(plan.title), ""]
    for section in plan.sections:
        lines += [section.label, "-" * len(section.label), trim(entries.get(section.id, "")) or NOT_FILLED, ""]
    return "\n".join(lines)


def load_plan(plan: PlanContent) -> Loaded:
    """The saved entries for this plan, or none; a file that is not a plan is set aside and reported."""
    return _load(plan, plan_path(plan))


def load_previous(plan: PlanContent) -> Loaded:
    """The version the last save replaced, or none."""
    return _load(plan, previous_path(plan))


def plan_entries(data: object, plan: PlanContent) -> dict[str, str] | None:
    """What a kept value holds for this plan: its sections' text (other keys and non-text left out), or None when
    it is not this plan's. The page script's ``readPlan`` holds the same rule."""
    if not isinstance(data, dict) or data.get("plan") != plan.id or not isinstance(data.get("entries"), dict):
        return None
    known = {s.id for s in plan.sections}
    return {key: value for key, value in data["entries"].items() if key in known and isinstance(value, str)}


def _load(plan: PlanContent, path: Path) -> Loaded:
    loaded = read_json(path)
    if loaded.data is None:
        return loaded
    entries = plan_entries(loaded.data, plan)
    if entries is None:
        return move_aside(path, "it is not a saved plan")
    return Loaded(entries)


def save_plan(plan: PlanContent, entries: dict[str, str]) -> Path:
    """Save atomically, keeping the version it replaces as the previous one (when it differs and has writing in
    it); UserFileError (with what to do) if the folder cannot be written, or if a damaged plan file there could
    not be set aside (it is never written over)."""
    path = plan_path(plan)
    new = {s.id: entries.get(s.id, "") for s in plan.sections}
    current = load_plan(plan)
    if current.left_in_place:
        raise UserFileError(f"{current.message} Your plan was not saved; what you wrote is still here.")
    saved = current.data
    if saved is not None and not is_empty(saved) and saved != new:
        try:
            write_json(previous_path(plan), {"plan": plan.id, "entries": saved})
        except UserFileError as error:
            raise UserFileError(
                f"Your plan was not saved to {path}, because the version it would replace could not be kept first. "
                f"{error}"
            ) from None
    write_json(path, {"plan": plan.id, "entries": new})
    return path
