"""Shared fixtures. Unit and widget tests read a small fixture data folder, so
they test the engine itself and do not change when chapter content does."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from run_once import once_per_run
from run_order import RunGroupScheduling, book_build_first, run_group

# Students' private files (progress, plans) go to a throwaway folder for the whole run, notebook kernels included
# (they inherit this environment), so no test reads or changes the progress of whoever runs the tests.
os.environ["THERAPYBOOK_USER_DATA"] = tempfile.mkdtemp(prefix="therapybook-tests-")

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_DATA = ROOT / "tests" / "fixtures" / "data"


def pytest_collection_modifyitems(config, items):
    items[:] = book_build_first(items, run_group)


def pytest_xdist_make_scheduler(config, log):
    """make test's workers take a file's tests together (tests/run_order.py says why and which files not)."""
    return RunGroupScheduling(config, log)


@pytest.fixture
def fixture_data(monkeypatch) -> Path:
    monkeypatch.setenv("THERAPYBOOK_DATA", str(FIXTURE_DATA))
    return FIXTURE_DATA


@pytest.fixture(autouse=True)
def private_folder(monkeypatch, tmp_path) -> Path:
    """Each test starts with no saved progress or plans: its own empty user data folder."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("THERAPYBOOK_USER_DATA", str(folder))
    return folder


BOOK_HTML = ROOT / "_build" / "html"


@pytest.fixture(scope="session")
def built_book(tmp_path_factory) -> Path:
    """Build the book once per test run (once for all workers), with every Sphinx warning an error.

    Execution is cached (execute_notebooks: cache), so after `make book` this
    only re-renders pages."""
    import subprocess
    import sys

    def build(_: Path) -> None:
        jupyter_book = Path(sys.executable).parent / "jupyter-book"
        result = subprocess.run(
            [str(jupyter_book), "build", str(ROOT), "--warningiserror", "--keep-going", "--quiet"],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if result.returncode != 0:
            pytest.fail(f"the book did not build cleanly:\n{result.stdout[-6000:]}\n{result.stderr[-6000:]}")

    once_per_run(tmp_path_factory, "built-book", build)
    return BOOK_HTML


@pytest.fixture(scope="session")
def epub_file(built_book, tmp_path_factory) -> Path:
    """The EPUB made once per run from the built book, by the command `make epub` runs."""
    import subprocess
    import sys

    from therapybook.edition import edition

    def make(out: Path) -> None:
        command = [sys.executable, "-m", "therapybook", "epub", "--html", str(built_book), "--out", str(out)]
        result = subprocess.run(command, capture_output=True, text=True)
        assert result.returncode == 0, f"make epub failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"

    return once_per_run(tmp_path_factory, "epub", make) / f"therapybook-{edition().version}.epub"
