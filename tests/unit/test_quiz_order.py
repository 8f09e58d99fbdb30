"""Options are shown in a shuffled order that is the same on every run, and the
bank's tells (longest option, same position) stay within the book's limits."""

from __future__ import annotations

import pytest
from toc import ROOT

from therapybook.core.yaml_files import load_model
from therapybook.kinds.quiz.fairness import MAX_LONGEST_RIGHT, MAX_SAME_POSITION, tells
from therapybook.kinds.quiz.model import Option, Question, QuizBank
from therapybook.kinds.quiz.order import as_shown, display_order

BANKS = sorted((ROOT / "data" / "quiz").glob("*.yml"))


def question(n: int, pinned: tuple[int, ...] = (), kind: str = "single") -> Question:
    options = [Option(text=f"option {i}", correct=i == 0, feedback="f", pin=i in pinned) for i in range(n)]
    return Question(id="q1", type=kind, prompt="P", options=options, explanation="E")


def test_the_order_is_fixed_by_bank_and_question_id():
    q = question(6)
    assert display_order("bank", q) == display_order("bank", q)
    orders = {tuple(display_order(f"bank{i}", q)) for i in range(20)}
    assert len(orders) > 10, "different banks should shuffle differently"
    assert sorted(display_order("bank", q)) == list(range(6))


def test_pinned_options_keep_their_place_and_true_false_stays_in_order():
    q = question(5, pinned=(4,))
    assert all(display_order(f"b{i}", q)[4] == 4 for i in range(30))
    tf = Question(
        id="t",
        type="truefalse",
        prompt="P",
        explanation="E",
        options=[Option(text="True", feedback="f"), Option(text="False", correct=True, feedback="f")],
    )
    assert display_order("any", tf) == [0, 1]


def test_the_shown_bank_keeps_every_option_with_its_feedback():
    bank = QuizBank(id="b", title="T", questions=[question(4)])
    shown = as_shown(bank)
    assert sorted(o.text for o in shown.questions[0].options) == [o.text for o in bank.questions[0].options]
    assert shown.questions[0].options[shown.questions[0].correct_indices.__iter__().__next__()].text == "option 0"


def test_tells_are_measured_on_what_students_see():
    always_first_and_longest = QuizBank(
        id="b",
        title="T",
        questions=[
            Question(
                id=f"q{i}",
                type="single",
                prompt="P",
                explanation="E",
                options=[
                    Option(text="a much longer right answer", correct=True, feedback="f"),
                    Option(text="short", feedback="f"),
                    Option(text="brief", feedback="f"),
                ],
            )
            for i in range(5)
        ],
    )
    found = tells(always_first_and_longest)
    assert found.longest_right_rate == 1.0 and found.same_position_rate == 1.0 and not found.fair


@pytest.mark.parametrize("path", BANKS, ids=[p.stem for p in BANKS])
def test_every_chapter_bank_gives_nothing_away(path):
    found = tells(as_shown(load_model(QuizBank, path)))
    assert found.longest_right_rate <= MAX_LONGEST_RIGHT, (
        f"the right answer is the longest option in {found.longest_right} of {found.single} single-answer questions"
    )
    assert found.same_position_rate <= MAX_SAME_POSITION, f"right answers by position: {found.positions}"


def test_right_answers_are_dealt_evenly_even_when_the_file_puts_them_all_first():
    bank = QuizBank(id="b", title="T", questions=[question(4).model_copy(update={"id": f"q{i}"}) for i in range(8)])
    assert tells(bank).single_positions == {1: 8}, "the file puts every right answer first"
    shown = tells(as_shown(bank))
    assert shown.single_positions == {1: 2, 2: 2, 3: 2, 4: 2} and shown.single_spread == 0
    assert as_shown(bank) == as_shown(bank), "the deal is the same on every run"


def test_a_pinned_right_answer_stays_put_and_counts():
    pinned_right = question(4, pinned=(0,)).model_copy(update={"id": "pinned"})
    bank = QuizBank(
        id="b", title="T", questions=[pinned_right, *(question(4).model_copy(update={"id": f"q{i}"}) for i in range(3))]
    )
    shown = as_shown(bank)
    assert shown.questions[0].options[0].text == "option 0"
    assert tells(shown).single_positions == {1: 1, 2: 1, 3: 1, 4: 1}


@pytest.mark.parametrize("path", BANKS, ids=[p.stem for p in BANKS])
def test_every_bank_spreads_its_single_answers_evenly(path):
    found = tells(as_shown(load_model(QuizBank, path)))
    assert found.single_spread <= 1, f"single-answer right answers by position: {found.single_positions}"
