"""Where content lives, and the one error every content problem becomes."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent


class ContentError(ValueError):
    """A content file cannot be used; the message names the file, the item and the field.

    The message quotes what the file holds (a key, an id), so it may hold text UTF-8 cannot (half of a
    surrogate pair); such characters are written as escapes (\\udc00), so every message can be printed.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message.encode("utf-8", "backslashreplace").decode("utf-8"))


def data_dir() -> Path:
    # THERAPYBOOK_DATA lets tests and course forks point at another folder.
    return Path(os.environ.get("THERAPYBOOK_DATA", PROJECT_ROOT / "data"))


def display_path(path: Path | str) -> str:
    """The path as an author would type it: relative to the project when inside it."""
    try:
        return Path(path).resolve().relative_to(PROJECT_ROOT).as_posix()
    except (ValueError, OSError):
        return str(path)


def problems_in(check: Callable[[], object]) -> list[str]:
    """The problems one check reports, a line each, or none: lets a validator list every problem, not stop at one."""
    try:
        check()
    except ContentError as error:
        return str(error).splitlines()
    return []
