"""The course the cartridge holds: one module per chapter in reading order, and the instructor guide."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from ...instructor.catalogue import Chapter, bank, bank_files, chapters
from ...instructor.discussion import discussion_for
from ..banks import ExportError
from . import assessment, bookpages, pages, topics
from .manifest import ASSESSMENT, TOPIC, WEBCONTENT, WEBLINK, Module, Resource, manifest_xml

WEB = "web_resources"
BOOK = f"{WEB}/book"
SHARED = "tb_book_files"
GUIDE_PAGE = "book/instructor_guide.html"
STYLE = f"{WEB}/worksheets/{pages.STYLE}"  # the worksheets' one style sheet


@dataclass
class Cartridge:
    modules: list[Module]
    resources: list[Resource]
    files: dict[str, bytes]

    def count(self, kind: str) -> int:
        return sum(resource.type == kind for resource in self.resources)

    questions: int


def select_chapters(names: list[str] | None) -> list[Chapter]:
    known = chapters()
    if not names:
        return known
    by_name = {chapter.name: chapter for chapter in known}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise ExportError(f"unknown chapter '{unknown[0]}'; the chapters are: {', '.join(by_name)}")
    return [chapter for chapter in known if chapter.name in names]  # reading order, whatever order was asked


class _Builder:
    def __init__(self, book_url: str | None) -> None:
        self.book_url = book_url
        self.files: dict[str, bytes] = {}
        self.resources: list[Resource] = []
        self.book_pages: list[str] = []  # pages of the built book to copy (no book address)
        self.questions = 0

    def add(self, resource: Resource, files: dict[str, bytes]) -> Resource:
        self.files.update(files)
        self.resources.append(resource)
        return resource

    def book_page(self, rid: str, title: str, page: str, instructor_only: bool = False) -> Resource:
        """A page of the book: a web link to the published book, or the page itself from the built book."""
        if self.book_url:
            path = f"{rid}/weblink.xml"
            data = topics.weblink_xml(title, f"{self.book_url}/{page}")
            return self.add(Resource(rid, WEBLINK, title, [path], instructor_only), {path: data})
        self.book_pages.append(page)
        return self.add(Resource(rid, WEBCONTENT, title, [f"{BOOK}/{page}"], instructor_only, [SHARED]), {})

    def module(self, chapter: Chapter) -> Module:
        name = f"Chapter {chapter.number}: {chapter.title}"
        rid = f"tb_{chapter.name}"
        items = [
            self.book_page(f"{rid}_chapter", f"Read the chapter: {chapter.title}", f"notebooks/{chapter.name}.html")
        ]
        quizzes = [f for f in bank_files() if f.kind == "quiz" and f.name == chapter.name]
        for file in quizzes:
            quiz = bank(file)
            self.questions += len(quiz.questions)
            path = f"{rid}_quiz/assessment.xml"
            title = f"Practice quiz: {name} ({len(quiz.questions)} questions)"
            items.append(
                self.add(
                    Resource(f"{rid}_quiz", ASSESSMENT, title, [path]), {path: assessment.assessment_xml(quiz, title)}
                )
            )
        for number, question in enumerate(discussion_for(chapter.name).discuss, start=1):
            path = f"{rid}_topic_{number}/topic.xml"
            title = f"Discussion {chapter.number}.{number}: {textwrap.shorten(question, 70, placeholder='…')}"
            data = topics.topic_xml(title, question, name)
            items.append(self.add(Resource(f"{rid}_topic_{number}", TOPIC, title, [path]), {path: data}))
        for sheet in pages.chapter_worksheets(chapter):
            path = f"{WEB}/worksheets/{sheet.name}.html"
            resource = Resource(f"tb_worksheet_{sheet.name}", WEBCONTENT, f"Worksheet: {sheet.title}", [path, STYLE])
            if resource.identifier not in {r.identifier for r in self.resources}:
                self.add(resource, {path: pages.worksheet_html(sheet)})
            items.append(resource)
        path = f"{WEB}/overview/{chapter.name}.html"
        overview = Resource(f"{rid}_overview", WEBCONTENT, f"Overview: {name}", [path])
        self.add(overview, {path: pages.overview_html(chapter, name, [item.title for item in items])})
        return Module(f"{rid}_module", name, [overview, *items])


def build(names: list[str] | None, book_url: str | None) -> Cartridge:
    builder = _Builder(book_url)
    modules = [builder.module(chapter) for chapter in select_chapters(names)]
    guide = builder.book_page("tb_instructor_guide", "Instructor guide (instructors only)", GUIDE_PAGE, True)
    modules.append(Module("tb_instructor_module", "For the instructor", [guide]))
    if any(STYLE in resource.files for resource in builder.resources):
        from ...core.assets import joined_style

        builder.files[STYLE] = joined_style().encode("utf-8")
    if builder.book_pages:
        copied = bookpages.book_files(builder.book_pages)
        builder.files.update({f"{BOOK}/{path}": data for path, data in copied.items()})
        entry_points = {f"{BOOK}/{page}" for page in builder.book_pages}
        shared = sorted(f"{BOOK}/{path}" for path in copied if f"{BOOK}/{path}" not in entry_points)
        builder.resources.append(Resource(SHARED, WEBCONTENT, "The book's shared pages, styles and figures", shared))
    files = {"imsmanifest.xml": manifest_xml(modules, builder.resources), **dict(sorted(builder.files.items()))}
    return Cartridge(modules, builder.resources, files, builder.questions)
