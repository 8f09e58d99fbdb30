"""The EPUB file itself: the parts read with links that go to each other's files, the pages, the navigation and
package documents, the style and the images, zipped as EPUB 3 asks (``mimetype`` first, stored uncompressed).

Written with lxml, Jinja and zipfile, which the project already has: the one well-known Python EPUB library
(EbookLib) is AGPL-licensed and writes its own navigation, while what EPUB needs here is a handful of templates.
Every file in the zip carries the same date (the release's), so the same book makes the same bytes.
"""

from __future__ import annotations

import os
import shutil
import time
import zipfile
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ...edition import Edition, edition
from ..errors import PrintError
from ..links import Linker, anchor
from ..parts import IMAGES, Part, book_docnames, book_parts
from .package import ABOUT, NAV, STYLE, TEMPLATES, Page, about_page, file_of, nav_document, package_document, part_page

MIMETYPE = b"application/epub+zip"
ROOT = "EPUB"  # the folder in the zip that holds the package document and everything it lists


def epub_linker(included: Collection[str]) -> Linker:
    """Links to the pages the EPUB holds go to their files; links to any other page keep only their words."""

    def link(docname: str, fragment: str | None) -> str | None:
        if docname not in included:
            return None
        return f"{file_of(docname)}#{anchor(docname, fragment)}" if fragment else file_of(docname)

    return link


@dataclass(frozen=True)
class Made:
    path: Path
    pages: int
    images: int
    seconds: float


def epub_name(current: Edition) -> str:
    return f"therapybook-{current.version}.epub"


def write_epub(html_dir: Path, out: Path, chapter_names: list[str] | None = None) -> Made:
    """``out/therapybook-<version>.epub`` from the built book in ``html_dir`` (or a book of the chapters named)."""
    start = time.monotonic()
    current = edition()
    included = {docname for docname, _ in book_docnames(chapter_names)}
    parts = book_parts(html_dir, chapter_names, epub_linker(included))
    pages = [part_page(part) for part in parts]
    help_page, rest = pages[0], pages[1:]  # the help page, with the crisis numbers, comes first
    about = about_page(current)
    in_order = [help_page, about, *rest]
    images = _images(parts)
    files = [(f"{ROOT}/{page.file}", page.xhtml.encode("utf-8")) for page in in_order]
    files += [
        (f"{ROOT}/{NAV}", nav_document(in_order).encode("utf-8")),
        (f"{ROOT}/{STYLE}", (TEMPLATES / STYLE).read_bytes()),
        (f"{ROOT}/package.opf", _package(in_order, images, current).encode("utf-8")),
        ("META-INF/container.xml", (TEMPLATES / "container.xml").read_bytes()),
    ]
    files += [(f"{ROOT}/{IMAGES}/{name}", path.read_bytes()) for name, path in images.items()]
    out.mkdir(parents=True, exist_ok=True)
    path = out / epub_name(current)
    _zip(path, files, _modified(current))
    return Made(path, len(in_order) + 1, len(images), time.monotonic() - start)


def _package(pages: list[Page], images: dict[str, Path], current: Edition) -> str:
    spine = [pages[0].file, ABOUT, NAV, *(page.file for page in pages[2:])]
    return package_document(pages, spine, list(images), current, _modified(current))


def _images(parts: list[Part]) -> dict[str, Path]:
    """Every image by the name the pages give it (images/<name>); two different files of one name are an error."""
    found: dict[str, Path] = {}
    for part in parts:
        for image in part.images:
            other = found.setdefault(image.name, image)
            if other != image:
                raise PrintError(f"{part.docname}: two images are named {image.name} ({other} and {image})")
    return found


def _modified(current: Edition) -> datetime:
    """When the book last changed: SOURCE_DATE_EPOCH if set, else the release's day, else now (unreleased)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), UTC)
    if current.date != "unreleased":
        return datetime.fromisoformat(current.date).replace(tzinfo=UTC)
    return datetime.now(UTC).replace(microsecond=0)


def _zip(path: Path, files: list[tuple[str, bytes]], when: datetime) -> None:
    """The EPUB zip, written beside ``path`` and then moved over it, so a failed run leaves no half file."""
    stamp = when.timetuple()[:6]
    partial = path.with_name(path.name + ".part")
    with zipfile.ZipFile(partial, "w") as archive:
        archive.writestr(_entry("mimetype", stamp, zipfile.ZIP_STORED), MIMETYPE)
        for name, data in files:
            archive.writestr(_entry(name, stamp, zipfile.ZIP_DEFLATED), data)
    shutil.move(partial, path)


def _entry(name: str, stamp: tuple[int, ...], compression: int) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, date_time=(stamp[0], stamp[1], stamp[2], stamp[3], stamp[4], stamp[5]))
    entry.compress_type = compression
    entry.external_attr = 0o644 << 16
    return entry
