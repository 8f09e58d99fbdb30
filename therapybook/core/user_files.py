"""A student's own files in Jupyter (a relapse-prevention plan, later their progress): private, safe to write.

They live in the per-user data folder (platformdirs; THERAPYBOOK_USER_DATA overrides it, for tests and
shared machines), never in the repository and never sent anywhere. Writes are atomic: a new version goes to
a temporary file in the same folder and replaces the old one in one step, so a crash or a second writer
never leaves half a file. A file that cannot be read is set aside as a backup, never silently overwritten.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

APP_NAME = "therapybook"


class UserFileError(Exception):
    """A private file could not be written; the message says where, why, and that nothing was lost."""


@dataclass(frozen=True)
class Loaded:
    """What was read: the data (None when there was nothing usable) and a message for the student, if any."""

    data: dict[str, Any] | None
    message: str = ""


def user_folder() -> Path:
    return Path(os.environ.get("THERAPYBOOK_USER_DATA") or user_data_dir(APP_NAME, appauthor=False))


def read_json(path: Path) -> Loaded:
    """The saved object, or None. A corrupt or unreadable file is set aside as a dated backup and reported."""
    if not path.exists():
        return Loaded(None)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return Loaded(data)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return Loaded(None, set_aside(path, str(error)))


def set_aside(path: Path, reason: str) -> str:
    """Rename a file that cannot be used to a dated backup beside it; return what to tell the student."""
    backup = path.with_name(f"{path.stem}.unreadable-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}")
    try:
        path.replace(backup)
    except OSError:
        return f"{path} could not be read ({reason}) and could not be moved aside, so it was left as it is."
    return f"{path} could not be read ({reason}). It was kept as {backup.name}, and you start afresh."


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Replace the file in one step, or raise UserFileError (the old file, if any, stays as it was)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp", delete=False
        ) as temporary:
            json.dump(data, temporary, ensure_ascii=False, indent=2)
            temporary.flush()
            os.fsync(temporary.fileno())
        os.replace(temporary.name, path)
    except OSError as error:
        if "temporary" in locals():
            Path(temporary.name).unlink(missing_ok=True)
        raise UserFileError(
            f"Could not save to {path} ({error.strerror or error}). Nothing was lost: what you wrote is still here. "
            "You can set THERAPYBOOK_USER_DATA to a folder you can write to, then save again."
        ) from None
