"""The blank printable worksheets (book/worksheets/): made from the same content as the exercises, with hostile
text shown as text, and a bad or unknown content file stopping with the usual clear message."""

from __future__ import annotations

import pytest
from toc import ROOT

from therapybook import ContentError, Form, RelapsePlan
from therapybook.kinds.form.blank import blank_form
from therapybook.kinds.phq9.blank import bands_sentence, blank_phq9
from therapybook.kinds.phq9.instrument import ANSWERS, CREDIT, ITEMS
from therapybook.kinds.relapse_plan.blank import blank_plan
from therapybook.worksheets import blank_sheet

FIXTURE_DATA = ROOT / "tests" / "fixtures" / "data"
HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> & <b>bold</b>'


def test_the_blank_thought_record_has_every_field_and_lines_to_write_on(fixture_data):
    form = Form.read("form_sample")
    html, sources = blank_sheet("form/form_sample")
    for field in form.fields:
        assert field.label in html and field.help in html
    assert html.count("<h3>") == len(form.fields)
    assert "tb-lines" in html and "<input" not in html and "<textarea" not in html, "paper, not a form"
    assert sources[-1] == fixture_data / "form" / "form_sample.yml", "the page is rebuilt when the file changes"


def test_hostile_text_in_a_form_or_plan_is_printed_as_text():
    form = Form.read(FIXTURE_DATA / "form" / "form_sample.yml")
    plan = RelapsePlan.read(FIXTURE_DATA / "relapse_plan" / "plan_sample.yml")
    hostile_form = form.model_copy(
        update={
            "title": HOSTILE,
            "fields": [f.model_copy(update={"label": HOSTILE, "help": HOSTILE}) for f in form.fields],
        }
    )
    hostile_plan = plan.model_copy(
        update={
            "title": HOSTILE,
            "sections": [s.model_copy(update={"label": HOSTILE, "examples": [HOSTILE]}) for s in plan.sections],
        }
    )
    for html in (blank_form(hostile_form), blank_plan(hostile_plan)):
        assert "<script>" not in html and "<img" not in html and "<b>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_blank_week_has_every_day_in_three_parts(fixture_data):
    html, _sources = blank_sheet("planner/week_sample")
    for day in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"):
        assert f">{day}</th>" in html
    assert html.count("<tr>") == 1 + 7 * 3
    assert "Pleasure (0–10)" in html and 'role="region"' in html


def test_the_blank_phq9_has_nine_items_four_boxes_each_and_the_credit():
    html = blank_phq9()
    assert all(item in html for item in ITEMS)
    assert html.count('<span class="tb-box"></span>') == len(ITEMS) * len(ANSWERS)
    assert CREDIT in html and "988" in html
    assert bands_sentence() == (
        "Add up the numbers of the ticked boxes: 0 to 4 minimal, 5 to 9 mild, 10 to 14 moderate, "
        "15 to 19 moderately severe, 20 to 27 severe."
    )


def test_a_bad_content_file_gives_the_usual_clear_message(data):
    bad = data / "form" / "broken.yml"
    bad.write_text(
        "id: broken\ntitle: Broken\nfields:\n  - id: one\n    help: Say it\n    kind: text\n", encoding="utf-8"
    )
    with pytest.raises(ContentError, match=r"broken\.yml.*field 'one'.*'label' is required"):
        blank_sheet("form/broken")


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("form/no_such_form", r"no_such_form\.yml: no such file; the form files available are: form_sample"),
        ("quiz/anything", r"'quiz' has no blank worksheet"),
        ("form", r"write 'form/<name of a file in data/form/>'"),
        ("phq9/phq9_sample", r"write 'phq9', not 'phq9/phq9_sample'"),
    ],
)
def test_a_wrong_worksheet_name_says_what_to_write(fixture_data, target, message):
    with pytest.raises(ContentError, match=message):
        blank_sheet(target)
