"""Pages of the built book, copied into the cartridge with everything they load (styles, scripts, figures,
fonts) and nothing from another host, for a course that has no published address for the book.

Each page keeps its place in the book's folder tree, so its relative links and assets resolve as they do in the
book. A link to a page left out of the cartridge loses its address (it stays as text), so nothing points nowhere.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import html

from ...core.errors import PROJECT_ROOT
from ..banks import ExportError

BUILT = PROJECT_ROOT / "_build" / "html"
# Every chapter links to these; "Get help now" above all must work wherever the chapter is read.
SHARED_PAGES = ("book/get_help.html", "book/references.html", "book/glossary.html")
LINKING = ("href", "src", "action")
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


def require_built(pages: list[str], built: Path) -> None:
    missing = [page for page in pages if not (built / page).is_file()]
    if missing:
        raise ExportError(
            f"the built book has no {built / missing[0]}: run `make book` first, or pass --book-url with the "
            "address where the book is published"
        )


def _local(value: str) -> str | None:
    """The path part of a relative address, or None for another host, a data: URL or a bare #fragment."""
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    return unquote(parts.path)


def _rewrite(page: str, data: bytes, pages: set[str], assets: set[str], built: Path) -> bytes:
    document = html.document_fromstring(data)
    for element in document.iter():
        for attribute in LINKING:
            value = element.get(attribute)
            path = _local(value) if value else None
            if path is None:
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
            if target in pages:
                continue
            if element.tag in {"a", "form"} or target.endswith(".html") or not (built / target).is_file():
                del element.attrib[attribute]  # a page (or download) that is not in the cartridge
            else:
                assets.add(target)
    return html.tostring(document, doctype="<!DOCTYPE html>", encoding="utf-8")


def _css_assets(css: str, data: bytes, built: Path) -> set[str]:
    found = set()
    for match in CSS_URL.finditer(data.decode("utf-8", errors="replace")):
        path = _local(match.group(1) or match.group(2))
        if path:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(css), path))
            if (built / target).is_file():
                found.add(target)
    return found


def book_files(pages: list[str], built: Path | None = None) -> dict[str, bytes]:
    """The pages (paths in the built book, "notebooks/02_cbt.html"), the shared pages and every file they load."""
    built = built or BUILT
    wanted = list(dict.fromkeys([*pages, *SHARED_PAGES]))
    require_built(wanted, built)
    assets: set[str] = set()
    files = {page: _rewrite(page, (built / page).read_bytes(), set(wanted), assets, built) for page in wanted}
    queue = sorted(assets)
    while queue:
        asset = queue.pop()
        if asset in files:
            continue
        files[asset] = (built / asset).read_bytes()
        if asset.endswith(".css"):
            queue += sorted(_css_assets(asset, files[asset], built) - files.keys())
    return dict(sorted(files.items()))
