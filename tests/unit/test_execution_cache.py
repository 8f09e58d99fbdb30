"""The book's execution cache is reused only while the package and data behind the outputs are unchanged."""

from __future__ import annotations

from pathlib import Path

import nbformat
from jupyter_cache import get_cache

from therapybook.execution_cache import FINGERPRINT_FILE, refresh


def test_the_cache_is_kept_while_nothing_changes_and_emptied_when_data_does(tmp_path):
    data, cache = tmp_path / "data", tmp_path / "cache"
    (data / "quiz").mkdir(parents=True)
    question = data / "quiz" / "bank.yml"
    question.write_text("feedback: old words\n", encoding="utf-8")
    assert refresh(cache, data) is False, "a first build has nothing to empty"
    (cache / "executed.db").write_text("old outputs", encoding="utf-8")
    assert refresh(cache, data) is False and (cache / "executed.db").exists(), "nothing changed: outputs reused"
    question.write_text("feedback: new words\n", encoding="utf-8")
    assert refresh(cache, data) is True
    assert not (cache / "executed.db").exists(), "outputs from the old words are gone"
    assert (cache / FINGERPRINT_FILE).is_file()
    assert refresh(cache, data) is False


def cached_run(cache: Path, notebook: Path, code: str) -> None:
    """A notebook with one code cell, as the book build leaves its run in the execution cache."""
    cell = nbformat.v4.new_code_cell(code, execution_count=1, outputs=[nbformat.v4.new_output("stream", text="ran")])
    nbformat.write(nbformat.v4.new_notebook(cells=[cell]), notebook)
    get_cache(str(cache)).cache_notebook_file(str(notebook), check_validity=False)


def cached_notebooks(cache: Path) -> set[str]:
    return {Path(run.uri).name for run in get_cache(str(cache)).list_cache_records()}


def test_the_trial_database_coming_or_going_drops_only_the_runs_of_the_chapter_that_reads_it(tmp_path, monkeypatch):
    data, cache = tmp_path / "data", tmp_path / "cache"
    data.mkdir()
    monkeypatch.delenv("THERAPYBOOK_METAPSY", raising=False)
    monkeypatch.setattr("therapybook.trials.source.cache_path", lambda: tmp_path / "no-cached-copy.csv")
    refresh(cache, data)
    cached_run(cache, tmp_path / "02_cbt.ipynb", "print('a quiz')")
    cached_run(cache, tmp_path / "13_evidence_explorer.ipynb", "from therapybook import evidence_explorer")
    copy = tmp_path / "data.csv"
    copy.write_text("study\n", encoding="utf-8")
    monkeypatch.setenv("THERAPYBOOK_METAPSY", str(copy))
    assert refresh(cache, data) is True
    # Sphinx reads only chapter 13 again, so chapter 2's run must stay: the next build would not run it again.
    assert cached_notebooks(cache) == {"02_cbt.ipynb"}, "only the run made with the offline notice goes"
    assert refresh(cache, data) is False
    (data / "bank.yml").write_text("feedback: new words\n", encoding="utf-8")
    assert refresh(cache, data) is True and cached_notebooks(cache) == set(), "a data change empties it all"


def test_a_stamp_from_an_older_build_empties_the_cache(tmp_path):
    data, cache = tmp_path / "data", tmp_path / "cache"
    data.mkdir()
    cache.mkdir()
    (cache / FINGERPRINT_FILE).write_text("139eb6c57686ae77", encoding="utf-8")
    (cache / "executed.db").write_text("runs of unknown making", encoding="utf-8")
    assert refresh(cache, data) is True and not (cache / "executed.db").exists()
