"""The printable document: a title page (title, version, date, licence), the crisis notice, the contents, the
parts, one after another, each from a new page; or one chapter on its own, with the references it cites.

Written as one HTML file beside an ``images/`` folder, so Chromium prints it from disk and loads nothing else.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..core.help_line import ON_PAPER
from ..edition import AUTHORS, CONTENT_LICENCE, CONTENT_LICENCE_URL, TITLE, edition
from .links import in_one_document
from .parts import IMAGES, REFERENCES, Part, book_parts, read_part

TEMPLATES = Path(__file__).resolve().parent / "templates"
_environment = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True))


@dataclass(frozen=True)
class Document:
    title: str  # the document's own title (the book's, or the chapter's)
    parts: list[Part]
    contents: bool  # a table of contents after the front matter

    def html(self) -> str:
        current = edition()
        return _environment.get_template("document.html.j2").render(
            document=self,
            book_title=TITLE,
            edition=current,
            authors=AUTHORS,
            licence=CONTENT_LICENCE,
            licence_url=CONTENT_LICENCE_URL,
            notice=ON_PAPER,
            css=(TEMPLATES / "print.css").read_text(encoding="utf-8"),
        )

    def write(self, folder: Path, name: str) -> Path:
        """``folder/name.html`` and the images it names in ``folder/images/``."""
        (folder / IMAGES).mkdir(parents=True, exist_ok=True)
        for part in self.parts:
            for image in part.images:
                copy = folder / IMAGES / image.name
                if not copy.exists():
                    shutil.copyfile(image, copy)
        path = folder / f"{name}.html"
        path.write_text(self.html(), encoding="utf-8")
        return path


def whole_book(html_dir: Path) -> Document:
    return Document(TITLE, book_parts(html_dir), contents=True)


def one_chapter(html_dir: Path, docname: str) -> Document:
    """A chapter on its own: its references follow it; links to other pages keep their words only."""
    linker = in_one_document({docname, REFERENCES})
    chapter = read_part(html_dir, docname, "chapter", linker)
    references = read_part(html_dir, REFERENCES, "back", linker, cited=set(chapter.cites))
    return Document(chapter.title, [chapter, references], contents=False)
