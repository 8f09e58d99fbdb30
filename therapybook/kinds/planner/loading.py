"""Read a week of activities from its CSV file."""

from __future__ import annotations

from pathlib import Path

from ...core.csv_files import read_models
from ...core.files import content_path
from ...core.html import kind_of
from .model import COLUMNS, Activity, Week


def load_week(name_or_path: str | Path = "activity_week") -> list[Activity]:
    return read_week(content_path(name_or_path, kind_of(__name__), ".csv")).activities


def read_week(path: Path) -> Week:
    return Week(id=path.stem, activities=read_models(path, COLUMNS, Activity))
