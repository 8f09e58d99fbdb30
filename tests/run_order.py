"""Which tests run together in one worker, and the order they start in, with pytest-xdist (make test).

Groups. A file's tests run in one worker, so a notebook's cells run in order in one kernel and a file's module
fixtures (a Jupyter server, printed decks) are made once; the files in SHARED_OUT hold independent checks of one
page each, the slowest of the run, and their tests are shared out one by one. The scheduler below reads the group
from each test's node id. (pytest-xdist's own `--dist loadgroup` renames node ids to carry the group, which pytest 9
no longer allows: every test became a group of its own, and a file's tests were spread over both workers.)

Order. Many tests read the built book (the `built_book` fixture); the first one to ask builds it, which takes about
two minutes, and a worker that asks meanwhile waits. So the run starts one group that needs the book (it starts the
build), then every group that does not (unit, widget, notebook, Jupyter and slide tests), which the other worker
runs during the build, and then the groups that read the book. Within each part the larger groups go first, so the
last minutes are spent on small ones and the workers finish close together. The Makefile passes
--no-loadscope-reorder so that pytest-xdist keeps this order instead of sorting by size."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from xdist.scheduler import LoadScopeScheduling

SHARED_OUT = {
    "tests/browser/test_whole_book.py",
    "tests/browser/test_student_moments.py",
    "tests/browser/test_restricted.py",
    "tests/browser/test_chapter_page.py",
    "tests/browser/test_pruned_styles.py",
}


def run_group_of(nodeid: str) -> str:
    """The tests that run together in one worker: a file's, or a shared-out test on its own."""
    path = nodeid.split("::", 1)[0]
    return nodeid if path in SHARED_OUT else path


def run_group(item: pytest.Item) -> str:
    return run_group_of(item.nodeid)


class RunGroupScheduling(LoadScopeScheduling):
    """pytest-xdist's scope scheduling, with a scope for each run group."""

    def _split_scope(self, nodeid: str) -> str:
        return run_group_of(nodeid)


def needs_the_book(item: pytest.Item) -> bool:
    return "built_book" in getattr(item, "fixturenames", ())


def book_build_first(items: list[pytest.Item], group_of: Callable[[pytest.Item], str]) -> list[pytest.Item]:
    """The items reordered, keeping each group's items together and in their own order."""
    groups: dict[str, list[pytest.Item]] = {}
    for item in items:
        groups.setdefault(group_of(item), []).append(item)
    by_size = sorted(groups.values(), key=len, reverse=True)  # stable: equal sizes keep collection order
    with_book = [group for group in by_size if any(needs_the_book(item) for item in group)]
    without_book = [group for group in by_size if not any(needs_the_book(item) for item in group)]
    ordered = with_book[:1] + without_book + with_book[1:]
    return [item for group in ordered for item in group]
