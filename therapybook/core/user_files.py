"""A student's own files in Jupyter (a relapse-prevention plan, later their progress): private, safe to write.

They live in the per-user data folder (platformdirs; THERAPYBOOK_USER_DATA overrides it, for tests and
shared machines), never in the repository and never sent anywhere. Writes are atomic: a new version goes to
a temporary file in the same folder and replaces the old one in one step, so a crash or a second writer
never leaves half a file. A file that cannot be read is set aside as a backup under a name of its own, never
silently overwritten; if even that fails, it stays where it is and the caller must not write over it.

Files are read with the same rule as the page script's ``JSON.parse``: NaN and Infinity are not JSON.
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
    """What was read: the data (None when there was nothing usable) and a message for the student, if any.

    ``left_in_place``: the file could not be read *and* could not be set aside, so it is still there; whoever
    read it must not write over it (keep the student's work in memory and say so instead).
    """

    data: dict[str, Any] | None
    message: str = ""
    left_in_place: bool = False


def user_folder() -> Path:
    return Path(os.environ.get("THERAPYBOOK_USER_DATA") or user_data_dir(APP_NAME, appauthor=False))


def _not_json(constant: str) -> object:
    raise ValueError(f"{constant} is not a JSON number")


def loads(text: str) -> Any:
    """JSON as the page script's JSON.parse reads it: Python's json, without its NaN and Infinity.
    Raises ValueError (JSONDecodeError is one) or RecursionError."""
    return json.loads(text, parse_constant=_not_json)


def read_json(path: Path) -> Loaded:
    """The saved object, or None. A file that cannot be read, for whatever reason, is set aside and reported."""
    if not path.exists():
        return Loaded(None)
    try:
        data = loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        return move_aside(path, f"{error.strerror or error}")
    except UnicodeDecodeError:
        return move_aside(path, "it is not UTF-8 text")
    except json.JSONDecodeError as error:
        return move_aside(path, f"it is not valid JSON: {error.msg}, line {error.lineno}, column {error.colno}")
    except ValueError as error:  # NaN, or an integer longer than Python converts
        return move_aside(path, f"it is not valid JSON: {error}")
    except RecursionError:
        return move_aside(path, "it is nested too deeply to be a saved file")
    if not isinstance(data, dict):
        return move_aside(path, "it is not a JSON object")
    return Loaded(data)


def move_aside(path: Path, reason: str) -> Loaded:
    """Rename a file that cannot be used to a backup of its own beside it: nothing to load, and what to say.

    The backup's name is claimed first (created exclusively), so two damaged files in the same second, or two
    notebooks doing this at once, never share one name and no backup replaces another. If the file cannot be
    moved, it stays where it is and the result says so (``left_in_place``).
    """
    try:
        backup = _claim_backup_name(path)
    except OSError as error:
        return _left_in_place(path, reason, error)
    try:
        os.replace(path, backup)
    except OSError as error:
        backup.unlink(missing_ok=True)
        return _left_in_place(path, reason, error)
    return Loaded(None, f"{path} could not be read ({reason}). It was kept as {backup.name}, and you start afresh.")


def set_aside(path: Path, reason: str) -> str:
    """``move_aside``, for callers that only need the message (it says when the file was left in place)."""
    return move_aside(path, reason).message


def _claim_backup_name(path: Path) -> Path:
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    number = 1
    while True:
        tail = "" if number == 1 else f"-{number}"
        backup = path.with_name(f"{path.stem}.unreadable-{stamp}{tail}{path.suffix}")
        try:
            os.close(os.open(backup, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            number += 1
            continue
        return backup


def _left_in_place(path: Path, reason: str, error: OSError) -> Loaded:
    return Loaded(
        None,
        f"{path} could not be read ({reason}), and a copy of it could not be kept ({error.strerror or error}), "
        "so it was left as it is and nothing will be written over it.",
        left_in_place=True,
    )


def _as_json(data: dict[str, Any]) -> str:
    """Readable UTF-8 where it can be; text UTF-8 cannot hold (half of a surrogate pair, which a browser can
    send) is written as JSON escapes instead, so it reads back exactly as it was."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, indent=2)
    return text


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Replace the file in one step, or raise UserFileError (the old file, if any, stays as it was)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp", delete=False
        ) as temporary:
            temporary.write(_as_json(data))
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
