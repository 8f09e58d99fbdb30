"""The order the tests start in, so that two workers are never idle while the book builds.

Many tests read the built book (the `built_book` fixture); the first one to ask builds it, which takes about two
minutes, and every other worker that asks meanwhile waits for it. So the run starts one group that needs the book
(it starts the build) and then every group that does not (unit, widget, notebook, Jupyter and slide tests), which
the other workers run during the build; the groups that read the book come after. Within each part the larger
groups go first, so the last minutes are spent on small ones and the workers finish close together.

The Makefile runs pytest-xdist with --no-loadscope-reorder, which keeps this order instead of sorting by size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# With pytest-xdist (make test: --dist loadgroup) a file's tests stay together in one worker, so a notebook's
# cells run in order in one kernel and a file's module fixtures (a Jupyter server, printed decks) are made once.
# These files hold independent checks of one page each, the slowest of the run: their tests are shared out.
SHARED_OUT = {
    "tests/browser/test_whole_book.py",
    "tests/browser/test_student_moments.py",
    "tests/browser/test_restricted.py",
    "tests/browser/test_chapter_page.py",
    "tests/browser/test_pruned_styles.py",
}


def run_group(item: pytest.Item) -> str:
    """The tests that run together in one worker: a file's, or a shared-out test on its own."""
    path = item.path.relative_to(ROOT).as_posix() if item.path.is_relative_to(ROOT) else str(item.path)
    return item.nodeid if path in SHARED_OUT else path


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
