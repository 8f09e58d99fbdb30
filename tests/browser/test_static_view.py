"""The kernel-free view on its own page, built from the fixture content that
contains markup: nothing runs, the text shows as written, and the page script
grades exactly as the Python logic does."""

from __future__ import annotations

import functools
import http.server
import itertools
import shutil
import threading

import pytest

from conftest import QuietHandler
from therapybook import Quiz, Walkthrough
from therapybook.grading import grade
from therapybook.sphinx_ext import STATIC_DIR

pytestmark = pytest.mark.browser


@pytest.fixture
def static_page(tmp_path, fixture_data):
    quiz, walk = Quiz.from_file("sample"), Walkthrough.from_file("sample_walk")
    for asset in ("therapybook.js", "therapybook.css"):
        shutil.copy(STATIC_DIR / asset, tmp_path / asset)
    body = quiz._repr_mimebundle_()["text/html"] + walk._repr_mimebundle_()["text/html"]
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static view</title>'
        '<link rel="icon" href="data:,">'
        '<link rel="stylesheet" href="therapybook.css"><script defer src="therapybook.js"></script>'
        f"</head><body><main>{body}</main></body></html>",
        encoding="utf-8",
    )
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(tmp_path))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html", quiz.bank
    server.shutdown()


@pytest.fixture
def opened(page_and_log, static_page):
    """The static page, loaded and ready, with any dialog it opens recorded."""
    page, log = page_and_log
    url, bank = static_page
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    page.wait_for_selector(".tb-quiz.tb-ready")
    return page, log, bank, dialogs


def test_markup_in_content_is_shown_and_never_run(opened):
    page, log, _bank, dialogs = opened
    q3 = page.locator("#tb-quiz-sample-q3")
    assert "<script>alert(1)</script> Therapy is only" in q3.locator("legend").text_content()
    q3.locator("input").nth(1).check()
    q3.locator("button.tb-check").click()
    assert "& <b>more</b>." in q3.locator(".tb-explanation").text_content()
    assert q3.locator(".tb-feedback b").count() == 0  # the <b> in the content stayed text
    assert page.locator("#tb-quiz-sample").get_attribute("class") == "tb-widget tb-quiz tb-ready"
    assert "Assessment <em>begins</em>." in page.locator("#tb-walk-sample_walk").text_content()
    assert dialogs == []
    log.assert_clean()


def test_page_script_grades_every_answer_as_the_python_logic_does(opened):
    page, log, bank, _dialogs = opened
    for question in bank.questions:
        fieldset = page.locator(f"#tb-quiz-sample-{question.id}")
        sizes = range(1, len(question.options) + 1) if question.type == "multiple" else [1]
        for chosen in itertools.chain.from_iterable(
            itertools.combinations(range(len(question.options)), n) for n in sizes
        ):
            for i, box in enumerate(fieldset.locator("input").all()):
                if question.type == "multiple":
                    box.set_checked(i in chosen)
                elif i in chosen:
                    box.check()  # checking a radio unchecks the rest of its group
            fieldset.locator("button.tb-check").click()
            expected = grade(question, chosen)
            feedback = fieldset.locator(".tb-feedback")
            assert feedback.locator(".tb-verdict").text_content() == expected.verdict, (question.id, chosen)
            items = feedback.locator("li").all_text_contents()
            assert len(items) == len(expected.feedback)
            for item, shown in zip(items, expected.feedback):
                assert shown.feedback in item
                if question.type == "multiple":
                    assert item.startswith(f"{shown.text} {shown.status}")
    log.assert_clean()


def test_score_and_try_again_match_the_python_summary(opened):
    page, log, _bank, _dialogs = opened
    q1 = page.locator("#tb-quiz-sample-q1")
    q1.locator("input").nth(0).check()
    q1.locator("button.tb-check").click()
    assert page.locator(".tb-score").text_content() == "1 of 3 correct (2 not answered yet)."
    page.locator("button.tb-reset").focus()
    page.keyboard.press("Enter")
    assert page.locator(".tb-score").text_content() == ""
    assert not q1.locator("input").nth(0).is_checked()
    assert q1.locator(".tb-feedback").text_content() == ""
    assert page.evaluate("document.activeElement.id") == "tb-quiz-sample-q1-o1"
    log.assert_clean()
