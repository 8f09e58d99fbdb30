"""The notebooks students open: generated copies that read well in Jupyter, never
overwrite a student's work, and keep the tracked chapters untouched."""

from __future__ import annotations

import json
import os
import subprocess

import nbformat
import pytest
from nbclient import NotebookClient

from therapybook.core.errors import ContentError
from therapybook.core.html import RUN_FIRST
from therapybook.student.convert import render
from therapybook.student.copies import KERNELSPEC, help_page, student_notebook, write_copies
from therapybook.student.outputs import WIDGET_VIEW
from therapybook.student.save_hook import pre_save
from therapybook.student.sections import LinkedSection, section_source
from toc import ROOT, chapter_files

CHAPTERS = [ROOT / f"{name}.ipynb" for name in chapter_files()]


def test_roles_become_readable_text():
    cited, terms = [], []
    text = render("See {cite:p}`kroenke2001phq9,nice2022ng222` and {cite:t}`kuyken2016efficacy`; "
                  "{term}`automatic thoughts <automatic thought>` and {term}`CBT`; [help](../book/get_help.md).",
                  cited, terms)
    assert text == ("See (Kroenke et al., 2001; National Institute for Health and Care Excellence, 2022) and "
                    "Kuyken et al. (2016); *automatic thoughts* and *CBT*; [help](get_help.ipynb).")
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
    assert nbformat.read(tmp_path / "get_help.ipynb", as_version=4).cells[0].source.startswith("# Get help now")


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


def test_saving_a_student_copy_keeps_reminders_not_dead_widgets():
    """What the Jupyter server's save hook does to a copy after Run All (and leaves every other notebook alone)."""
    copy = student_notebook(CHAPTERS[1])
    live = {
        "output_type": "display_data",
        "metadata": {},
        "data": {WIDGET_VIEW: {"model_id": "abc", "version_major": 2}, "text/plain": "Quiz"},
    }
    figure = {"output_type": "display_data", "metadata": {}, "data": {"image/png": "iVBOR", "text/plain": "fig"}}
    content = json.loads(nbformat.writes(copy))
    code = next(c for c in content["cells"] if c["cell_type"] == "code")
    code["outputs"] = [live, figure]
    content["metadata"]["widgets"] = {"state": {}}
    model = {"type": "notebook", "content": content}
    pre_save(model, "02_cbt.ipynb")
    assert code["outputs"][0]["data"]["text/plain"] == RUN_FIRST and WIDGET_VIEW not in code["outputs"][0]["data"]
    assert code["outputs"][1] == figure, "the student's other outputs are saved as they are"
    assert "widgets" not in content["metadata"]
    chapter = json.loads(CHAPTERS[1].read_text(encoding="utf-8"))
    chapter_code = next(c for c in chapter["cells"] if c["cell_type"] == "code")
    chapter_code["outputs"] = [live]
    pre_save({"type": "notebook", "content": chapter}, "notebooks/02_cbt.ipynb")
    assert chapter_code["outputs"] == [live], "a notebook that is not a student copy is saved untouched"
    pre_save({"type": "file", "content": "text"}, "notes.txt")  # not a notebook: nothing to do


def test_the_server_extension_is_enabled_in_the_environment_make_installs():
    config = json.loads((ROOT / "jupyter-config" / "jupyter_server_config.d" / "therapybook.json").read_text())
    assert config == {"ServerApp": {"jpserver_extensions": {"therapybook.student.server": True}}}
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "$(VENV)/etc/jupyter/jupyter_server_config.d" in makefile and "binder" not in config
    assert "jupyter_server_config.d" in (ROOT / "binder" / "postBuild").read_text(encoding="utf-8")


def test_the_students_lab_draws_every_cell_so_a_link_to_a_section_lands_on_it():
    # JupyterLab 4.6's default ("contentVisibility") guesses the height of cells off screen, and a link to a copied
    # section stopped about 2,100 px short of its heading (tests/browser/test_jupyter_journeys.py drives it).
    settings = json.loads((ROOT / "jupyter-config" / "lab" / "overrides.json").read_text(encoding="utf-8"))
    assert settings == {"@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"}}
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "$(VENV)/share/jupyter/lab/settings/overrides.json" in makefile
    assert "share/jupyter/lab/settings" in (ROOT / "binder" / "postBuild").read_text(encoding="utf-8")


def test_the_help_page_is_a_notebook_that_renders_everywhere():
    notebook = help_page()
    text = "\n".join(c.source for c in notebook.cells)
    assert notebook.cells[0].source.startswith("# Get help now")
    assert "```" not in text and "{admonition}" not in text and ":class:" not in text and "{cite" not in text
    assert "> **If you might act on thoughts of harming yourself" in text, "the urgent box becomes a quote"
    assert "988" in text and "116 123" in text and "## Sources cited on this page" in text


def test_a_link_into_another_chapters_section_points_at_a_copy_of_it_in_this_notebook():
    copy = student_notebook(ROOT / "notebooks" / "12_measuring_change_and_staying_well.ipynb")
    markdown = "\n".join(c.source for c in copy.cells if c.cell_type == "markdown")
    assert "11_recovery_journey.ipynb#" not in markdown, "no link relies on JupyterLab finding another notebook's heading"
    anchor = "from-11-recovery-journey-when-to-seek-help-right-away"
    assert markdown.count(f"](#{anchor})") == 2
    section = next(c.source for c in copy.cells if c.source.startswith(f"({anchor})="))
    assert "## When to seek help right away (from chapter 11)" in section
    assert "Get help straight away" in section and "[Get help now](get_help.ipynb)" in section


def test_a_link_to_a_heading_that_does_not_exist_is_named(tmp_path):
    target = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("## Only heading\n\nText.")])
    nbformat.write(target, tmp_path / "11_other.ipynb")
    with pytest.raises(ContentError, match=r"11_other.ipynb: no heading has the anchor '#missing'"):
        section_source(tmp_path, LinkedSection("11_other", "missing"))
