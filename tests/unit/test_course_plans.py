"""The course plans (data/plans/course_plans.yml): a 12-week and a 15-week semester and a short module that use all
13 chapters, with each week's reading time added up from the chapters' own "Estimated time" lines, and a clear
message for a plan that names a chapter the book does not have."""

from __future__ import annotations

import re

import nbformat
import pytest
from toc import ROOT, chapter_files

from therapybook.core.errors import ContentError
from therapybook.instructor.plans import load_plans, plan
from therapybook.instructor.schedules import plan_schedule

# Each chapter's minutes, read here from the notebooks themselves (not through the package's own reader).
ESTIMATE = re.compile(r"\*\*Estimated time:\*\* (\d+) minutes")
MINUTES = {
    int(name.split("/")[1][:2]): int(ESTIMATE.search(nbformat.read(ROOT / f"{name}.ipynb", 4).cells[0].source)[1])
    for name in chapter_files()
}
PLANS = {"semester-12": 12, "semester-15": 15, "short-module": 6}


def test_the_book_has_thirteen_chapters_with_time_estimates():
    assert sorted(MINUTES) == list(range(1, 14))


@pytest.mark.parametrize(("plan_id", "length"), PLANS.items())
def test_each_plan_uses_every_chapter_once(plan_id, length):
    chosen, weeks = plan(plan_id)
    assert len(weeks) == length
    used = [c.number for w in weeks for c in (*w.core, *w.optional)]
    assert sorted(used) == list(range(1, 14)), f"{chosen.title}: chapters {sorted(used)}"


@pytest.mark.parametrize("plan_id", ["semester-12", "semester-15"])
def test_a_semester_reads_every_chapter_in_book_order(plan_id):
    _chosen, weeks = plan(plan_id)
    assert [c.number for w in weeks for c in w.core] == list(range(1, 14))
    assert not any(w.optional for w in weeks)
    assert any(w.study for w in weeks), "a week for review with the study pages"


def test_the_short_module_names_core_and_optional_chapters():
    _chosen, weeks = plan("short-module")
    assert all(w.core for w in weeks), "every session has a core chapter"
    assert sum(len(w.core) for w in weeks) == 6 and sum(len(w.optional) for w in weeks) == 7


@pytest.mark.parametrize("plan_id", PLANS)
def test_weekly_reading_time_comes_from_the_chapters_estimates(plan_id):
    _chosen, weeks = plan(plan_id)
    for week in weeks:
        assert week.minutes == sum(MINUTES[c.number] for c in week.core)
        assert week.optional_minutes == sum(MINUTES[c.number] for c in week.optional)
    table = "\n".join(node.astext() for node in plan_schedule(plan_id, "book/instructor_guide", set()))
    for week in weeks:
        if week.core:
            assert f"{week.minutes} min" in table
    core = sum(w.minutes for w in weeks)
    assert f"{core} minutes" in table


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ("core: [13]", "core: [14]"),
            "plan 'semester-12': week 11: chapter 14 is not a chapter of the book",
        ),
        (
            ('core: [2]\n        focus: "The cognitive model', 'core: [1]\n        focus: "The cognitive model'),
            "plan 'semester-12': week 2: chapter 1 is already set in week 1",
        ),
        (
            (
                'study: [review]\n        focus: "Review and assessment: retrieval',
                'study: [reveiw]\n        focus: "Review and assessment: retrieval',
            ),
            "plan 'semester-12': session 12: study page 1 must be 'review' or 'my_progress' (found 'reveiw')",
        ),
        (("  - id: semester-15", "  - id: semester-12"), "plan id 'semester-12' is used twice"),
    ],
    ids=["unknown chapter", "chapter twice", "unknown study page", "duplicate id"],
)
def test_a_bad_plan_is_named_with_its_file_plan_and_week(tmp_path, edit, message):
    text = (ROOT / "data" / "plans" / "course_plans.yml").read_text(encoding="utf-8")
    old, new = edit
    assert old in text
    path = tmp_path / "course_plans.yml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_plans(path)
    assert message in str(error.value)
    assert str(error.value).startswith(str(path))


def test_an_unknown_plan_lists_the_plans():
    with pytest.raises(ContentError, match="there is no plan 'semester-10'; the plans are semester-12, semester-15"):
        plan("semester-10")
