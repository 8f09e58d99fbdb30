"""The EPUB edition, read back as an e-reader would: it passes Debian's epubcheck with no error and no warning;
every chapter is there with its headings and figures (alt text as on the built page); the help page comes first;
each quiz's answers only in its chapter's Answers section, after the questions; the language named everywhere;
links that arrive; no script and nothing from another host.

The EPUB is made once per run by the command `make epub` runs. Each check is also run on a copy broken on
purpose (a chapter left out, a figure gone, an answer printed beside its question), so it can be seen to fail."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from epub_reader import (
    Epub,
    answer_problems,
    broken_links,
    chapter_problems,
    language_problems,
    script_and_remote_problems,
    words,
)

from therapybook.editions.offline_check import check
from therapybook.instructor.catalogue import bank, banks_of_chapter, chapters
from therapybook.instructor.lettered import lettered

pytestmark = pytest.mark.book

CRISIS = ["988", "116 123", "Samaritans"]


@pytest.fixture(scope="session")
def epub(epub_file) -> Epub:
    return Epub.read(epub_file.read_bytes())


def built_chapter(built_book: Path, name: str) -> tuple[list[str], list[str]]:
    """The chapter's section headings and its figures' alt texts, as the built page shows them."""
    page = BeautifulSoup((built_book / "notebooks" / f"{name}.html").read_text(encoding="utf-8"), "lxml")
    article = page.select_one("article.bd-article")
    assert article is not None
    headings = [words(h.get_text(" ").replace("#", "")) for h in article.select("section > h2")]
    alts = [str(img.get("alt", "")) for img in article.select("img")]
    assert all(alts), f"{name}: a figure of the built page has no alt text"
    return headings, alts


def quiz_questions(name: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.explanation) for f in banks_of_chapter(name) for q in lettered(bank(f))]


def epubcheck_messages(path: Path, tmp_path: Path) -> list[dict[str, str]]:
    program = shutil.which("epubcheck")
    java = shutil.which("java")
    if program is None or java is None:
        message = "epubcheck is not installed (Debian: sudo apt-get install epubcheck), so the EPUB cannot be checked"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI=true: the EPUB check is required)")
        pytest.skip(message)
    report = tmp_path / "epubcheck.json"
    # The jar runs through java: Debian's hook that runs jar files directly is absent in most containers. A short
    # run needs only the quick compiler and the simple collector, which halve its time.
    command = [java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", os.path.realpath(program)]
    run = subprocess.run([*command, str(path), "--json", str(report)], capture_output=True, text=True)
    assert report.is_file(), f"epubcheck wrote no report:\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}"
    return list(json.loads(report.read_text(encoding="utf-8"))["messages"])


def test_epubcheck_finds_no_error_and_no_warning(epub_file, tmp_path):
    messages = epubcheck_messages(epub_file, tmp_path)
    serious = [m for m in messages if m["severity"] in {"FATAL", "ERROR", "WARNING"}]
    found = [f"{m['severity']} {m['ID']}: {m['message']} ({m['locations'][:1]})" for m in serious]
    assert not found, "epubcheck:\n" + "\n".join(found[:20])


def test_every_chapter_is_there_with_its_headings_and_figures(built_book, epub):
    problems = []
    for chapter in chapters():
        headings, alts = built_chapter(built_book, chapter.name)
        problems += chapter_problems(epub, chapter.title, headings, alts)
    assert not problems, "\n".join(problems)
    titles = [title for _, title in epub.toc()]
    assert [c.title for c in chapters()] == [t for t in titles if t in {c.title for c in chapters()}]
    assert titles[-2:] == ["Glossary", "References"], f"the contents end with {titles[-2:]}"


def test_the_help_page_is_first_in_the_spine_and_the_contents(epub):
    first = epub.spine()[0]
    assert epub.toc()[0] == (first, "Get help now"), f"the contents start with {epub.toc()[0]}, the spine with {first}"
    text = words("".join(epub.xml(first).itertext()))
    assert all(number in text for number in CRISIS), f"the first page lacks one of {CRISIS}"


def test_each_quiz_answer_is_only_in_its_chapters_answers_after_the_questions(built_book, epub):
    problems = []
    for chapter in chapters():
        found = epub.page_titled(chapter.title)
        assert found is not None, f"no page for {chapter.name}"
        problems += [f"{chapter.name}: {p}" for p in answer_problems(found[1], quiz_questions(chapter.name))]
    assert not problems, "\n".join(problems[:20])


def test_the_language_is_named_in_the_package_and_every_page(epub):
    assert not language_problems(epub), language_problems(epub)


@pytest.mark.filterwarnings("error::bs4.XMLParsedAsHTMLWarning")
def test_no_script_and_nothing_from_another_host(epub, epub_file):
    assert not script_and_remote_problems(epub), script_and_remote_problems(epub)
    assert check([epub_file]) == []


def test_links_between_parts_arrive_and_citations_go_to_the_references(epub):
    assert not broken_links(epub), broken_links(epub)[:10]
    found = epub.page_titled(chapters()[1].title)
    assert found is not None
    cites = [a for a in found[1].iter("{*}a") if "references.xhtml#" in str(a.get("href"))]
    assert cites, f"{found[0]} has no citation linking to references.xhtml"


# The same checks on copies broken on purpose: each must say what is wrong.


def test_the_checks_see_a_missing_chapter_a_missing_figure_and_an_answer_beside_its_question(built_book, epub):
    chapter = next(c for c in chapters() if built_chapter(built_book, c.name)[1] and quiz_questions(c.name))
    headings, alts = built_chapter(built_book, chapter.name)
    name, _ = epub.page_titled(chapter.title) or ("", None)
    itemref = f'<itemref idref="page-{Path(name).stem}"/>'.encode()
    no_chapter = epub.changed(epub.package_path, lambda d: d.replace(itemref, b""))
    assert chapter_problems(no_chapter, chapter.title, headings, alts)
    no_figure = epub.changed(name, lambda d: re.sub(rb"<img [^>]*/>", b"", d, count=1))
    assert chapter_problems(no_figure, chapter.title, headings, alts)
    _, explanation = quiz_questions(chapter.name)[0]
    beside = f'<p class="tb-paper-prompt">{explanation}</p>'.encode()
    told = epub.changed(
        name, lambda d: d.replace(b'<p class="tb-paper-prompt">', beside + b'<p class="tb-paper-prompt">', 1)
    )
    assert any("outside the Answers" in p for p in answer_problems(told.xml(name), quiz_questions(chapter.name)))


def test_the_checks_see_a_script_a_remote_image_a_broken_link_and_a_page_without_language(epub):
    name = epub.spine()[-1]
    script = epub.changed(name, lambda d: d.replace(b"</body>", b"<script>1</script></body>"))
    assert script_and_remote_problems(script)
    remote = epub.changed(
        name, lambda d: d.replace(b"</body>", b'<img src="https://example.org/x.png" alt="x"/></body>')
    )
    assert script_and_remote_problems(remote)
    broken = epub.changed(name, lambda d: d.replace(b"</body>", b'<a href="nowhere.xhtml#x">x</a></body>'))
    assert broken_links(broken)
    unnamed = epub.changed(name, lambda d: d.replace(b' lang="', b' data-lang="', 1))
    assert language_problems(unnamed)
