"""Loading content files: valid files load, and every malformed file fails
with one message that names the file, the item and the field."""

from __future__ import annotations

import textwrap

import pytest

from therapybook import ContentError, Quiz, Walkthrough

GOOD_QUESTION = """\
  - id: q1
    type: single
    prompt: "A question?"
    options:
      - text: "Yes"
        correct: true
        feedback: "Right."
      - text: "No"
        feedback: "Not this one."
    explanation: "Because."
"""


def quiz_file(tmp_path, body: str, name: str = "bad"):
    path = tmp_path / "quiz" / f"{name}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


MALFORMED_QUIZZES = {
    "missing feedback on option 2": (
        """\
        id: bad
        title: T
        questions:
          - id: q3
            type: single
            prompt: P
            options:
              - text: A
                correct: true
                feedback: F
              - text: B
            explanation: E
        """,
        "question 'q3': option 2: 'feedback' is required",
    ),
    "empty prompt": (
        """\
        id: bad
        title: T
        questions:
          - id: q1
            type: single
            prompt: "   "
            options: [{text: A, correct: true, feedback: F}, {text: B, feedback: F}]
            explanation: E
        """,
        "question 'q1': 'prompt' must not be empty",
    ),
    "unknown question type": (
        """\
        id: bad
        title: T
        questions:
          - id: q1
            type: essay
            prompt: P
            options: [{text: A, correct: true, feedback: F}, {text: B, feedback: F}]
            explanation: E
        """,
        "question 'q1': 'type' must be 'single', 'multiple' or 'truefalse'",
    ),
    "two correct answers in a single-choice question": (
        """\
        id: bad
        title: T
        questions:
          - id: q2
            type: single
            prompt: P
            options: [{text: A, correct: true, feedback: F}, {text: B, correct: true, feedback: F}]
            explanation: E
        """,
        "question 'q2': a 'single' question needs exactly one correct option, found 2",
    ),
    "no correct answer in a multiple-select question": (
        """\
        id: bad
        title: T
        questions:
          - id: q4
            type: multiple
            prompt: P
            options: [{text: A, feedback: F}, {text: B, feedback: F}]
            explanation: E
        """,
        "question 'q4': a 'multiple' question needs at least one correct option",
    ),
    "true/false with other option texts": (
        """\
        id: bad
        title: T
        questions:
          - id: q5
            type: truefalse
            prompt: P
            options: [{text: "Yes", correct: true, feedback: F}, {text: "No", feedback: F}]
            explanation: E
        """,
        "question 'q5': a 'truefalse' question has exactly two options, 'True' then 'False'",
    ),
    "misspelt field": (
        """\
        id: bad
        title: T
        questions:
          - id: q1
            type: single
            prompt: P
            options: [{text: A, correct: true, feedbak: F}, {text: B, feedback: F}]
            explanation: E
        """,
        "question 'q1': option 1: 'feedbak' is not a known field",
    ),
    "duplicate question ids": (
        "id: bad\ntitle: T\nquestions:\n" + GOOD_QUESTION + GOOD_QUESTION,
        "question id 'q1' is used twice",
    ),
    "objective not declared": (
        "id: bad\ntitle: T\nquestions:\n" + GOOD_QUESTION + "    objective: nowhere\n",
        "question 'q1': objective 'nowhere' is not listed under 'objectives'",
    ),
    "only one option": (
        """\
        id: bad
        title: T
        questions:
          - id: q6
            type: single
            prompt: P
            options: [{text: A, correct: true, feedback: F}]
            explanation: E
        """,
        "question 'q6': 'options' needs at least 2 item(s)",
    ),
    "no questions at all": ("id: bad\ntitle: T\nquestions: []\n", "'questions' needs at least 1 item(s)"),
    "id with spaces": (
        "id: bad\ntitle: T\nquestions:\n" + GOOD_QUESTION.replace("id: q1", "id: 'question one'"),
        "question 'question one': 'id' must use only lowercase letters",
    ),
    "very long text": (
        "id: bad\ntitle: T\nquestions:\n" + GOOD_QUESTION.replace('"A question?"', "'" + "x" * 2001 + "'"),
        "question 'q1': 'prompt' is too long (more than 2000 characters)",
    ),
    "id does not match file name": (
        "id: other\ntitle: T\nquestions:\n" + GOOD_QUESTION,
        "'id' is 'other' but must match the file name 'bad'",
    ),
    "broken YAML": ("id: bad\ntitle: [unclosed\n", "not valid YAML"),
    "a list instead of a mapping": ("- id: q1\n", "expected a mapping of fields at the top, found list"),
    "empty file": ("", "the file is empty"),
}


@pytest.mark.parametrize("body, expected", MALFORMED_QUIZZES.values(), ids=MALFORMED_QUIZZES.keys())
def test_malformed_quiz_names_file_item_and_field(tmp_path, body, expected):
    path = quiz_file(tmp_path, body)
    with pytest.raises(ContentError) as caught:
        Quiz.read(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    assert expected in message


def test_every_problem_in_a_file_is_reported_not_just_the_first(tmp_path):
    body = MALFORMED_QUIZZES["missing feedback on option 2"][0].replace("prompt: P", "prompt: ''")
    with pytest.raises(ContentError) as caught:
        Quiz.read(quiz_file(tmp_path, body))
    lines = str(caught.value).splitlines()
    assert len(lines) == 2
    assert any("'prompt' must not be empty" in line for line in lines)
    assert any("option 2: 'feedback' is required" in line for line in lines)


def test_non_utf8_file_is_reported(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_bytes(b"id: bad\ntitle: caf\xe9\n")
    with pytest.raises(ContentError, match="is not UTF-8 text"):
        Quiz.read(path)


def test_unknown_quiz_name_lists_what_exists(fixture_data):
    with pytest.raises(ContentError, match=r"quiz/nope\.yml: no such file; the quiz files available are: sample"):
        Quiz.read("nope")


def test_valid_fixture_quiz_loads_with_unicode_and_markup_kept_as_text(fixture_data):
    bank = Quiz.read("sample")
    assert [q.id for q in bank.questions] == ["q1", "q2", "q3"]
    assert bank.questions[2].prompt.startswith("<script>")
    [right] = bank.questions[0].correct_indices
    assert bank.questions[0].options[right].text == "Cognitive behavioural therapy"


def test_unicode_text_is_accepted(tmp_path):
    body = "id: bad\ntitle: Ünïcödé — 抑郁 😊\nquestions:\n" + GOOD_QUESTION
    assert Quiz.read(quiz_file(tmp_path, body)).title == "Ünïcödé — 抑郁 😊"


MALFORMED_WALKTHROUGHS = {
    "lens text missing for a step": (
        """\
        id: bad
        title: T
        lens: {label: L, options: [{id: a, label: A}, {id: b, label: B}]}
        steps:
          - {id: s1, title: S, text: {a: x}}
        """,
        "step 's1': 'text' has no entry for lens option(s) ['b']",
    ),
    "text for an unknown lens": (
        """\
        id: bad
        title: T
        lens: {label: L, options: [{id: a, label: A}]}
        steps:
          - {id: s1, title: S, text: {a: x, z: y}}
        """,
        "step 's1': 'text' has entries for unknown lens option(s) ['z']",
    ),
    "step without a title": (
        "id: bad\ntitle: T\nsteps:\n  - {id: s1, text: hello}\n",
        "step 's1': 'title' is required",
    ),
    "empty step text": (
        "id: bad\ntitle: T\nsteps:\n  - {id: s1, title: S, text: ''}\n",
        "step 's1': 'text' must not be empty",
    ),
}


@pytest.mark.parametrize("body, expected", MALFORMED_WALKTHROUGHS.values(), ids=MALFORMED_WALKTHROUGHS.keys())
def test_malformed_walkthrough_names_file_item_and_field(tmp_path, body, expected):
    path = tmp_path / "walkthrough" / "bad.yml"
    path.parent.mkdir()
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        Walkthrough.read(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert expected in str(caught.value)
