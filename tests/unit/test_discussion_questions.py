"""Each chapter's discussion questions and assessment idea come from one file (data/teaching/discussion.yml), which
the guide, the course cartridge and the slides all read; a file that leaves out a chapter is refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from toc import chapter_files

from therapybook.core.errors import ContentError
from therapybook.instructor.discussion import discussion_nodes, load_discussion


def test_every_chapter_has_questions_and_an_assessment_idea_in_reading_order():
    found = load_discussion()
    assert [entry.chapter for entry in found] == [name.split("/")[1] for name in chapter_files()]
    for entry in found:
        assert entry.discuss and all(q.rstrip().rstrip('"').endswith(("?", ".")) for q in entry.discuss), entry.chapter
        assert entry.assess.strip(), entry.chapter


def test_the_guide_shows_each_chapter_with_its_title_questions_and_idea():
    paragraphs = discussion_nodes()
    assert len(paragraphs) == len(chapter_files())
    text = paragraphs[1].astext()
    assert text.startswith("Chapter 2: Cognitive behavioural therapy")
    assert "Discuss: Why does the chapter call thinking traps habits of mind" in text
    assert "Assess: a worked thought record" in text


def test_a_file_that_leaves_out_a_chapter_is_refused_by_name(tmp_path: Path):
    source = Path("data/teaching/discussion.yml").read_text("utf-8")
    start = source.index('- chapter: "05_interpersonal_therapy"')
    end = source.index('- chapter: "06_psychodynamic_therapy"')
    broken = tmp_path / "discussion.yml"
    broken.write_text(source[:start] + source[end:], "utf-8")
    with pytest.raises(ContentError, match=r"discussion\.yml.*missing: 05_interpersonal_therapy"):
        load_discussion(broken)


def test_an_empty_question_list_names_the_chapter_and_field(tmp_path: Path):
    broken = tmp_path / "discussion.yml"
    broken.write_text('chapters:\n- chapter: "01_how_therapy_helps"\n  discuss: []\n  assess: "x"\n', "utf-8")
    with pytest.raises(ContentError, match=r"discuss"):
        load_discussion(broken)
