"""The PHQ-9 explainer and the plan builder in Jupyter, used the way a student would."""

from __future__ import annotations

import pytest

from therapybook import Phq9, RelapsePlan
from therapybook.kinds.relapse_plan.plan import plan_path


def test_changing_answers_rescores_and_item_9_brings_the_safety_message(fixture_data):
    view = Phq9.from_file("phq9_sample").view()
    assert "Sam's total: 8 of 27 (mild)." in view.result.value
    assert "fallen by 55%: a response (at least half), and not remission (5 or more)." in view.result.value
    assert view.safety.value == ""
    view.items[8].value = 1
    assert "Sam's total: 9 of 27 (mild)." in view.result.value
    assert "988" in view.safety.value and "116 123" in view.safety.value
    view.items[8].value = 0
    for control in view.items:
        control.value = 0
    assert "0 of 27 (minimal)" in view.result.value and "and remission (below 5)." in view.result.value
    assert view.safety.value == ""


@pytest.fixture
def user_data(tmp_path, monkeypatch):
    monkeypatch.setenv("THERAPYBOOK_USER_DATA", str(tmp_path))
    return tmp_path


def test_a_saved_plan_comes_back_in_a_new_session(fixture_data, user_data):
    first = RelapsePlan.from_file("plan_sample").view()
    assert "When you press Save" in first.status.value
    first.fields["signs"].value = "Waking at 4 <am>"
    first.save.click()
    assert "Saved privately in" in first.status.value
    again = RelapsePlan.from_file("plan_sample").view()
    assert again.fields["signs"].value == "Waking at 4 <am>"
    assert "Your saved plan was loaded" in again.status.value
    assert "&lt;am&gt;" not in again.status.value and "<am>" not in again.status.value


def test_empty_the_fields_does_not_touch_the_saved_plan(fixture_data, user_data):
    view = RelapsePlan.from_file("plan_sample").view()
    view.fields["helps"].value = "A walk"
    view.save.click()
    view.clear.click()
    assert view.fields["helps"].value == ""
    assert RelapsePlan.from_file("plan_sample").view().fields["helps"].value == "A walk"


def test_saving_an_empty_plan_over_a_written_one_asks_first_and_keeps_the_previous_version(fixture_data, user_data):
    view = RelapsePlan.from_file("plan_sample").view()
    view.fields["signs"].value = "Waking at 4"
    view.save.click()
    view.clear.click()
    view.save.click()
    assert view.confirm.layout.display is None, "asked before the written plan is replaced"
    assert "Save the empty plan over it?" in view.confirm.children[0].value
    view.keep.click()
    assert "your saved plan is unchanged" in view.status.value and view.confirm.layout.display == "none"
    assert RelapsePlan.from_file("plan_sample").view().fields["signs"].value == "Waking at 4"

    view.save.click()
    view.overwrite.click()
    assert "Saved privately" in view.status.value
    again = RelapsePlan.from_file("plan_sample").view()
    assert again.fields["signs"].value == "", "the empty plan was saved, as asked"
    again.previous.click()
    assert again.fields["signs"].value == "Waking at 4", "and one step back brings the written one back"
    assert "Press Save my plan to keep it" in again.status.value
    again.save.click()
    assert RelapsePlan.from_file("plan_sample").view().fields["signs"].value == "Waking at 4"


def test_bring_back_with_nothing_to_bring_back_says_so(fixture_data, user_data):
    view = RelapsePlan.from_file("plan_sample").view()
    view.previous.click()
    assert "no previous version" in view.status.value


def test_a_corrupt_saved_plan_is_set_aside_with_a_message(fixture_data, user_data):
    plan = RelapsePlan.from_file("plan_sample")
    path = plan_path(plan.content)
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    view = plan.view()
    assert "could not be read" in view.status.value and "unreadable" in view.status.value
    assert all(field.value == "" for field in view.fields.values())


def test_a_plan_that_cannot_be_saved_says_why_and_keeps_the_text(fixture_data, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("THERAPYBOOK_USER_DATA", str(blocker / "inside"))  # a folder cannot be made inside a file
    view = RelapsePlan.from_file("plan_sample").view()
    view.fields["signs"].value = "Keep me"
    view.save.click()
    assert "Could not save to" in view.status.value and "Nothing was lost" in view.status.value
    assert view.fields["signs"].value == "Keep me"
