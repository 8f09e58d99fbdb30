"""Chapter 13 without its trial database, as a student offline sees it: one plain notice, once, saying what is
missing and what still works; no developer message, and every other exercise still there."""

from __future__ import annotations

import os

import nbformat
from nbclient import NotebookClient
from toc import ROOT

from therapybook.evidence_explorer import NOTICE

CHAPTER = ROOT / "notebooks" / "13_evidence_explorer.ipynb"


def test_offline_the_chapter_says_once_what_is_missing_and_what_still_works(tmp_path, monkeypatch):
    # A copy that is not there, so nothing is downloaded: the same path as no connection and no copy.
    monkeypatch.setenv("THERAPYBOOK_METAPSY", str(tmp_path / "no-such-data.csv"))
    notebook = nbformat.read(CHAPTER, as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(CHAPTER.parent)}}).execute()
    shown = [
        str(output.get("text", "")) + str(output.get("data", {}).get("text/plain", ""))
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
    ]
    everything = "\n".join(shown)
    assert everything.count(NOTICE) == 1, "the notice is shown once"
    for developer_words in ("urlopen", "export ", "THERAPYBOOK_METAPSY", "Errno", "Traceback", "None"):
        assert developer_words not in everything, developer_words
    assert "The published estimates and the figures above, the overlap explorer and the quiz all work" in NOTICE
    assert any("Question 1 of" in text for text in shown), "the quiz still works"
    assert os.environ.get("THERAPYBOOK_METAPSY", "").endswith("no-such-data.csv")
