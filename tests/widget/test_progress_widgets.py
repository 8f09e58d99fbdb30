"""Progress in Jupyter, used as a student would: answer in a quiz, say how sure, see it in My progress, review it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from therapybook import MyProgress, Quiz, Review
from therapybook.progress.records import QuestionRecord
from therapybook.progress.store import FILE_NAME, ProgressStore


def choose(question_view, index: int) -> None:
    if question_view.question.type == "multiple":
        for i, box in enumerate(question_view.checkboxes):
            box.value = i == index
    else:
        question_view.choice.value = index


def wrong_index(question) -> int:
    return next(i for i, option in enumerate(question.options) if not option.correct)


def right_index(question) -> int:
    return next(i for i, option in enumerate(question.options) if option.correct)


@pytest.fixture
def quiz(fixture_data):
    return Quiz.from_file("sample").view()


def test_an_answer_and_how_sure_are_saved_privately(quiz, private_folder):
    q1 = quiz.questions["q1"]
    assert q1.confidence.layout.display == "none", "asked only after an answer"
    choose(q1, wrong_index(q1.question))
    q1.check.click()
    assert q1.confidence.layout.display is None
    q1.confidence.value = "guessed"
    saved = json.loads((private_folder / FILE_NAME).read_text(encoding="utf-8"))
    assert saved["questions"]["sample/q1"] == {
        "right": False,
        "tries": 1,
        "revealed": False,
        "confidence": "guessed",
        "seen": date.today().isoformat(),
        "streak": 0,
    }
    choose(q1, right_index(q1.question))
    q1.check.click()
    record = ProgressStore().records()["sample/q1"]
    assert (record.right, record.tries, record.confidence) == (True, 2, None), "a new answer asks again"
    assert q1.confidence.value is None


def test_showing_the_answer_is_kept_as_not_right(quiz):
    q1 = quiz.questions["q1"]
    choose(q1, wrong_index(q1.question))
    q1.check.click()
    q1.show_answer.click()
    record = ProgressStore().records()["sample/q1"]
    assert record.revealed and not record.right
    assert q1.confidence.layout.display == "none"


def test_a_quiz_opened_again_says_how_each_question_went_last_time(quiz, fixture_data):
    q2 = quiz.questions["q2"]
    choose(q2, right_index(q2.question))
    q2.check.click()
    again = Quiz.from_file("sample").view()
    assert "Last time" in again.questions["q2"].last.value
    assert again.questions["q1"].last.value == ""


def test_a_corrupt_progress_file_is_reported_above_the_questions(fixture_data, private_folder):
    private_folder.mkdir(parents=True, exist_ok=True)
    (private_folder / FILE_NAME).write_text("{broken", encoding="utf-8")
    view = Quiz.from_file("sample").view()
    assert "could not be read" in view.notice.value and "unreadable" in view.notice.value
    assert list(private_folder.glob("progress.unreadable-*.json"))


def test_my_progress_counts_answers_by_chapter_and_saves_a_summary(quiz, fixture_data, tmp_path):
    q1 = quiz.questions["q1"]
    choose(q1, right_index(q1.question))
    q1.check.click()
    view = MyProgress.from_file("my_progress").view()
    assert "<td>1 of 10</td><td>1</td>" in view.table.value, "the fixture banks: 10 questions, 1 answered, 1 right"
    assert "1 question answered, 1 right" in view.total.value
    view._on_save(folder=tmp_path)
    view._on_save(folder=tmp_path)
    first, second = sorted(tmp_path.glob("my-progress-*.txt"))
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8"), "a second save never replaces"
    assert "1 of 10 questions answered, 1 right." in first.read_text(encoding="utf-8")
    assert "Saved as" in view.saved.value


def test_the_review_deck_brings_back_what_was_missed_and_keeps_new_answers(fixture_data):
    store = ProgressStore()
    store.change("sample/q3", lambda _: QuestionRecord(right=False, tries=1, seen=date.today()))
    view = Review.from_file("review_deck").view()
    first = view.questions[0]
    assert (first.session.bank.id, first.question.id) == ("sample", "q3")
    assert "not right" in first.box.children[1].value, "says why it is back"
    choose(first, right_index(first.question))
    first.check.click()
    assert store.records()["sample/q3"].right
    view.deal_deck()
    assert ("sample", "q3") not in [(q.session.bank.id, q.question.id) for q in view.questions]
