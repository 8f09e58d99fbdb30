"""The sorter: items sorted into categories, graded as a quiz, with bad files named clearly."""

from __future__ import annotations

import textwrap

import pytest

from therapybook import ContentError, Sorter
from therapybook.core.yaml_files import load_model
from therapybook.kinds.sort.convert import to_quiz_bank
from therapybook.kinds.sort.model import RIGHT_CATEGORY, SortContent

GOOD = """\
id: areas
title: Which area?
question: "Which focal area fits best?"
categories:
  - {id: grief, label: Grief, definition: "mourning someone who has died"}
  - {id: disputes, label: Role disputes, definition: "a conflict about what two people expect of each other"}
items:
  - id: v1
    text: "Since her father died, Ana has stopped seeing friends."
    category: grief
    explanation: "The low mood began with a death."
    hint: "Look at what started it."
    feedback: {disputes: "There is no conflict here; the change began with a loss."}
  - id: v2
    text: "Ben and his partner argue every week about who does what."
    category: disputes
    explanation: "Two people expect different things of each other."
    hint: "Who disagrees with whom?"
"""


def write(tmp_path, text, name="areas"):
    path = tmp_path / f"{name}.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_each_item_becomes_a_question_with_the_categories_in_the_authors_order(tmp_path):
    bank = Sorter.load(write(tmp_path, GOOD))
    first, second = bank.questions
    assert first.prompt == "Which focal area fits best? “Since her father died, Ana has stopped seeing friends.”"
    assert [o.text for o in first.options] == ["Grief", "Role disputes"] == [o.text for o in second.options]
    assert [o.feedback for o in first.options] == [
        RIGHT_CATEGORY,
        "There is no conflict here; the change began with a loss.",
    ]
    assert second.options[0].feedback == "Grief means mourning someone who has died. Who disagrees with whom?"
    assert second.explanation == "Two people expect different things of each other."


@pytest.mark.parametrize(
    "change, message",
    [
        (
            ("category: grief", "category: isolation"),
            "item 'v1': category 'isolation' is not one of ['grief', 'disputes']",
        ),
        (("label: Role disputes", "label: GRIEF"), "category 'grief': 'label' 'Grief' is used twice (ignoring case)"),
        (("- id: v2", "- id: v1"), "item id 'v1' is used twice"),
        (("Ben and his partner argue every week about who does what.", "x" * 1990), "item 'v2': 'text' is too long"),
        (('question: "Which focal area fits best?"', 'question: "\\u200b"'), "'question' must not be empty"),
    ],
)
def test_a_bad_sorting_file_names_the_item_and_field(tmp_path, change, message):
    with pytest.raises(ContentError) as caught:
        Sorter.load(write(tmp_path, GOOD.replace(*change)))
    assert message in str(caught.value) and "areas.yml: " in str(caught.value)


def test_the_trap_spotter_is_a_sorting_exercise(fixture_data):
    from therapybook.core.files import content_path
    from therapybook.kinds.traps.model import TrapSpotterContent

    spotter = load_model(TrapSpotterContent, content_path("traps_sample", "traps"))
    as_sort = spotter.as_sort()
    assert isinstance(as_sort, SortContent) and [c.id for c in as_sort.categories] == [t.id for t in spotter.traps]
    assert to_quiz_bank(as_sort).questions[0].prompt.startswith("Which thinking trap fits best? “")
