"""The student's progress in Jupyter: ``<user data folder>/progress.json``, private, never sent anywhere.

Every change is a read-modify-write under a file lock (filelock), written atomically (core.user_files), so two
notebooks open at once never lose each other's answers. A corrupt file is set aside as a dated backup and
reported. If the folder cannot be written, or a corrupt file cannot be set aside (it is then never written
over), answers still count for this session (kept in memory) and the student is told, in plain words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from ..core.user_files import Loaded, UserFileError, move_aside, read_json, user_folder, write_json
from .records import ProgressFileError, QuestionRecord, dump, merge, parse

FILE_NAME = "progress.json"
LOCK_SECONDS = 10
SESSION_ONLY = "Your answers still count while this notebook is open."


class ProgressStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or user_folder()) / FILE_NAME
        self.message = ""  # the latest problem, in words for the student; empty when all is well
        self._memory: dict[str, QuestionRecord] = {}  # answers the file could not take yet (kept for the session)

    def _read_file(self) -> dict[str, QuestionRecord]:
        """The file's records; UserFileError when it is unreadable and still in place, so nothing writes over it."""
        loaded = read_json(self.path)
        if loaded.data is not None:
            try:
                return parse(loaded.data)
            except ProgressFileError as error:
                loaded = move_aside(self.path, f"it is not a progress file: {error}")
        return self._nothing_usable(loaded)

    def _nothing_usable(self, loaded: Loaded) -> dict[str, QuestionRecord]:
        if loaded.left_in_place:
            raise UserFileError(f"{loaded.message} {SESSION_ONLY}")
        if loaded.message:
            self.message = loaded.message
        return {}

    def records(self) -> dict[str, QuestionRecord]:
        """Everything kept: the file's records, with this session's newer answers on top."""
        try:
            with self._lock():
                kept = self._read_file()
        except UserFileError as error:
            self.message = str(error)
            kept = {}
        return merge(self._memory, kept)

    def change(self, key: str, how: Callable[[QuestionRecord | None], QuestionRecord]) -> QuestionRecord:
        """Apply ``how`` to one question's record and save; on failure keep it for this session and say so."""
        try:
            with self._lock():
                kept = merge(self._memory, self._read_file())
                record = how(kept.get(key))
                kept[key] = record
                write_json(self.path, dump(kept))
            # Saved: the file is the truth again, so another notebook's later answers are never hidden.
            self._memory.clear()
        except UserFileError as error:
            record = how(self.records().get(key))
            self._memory[key] = record
            self.message = str(error) if SESSION_ONLY in str(error) else f"{error} {SESSION_ONLY}"
        return record

    @contextmanager
    def _lock(self) -> Iterator[None]:
        """Hold the file lock, or raise UserFileError when the folder cannot even hold a lock file."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(self.path) + ".lock", timeout=LOCK_SECONDS)
            lock.acquire()
        except (OSError, Timeout) as error:
            reason = getattr(error, "strerror", None) or error
            raise UserFileError(
                f"Could not open your progress file in {self.path.parent} ({reason}). "
                f"You can set THERAPYBOOK_USER_DATA to a folder you can write to. {SESSION_ONLY}"
            ) from None
        try:
            yield
        finally:
            lock.release()
