"""Exercise logic: the trap spotter's quiz, the form check, the activity week."""

from __future__ import annotations

import pytest

from therapybook import ContentError, Form
from therapybook.core.files import content_path
from therapybook.core.text import MAX_TEXT
from therapybook.core.yaml_files import load_model
from therapybook.kinds.form.checking import LONG_TEXT_LIMIT, check_entry
from therapybook.kinds.planner import check_activity, load_week, summarise
from therapybook.kinds.planner.summary import one_decimal
from therapybook.kinds.traps.convert import to_quiz_bank
from therapybook.kinds.traps.model import TrapSpotterContent

# --- trap spotter ------------------------------------------------------------


def test_trap_spotter_becomes_a_quiz_with_the_traps_as_options(fixture_data):
    bank = to_quiz_bank(load_model(TrapSpotterContent, content_path("traps_sample", "traps")))
    first = bank.questions[0]
    assert [o.text for o in first.options] == ["Overgeneralisation", "Mind reading", "Catastrophising"]
    assert first.correct_indices == {0}
    assert first.prompt == "Which thinking trap fits best? “I burnt the toast, so I ruin everything.”"


def test_every_choice_has_feedback_that_teaches(fixture_data):
    first = to_quiz_bank(load_model(TrapSpotterContent, content_path("traps_sample", "traps"))).questions[0]
    right, generated, specific = (o.feedback for o in first.options)
    assert right == "This is the trap that fits best."
    assert first.explanation == "One burnt slice becomes 'everything'."
    assert generated == "Mind reading means assuming you know what others think. Look at the word 'everything'."
    assert specific == "It is gloomy, but it is about all of life, not one disaster ahead."


def test_thought_naming_an_unknown_trap_is_reported(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_text(
        "id: bad\ntitle: T\ntraps:\n  - {id: a, label: A, definition: d}\n  - {id: b, label: B, definition: d}\n"
        "thoughts:\n  - {id: t1, text: x, trap: z, explanation: e, hint: h}\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"bad\.yml: thought 't1': trap 'z' is not one of \['a', 'b'\]"):
        load_model(TrapSpotterContent, path)


# --- form (thought record) ------------------------------------------------------

GOOD = {"situation": "Exam results", "feeling": "Sad", "intensity": "70", "evidence": "I failed one paper"}


def test_complete_entry_becomes_a_record_in_form_order(fixture_data):
    result = check_entry(Form.read("form_sample"), GOOD)
    assert result.ok
    assert [(line.label, line.value) for line in result.record] == [
        ("Situation", "Exam results"),
        ("Feeling", "Sad"),
        ("Intensity", "70 / 100"),
        ("Evidence", "I failed one paper"),
    ]


def test_empty_entry_lists_every_missing_field_kindly(fixture_data):
    result = check_entry(Form.read("form_sample"), {"situation": "  ", "intensity": ""})
    assert not result.ok and result.record == ()
    assert result.problems == (
        "Situation: please write something here.",
        "Feeling: please write something here.",
        "Intensity: choose a whole number from 0 to 100.",
        "Evidence: please write something here.",
    )


@pytest.mark.parametrize(
    "rating, ok",
    [
        ("0", True),
        ("100", True),
        (" 7 ", True),
        ("050", True),
        (42, True),
        ("-1", False),
        ("101", False),
        ("7.5", False),
        ("abc", False),
        (None, False),
    ],
)
def test_rating_must_be_a_whole_number_from_0_to_100(fixture_data, rating, ok):
    assert check_entry(Form.read("form_sample"), {**GOOD, "intensity": rating}).ok is ok


def test_html_and_unicode_are_kept_as_typed_for_the_views_to_escape(fixture_data):
    typed = "<script>alert('hi')</script> naïve — 抑郁 😊"
    result = check_entry(Form.read("form_sample"), {**GOOD, "situation": typed})
    assert result.record[0].value == typed


def test_very_long_text_is_refused_with_its_limit(fixture_data):
    form = Form.read("form_sample")
    assert check_entry(form, {**GOOD, "situation": "x" * MAX_TEXT}).ok
    too_long = check_entry(form, {**GOOD, "situation": "x" * (MAX_TEXT + 1)})
    assert too_long.problems == (f"Situation: please keep this under {MAX_TEXT} characters.",)
    assert check_entry(form, {**GOOD, "evidence": "y" * LONG_TEXT_LIMIT}).ok


# --- activity week ---------------------------------------------------------------


def test_week_loads_and_summarises(fixture_data):
    week = load_week("week_sample")
    assert len(week) == 6 and week[5].activity == "Café — crème brûlée <b>treat</b>"
    summary = summarise(week)
    assert summary.sentences == [
        "6 activities, average mood 4.8 out of 10.",
        "Mood averaged 6.0 during activities rated 6 or more for pleasure or mastery, and 2.5 during the rest.",
        "Highest mood: Café — crème brûlée <b>treat</b> (Sat, mood 7).",
    ]
    assert summary.daily_mood == {"Mon": 4.5, "Tue": 5, "Wed": 6, "Thu": 2, "Sat": 7}


def test_summary_needs_at_least_one_activity():
    with pytest.raises(ValueError, match="add at least one activity"):
        summarise([])


@pytest.mark.parametrize("value, shown", [(6.25, "6.3"), (6.35, "6.4"), (4.8333, "4.8"), (5.0, "5.0")])
def test_one_decimal_rounds_half_up_like_the_page_script(value, shown):
    assert one_decimal(value) == shown


def test_malformed_week_names_file_line_and_field(tmp_path, monkeypatch):
    (tmp_path / "planner").mkdir()
    (tmp_path / "planner" / "bad.csv").write_text(
        "day,activity,pleasure,mastery,mood\nMon,Walk,7,4,6\nFunday,Walk,7,4,6\nTue,,3,3,3\nWed,Run,11,4,6\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("THERAPYBOOK_DATA", str(tmp_path))
    with pytest.raises(ContentError) as caught:
        load_week("bad")
    lines = str(caught.value).splitlines()
    assert lines[0].endswith(
        "bad.csv: line 3: 'day' must be 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat' or 'Sun' (found 'Funday')"
    )
    assert lines[1].endswith("bad.csv: line 4: 'activity' must not be empty")
    assert lines[2].endswith("bad.csv: line 5: 'pleasure' must be less than or equal to 10")


@pytest.mark.parametrize(
    "values, problems",
    [
        (
            {"day": "Mon", "activity": "  ", "pleasure": 1, "mastery": 1, "mood": 1},
            ["Activity: please write what you did."],
        ),
        (
            {"day": "Mon", "activity": "Run", "pleasure": 1, "mastery": 1, "mood": 11},
            ["Mood: choose a whole number from 0 to 10."],
        ),
        (
            {"day": "", "activity": "😊" * 2001, "pleasure": "x", "mastery": "4,5", "mood": 2},
            [
                "Day: choose a day of the week.",
                "Activity: please keep this under 2000 characters.",
                "Pleasure: choose a whole number from 0 to 10.",
                "Mastery: choose a whole number from 0 to 10.",
            ],
        ),
    ],
)
def test_a_students_entry_is_checked_in_plain_words(values, problems):
    result = check_activity(values)
    assert result.entry is None and list(result.problems) == problems


def test_a_good_entry_is_trimmed_and_kept():
    result = check_activity(
        {"day": "Sun", "activity": "\u200b Tea with Jo ", "pleasure": "7", "mastery": 3, "mood": "8"}
    )
    assert result.problems == () and result.entry.activity == "Tea with Jo" and result.entry.mastery == 3
