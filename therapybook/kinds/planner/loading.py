"""Read a week from CSV, and check an entry a student makes, with the same messages."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from ...core.csv_files import read_models
from ...core.files import content_path
from ...core.messages import plain_message
from .model import COLUMNS, Activity, Week


def load_week(name_or_path: str | Path = "activity_week") -> list[Activity]:
    return read_week(content_path(name_or_path, "planner", ".csv")).activities


def read_week(path: Path) -> Week:
    return Week(id=path.stem, activities=read_models(path, COLUMNS, Activity))


def make_activity(day: str, activity: str, pleasure: int, mastery: int, mood: int) -> Activity:
    """A new or edited entry from the student, checked like the file's rows."""
    try:
        return Activity(day=day, activity=activity, pleasure=pleasure, mastery=mastery, mood=mood)  # type: ignore[arg-type]
    except ValidationError as error:
        first = error.errors()[0]
        field = first["loc"][0] if first["loc"] else "entry"
        raise ValueError(f"'{field}' {plain_message(first)}") from None
