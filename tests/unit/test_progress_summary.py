"""What My progress counts, and the summary a student hands in: the date and chapters, nothing else."""

from __future__ import annotations

from datetime import date

from therapybook.kinds.review.cases import made_up_index
from therapybook.progress.index import bank_ids_are_unique, question_index
from therapybook.progress.records import QuestionRecord
from therapybook.progress.summary import last_time, rows, summary_text

TODAY = date(2026, 11, 23)
INDEX = made_up_index(chapters=3, per_chapter=4)
HISTORY = {
    "c1/q0": QuestionRecord(right=True, tries=1, confidence="sure", seen=date(2026, 11, 20), streak=1),
    "c1/q1": QuestionRecord(right=False, tries=3, confidence="guessed", seen=date(2026, 11, 21)),
    "c1/q2": QuestionRecord(right=False, tries=1, revealed=True, seen=date(2026, 11, 22)),
    "c3/q3": QuestionRecord(right=True, tries=2, seen=TODAY),
    "gone/q9": QuestionRecord(right=True, tries=1, seen=TODAY),  # a bank no longer in the book: not counted
}


def test_rows_count_answered_and_right_per_chapter():
    found = [(row.label, row.questions, row.answered, row.right) for row in rows(INDEX, HISTORY)]
    assert found == [
        ("Chapter 1. Chapter 1", 4, 3, 1),
        ("Chapter 2. Chapter 2", 4, 0, 0),
        ("Chapter 3. Chapter 3", 4, 1, 1),
    ]


def test_the_summary_holds_the_date_and_chapters_and_nothing_else():
    text = summary_text("My progress", INDEX, HISTORY, TODAY)
    assert text == (
        "My progress\n===========\n\nDate: 23 November 2026\n\n"
        "Chapter 1. Chapter 1: 3 of 4 questions answered, 1 right.\n"
        "Chapter 3. Chapter 3: 1 of 4 questions answered, 1 right.\n\n"
        "In all: 4 questions answered, 2 right, in 2 chapters.\n"
    ), "a chapter not started is left out; no answers, confidence or ids"
    for private in ("guessed", "sure", "q0", "c1/", "tries", "gone"):
        assert private not in text


def test_a_summary_before_any_answer_says_so():
    assert "No quiz questions answered yet." in summary_text("My progress", INDEX, {}, TODAY)


def test_last_time_says_how_it_went_in_words():
    assert last_time(HISTORY["c1/q0"]) == "Last time (20 November 2026): right at the first try, and you were sure."
    assert last_time(HISTORY["c1/q1"]) == "Last time (21 November 2026): not right yet (3 tries), and you guessed."
    assert last_time(HISTORY["c1/q2"]) == "Last time (22 November 2026): you asked to see the answer."
    assert last_time(HISTORY["c3/q3"]) == "Last time (23 November 2026): right after 2 tries."


def test_the_books_index_covers_every_chapter_bank_once():
    index = question_index()
    assert bank_ids_are_unique(index) == []
    numbered = [chapter["number"] for chapter in index["chapters"]]
    assert numbered[:13] == list(range(1, 14)), "every chapter, in order"
    assert all(chapter["banks"] for chapter in index["chapters"]), "each chapter has its quiz"
    assert sum(len(b["questions"]) for c in index["chapters"] for b in c["banks"]) >= 150
