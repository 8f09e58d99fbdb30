"""The run starts the book's build at once and, beside it, the tests that do not read the book."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from run_order import book_build_first, needs_the_book, run_group


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


def test_the_suites_own_order_has_no_book_test_among_the_first_groups_but_the_builder(request):
    items = request.session.items
    groups: list[tuple[str, bool]] = []
    for item in items:
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
