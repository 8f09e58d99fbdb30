"""Make something expensive once per test run, also when pytest-xdist spreads the tests over several workers.

Each worker is a process with session fixtures of its own, so without this two workers would build the book into
the same _build folder at the same moment. The first worker to ask makes it, holding a file lock in the run's
shared temporary folder; the others wait for the lock, then reuse what it made (or fail with its message).
This is the recipe pytest-xdist documents for session fixtures."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from filelock import FileLock


def shared_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A temporary folder every worker of this run sees (the run's own folder without xdist)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def once_per_run(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """Call ``make(folder)`` once in the whole run and return ``folder`` (``<run folder>/<name>``) to every caller.

    ``make`` reports a failure by raising (pytest.fail included); every later caller fails with the same message
    instead of trying again."""
    shared = shared_folder(tmp_path_factory)
    folder, done, failed = shared / name, shared / f"{name}.done", shared / f"{name}.failed"
    with FileLock(shared / f"{name}.lock"):
        if failed.exists():
            pytest.fail(failed.read_text(encoding="utf-8"), pytrace=False)
        if not done.exists():
            folder.mkdir(exist_ok=True)
            try:
                make(folder)
            except BaseException as problem:
                failed.write_text(f"{name} could not be made (in another worker): {problem}", encoding="utf-8")
                raise
            done.touch()
    return folder
