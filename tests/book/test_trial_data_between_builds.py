"""Chapter 13's built page follows the trial database from one build to the next, as a contributor met it:
`make book` without the database, then `THERAPYBOOK_METAPSY=... make test`, left the offline notice on the page
(and the reverse left the explorer). One real rebuild, of a copy of the book this run built, with the database's
presence turned the other way; tests/unit/test_stale_pages.py covers the rest of the decision."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from jupyter_cache import get_cache
from toc import ROOT

pytestmark = pytest.mark.book

CHAPTER = Path("html") / "notebooks" / "13_evidence_explorer.html"
EXPLORER = 'id="tb-filter-trial_filters"'
NOTICE = "which is not available here"  # from evidence_explorer.NOTICE, as the page has it
# What `jupyter-book build` keeps in _build between builds (the pages, Sphinx's record, the execution cache and
# outputs, the joined assets, the chapter PDFs' cache), not the other editions made beside it.
BUILD_PARTS = ("html", ".doctrees", ".jupyter_cache", "jupyter_execute", "therapybook-assets", ".pdf-cache")


def test_chapter_13_shows_what_the_trial_database_allows_in_the_next_build(built_book, tmp_path):
    data = os.environ.get("THERAPYBOOK_METAPSY", "")
    # A copy of this run's build, so the shared _build is only ever written by the fixture.
    build = tmp_path / "_build"
    for part in BUILD_PARTS:
        if (built_book.parent / part).is_dir():
            shutil.copytree(built_book.parent / part, build / part)
    had_the_data = EXPLORER in (build / CHAPTER).read_text(encoding="utf-8")
    if not had_the_data and not Path(data).is_file():
        pytest.skip("THERAPYBOOK_METAPSY does not name the Metapsy data.csv, so the data cannot appear (CI sets it)")
    # A copy that is not there: the same as no copy and no connection, with nothing downloaded.
    now = str(tmp_path / "no-copy-here.csv") if had_the_data else data
    environment = {**os.environ, "THERAPYBOOK_METAPSY": now}
    jupyter_book = Path(sys.executable).parent / "jupyter-book"
    command = [str(jupyter_book), "build", str(ROOT), "--path-output", str(tmp_path), "--warningiserror", "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True, env=environment, cwd=ROOT)
    assert result.returncode == 0, f"the rebuild failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    page = (build / CHAPTER).read_text(encoding="utf-8")
    if had_the_data:
        assert NOTICE in page and EXPLORER not in page, "built with the data, then without: the notice shows"
    else:
        assert EXPLORER in page and NOTICE not in page, "built without the data, then with: the explorer shows"
    # The other chapters were not run again, so their runs must still be in the cache (the deterministic-output
    # test reads them there): emptying it all for chapter 13's sake failed 14 of those tests in the next make test.
    runs = {Path(run.uri).name for run in get_cache(str(build / ".jupyter_cache")).list_cache_records()}
    missing = sorted({notebook.name for notebook in (ROOT / "notebooks").glob("*.ipynb")} - runs)
    assert not missing, f"after the rebuild the execution cache has no run of {missing}"
