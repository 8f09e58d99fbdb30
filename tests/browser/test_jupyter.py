"""A student's path in a real JupyterLab 4 and Notebook 7: the generated copy reads well
before the cells run, and after Run All Cells the quiz works in the live widget."""

from __future__ import annotations

from datetime import date

import pytest
from jupyter_server import jupyter_server
from lab import markdown_text, open_notebook, run_all
from toc import ROOT

from therapybook import Quiz, TrapSpotter
from therapybook.core.html import RUN_FIRST
from therapybook.progress.records import QuestionRecord
from therapybook.progress.store import ProgressStore
from therapybook.student.copies import write_copies

pytestmark = pytest.mark.browser
CHAPTER = "02_cbt"
NOTEBOOK_7_OWN_ERRORS = ("reading 'schema'", "Command 'filebrowser:open-path' not registered")


@pytest.fixture(scope="module")
def jupyter_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("student")


@pytest.fixture(scope="module")
def server(jupyter_folder):
    write_copies(jupyter_folder / "student")
    with jupyter_server(
        jupyter_folder / "student", jupyter_folder / "jupyter.log", jupyter_folder / "user-data"
    ) as url:
        yield url


@pytest.fixture
def jupyter_page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log = {"errors": [], "outside": []}
    page.on("pageerror", lambda error: log["errors"].append(str(error)))
    page.on("request", lambda r: "127.0.0.1" not in r.url and r.url.startswith("http") and log["outside"].append(r.url))
    yield page, log
    context.close()


def test_before_running_the_copy_reads_well_and_says_to_run_it(server, jupyter_page):
    page, log = jupyter_page
    open_notebook(page, server + f"lab/tree/{CHAPTER}.ipynb")
    text = markdown_text(page)
    assert "Start here" in text and "Run › Run All Cells" in text
    assert "116 123" in text and "988" in text, "the crisis numbers show without a click"
    assert "(Beck and Haigh, 2014)" in text, "citations read as text"
    for raw in ("{cite", "{term", "{doc", "../book/"):
        assert raw not in text
    assert "glossary definitions" in text and "Sources cited in this chapter" in text
    assert page.get_by_text(RUN_FIRST).count() == 4, "each exercise says to run the notebook"
    assert page.locator(".jp-OutputArea button").count() == 0, "no dead controls before the cells run"
    assert log == {"errors": [], "outside": []}


def test_after_run_all_the_quiz_works_in_the_live_widget(server, jupyter_page, fixture_data, monkeypatch):
    page, log = jupyter_page
    run_all(page, server + f"lab/tree/{CHAPTER}.ipynb", "Check answer")
    spotter = page.locator(".tb-live").first
    spotter.locator("button:has-text('Check answer')").first.wait_for(timeout=120000)
    # Run All is done when every exercise is live: the spotter, the walkthrough, the form and the quiz.
    page.wait_for_function("document.querySelectorAll('.jp-OutputArea .jupyter-widgets').length >= 4", timeout=120000)
    page.get_by_text(RUN_FIRST).first.wait_for(state="detached", timeout=60000)

    monkeypatch.delenv("THERAPYBOOK_DATA")
    first = TrapSpotter.from_file("thinking_traps").bank.questions[0]
    right = next(o.text for o in first.options if o.correct)
    wrong = next(o.text for o in first.options if not o.correct)
    question = spotter.locator(".widget-vbox").filter(has_text=first.prompt[:40]).last
    question.locator("label", has_text=wrong).first.click()
    question.locator("button:has-text('Check answer')").click()
    question.get_by_text("Not quite.").wait_for()
    # The verdict and the button arrive as separate widget updates: wait for the button, do not sample it.
    question.locator("button:has-text('Show answer')").wait_for(state="visible", timeout=10000)
    question.locator("label", has_text=right).first.click()
    question.locator("button:has-text('Check answer')").click()
    question.get_by_text("Correct.").wait_for()
    assert first.explanation[:40] in question.inner_text()
    assert Quiz.from_file(CHAPTER).bank.title in page.locator(".tb-live").last.inner_text()
    page.screenshot(path=str(ROOT / "test-artifacts" / "jupyterlab-after-run.png")) if (
        ROOT / "test-artifacts"
    ).is_dir() else None
    assert log == {"errors": [], "outside": []}


def test_notebook_7_opens_the_same_copy(server, jupyter_page):
    page, log = jupyter_page
    open_notebook(page, server + f"notebooks/{CHAPTER}.ipynb")
    text = markdown_text(page)
    assert "(Beck and Haigh, 2014)" in text and "{cite" not in text
    assert page.get_by_text(RUN_FIRST).count() == 4
    # Notebook 7.6 with jupyterlab-myst logs two errors of its own on every notebook (a settings schema
    # and the file browser command Lab has); none may come from the book's content or code.
    ours = [e for e in log["errors"] if not any(known in e for known in NOTEBOOK_7_OWN_ERRORS)]
    assert ours == [] and log["outside"] == []


@pytest.fixture(scope="module")
def server_user_data(server, jupyter_folder):
    """The private folder the server's kernels keep progress in."""
    return jupyter_folder / "user-data"


def test_my_progress_and_review_read_the_private_file_in_jupyterlab(server, server_user_data, jupyter_page):
    page, log = jupyter_page
    # A chapter no other test here answers, so the numbers are this test's own.
    missed = Quiz.from_file("04_mbct").bank.questions[0]
    ProgressStore(server_user_data).change(
        f"04_mbct/{missed.id}", lambda _: QuestionRecord(right=False, tries=2, seen=date.today())
    )
    run_all(page, server + "lab/tree/my_progress.ipynb", "Save a summary to hand in")
    live = page.locator(".tb-live").first
    chapter_four = live.locator("tr", has_text="Chapter 4.")
    assert chapter_four.locator("td").nth(0).inner_text().startswith("1 of ")
    assert chapter_four.locator("td").nth(1).inner_text() == "0", "answered, not right yet"
    live.locator("button", has_text="Save a summary to hand in").click()
    live.get_by_text("Saved as").wait_for(timeout=30000)
    assert "Chapter 4. Mindfulness-based cognitive therapy (MBCT): 1 of" in live.locator("pre").inner_text()

    run_all(page, server + "lab/tree/review.ipynb", "Deal a new deck")
    first = page.locator(".tb-live .widget-vbox").filter(has_text="Question 1 of").first
    assert missed.prompt[:40] in first.inner_text(), "the missed question comes back first"
    assert "not right" in first.inner_text()
    assert log == {"errors": [], "outside": []}
