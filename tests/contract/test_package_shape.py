"""The package stays easy to read: small files, each kind in its own folder."""

from __future__ import annotations

from toc import ROOT

from therapybook.core.registry import kinds

MAX_LINES = 250
PACKAGE = ROOT / "therapybook"


def test_no_package_file_is_over_250_lines():
    sizes = {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*")
        if path.is_file() and path.suffix in {".py", ".js", ".css", ".j2", ".html"}
    }
    assert sizes, "no package files found"
    too_long = {name: lines for name, lines in sizes.items() if lines > MAX_LINES}
    assert not too_long, f"split these files (over {MAX_LINES} lines): {too_long}"


def test_every_kind_with_its_own_page_view_keeps_it_in_its_folder():
    for kind in kinds().values():
        if kind.page_view_of is None:
            assert (kind.folder / "page.html.j2").is_file(), kind.name
            assert kind.asset("js") is not None, kind.name
