"""The kernel-free HTML view and the text fallback: escaped, deterministic,
accessible markup, with the data the page script needs."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from therapybook import ContentError, Quiz, Walkthrough


class Collector(HTMLParser):
    """Collects tags, ids and the JSON data island of one output."""

    def __init__(self):
        super().__init__()
        self.tags, self.ids, self.scripts, self._in_script = [], [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.append(attrs["id"])
        self._in_script = tag == "script"

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)

    def handle_endtag(self, tag):
        self._in_script = False


def parse(html: str) -> Collector:
    collector = Collector()
    collector.feed(html)
    return collector


@pytest.fixture
def quiz(fixture_data):
    return Quiz.from_file("sample")


def test_quiz_bundle_has_widget_html_and_text(quiz):
    bundle = quiz._repr_mimebundle_()
    assert {"text/html", "text/plain", "application/vnd.jupyter.widget-view+json"} <= set(bundle)
    assert "Question 1 of 3. Which of these is a talk therapy?" in bundle["text/plain"]
    assert "( ) Cognitive behavioural therapy" in bundle["text/plain"]
    assert "[ ] Remission" in bundle["text/plain"]


def test_script_in_content_is_escaped_never_markup(quiz):
    html = quiz._repr_mimebundle_()["text/html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Therapy is only" in html
    assert "<script>alert(1)" not in html
    assert "Sample quiz &lt;with markup&gt;" in html
    # Only one script element: the JSON data island, which cannot be closed early.
    collected = parse(html)
    scripts = [attrs for tag, attrs in collected.tags if tag == "script"]
    assert scripts == [{"type": "application/json", "class": "tb-data"}]
    assert "</script" not in collected.scripts[0]
    data = json.loads(collected.scripts[0])
    assert data["questions"]["q3"]["explanation"].endswith("& <b>more</b>.")
    assert data["questions"]["q1"]["source"] == "Cuijpers et al., 2021"


def test_quiz_markup_uses_native_labelled_controls(quiz):
    collected = parse(quiz._repr_mimebundle_()["text/html"])
    tags = [tag for tag, _ in collected.tags]
    classes = [attrs.get("class") for tag, attrs in collected.tags if tag == "fieldset"]
    # Each question, and inside it the optional "How sure were you?" group, is a fieldset with a legend.
    assert classes == ["tb-question", "tb-confidence"] * 3 and tags.count("legend") == 6
    sure = [attrs for tag, attrs in collected.tags if tag == "input" and attrs["name"].endswith("-sure")]
    assert [i["value"] for i in sure] == ["sure", "unsure", "guessed"] * 3
    inputs = [attrs for tag, attrs in collected.tags if tag == "input"]
    labels = {attrs["for"] for tag, attrs in collected.tags if tag == "label"}
    assert {i["id"] for i in inputs} == labels
    assert [i["type"] for i in inputs].count("checkbox") == 3  # q2 is "choose all that apply"
    live = [attrs for tag, attrs in collected.tags if attrs.get("aria-live") == "polite"]
    assert len(live) == 4  # one feedback per question and the score


def test_html_is_deterministic_with_unique_content_derived_ids(fixture_data):
    first = Quiz.from_file("sample")._repr_mimebundle_()["text/html"]
    second = Quiz.from_file("sample")._repr_mimebundle_()["text/html"]
    assert first == second
    ids = parse(first).ids
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"tb-quiz-sample(-[a-z0-9_-]+)*", i) for i in ids)


def test_walkthrough_html_has_every_step_and_lens_escaped(fixture_data):
    walk = Walkthrough.from_file("sample_walk")
    html = walk._repr_mimebundle_()["text/html"]
    collected = parse(html)
    steps = [attrs for tag, attrs in collected.tags if tag == "li"]
    assert [s["id"] for s in steps] == [
        "tb-walk-sample_walk-start",
        "tb-walk-sample_walk-middle",
        "tb-walk-sample_walk-end",
    ]
    assert "Assessment &lt;em&gt;begins&lt;/em&gt;." in html
    assert '<label for="tb-walk-sample_walk-lens">Show</label>' in html
    assert "Source: Frank et al., 1991" in html
    assert "Step 2 of 3: Working" in walk._repr_mimebundle_()["text/plain"]


def test_unknown_citation_key_names_file_and_item(fixture_data, tmp_path):
    text = (fixture_data / "quiz" / "sample.yml").read_text(encoding="utf-8")
    path = tmp_path / "sample.yml"
    path.write_text(text.replace("cite: [cuijpers2021network]", "cite: [nobody2020]"), encoding="utf-8")
    with pytest.raises(ContentError, match=r"sample\.yml: question 'q1': 'cite': 'nobody2020' is not in"):
        Quiz.from_file(path)
