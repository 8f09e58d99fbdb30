"""Read a week from CSV, and check an entry a student makes, with the same messages."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from ...core.csv_files import read_rows
from ...core.errors import ContentError, display_path
from ...core.files import content_path
from ...core.messages import plain_message
from .model import COLUMNS, Activity, Week


def load_week(name_or_path: str | Path = "activity_week") -> list[Activity]:
    return read_week(content_path(name_or_path, "planner", ".csv")).activities


def read_week(path: Path) -> Week:
    where = display_path(path)
    activities, problems = [], []
    for line, row in read_rows(path, COLUMNS):
        try:
            activities.append(Activity.model_validate(row))
        except ValidationError as error:
            for e in error.errors():
                field = e["loc"][0] if e["loc"] else "row"
                problems.append(f"{where}: line {line}: '{field}' {plain_message(e)}")
    if problems:
        raise ContentError("\n".join(problems))
    if not activities:
        raise ContentError(f"{where}: has no activities")
    return Week(id=path.stem, activities=activities)


def make_activity(day: str, activity: str, pleasure: int, mastery: int, mood: int) -> Activity:
    """A new or edited entry from the student, checked like the file's rows."""
    try:
        return Activity(day=day, activity=activity, pleasure=pleasure, mastery=mastery, mood=mood)  # type: ignore[arg-type]
    except ValidationError as error:
        first = error.errors()[0]
        field = first["loc"][0] if first["loc"] else "entry"
        raise ValueError(f"'{field}' {plain_message(first)}") from None
