"""The student's plan: what they wrote in each section, kept privately, and the same plan as readable text.

In Jupyter the plan is a JSON file in the per-user data folder (core.user_files: atomic writes, an unreadable
file set aside, a read-only folder reported). The page script writes the same text file for a download.
"""

from __future__ import annotations

from pathlib import Path

from ...core.text import MAX_TEXT, char_count, trim
from ...core.user_files import Loaded, UserFileError, read_json, set_aside, user_folder, write_json
from .model import PlanContent

SECTION_LIMIT = MAX_TEXT * 2
NOT_FILLED = "(not filled in yet)"

__all__ = ["UserFileError", "load_plan", "plan_path", "plan_problems", "plan_text", "save_plan"]


def plan_path(plan: PlanContent) -> Path:
    return user_folder() / "plans" / f"{plan.id}.json"


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
    path = plan_path(plan)
    loaded = read_json(path)
    if loaded.data is None:
        return loaded
    entries = loaded.data.get("entries")
    if loaded.data.get("plan") != plan.id or not isinstance(entries, dict):
        return Loaded(None, set_aside(path, "it is not a saved plan"))
    known = {s.id for s in plan.sections}
    return Loaded({key: value for key, value in entries.items() if key in known and isinstance(value, str)})


def save_plan(plan: PlanContent, entries: dict[str, str]) -> Path:
    """Save atomically; UserFileError (with what to do) if the folder cannot be written."""
    path = plan_path(plan)
    write_json(path, {"plan": plan.id, "entries": {s.id: entries.get(s.id, "") for s in plan.sections}})
    return path
