"""Progress in the rendered book, as a student uses it: results kept in this browser only, My progress with its
summary, export, import and reset, the Review deck, and what happens when the browser keeps nothing."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from flows import FILL_STORAGE, answer_wrongly_then_rightly, first_single_choice
from keyboard import is_focused, tab_to

from therapybook.kinds.progress import MyProgress
from therapybook.progress.index import question_index
from therapybook.progress.records import parse
from therapybook.progress.summary import summary_text

pytestmark = pytest.mark.browser
KEY = "therapybook.progress"
CHAPTER = "notebooks/02_cbt.html"
QUIZ = "#tb-quiz-02_cbt"
MY_PROGRESS = "notebooks/my_progress.html"
REVIEW = "notebooks/review.html"
TODAY = date.today()


def made_up_history() -> dict:
    days = [TODAY - timedelta(days=n) for n in (0, 1, 9)]
    return {
        "format": "therapybook-progress",
        "version": 1,
        "questions": {
            "02_cbt/q1": {
                "right": True,
                "tries": 1,
                "revealed": False,
                "confidence": "sure",
                "seen": days[2].isoformat(),
                "streak": 1,
            },
            "02_cbt/q2": {
                "right": False,
                "tries": 2,
                "revealed": False,
                "confidence": None,
                "seen": days[0].isoformat(),
                "streak": 0,
            },
            "thinking_traps/" + first_question("thinking_traps"): {
                "right": True,
                "tries": 1,
                "revealed": False,
                "confidence": "guessed",
                "seen": days[1].isoformat(),
                "streak": 1,
            },
            "04_mbct/" + first_question("04_mbct"): {
                "right": False,
                "tries": 1,
                "revealed": True,
                "confidence": None,
                "seen": days[1].isoformat(),
                "streak": 0,
            },
        },
    }


def first_question(bank_id: str) -> str:
    return next(b["questions"][0] for c in question_index()["chapters"] for b in c["banks"] if b["id"] == bank_id)


def kept(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{KEY}')") or "null")


def open_with(page, url: str, history: dict) -> None:
    page.goto(url)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(history)])
    page.reload()


def row(page, number: int):
    return page.locator(".tb-progress-table tbody tr").nth(number - 1)


def test_a_result_is_kept_through_a_reload_and_counted_in_my_progress(page_and_log, book_url):
    page, log = page_and_log
    page.goto(book_url + CHAPTER)
    quiz = page.locator(QUIZ)
    assert "kept in this browser only" in quiz.locator(".tb-kept").text_content()
    answer_wrongly_then_rightly(page, quiz)
    fieldset, _, _, _ = first_single_choice(quiz)
    # How sure were you? Tab on from Check answer to the group, then Space picks the first choice, Sure.
    sure = fieldset.locator(".tb-confidence input[value='sure']")
    tab_to(page, sure)
    page.keyboard.press("Space")
    assert sure.is_checked()
    key = "02_cbt/" + fieldset.get_attribute("data-question")
    record = kept(page)["questions"][key]
    assert (record["right"], record["tries"], record["confidence"]) == (True, 2, "sure")

    page.reload()
    total = quiz.locator("fieldset.tb-question").count()
    assert quiz.locator(".tb-score").text_content() == f"1 of {total} correct ({total - 1} not answered yet)."
    last = fieldset.locator(".tb-last")
    assert last.is_visible() and last.text_content().endswith("right after 2 tries, and you were sure.")

    page.goto(book_url + MY_PROGRESS)
    chapter_two = row(page, 2)
    assert chapter_two.locator("th").text_content().startswith("Chapter 2.")
    assert chapter_two.locator(".tb-right").text_content() == "1"
    assert chapter_two.locator(".tb-answered").text_content().startswith("1 of ")
    assert chapter_two.locator(".tb-bar-right").evaluate("el => el.getBoundingClientRect().width") > 0
    assert page.locator(".tb-total").text_content() == "In all: 1 question answered, 1 right."
    log.assert_clean()


def test_the_summary_to_hand_in_is_the_text_python_writes(page_and_log, book_url):
    page, log = page_and_log
    history = made_up_history()
    open_with(page, book_url + MY_PROGRESS, history)
    tab_to(page, page.locator(".tb-summary"))
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == f"my-progress-{TODAY.isoformat()}.txt"
    text = Path(download.value.path()).read_text(encoding="utf-8")
    title = MyProgress.from_file("my_progress").content.summary_title
    assert text == summary_text(title, question_index(), parse(history), TODAY)
    assert "Chapter 2. Cognitive behavioural therapy (CBT): 3 of" in text and "Chapter 1." not in text
    assert f"Date: {TODAY.day} " in text and "sure" not in text and "q1" not in text
    log.assert_clean()


def test_export_then_reset_then_import_restores_every_result(page_and_log, book_url, tmp_path):
    page, log = page_and_log
    history = made_up_history()
    open_with(page, book_url + MY_PROGRESS, history)
    assert page.locator(".tb-total").text_content() == "In all: 4 questions answered, 2 right."
    with page.expect_download() as download:
        page.locator(".tb-export").click()
    exported = tmp_path / download.value.suggested_filename
    download.value.save_as(exported)
    assert exported.name == f"therapybook-progress-{TODAY.isoformat()}.json"
    assert json.loads(exported.read_text(encoding="utf-8")) == history

    tab_to(page, page.locator(".tb-reset"))
    page.keyboard.press("Enter")
    assert is_focused(page.locator(".tb-confirm-no")), "the safe choice has focus"
    page.keyboard.press("Enter")
    assert kept(page) == history, "Keep them keeps them"
    page.locator(".tb-reset").click()
    page.locator(".tb-confirm-yes").click()
    assert kept(page) is None
    assert page.locator(".tb-total").text_content().startswith("No quiz questions answered yet")
    assert row(page, 2).locator(".tb-answered").text_content().startswith("0 of ")

    page.locator(".tb-import").set_input_files(str(exported))
    page.wait_for_function("document.querySelector('.tb-feedback').textContent.includes('Restored')")
    assert "Restored 4 results" in page.locator(".tb-feedback").text_content()
    assert kept(page) == history
    assert page.locator(".tb-total").text_content() == "In all: 4 questions answered, 2 right."
    page.reload()
    assert row(page, 2).locator(".tb-answered").text_content().startswith("3 of ")
    log.assert_clean()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "JSON"),
        ('{"questions": {"<b>x</b>/q1": {"right": "yes", "tries": 1, "seen": "2026-11-23"}}}', "right"),
        ('{"format": "something else"}', "format"),
    ],
    ids=["broken", "html-in-a-bad-field", "another-format"],
)
def test_a_file_that_is_not_progress_changes_nothing(page_and_log, book_url, tmp_path, content, reason):
    page, log = page_and_log
    history = made_up_history()
    open_with(page, book_url + MY_PROGRESS, history)
    bad = tmp_path / "not-progress.json"
    bad.write_text(content, encoding="utf-8")
    page.locator(".tb-import").set_input_files(str(bad))
    feedback = page.locator(".tb-feedback")
    page.wait_for_function("document.querySelector('.tb-feedback').textContent.includes('Nothing was changed')")
    assert "not-progress.json could not be read as progress" in feedback.text_content()
    assert reason in feedback.text_content()
    assert feedback.locator("b").count() == 0, "markup in a file is shown as text"
    assert kept(page) == history
    log.assert_clean()


def test_review_brings_back_a_missed_question_first_and_keeps_the_new_answer(page_and_log, book_url):
    page, log = page_and_log
    open_with(page, book_url + REVIEW, made_up_history())
    page.wait_for_selector(".tb-deck[data-state='dealt']")
    deck = page.locator(".tb-deck fieldset.tb-question")
    assert deck.count() == 10
    # The answer shown yesterday (MBCT) waits longest of the two missed, so it comes first, then the miss of today.
    first, second = deck.nth(0), deck.nth(1)
    assert "From Chapter 4" in first.locator(".tb-from").text_content()
    assert "not right" in first.locator(".tb-why").text_content()
    assert "From Chapter 2" in second.locator(".tb-from").text_content()
    assert "guessed" in deck.nth(2).locator(".tb-why").text_content()
    dealt = [deck.nth(i).get_attribute("data-key") for i in range(10)]
    assert dealt[:2] == ["04_mbct/" + first_question("04_mbct"), "02_cbt/q2"]
    assert "02_cbt/q1" in dealt, "right and sure 9 days ago, after 1 spaced success: due again after 7 days"

    data = json.loads(page.locator(".tb-review script.tb-data").text_content())
    bank = json.loads(page.evaluate("fetch('../_static/questions/02_cbt.json').then(r => r.text())"))
    question = bank["questions"]["q2"]
    right = next(i for i, option in enumerate(question["options"]) if option["correct"])
    assert data["reasons"][0] in first.locator(".tb-why").text_content()
    options = second.locator(".tb-options input")
    tab_to(page, options.first)
    options.nth(right).check()
    second.locator(".tb-check").press("Enter")
    assert second.locator(".tb-feedback").get_attribute("data-verdict") == "correct"
    assert kept(page)["questions"]["02_cbt/q2"]["tries"] == 3, "the third try of the same attempt"
    assert page.locator(".tb-review .tb-score").text_content() == "1 of 10 right in this deck."

    # The deck says "dealt" already: mark it, so the wait below is for the new deal, not the one on screen.
    page.locator(".tb-deck").evaluate("deck => { deck.dataset.state = 'waiting-for-the-next-deal'; }")
    page.locator(".tb-deal").click()
    page.wait_for_selector(".tb-deck[data-state='dealt']")
    again = page.locator(".tb-deck fieldset.tb-question")
    assert "02_cbt/q2" not in [again.nth(i).get_attribute("data-key") for i in range(again.count())]
    log.assert_clean()


def test_with_storage_blocked_every_part_still_works_for_the_page(storage_blocked, book_url):
    page = storage_blocked.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.goto(book_url + CHAPTER, wait_until="networkidle")
    quiz = page.locator(QUIZ)
    assert "last only while this page is open" in quiz.locator(".tb-kept").text_content()
    answer_wrongly_then_rightly(page, quiz)
    page.goto(book_url + MY_PROGRESS, wait_until="networkidle")
    assert page.locator(".tb-storage-note").is_visible()
    page.goto(book_url + REVIEW, wait_until="networkidle")
    page.wait_for_selector(".tb-deck[data-state='dealt']")
    first = page.locator(".tb-deck fieldset.tb-question").first
    first.locator(".tb-options input").first.check()
    first.locator(".tb-check").click()
    assert first.locator(".tb-feedback").get_attribute("data-verdict") in {"correct", "incorrect", "partial"}
    assert errors == []
    page.close()


def test_a_full_or_damaged_store_is_explained_and_the_quiz_still_works(page_and_log, book_url):
    page, log = page_and_log
    page.goto(book_url + CHAPTER)
    page.evaluate(f"localStorage.setItem('{KEY}', '{{broken')")
    page.reload()
    quiz = page.locator(QUIZ)
    assert "could not be read, so they were set aside" in quiz.locator(".tb-kept").text_content()
    assert list(copies(page).values()) == ["{broken"]
    # Now a browser whose storage is full: the book's writes throw, as a QuotaExceededError does.
    page.evaluate(
        """() => {
            const original = Storage.prototype.setItem;
            Storage.prototype.setItem = function (key, value) {
                if (key.startsWith("therapybook.")) throw new DOMException("full", "QuotaExceededError");
                return original.call(this, key, value);
            };
        }"""
    )
    fieldset, _, wrong, _ = first_single_choice(quiz)
    fieldset.locator(".tb-options input").nth(wrong).check()
    fieldset.locator(".tb-check").click()
    assert fieldset.locator(".tb-feedback").get_attribute("data-verdict") == "incorrect"
    assert "could not keep your latest result" in quiz.locator(".tb-kept").text_content()
    log.assert_clean()


def copies(page) -> dict:
    return page.evaluate(
        """key => Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith(key + ".unreadable"))
                                     .map(k => [k, localStorage.getItem(k)]))""",
        KEY,
    )


def test_every_damaged_value_keeps_a_copy_of_its_own(page_and_log, book_url):
    page, log = page_and_log
    page.goto(book_url + CHAPTER)
    quiz = page.locator(QUIZ)
    for damaged in ("{broken one", "[" * 100_000, '"a JSON string, not results"'):
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, damaged])
        page.reload()
        message = quiz.locator(".tb-kept").text_content()
        assert "could not be read, so they were set aside" in message
        assert damaged in copies(page).values(), "the damaged value is kept, as it was"
        assert [name for name in copies(page) if name in message], "the message names the copy"
    assert sorted(copies(page).values()) == sorted(["{broken one", "[" * 100_000, '"a JSON string, not results"'])
    log.assert_clean()


def test_with_no_room_for_a_copy_the_damaged_value_is_never_written_over(page_and_log, book_url):
    page, log = page_and_log
    page.goto(book_url + CHAPTER)
    damaged = "[" * 200_000  # larger than one answer's record, so writing over it would fit where a copy cannot
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, damaged])
    assert page.evaluate(FILL_STORAGE) == "QuotaExceededError"
    page.reload()
    quiz = page.locator(QUIZ)
    message = quiz.locator(".tb-kept").text_content()
    assert "could not be read" in message and "no room to keep a copy" in message and "left as they are" in message
    assert "set aside" not in message, "never claim a copy that was not made"
    fieldset, _, wrong, _ = first_single_choice(quiz)
    fieldset.locator(".tb-options input").nth(wrong).check()
    fieldset.locator(".tb-check").click()
    assert fieldset.locator(".tb-feedback").get_attribute("data-verdict") == "incorrect", "the quiz still works"
    assert page.evaluate(f"localStorage.getItem('{KEY}')") == damaged, "the answer did not replace it"
    assert copies(page) == {}
    page.goto(book_url + MY_PROGRESS)
    assert "no room to keep a copy" in page.locator(".tb-feedback").text_content()
    assert page.evaluate(f"localStorage.getItem('{KEY}')") == damaged
    log.assert_clean()


def test_ids_that_are_names_in_javascript_import_like_any_other(page_and_log, book_url, tmp_path):
    page, log = page_and_log
    history = made_up_history()
    open_with(page, book_url + MY_PROGRESS, history)
    odd = ("constructor", "toString", "hasOwnProperty", "__proto__", "valueOf")
    record = {"right": True, "tries": 1, "revealed": False, "confidence": None, "seen": "2026-11-20", "streak": 1}
    incoming = {"format": "therapybook-progress", "version": 1, "questions": dict.fromkeys(odd, record)}
    path = tmp_path / "odd-ids.json"
    path.write_text(json.dumps(incoming), encoding="utf-8")
    page.locator(".tb-import").set_input_files(str(path))
    page.wait_for_function("document.querySelector('.tb-feedback').textContent.includes('Restored')")
    assert "Restored 5 results" in page.locator(".tb-feedback").text_content()
    assert kept(page)["questions"] == {**history["questions"], **dict.fromkeys(odd, record)}
    assert parse(kept(page)).keys() == kept(page)["questions"].keys(), "Python reads the same file the same way"
    assert page.locator(".tb-total").text_content() == "In all: 4 questions answered, 2 right."
    log.assert_clean()
