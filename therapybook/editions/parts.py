"""The book's content for an offline edition, read from the built pages: one clean, script-free ``Part`` per page.

``book_parts(html_dir)`` gives the parts an edition holds, in order: the help page first (the crisis notice, in
the book's own words), every chapter, then the glossary and the references. A chapter's quizzes become numbered
questions with lettered options, and their keys and explanations an "Answers" section at the chapter's end;
figures stay images with their alt text (named ``images/<file>``; ``Part.images`` lists the files to copy);
admonitions and citations stay; navigation, scripts and anything that needs a screen go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, Tag

from ..core.errors import display_path
from ..instructor.catalogue import chapters
from .errors import PrintError
from .links import Linker, anchor, in_one_document, prefix_ids, relink
from .paper import drop_screen_only, fields_to_paper, titles_to_paper
from .quizzes import PaperQuiz, answers_section, paper_quiz

HELP = "book/get_help"
GLOSSARY = "book/glossary"
REFERENCES = "book/references"
IMAGES = "images"
ARTICLE = "article.bd-article"
ANSWERS = "tb-paper-answers"  # the id of a chapter's Answers section (prefixed with the page's name like every id)


@dataclass(frozen=True)
class Part:
    docname: str  # the page it comes from: "notebooks/02_cbt"
    role: str  # "front", "chapter" or "back"
    title: str
    html: str  # one <section> holding the page (and, for a chapter with quizzes, its Answers at the end)
    images: tuple[Path, ...]  # the image files the html names as images/<file name>
    headings: tuple[tuple[str, str], ...]  # the page's sections: (id, title), for a table of contents
    cites: frozenset[str]  # the ids of the reference entries the part links to

    @property
    def anchor(self) -> str:
        return anchor(self.docname)


def chapter_docnames() -> list[str]:
    return [f"notebooks/{c.name}" for c in chapters()]


def book_docnames(chapter_names: list[str] | None = None) -> list[tuple[str, str]]:
    """(page, role) of every part of the book, or of the book with only the chapters named."""
    known = [c.removeprefix("notebooks/") for c in chapter_docnames()]
    unknown = [n for n in chapter_names or [] if n not in known]
    if unknown:
        raise PrintError(f"no chapter named {', '.join(unknown)}; the chapters are {', '.join(known)}")
    wanted = chapter_names or known
    return [(HELP, "front"), *((f"notebooks/{n}", "chapter") for n in wanted), (GLOSSARY, "back"), (REFERENCES, "back")]


def book_parts(html_dir: Path, chapter_names: list[str] | None = None, linker: Linker | None = None) -> list[Part]:
    """Every part of the book (or of the chapters named), with links between them made by ``linker`` (by
    default: anchors within one document)."""
    wanted = book_docnames(chapter_names)
    link = linker or in_one_document({d for d, _ in wanted})
    return [read_part(html_dir, docname, role, link) for docname, role in wanted]


def read_part(html_dir: Path, docname: str, role: str, linker: Linker, cited: set[str] | None = None) -> Part:
    """One page as a clean part; for the references page, ``cited`` keeps only those entries."""
    page = html_dir / f"{docname}.html"
    if not page.is_file():
        raise PrintError(f"{display_path(page)}: no such page; build the book first (make book)")
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    article = soup.select_one(ARTICLE)
    if article is None:
        raise PrintError(f"{display_path(page)}: no {ARTICLE} in the page; is it a page of the built book?")
    drop_screen_only(article)
    quizzes = _quizzes_to_paper(article, docname, display_path(page))
    if quizzes:  # after everything else the chapter holds, inside its own section
        chapter = article.find("section") or article
        chapter.append(BeautifulSoup(answers_section(quizzes, ANSWERS), "html.parser"))
    fields_to_paper(article, soup)
    titles_to_paper(article)
    if cited is not None:
        for entry in article.select(".citation[id]"):
            if entry["id"] not in cited:
                entry.decompose()
    images = _images(article, page)
    prefix_ids(article, docname)
    links = relink(article, docname, linker)
    heading = article.find("h1")
    title = _text(heading) if heading else docname
    body = "".join(str(child) for child in article.children if isinstance(child, Tag))
    sections = article.select("section[id]")
    headings = tuple((str(s["id"]), _text(h)) for s in sections if (h := s.find("h2")) is not None and h.parent is s)
    cites = frozenset(str(f) for d, f in links if d == REFERENCES and f)
    html = f'<section class="tb-part tb-part-{role}" id="{anchor(docname)}">{body}</section>'
    return Part(docname, role, title, html, images, headings, cites)


def _quizzes_to_paper(article: Tag, docname: str, page: str) -> list[PaperQuiz]:
    chapter = docname.rpartition("/")[2]
    found = []
    for widget in article.select(".tb-widget[data-tb-kind='quiz']"):
        quiz = paper_quiz(chapter, str(widget.get("id", "")), page)
        widget.replace_with(BeautifulSoup(quiz.questions_html(ANSWERS), "html.parser"))
        found.append(quiz)
    return found


def _images(article: Tag, page: Path) -> tuple[Path, ...]:
    """Every image's file, each renamed images/<file>; a missing one names the page and the image."""
    files = []
    for image in article.find_all("img"):
        source = (page.parent / str(image.get("src", ""))).resolve()
        if not source.is_file():
            raise PrintError(f"{display_path(page)}: the image {image.get('src')} is missing from the built book")
        image["src"] = f"{IMAGES}/{source.name}"
        files.append(source)
    return tuple(dict.fromkeys(files))


def _text(element: Tag) -> str:
    return re.sub(r"\s+", " ", element.get_text(" ", strip=True)).strip()
