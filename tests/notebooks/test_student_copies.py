"""The notebooks students open: generated copies that read well in Jupyter, never
overwrite a student's work, and keep the tracked chapters untouched."""

from __future__ import annotations

import os
import subprocess

import nbformat
import pytest
from nbclient import NotebookClient

from therapybook.core.html import RUN_FIRST
from therapybook.student.convert import render
from therapybook.student.copies import KERNELSPEC, student_notebook, write_copies
from toc import ROOT, chapter_files

CHAPTERS = [ROOT / f"{name}.ipynb" for name in chapter_files()]


def test_roles_become_readable_text():
    cited, terms = [], []
    text = render("See {cite:p}`kroenke2001phq9,nice2022ng222` and {cite:t}`kuyken2016efficacy`; "
                  "{term}`automatic thoughts <automatic thought>` and {term}`CBT`; [help](../book/get_help.md).",
                  cited, terms)
    assert text == ("See (Kroenke et al., 2001; National Institute for Health and Care Excellence, 2022) and "
                    "Kuyken et al. (2016); *automatic thoughts* and *CBT*; [help](get_help.md).")
    assert cited == ["kroenke2001phq9", "nice2022ng222", "kuyken2016efficacy"]
    assert terms == ["Automatic thought", "Cognitive behavioural therapy"]


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.stem for c in CHAPTERS])
def test_a_student_copy_has_no_role_jupyter_cannot_show(chapter):
    notebook = student_notebook(chapter)
    markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    for raw in ("{cite", "{term", "{doc", "{ref", "](../"):
        assert raw not in markdown, raw
    assert "## Sources cited in this chapter" in markdown
    assert markdown.count("## Key terms") == 1 and "with the book's glossary definitions" in markdown
    assert notebook.metadata.kernelspec == KERNELSPEC
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not any("tb-widget" in str(o) or "widget-view" in str(o) for o in outputs), "no dead controls"
    reminders = [o for o in outputs if o.get("data", {}).get("text/plain") == RUN_FIRST]
    stored = nbformat.read(chapter, as_version=4)
    # An interactive cell is one whose stored output is a kind's page view (a tb-widget).
    interactive = [c for c in stored.cells if c.cell_type == "code" and "tb-widget" in str(c.outputs)]
    assert len(reminders) == len(interactive) > 0


def test_a_students_own_copy_is_never_overwritten(tmp_path):
    first = write_copies(tmp_path, CHAPTERS[:1])
    assert first.written == [tmp_path / CHAPTERS[0].name]
    mine = tmp_path / CHAPTERS[0].name
    mine.write_text(mine.read_text(encoding="utf-8").replace("Start here", "My notes"), encoding="utf-8")
    again = write_copies(tmp_path, CHAPTERS[:1])
    assert again.written == [] and "My notes" in mine.read_text(encoding="utf-8")
    os.utime(mine, (0, 0))  # the chapter is now newer than the student's copy
    assert write_copies(tmp_path, CHAPTERS[:1]).kept == [mine]
    assert (tmp_path / "get_help.md").read_text(encoding="utf-8").startswith("# Get help now")


def git_status() -> str:
    return subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def test_working_through_a_chapter_leaves_git_status_clean():
    """What make lab does, then running every cell and saving, as Jupyter would."""
    before = git_status()
    folder = ROOT / "student" / ".test-run"
    try:
        report = write_copies(folder, CHAPTERS[:1])
        copy = report.written[0]
        notebook = nbformat.read(copy, as_version=4)
        NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}).execute()
        nbformat.write(notebook, copy)
        assert git_status() == before
    finally:
        for path in sorted(folder.glob("*"), reverse=True):
            path.unlink()
        folder.rmdir()
