"""The book's execution cache is reused only while the package and data behind the outputs are unchanged."""

from __future__ import annotations

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


def test_the_cache_is_emptied_when_the_trial_database_comes_or_goes(tmp_path, monkeypatch):
    data, cache = tmp_path / "data", tmp_path / "cache"
    data.mkdir()
    monkeypatch.delenv("THERAPYBOOK_METAPSY", raising=False)
    monkeypatch.setattr("therapybook.trials.source.cache_path", lambda: tmp_path / "no-cached-copy.csv")
    refresh(cache, data)
    (cache / "executed.db").write_text("chapter 13 with its offline notice", encoding="utf-8")
    copy = tmp_path / "data.csv"
    copy.write_text("study\n", encoding="utf-8")
    monkeypatch.setenv("THERAPYBOOK_METAPSY", str(copy))
    assert refresh(cache, data) is True and not (cache / "executed.db").exists()
