"""make test's workers: a file's tests stay in one worker, and the book's build starts at once with the tests that
do not read the book beside it (tests/run_order.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import pytest
from run_order import book_build_first, needs_the_book, run_group, run_group_of

ROOT = Path(__file__).resolve().parents[2]


def fake(group: str, name: str, book: bool) -> SimpleNamespace:
    return SimpleNamespace(group=group, name=name, fixturenames=["built_book"] if book else ["tmp_path"])


def test_one_book_group_then_every_group_without_the_book_then_the_rest():
    items = [
        fake("small_book.py", "a", True),
        fake("unit.py", "b", False),
        fake("big_book.py", "c", True),
        fake("big_book.py", "d", True),
        fake("big_book.py", "e", True),
        fake("jupyter.py", "f", False),
        fake("jupyter.py", "g", False),
    ]
    ordered = book_build_first(items, lambda item: item.group)  # type: ignore[arg-type]
    assert [item.name for item in ordered] == ["c", "d", "e", "f", "g", "b", "a"]


def test_a_files_tests_are_one_group_and_a_shared_out_files_are_one_each():
    assert run_group_of("notebooks/02_cbt.ipynb::Cell 3") == "notebooks/02_cbt.ipynb"
    assert run_group_of("tests/book/test_built_book.py::test_every_page_links_to_help[book/intro.html]") == (
        "tests/book/test_built_book.py"
    )
    shared = "tests/browser/test_whole_book.py::test_every_page_is_light_on_first_load[book/intro.html]"
    assert run_group_of(shared) == shared


def make_test_workers(jobs: int) -> list[str]:
    """The pytest-xdist options `make test JOBS=<jobs>` passes (the Makefile's PARALLEL)."""
    line = re.search(r"^PARALLEL := \$\(if \$\(filter 1,\$\(JOBS\)\),,(.*)\)$", (ROOT / "Makefile").read_text(), re.M)
    assert line, "the Makefile has no PARALLEL line in the form this test reads"
    return line.group(1).replace("$(JOBS)", str(jobs)).split()


def test_in_two_workers_each_files_tests_run_in_one_worker():
    files = ["tests/unit/test_sort.py", "tests/unit/test_views.py", "tests/unit/test_stepping.py"]
    command = [sys.executable, "-m", "pytest", *make_test_workers(2), "-v", "-p", "no:cacheprovider"]
    result = subprocess.run([*command, *files], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:]
    workers = defaultdict(set)
    for worker, nodeid in re.findall(r"\[(gw\d)\] \[ *\d+%\] PASSED (\S+)", result.stdout):
        workers[nodeid.split("::")[0]].add(worker)
    assert set(workers) == set(files), result.stdout[-3000:]
    assert all(len(seen) == 1 for seen in workers.values()), f"a file's tests were spread over workers: {workers}"


def test_the_suites_own_order_has_no_book_test_among_the_first_groups_but_the_builder(request):
    groups: list[tuple[str, bool]] = []
    for item in request.session.items:
        if not groups or groups[-1][0] != run_group(item):
            groups.append((run_group(item), needs_the_book(item)))
        else:
            groups[-1] = (groups[-1][0], groups[-1][1] or needs_the_book(item))
    names = [name for name, _ in groups]
    assert len(names) == len(set(names)), "a group's tests are split apart in the run"
    reads_book = [book for _, book in groups]
    if all(reads_book) or not any(reads_book):
        pytest.skip("this run has no book tests, or only book tests: nothing to order")
    first_without = reads_book.index(False)
    last_without = len(reads_book) - 1 - reads_book[::-1].index(False)
    assert first_without == 1, f"{names[0]} starts the build, but {names[1]} also waits for it"
    assert all(not book for book in reads_book[first_without : last_without + 1]), "a test waits for the build early"
