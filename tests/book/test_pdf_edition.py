"""The PDF edition, read back as a reader's PDF viewer and a screen reader would: every chapter's headings in
order, the crisis numbers at the front, every figure with its alt text, quizzes as questions with their answers
only at the chapter's end, tagged with an outline, in A4 and US Letter, and a PDF linked from every chapter page.

The whole book is printed once per run (A4, about 10 to 20 s) by the command `make pdf` runs; a book of two chapters
is printed in US Letter. The chapter PDFs are the ones the book build printed (A4)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from therapybook.edition import edition
from therapybook.editions.chapter_pdfs import FOLDER, pdf_name
from therapybook.editions.offline_check import check
from therapybook.instructor.catalogue import bank, banks_of_chapter, chapters
from therapybook.instructor.lettered import lettered

pytestmark = pytest.mark.book

CRISIS = ["988", "116 123", "Get help now"]
LETTER_CHAPTERS = ["02_cbt", "12_measuring_change_and_staying_well"]
ANSWERS_INTRO = "The right letters for each question above"
MARKS = ["✓", "✗", "Right answer", "Not right"]


def squashed(text: str) -> str:
    """Text without spaces, line breaks or hyphens (a PDF breaks lines where the page did, and pdftotext joins a
    word hyphenated at a line's end), ligatures spelled out."""
    for ligature, letters in {"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl"}.items():
        text = text.replace(ligature, letters)
    return re.sub(r"[\s\-‐‑]+", "", text)


def need(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        message = f"{program} is not installed (Debian: chromium, poppler-utils), so the PDF edition cannot be tested"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


def text_of(pdf: Path, last_page: int | None = None) -> str:
    pages = ["-l", str(last_page)] if last_page else []
    return subprocess.run([need("pdftotext"), *pages, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run([need("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def print_book(html: Path, out: Path, *options: str) -> None:
    need("chromium")
    command = [sys.executable, "-m", "therapybook", "pdf", "--html", str(html), "--out", str(out), *options]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, f"make pdf failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"


@pytest.fixture(scope="session")
def book_pdf(built_book, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pdf")
    print_book(built_book, out, "--paper", "a4", "--book-only")
    return out / f"therapybook-{edition().version}-a4.pdf"


@pytest.fixture(scope="session")
def letter_pdf(built_book, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pdf-letter")
    print_book(built_book, out, "--paper", "letter", "--chapters", ",".join(LETTER_CHAPTERS), "--book-only")
    return out / f"therapybook-{edition().version}-letter.pdf"


def chapter_headings(built_book: Path, name: str) -> list[str]:
    from bs4 import BeautifulSoup

    article = BeautifulSoup((built_book / "notebooks" / f"{name}.html").read_text(encoding="utf-8"), "lxml")
    headings = article.select("article.bd-article h1, article.bd-article h2")
    return [h.get_text(" ", strip=True).rstrip("#").strip() for h in headings]


def figures(built_book: Path, name: str) -> list[str]:
    from bs4 import BeautifulSoup

    page = BeautifulSoup((built_book / "notebooks" / f"{name}.html").read_text(encoding="utf-8"), "lxml")
    return [str(img.get("alt", "")) for img in page.select("article.bd-article img")]


def test_every_chapter_and_its_headings_are_in_the_book_in_order(built_book, book_pdf):
    text = squashed(text_of(book_pdf))
    missing, where = [], 0
    for chapter in chapters():
        for heading in chapter_headings(built_book, chapter.name):
            found = text.find(squashed(heading), where)
            if found < 0:
                missing.append(f"{chapter.name}: {heading}")
            else:
                where = found
    assert not missing, f"headings not in the book's PDF (in order): {missing}"
    for back in ("Glossary", "References"):
        assert squashed(back) in text[where:], f"no {back} after the chapters"


def test_the_crisis_notice_and_the_help_page_come_first(book_pdf):
    title_page, front = squashed(text_of(book_pdf, last_page=1)), squashed(text_of(book_pdf, last_page=3))
    assert all(squashed(words) in title_page for words in CRISIS), f"the title page lacks one of {CRISIS}"
    help_page = ["Talk to someone today", "Samaritans", "Suicide & Crisis Lifeline", "85258"]
    assert all(squashed(words) in front for words in help_page), "the help page's numbers are not in the first pages"


def test_the_book_is_tagged_with_an_outline_of_every_chapter_in_both_sizes(book_pdf, letter_pdf):
    for pdf, size in ((book_pdf, "(A4)"), (letter_pdf, "(letter)")):
        about = info(pdf)
        assert about["Tagged"] == "yes", f"{pdf.name} is not tagged"
        assert about["Page size"].endswith(size), f"{pdf.name}: {about['Page size']}"
        # Chromium drops the space where a heading wraps ("stepped" + "care"): compare without spaces.
        outline = [squashed(item.title) for item in PdfReader(pdf).outline if not isinstance(item, list)]
        expected = [squashed(c.title) for c in chapters() if pdf is book_pdf or c.name in LETTER_CHAPTERS]
        assert [t for t in outline if t in expected] == expected, f"{pdf.name} outline: {outline}"


def image_count(pdf: Path) -> int:
    """Image objects drawn on the pages (in form objects too), each counted once."""
    reader, images = PdfReader(pdf), set()

    def walk(resources):
        for ref in (resources or {}).get("/XObject", {}).values():
            drawn = ref.get_object()
            if drawn.get("/Subtype") == "/Image":
                images.add(ref.idnum)
            elif drawn.get("/Subtype") == "/Form":
                walk(drawn.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return len(images)


def alt_texts(pdf: Path) -> list[str]:
    """The alt text of every figure in the PDF's structure (what a screen reader reads for it)."""
    reader, found, stack, seen = PdfReader(pdf), [], [], set()
    stack.append(reader.trailer["/Root"]["/StructTreeRoot"])
    while stack:
        node = stack.pop()
        if hasattr(node, "idnum"):
            if node.idnum in seen:
                continue
            seen.add(node.idnum)
            node = node.get_object()
        if isinstance(node, dict):
            if "/Alt" in node:
                found.append(str(node["/Alt"]))
            kids = node.get("/K")
            stack += kids if isinstance(kids, list) else [kids] if kids is not None else []
        elif isinstance(node, list):
            stack += node
    return found


def test_every_figure_is_printed_with_its_alt_text(built_book, book_pdf):
    alts = {name: figures(built_book, name) for name in (c.name for c in chapters())}
    assert image_count(book_pdf) == sum(len(a) for a in alts.values()), "the book has as many images as the pages"
    printed = {squashed(a) for a in alt_texts(book_pdf)}
    lost = [f"{name}: {alt[:60]}" for name, shown in alts.items() for alt in shown if squashed(alt) not in printed]
    assert not lost, f"figures whose alt text is not in the PDF: {lost}"
    for name, expected in alts.items():
        chapter_pdf = built_book / FOLDER / pdf_name(name, "a4")
        assert image_count(chapter_pdf) == len(expected) > 0, f"{chapter_pdf.name} lacks a figure"


def test_quizzes_are_questions_and_their_answers_come_only_at_the_chapter_end(built_book):
    for chapter in chapters():
        text = squashed(text_of(built_book / FOLDER / pdf_name(chapter.name, "a4")))
        answers = text.find(squashed(ANSWERS_INTRO))
        assert answers > 0, f"{chapter.name}: no Answers section"
        questions = [q for file in banks_of_chapter(chapter.name) for q in lettered(bank(file))]
        # Where each question is printed, in order; its block runs to the next question (the last, to the answers).
        starts, where = [], 0
        for q in questions:
            where = text.find(squashed(q.prompt), where)
            assert 0 <= where < answers, f"{chapter.name} {q.id}: the question is not printed before the answers"
            starts.append(where)
        for q, start, end in zip(questions, starts, [*starts[1:], answers], strict=True):
            why = squashed(q.explanation)[:60]
            assert why not in text[start:end], f"{chapter.name} {q.id}: its explanation is printed beside it"
            assert text.rfind(why) > answers, f"{chapter.name} {q.id}: its explanation is not in the answers"
        marks = [m for m in MARKS if squashed(m) in text[:answers]]
        assert not marks, f"{chapter.name}: a right or wrong option is marked among the questions: {marks}"


def test_every_chapter_page_links_to_its_pdf(built_book):
    need("chromium")
    for chapter in chapters():
        page = (built_book / "notebooks" / f"{chapter.name}.html").read_text(encoding="utf-8")
        link = f'href="../{FOLDER}/{pdf_name(chapter.name, "a4")}"'
        assert link in page, f"{chapter.name}.html has no link to its PDF"
        pdf = built_book / FOLDER / pdf_name(chapter.name, "a4")
        assert squashed(chapter.title) in squashed(text_of(pdf, last_page=2)), f"{pdf.name} is another chapter"


def test_no_pdf_loads_anything_from_another_host(built_book, letter_pdf):
    # `make release` checks every file it gathers; here, one chapter and the two-chapter book stand for the rest.
    assert check([letter_pdf, built_book / FOLDER / pdf_name("02_cbt", "a4")]) == []
