"""The live Jupyter view: choose answers, click, and read what the student sees."""

from __future__ import annotations

import pytest

from therapybook import Quiz, Walkthrough


@pytest.fixture
def view(fixture_data):
    return Quiz.from_file("sample").view()


def choose(question_view, *texts):
    """Tick the options with these texts, as a student would, whatever order they are shown in."""
    shown = [o.text for o in question_view.question.options]
    if question_view.question.type == "multiple":
        for i, box in enumerate(question_view.checkboxes):
            box.value = shown[i] in texts
    else:
        question_view.choice.value = shown.index(texts[0])


def test_wrong_then_right_answer_shows_each_feedback_and_the_score(view):
    q1 = view.questions["q1"]
    assert q1.show_answer.layout.display == "none"
    choose(q1, "An antidepressant")
    q1.check.click()
    assert "Not quite." in q1.feedback.value and "✗" in q1.feedback.value
    assert "An antidepressant is a medicine" in q1.feedback.value
    assert "Have another go, or show the answer." in q1.feedback.value
    assert "Talk therapies work through conversation" not in q1.feedback.value, "no explanation after a wrong try"
    assert q1.show_answer.layout.display is None, "Show answer is offered after a wrong try"
    assert view.score.value == "<p><b>0 of 3 correct (2 not answered yet).</b></p>"
    choose(q1, "Cognitive behavioural therapy")
    q1.check.click()
    assert "Correct." in q1.feedback.value and "✓" in q1.feedback.value
    assert "Talk therapies work through conversation" in q1.feedback.value
    assert "Source: Cuijpers et al., 2021" in q1.feedback.value
    assert q1.show_answer.layout.display == "none"
    assert "1 of 3 correct" in view.score.value


def labels(question_view):
    """What the student reads beside each option, in the order shown."""
    if question_view.question.type == "multiple":
        return [box.description for box in question_view.checkboxes]
    return [label for label, _value in question_view.choice.options]


def test_show_answer_names_and_marks_the_right_option_and_the_wrong_tick(view):
    q1 = view.questions["q1"]
    choose(q1, "A brisk walk")
    q1.check.click()
    assert "A brisk walk — ✗ Not right" in labels(q1), "the wrong try is marked on the option"
    assert not any("Right answer" in label for label in labels(q1)), "a wrong try does not give the answer away"
    q1.show_answer.click()
    assert "Here is the answer: Cognitive behavioural therapy." in q1.feedback.value
    assert "<b>Cognitive behavioural therapy</b>: Yes: CBT is a structured talk therapy." in q1.feedback.value
    assert "Talk therapies work through conversation" in q1.feedback.value
    assert sorted(label for label in labels(q1) if " — " in label) == [
        "A brisk walk — ✗ Not right",
        "Cognitive behavioural therapy — ✓ Right answer",
    ]
    assert q1.question.options[q1.choice.value].text == "A brisk walk", "the student's own tick stays, marked wrong"
    assert view.score.value == "<p><b>0 of 3 correct (2 not answered yet).</b></p>"
    view.reset.click()
    assert labels(q1) == [o.text for o in q1.question.options] and q1.choice.value is None


def test_check_without_an_answer_asks_for_one_and_does_not_score(view):
    q1 = view.questions["q1"]
    q1.check.click()
    assert q1.feedback.value == "<p>Choose an answer first, then check it.</p>"
    assert view.score.value == ""


def test_choose_all_that_apply_with_checkboxes(view):
    q2 = view.questions["q2"]
    choose(q2, "Remission")
    q2.check.click()
    assert "Partly right." in q2.feedback.value
    assert "You chose this, and it applies." in q2.feedback.value
    assert "You left this out, but it applies." not in q2.feedback.value, "a partial try does not give the rest away"
    choose(q2, "Remission", "Relapse")
    q2.check.click()
    assert "Correct." in q2.feedback.value and "You left this out, rightly." in q2.feedback.value


def test_markup_in_content_is_shown_as_text(view):
    q3 = view.questions["q3"]
    prompt = q3.box.children[0].value
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in prompt and "<script>" not in prompt
    choose(q3, "False")
    q3.check.click()
    assert "&amp; &lt;b&gt;more&lt;/b&gt;." in q3.feedback.value


def test_try_again_clears_answers_feedback_and_score(view):
    q1 = view.questions["q1"]
    q1.choice.value = 0
    q1.check.click()
    view.reset.click()
    assert q1.choice.value is None and q1.feedback.value == "" and view.score.value == ""
    assert view.session.summary == "0 of 3 correct (3 not answered yet)."


def test_each_display_gets_its_own_score(fixture_data):
    quiz = Quiz.from_file("sample")
    first, second = quiz.view(), quiz.view()
    first.questions["q1"].choice.value = 0
    first.questions["q1"].check.click()
    assert second.session.summary.startswith("0 of 3")


def test_walkthrough_buttons_and_lens(fixture_data):
    view = Walkthrough.from_file("sample_walk").view()
    assert view.position.value == "Step 1 of 3" and view.back.disabled
    view.next.click()
    assert view.position.value == "Step 2 of 3"
    assert "Working" in view.step_title.value and view.step_text.value == "<p>You practise.</p>"
    assert "Frank et al., 1991" in view.source.value
    view.lens.value = "clinical"
    assert view.step_text.value == "<p>Acute treatment.</p>"
    view.next.click()
    assert view.next.disabled and view.position.value == "Step 3 of 3"
    view.back.click()
    view.back.click()
    assert view.step_text.value == "<p>Assessment &lt;em&gt;begins&lt;/em&gt;.</p>"


def test_quiz_view_carries_its_layout_fix_for_long_options(view):
    # Long radio labels overlap under ipywidgets' fixed line height (seen in JupyterLab).
    assert "tb-live" in view.box._dom_classes
    style = view.box.children[0].value
    assert ".tb-live .widget-radio-box label" in style and "height: auto;" in style


def test_the_notebook_and_the_page_show_options_in_the_same_shuffled_order(fixture_data):
    import re

    quiz = Quiz.from_file("sample")
    page_labels = re.findall(r'<label for="tb-quiz-sample-q1-o\d+">([^<]*)</label>', quiz.html())
    live = quiz.view().questions["q1"].choice
    assert [label for label, _ in live.options] == page_labels
    assert page_labels == [o.text for o in quiz.bank.questions[0].options]
