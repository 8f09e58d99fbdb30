"""Find the built book's pages by following its links from the front page, as a reader (or a crawler) would.

Used by the whole-book tests and by scripts/bench.py, so neither keeps a hand-made list of pages.
Also reports every internal link or asset that points at nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

# Attributes that make the browser load (or the reader follow) another file of the book.
LINKING = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"), ("iframe", "src")}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            # Jupyter Book's index.html only redirects to the first page.
            self.links.append((values.get("content") or "").partition("url=")[2].strip())
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if (tag, name) in LINKING and value:
                self.links.append(value)


@dataclass
class Crawl:
    pages: list[str] = field(default_factory=list)  # paths relative to the build folder, e.g. "notebooks/02_cbt.html"
    broken: list[str] = field(default_factory=list)  # "page -> link" for each link to a missing file or anchor


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def crawl(html_dir: Path, start: str = "index.html") -> Crawl:
    """Every page reachable from `start` through internal links; links to other hosts are not followed."""
    result = Crawl()
    seen = {start}
    queue = [start]
    anchors: list[tuple[str, str, str]] = []  # (from page, target page, fragment)
    parsed: dict[str, _Links] = {}
    while queue:
        page = queue.pop(0)
        result.pages.append(page)
        parsed[page] = _parse(html_dir / page)
        for link in parsed[page].links:
            url = urlparse(link)
            if url.scheme or url.netloc or link.startswith(("mailto:", "tel:", "data:", "javascript:")):
                continue
            target_path, fragment = url.path, url.fragment
            target = (html_dir / page).parent / unquote(target_path) if target_path else html_dir / page
            target = target.resolve()
            if not target.is_file():
                result.broken.append(f"{page} -> {link}")
                continue
            relative = target.relative_to(html_dir.resolve()).as_posix()
            if fragment and target.suffix == ".html":
                anchors.append((page, relative, fragment))
            if target.suffix == ".html" and relative not in seen:
                seen.add(relative)
                queue.append(relative)
    for page, target, fragment in anchors:
        ids = parsed[target].ids if target in parsed else _parse(html_dir / target).ids
        if unquote(fragment) not in ids:
            result.broken.append(f"{page} -> {target}#{fragment}")
    result.pages.sort()
    return result
