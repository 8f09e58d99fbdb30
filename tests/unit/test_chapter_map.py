"""The guide's chapter map, read from the chapters themselves: what each chapter builds on (earlier chapters only),
every exercise it shows, and each exercise by the title students see, never by a file or folder name."""

from __future__ import annotations

import json

import pytest

from therapybook.instructor.catalogue import Exercise, chapters, read_chapter
from therapybook.instructor.maps import exercise_cells, exercise_title

CHAPTERS = chapters()


def notebook(tmp_path, name: str, first: str, *cells: tuple[str, str]) -> object:
    """A minimal chapter notebook: its first cell, then (cell type, source) pairs."""
    sources = [("markdown", first), *cells]
    data = {
        "cells": [{"cell_type": kind, "metadata": {}, "source": text} for kind, text in sources],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = tmp_path / f"{name}.ipynb"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


FIRST = "# Title\n\n1. Explain something.\n\n**Estimated time:** 30 minutes (reading).\n"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.name for c in CHAPTERS])
def test_a_chapter_builds_on_earlier_chapters_only(chapter):
    later = [n for n in chapter.refers_to if n >= chapter.number]
    assert not later, f"chapter {chapter.number} lists chapter(s) {later} as what it builds on"


def test_a_preview_of_a_later_chapter_is_not_something_the_chapter_builds_on(tmp_path):
    prose = (
        "As chapter 2 showed, and as [the IPT chapter](05_interpersonal_therapy.ipynb) and chapters 3 and 4 did, "
        "this builds on earlier work. Chapter 12 looks more closely at measuring; see [chapter 9](09_x.ipynb)."
    )
    found = read_chapter(notebook(tmp_path, "07_topic", FIRST, ("markdown", prose)))
    assert found.refers_to == (2, 3, 4, 5)


def test_every_exercise_a_chapter_shows_is_on_the_map(tmp_path):
    code = 'from therapybook import Phq9\n\nPhq9.from_file("phq9_case")'
    helper = 'from therapybook.evidence_explorer import trial_filter\n\ntrial_filter("trial_filters")'
    found = read_chapter(notebook(tmp_path, "04_topic", FIRST, ("code", code), ("code", helper)))
    assert found.exercises == (Exercise("phq9", "phq9_case"), Exercise("evidence_filter", "trial_filters"))


def test_the_phq9_explainer_is_among_chapter_12s_exercises():
    chapter = next(c for c in CHAPTERS if c.number == 12)
    assert Exercise("phq9", "phq9_case") in chapter.exercises
    assert any("PHQ-9 explainer" in cell for cell in exercise_cells(chapter))


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.name for c in CHAPTERS])
def test_each_exercise_shows_its_title_not_an_internal_name(chapter):
    cells = exercise_cells(chapter)
    assert len(cells) == len(chapter.exercises)
    for exercise, cell in zip(chapter.exercises, cells, strict=True):
        assert cell.startswith(exercise_title(exercise)), cell
        assert "_" not in cell, f"an internal name on the map: {cell}"
