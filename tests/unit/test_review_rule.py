"""The review deck's spacing rule (therapybook.progress.spacing) on made-up histories, with the expected deck
worked out by hand from the rule the Review page states."""

from __future__ import annotations

from datetime import date, timedelta

from therapybook.kinds.review.cases import made_up_index
from therapybook.progress.records import QuestionRecord, after_check, after_reveal
from therapybook.progress.spacing import HARD, NEW, UNSURE, WRONG, pick, wait_days

TODAY = date(2026, 11, 23)
INDEX = made_up_index(chapters=3, per_chapter=4)  # c1/q0..q3, c2/q0..q3, c3/q0..q3


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def keys(deck) -> list[str]:
    return [chosen.key for chosen in deck]


def test_with_no_history_the_deck_deals_across_chapters():
    assert keys(pick(INDEX, {}, TODAY, size=5)) == ["c1/q0", "c2/q0", "c3/q0", "c1/q1", "c2/q1"]


def test_missed_then_guessed_then_unsure_then_due_then_new():
    history = {
        "c1/q0": QuestionRecord(right=True, tries=1, confidence="sure", seen=ago(8), streak=1),  # due: 8 >= 7
        "c1/q1": QuestionRecord(right=True, tries=1, confidence="unsure", seen=ago(3)),  # due: 3 >= 3
        "c2/q0": QuestionRecord(right=False, tries=1, seen=ago(0)),  # missed today: due at once
        "c2/q1": QuestionRecord(right=True, tries=1, confidence="guessed", seen=ago(1)),  # due: 1 >= 1
        "c3/q0": QuestionRecord(right=False, tries=1, revealed=True, seen=ago(2)),  # shown 2 days ago
    }
    deck = pick(INDEX, history, TODAY, size=6)
    # Missed first, the longest-waiting of them first (c3/q0 is 2 days overdue, c2/q0 0 days).
    # Then new ones by their place in each chapter: c3/q1 is the second question of its chapter, c1/q2 the third.
    assert keys(deck) == ["c3/q0", "c2/q0", "c2/q1", "c1/q1", "c1/q0", "c3/q1"]
    assert [chosen.group for chosen in deck][:3] == [WRONG, WRONG, HARD]
    assert deck[-1].group == NEW and "not tried" in deck[-1].reason


def test_questions_not_due_yet_stay_out_of_the_deck():
    history = {
        "c1/q0": QuestionRecord(right=True, tries=1, confidence="sure", seen=ago(6), streak=1),  # 6 < 7
        "c1/q1": QuestionRecord(right=True, tries=1, confidence="unsure", seen=ago(2)),  # 2 < 3
        "c1/q2": QuestionRecord(right=True, tries=1, seen=ago(13), streak=2),  # unmarked counts as sure: 13 < 14
        "c1/q3": QuestionRecord(right=True, tries=2, seen=ago(0)),  # needed two tries, today: 0 < 1
    }
    dealt = keys(pick(INDEX, history, TODAY, size=12))
    assert not set(dealt) & set(history) and len(dealt) == 8


def test_the_wait_grows_as_a_question_keeps_being_right_on_later_days():
    assert [wait_days(QuestionRecord(right=True, tries=1, seen=TODAY, streak=s))[1] for s in (1, 2, 3, 9)] == [
        7,
        14,
        28,
        28,
    ]
    assert wait_days(QuestionRecord(right=True, tries=1, confidence="unsure", seen=TODAY, streak=5)) == (UNSURE, 3)


def test_everything_answered_and_not_due_gives_an_empty_deck():
    history = {
        f"c{c}/q{q}": QuestionRecord(right=True, tries=1, confidence="sure", seen=TODAY, streak=1)
        for c in (1, 2, 3)
        for q in range(4)
    }
    assert pick(INDEX, history, TODAY) == []
    assert keys(pick(INDEX, history, TODAY + timedelta(days=7))) == keys(pick(INDEX, {}, TODAY))[:10]


def test_how_an_answer_changes_its_record():
    first = after_check(None, False, ago(2))
    assert (first.right, first.tries, first.streak) == (False, 1, 0)
    second = after_check(first, True, ago(2))
    assert (second.right, second.tries, second.streak) == (True, 2, 0), "right after a miss does not start a streak"
    later = after_check(second, True, ago(1))
    assert (later.tries, later.streak) == (1, 1)
    same_day = after_check(later, True, ago(1))
    assert same_day.streak == 1, "answering again the same day is not spaced practice"
    next_week = after_check(same_day, True, TODAY)
    assert next_week.streak == 2
    shown = after_reveal(after_check(next_week, False, TODAY), TODAY)
    assert (shown.right, shown.revealed, shown.tries, shown.streak) == (False, True, 1, 0)
