"""Answer keys live in the instructor edition only: the student book has none on any page, the
instructor edition (`make instructor`) has every question of every bank, and the answer-keys
directive refuses to render in a project that has not switched keys on."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from footers import footer_problems
from run_once import once_per_run
from toc import INSTRUCTOR_TOC, ROOT, book_pages

from therapybook.edition import edition
from therapybook.instructor.catalogue import bank, bank_files, chapters
from therapybook.instructor.keys import KEY_CLASS, RIGHT_CLASS, WRONG_CLASS

INSTRUCTOR_HTML = ROOT / "_build" / "instructor" / "_build" / "html"
KEY_MARKS = (KEY_CLASS, RIGHT_CLASS, WRONG_CLASS, "Answer key:")


@pytest.fixture(scope="session")
def instructor_book(tmp_path_factory) -> Path:
    """Build the instructor edition once per run (once for all workers), exactly as `make instructor` does."""

    def build(_: Path) -> None:
        jupyter_book = Path(sys.executable).parent / "jupyter-book"
        command = [str(jupyter_book), "build", "instructor", "--path-output", "_build/instructor"]
        result = subprocess.run(
            [*command, "--warningiserror", "--keep-going", "--quiet"], capture_output=True, text=True, cwd=ROOT
        )
        if result.returncode != 0:
            pytest.fail(
                f"the instructor edition did not build cleanly:\n{result.stdout[-6000:]}\n{result.stderr[-6000:]}"
            )

    once_per_run(tmp_path_factory, "instructor-book", build)
    return INSTRUCTOR_HTML


def pages(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.html"))


def key_marks_in(folder: Path) -> dict[str, list[str]]:
    """Each page that shows any part of an answer key, with the marks found."""
    found = {}
    for page in pages(folder):
        text = page.read_text(encoding="utf-8")
        marks = [mark for mark in KEY_MARKS if mark in text]
        if marks:
            found[page.relative_to(folder).as_posix()] = marks
    return found


@pytest.mark.book
def test_the_student_book_has_no_answer_key_on_any_page(built_book):
    assert pages(built_book), "the student book has no pages"
    assert key_marks_in(built_book) == {}


@pytest.mark.book
def test_the_guide_maps_objectives_to_questions_without_answers(built_book):
    guide = (built_book / "book" / "instructor_guide.html").read_text(encoding="utf-8")
    for file in bank_files():
        quiz = bank(file)
        if quiz.objectives:
            assert quiz.id in guide, quiz.id
            for objective in quiz.objectives:
                assert f"({objective}, " in guide, f"{quiz.id}: {objective}"
    assert "✓ Right" not in guide and "✗ Wrong" not in guide


@pytest.mark.book
def test_the_instructor_edition_has_every_key(instructor_book):
    keys = (instructor_book / "keys.html").read_text(encoding="utf-8")
    for file in bank_files():
        quiz = bank(file)
        assert f'id="key-{quiz.id}"' in keys, quiz.id
        for question in quiz.questions:
            assert f'id="key-{quiz.id}-{question.id}"' in keys, f"{quiz.id} {question.id}"
    right = sum(len(q.correct_indices) for f in bank_files() for q in bank(f).questions)
    options = sum(len(q.options) for f in bank_files() for q in bank(f).questions)
    assert len(re.findall(rf'class="[^"]*\b{RIGHT_CLASS}\b', keys)) == right
    assert len(re.findall(rf'class="[^"]*\b{WRONG_CLASS}\b', keys)) == options - right


@pytest.mark.book
def test_the_instructor_edition_has_the_help_notice_and_loads_nothing_from_elsewhere(instructor_book):
    for page in pages(instructor_book):
        text = page.read_text(encoding="utf-8")
        name = page.relative_to(instructor_book).as_posix()
        if name in {"book/get_help.html", "search.html", "genindex.html"}:
            continue
        if 'class="bd-article"' in text or "bd-content" in text:
            assert text.count("tb-help-notice") == 1, name
        loads = re.findall(r'<(?:script|img|iframe)[^>]*\ssrc="([^"]+)"|<link[^>]*\shref="([^"]+)"', text)
        for src, href in loads:
            assert not (src or href).startswith(("http:", "https:", "//")), f"{name} loads {src or href}"


@pytest.mark.book
def test_every_page_of_the_instructor_edition_shows_version_licence_and_attribution(instructor_book):
    """The footer, as in the student book: an instructor who prints or copies a key can tell which version it is
    and how to credit it."""
    problems = {page: footer_problems(instructor_book / page) for page in book_pages(INSTRUCTOR_TOC)}
    assert {page: found for page, found in problems.items() if found} == {}


@pytest.mark.book
def test_the_instructor_edition_says_which_version_its_keys_are_from(instructor_book):
    intro = (instructor_book / "intro.html").read_text(encoding="utf-8")
    article = intro[intro.index('<article class="bd-article">') : intro.index("</article>")]
    assert f"These keys are from {edition().label}" in " ".join(re.sub(r"<[^>]+>", " ", article).split())


def test_answer_keys_refuse_to_render_where_the_switch_is_off(tmp_path):
    (tmp_path / "conf.py").write_text('extensions = ["therapybook.instructor.directives"]\n', encoding="utf-8")
    (tmp_path / "index.rst").write_text("Keys\n====\n\n.. answer-keys::\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-q", "-b", "html", str(tmp_path), str(tmp_path / "out")],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "answer keys belong to the instructor edition" in result.stderr


def page_text(path: Path) -> str:
    """A page's text as a reader sees it: tags dropped, entities decoded, typographic quotes made plain."""
    import html

    text = html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
    for curly, plain in {"“": '"', "”": '"', "‘": "'", "’": "'"}.items():
        text = text.replace(curly, plain)
    return re.sub(r"\s+", " ", text)


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("“", '"').replace("”", '"').replace("’", "'"))


@pytest.mark.book
def test_the_guide_shows_how_many_questions_check_every_objective(built_book):
    from therapybook.instructor.objectives import coverage

    text = page_text(built_book / "book" / "instructor_guide.html")
    rows = coverage()
    assert len(rows) == sum(len(c.objectives) for c in chapters()), "every objective of every chapter"
    for row in rows:
        assert plain(f"{row.number}. {row.text}") in text, row.objective
        assert f"{len(row.questions)} ({', '.join(row.questions)})" in text, row.objective
    assert f"{len(rows)} objectives; every one is checked by at least 2 questions." in text


@pytest.mark.book
def test_the_guide_has_three_plans_that_use_every_chapter_with_their_reading_times(built_book):
    from therapybook.instructor.plans import plan

    text = page_text(built_book / "book" / "instructor_guide.html")
    for plan_id in ("semester-12", "semester-15", "short-module"):
        chosen, weeks = plan(plan_id)
        assert chosen.title in text and plain(chosen.intro) in text
        for week in weeks:
            assert plain(week.focus) in text
            for chapter in (*week.core, *week.optional):
                assert plain(f"Chapter {chapter.number}: {chapter.title}") in text
    guide = (built_book / "book" / "instructor_guide.html").read_text(encoding="utf-8")
    for schedule in ("semester_12", "semester_15", "short_module"):
        assert f'href="plans/{schedule}.html"' in guide, f"the guide links to the printable {schedule}"


@pytest.mark.book
def test_the_guide_says_how_to_teach_safely_and_that_the_answers_are_public(built_book):
    guide = built_book / "book" / "instructor_guide.html"
    text = page_text(guide)
    for words in (
        "Teaching the topic safely",
        "nobody will be asked to share their own",
        "If a student discloses distress or risk in class",
        "offer to talk privately",
        "follow your institution's safeguarding or student-at-risk procedure",
        "Never ask students to fill in a PHQ-9 or any questionnaire about themselves",
        "The answers are public",
        "the book's quizzes are practice",
        # The assessment pool (issue 23): said plainly that it is not secret, what it does instead, how to import it.
        "A public repository cannot keep questions secret",
        "Several parallel variants per objective, drawn at random.",
        "Applied questions about new situations.",
        "Case vignettes marked with rubrics.",
        "Get category from file",
        "each set to pick 1 question",
    ):
        assert words in text, words
    assert re.search(r"Dazzi\s*et al\.\s*,\s*2014", text), "the claim about asking cites its source"
    assert 'href="get_help.html"' in guide.read_text(encoding="utf-8")
