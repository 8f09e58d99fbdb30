"""The exercises' live views: type, choose, click, and read what the student sees."""

from __future__ import annotations

import pytest

from therapybook import ActivityPlanner, Form, TrapSpotter


def test_trap_spotter_wrong_then_right(fixture_data):
    view = TrapSpotter.from_file("traps_sample").view()
    t02 = view.questions["t02"]
    assert "&lt;b&gt;at once&lt;/b&gt;" in t02.box.children[0].value
    t02.choice.value = 0
    t02.check.click()
    assert "Not quite." in t02.feedback.value
    assert "Overgeneralisation means drawing a sweeping conclusion from one event. Whose thoughts" in t02.feedback.value
    t02.choice.value = 1
    t02.check.click()
    assert "Correct." in t02.feedback.value and "claims to know what she thinks" in t02.feedback.value


@pytest.fixture
def form_view(fixture_data):
    return Form.from_file("form_sample").view()


def fill(view, **values):
    for key, value in values.items():
        view.inputs[key].value = value


def test_thought_record_is_shown_back_escaped(form_view):
    fill(
        form_view,
        situation="<script>alert(1)</script> at work",
        feeling="Worried — très",
        intensity=80,
        evidence="Line one\nline two",
    )
    form_view.show.click()
    record = form_view.record.value
    assert "<caption>Sample record</caption>" in record
    assert "&lt;script&gt;alert(1)&lt;/script&gt; at work" in record and "<script>" not in record
    assert '<th scope="row">Intensity</th><td style="white-space: pre-wrap">80 / 100</td>' in record
    assert "Line one\nline two" in record
    assert "not saved anywhere" in form_view.feedback.value


def test_empty_thought_record_asks_for_each_field(form_view):
    form_view.show.click()
    assert form_view.record.value == ""
    assert "<li>Situation: please write something here.</li>" in form_view.feedback.value
    assert "<li>Evidence: please write something here.</li>" in form_view.feedback.value


def test_clear_empties_the_record(form_view):
    fill(form_view, situation="a", feeling="b", evidence="c")
    form_view.show.click()
    form_view.clear.click()
    assert form_view.inputs["situation"].value == "" and form_view.record.value == ""


@pytest.fixture
def planner(fixture_data):
    return ActivityPlanner.from_file("week_sample").view()


def test_planner_starts_from_the_worked_week(planner):
    assert len(planner.entries.options) == 6
    assert "6 activities, average mood 4.8 out of 10." in planner.summary.value
    assert bytes(planner.chart.value).startswith(b"\x89PNG")


def test_adding_an_activity_updates_list_summary_and_chart(planner):
    before = bytes(planner.chart.value)
    planner.day.value = "Sun"
    planner.name.value = "Played guitar"
    planner.ratings["pleasure"].value, planner.ratings["mastery"].value, planner.ratings["mood"].value = 8, 6, 8
    planner.add.click()
    assert len(planner.entries.options) == 7
    assert planner.feedback.value == "<p>Added Played guitar.</p>"
    assert "7 activities, average mood 5.3 out of 10." in planner.summary.value
    assert bytes(planner.chart.value) != before


def test_editing_and_removing_a_selected_activity(planner):
    planner.entries.value = 4  # "Skipped the class"
    assert planner.name.value == "Skipped the class" and planner.ratings["mood"].value == 2
    planner.ratings["mood"].value = 4
    planner.update.click()
    assert "Thu · Skipped the class (pleasure 1, mastery 0, mood 4)" in [label for label, _ in planner.entries.options]
    planner.entries.value = 0
    planner.remove.click()
    assert len(planner.entries.options) == 5 and planner.feedback.value == "<p>Removed Stayed in bed scrolling.</p>"
    assert planner.entries.value is None
    assert planner.name.value == "", "the form starts blank after a removal, not filled from another activity"


def test_invalid_or_missing_choices_get_a_clear_message(planner):
    planner.name.value = "   "
    planner.ratings["mood"].value = 7
    planner.add.click()
    assert planner.feedback.value == "<p>Activity: please write what you did.</p>"
    assert len(planner.entries.options) == 6
    planner.remove.click()
    assert planner.feedback.value == "<p>Choose an activity in the list first.</p>"


def test_update_with_nothing_selected_says_so_and_adds_nothing(planner):
    planner.name.value = "Called Sam"
    planner.update.click()
    assert planner.feedback.value.startswith("<p>Choose an activity in the list first")
    assert len(planner.entries.options) == 6


def test_the_live_planner_has_the_pages_title_and_intro(planner):
    heading = planner.box.children[1].value
    assert "Activity and mood planner" in heading and "Nothing you enter leaves this page or notebook." in heading


def test_markup_in_activity_names_stays_text(planner):
    assert "Café — crème brûlée &lt;b&gt;treat&lt;/b&gt;" in planner.summary.value
