"""PHQ-9 scoring: every band boundary, response and remission, bad answers, and the item-9 message in all views."""

from __future__ import annotations

import pytest

from therapybook import ContentError, Phq9
from therapybook.kinds.phq9.display import answers_for
from therapybook.kinds.phq9.instrument import SAFETY_MESSAGE
from therapybook.kinds.phq9.model import Phq9Case
from therapybook.kinds.phq9.scoring import AnswerError, change, score


@pytest.mark.parametrize(
    "total, band",
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately severe"),
        (19, "moderately severe"),
        (20, "severe"),
        (27, "severe"),
    ],
)
def test_every_band_boundary(total, band):
    result = score(answers_for(total))
    assert (result.total, result.band) == (total, band)


@pytest.mark.parametrize(
    "answers, message",
    [
        ([0, 0, 0, 0, 0, 0, 0, 0, -1], "item 9: the answer must be from 0 to 3, not -1"),
        ([4, 0, 0, 0, 0, 0, 0, 0, 0], "item 1: the answer must be from 0 to 3, not 4"),
        ([0, None, 0, 0, 0, 0, 0, 0, 0], "item 2 has no answer"),
        ([0, 0, "2", 0, 0, 0, 0, 0, 0], "item 3: the answer must be a whole number from 0 to 3, not '2'"),
        ([0, 0, 0, 1.5, 0, 0, 0, 0, 0], "item 4: the answer must be a whole number from 0 to 3, not 1.5"),
        ([0, 0, 0, 0, True, 0, 0, 0, 0], "item 5: the answer must be a whole number from 0 to 3, not True"),
        ([1, 1, 1], "expected 9 answers, one per item, got 3"),
        ("111111111", "expected a list of 9 answers, got str"),
        (None, "expected a list of 9 answers, got NoneType"),
    ],
)
def test_answers_that_cannot_be_scored_say_which_item_and_why(answers, message):
    with pytest.raises(AnswerError) as raised:
        score(answers)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    "baseline, total, response, remission, drop",
    [
        (20, 10, True, False, 50),  # exactly half is a response
        (20, 11, False, False, 45),
        (19, 9, True, False, 52),
        (19, 10, False, False, 47),  # 47.4%: rounded down, never shown as a response
        (10, 4, True, True, 60),
        (10, 5, True, False, 50),  # 5 is not remission: it must be below 5
        (8, 12, False, False, -50),  # worse than before
        (0, 0, False, True, 0),  # no baseline symptoms: nothing to respond from
    ],
)
def test_response_and_remission_against_the_baseline(baseline, total, response, remission, drop):
    compared = change(baseline, total)
    assert (compared.response, compared.remission, compared.drop_percent) == (response, remission, drop)


def case(item9: int) -> Phq9:
    return Phq9(
        Phq9Case(
            id="c",
            title="A case",
            intro="Made up.",
            client="Sam",
            baseline=18,
            answers=[1, 1, 1, 1, 1, 1, 1, 0, item9],
            cite=["kroenke2001phq9"],
        )
    )


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_any_answer_above_0_on_item_9_shows_the_safety_message_in_every_view(item9):
    shown = case(item9)
    assert SAFETY_MESSAGE in " ".join(shown.text().split())
    page = shown.html()
    assert 'class="tb-safety" role="note">' in page, "shown, not hidden, on the page"
    assert "988" in page and "116 123" in page and 'href="../book/get_help.html"' in page
    assert "988" in shown.view().safety.value


def test_item_9_at_0_shows_no_safety_message_but_the_page_keeps_it_ready():
    shown = case(0)
    assert SAFETY_MESSAGE not in " ".join(shown.text().split())
    assert 'class="tb-safety" role="note" hidden>' in shown.html(), "hidden until a reader changes item 9"
    assert shown.view().safety.value == ""


def test_a_bad_case_file_names_the_field(tmp_path):
    path = tmp_path / "bad_case.yml"
    path.write_text(
        "id: bad_case\ntitle: T\nintro: I\nclient: Sam\nbaseline: 30\nanswers: [1, 1]\ncite: [kroenke2001phq9]\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as raised:
        Phq9.from_file(path)
    message = str(raised.value)
    assert "bad_case.yml" in message and "'baseline'" in message and "'answers'" in message
    assert "expected 9 answers" in message
