"""A PDF of each chapter, linked from the chapter's page; printed when the book is built.

The book build prints them (A4; ``make pdf`` adds US Letter) only where Chromium is at hand, and the link goes on
the page only then, so a link is never dead. One size keeps a clean build's cost down (about 1.5 s a PDF).
Each PDF is kept in a cache under a key made of what it is printed from (the chapter's built page, the references
page, the print code and the version), so a rebuild that changed nothing starts no browser.
"""

from __future__ import annotations

import filecmp
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from ..core.chromium import chromium_path
from ..edition import edition
from .assemble import one_chapter
from .parts import REFERENCES, chapter_docnames
from .printing import PAPERS, Job, printer

PACKAGE = Path(__file__).resolve().parent
# What the printed chapter depends on besides its page: the letters of the keys and the notice's words.
ALSO_READ = [PACKAGE.parent / "instructor" / "lettered.py", PACKAGE.parent / "core" / "help_line.py"]
FOLDER = "pdf"  # in the built book: pdf/02_cbt-a4.pdf
CACHE = ".pdf-cache"  # beside the built site: _build/.pdf-cache
WEBSITE_PAPERS = ("a4",)


def pdf_name(chapter: str, paper: str) -> str:
    return f"{chapter}-{paper}.pdf"


def chapter_pdfs_possible() -> bool:
    return chromium_path() is not None


def link_html(chapter: str) -> Markup:
    """The line under a chapter's title that offers its PDF (the page is notebooks/<chapter>.html)."""
    links = Markup(" · ").join(
        Markup('<a href="../{}/{}" type="application/pdf">{}</a>').format(FOLDER, pdf_name(chapter, p), PAPERS[p])
        for p in WEBSITE_PAPERS
    )
    return Markup('<p class="tb-chapter-pdf">This chapter as a PDF, to print or read offline: {}</p>').format(links)


@dataclass(frozen=True)
class Report:
    printed: list[Path]
    reused: list[Path]


def key(html_dir: Path, docname: str, paper: str) -> str:
    digest = hashlib.sha256(f"{edition()}|{paper}".encode())
    for page in (docname, REFERENCES):
        digest.update((html_dir / f"{page}.html").read_bytes())
    for source in sorted(PACKAGE.rglob("*.*")) + ALSO_READ:
        if source.suffix in {".py", ".j2", ".css"}:
            digest.update(source.read_bytes())
    return digest.hexdigest()[:32]


def write_chapter_pdfs(
    html_dir: Path, out: Path, cache: Path, chapters: list[str] | None = None, papers: tuple[str, ...] = WEBSITE_PAPERS
) -> Report:
    """Every chapter's PDF (or the chapters named) in ``papers`` into ``out``, printing only what the cache lacks."""
    docnames = [d for d in chapter_docnames() if chapters is None or d.rpartition("/")[2] in chapters]
    wanted = {(d, p): cache / f"{key(html_dir, d, p)}-{p}.pdf" for d in docnames for p in papers}
    missing = [(d, p) for (d, p), cached in wanted.items() if not cached.is_file()]
    if missing:
        work = cache / "html"
        with printer() as chromium:
            for docname in dict.fromkeys(d for d, _ in missing):
                document = one_chapter(html_dir, docname)
                html = document.write(work, docname.rpartition("/")[2])
                for paper in (p for d, p in missing if d == docname):
                    chromium.print(Job(html, wanted[(docname, paper)], paper, document.title))
    out.mkdir(parents=True, exist_ok=True)
    for (docname, paper), cached in wanted.items():
        target = out / pdf_name(docname.rpartition("/")[2], paper)
        if not target.is_file() or not filecmp.cmp(cached, target, shallow=False):
            shutil.copyfile(cached, target)
    if chapters is None:  # what no chapter is printed from any more
        for paper in papers:
            for stale in set(cache.glob(f"*-{paper}.pdf")) - set(wanted.values()):
                stale.unlink()
    return Report([wanted[m] for m in missing], [c for k, c in wanted.items() if k not in missing])
