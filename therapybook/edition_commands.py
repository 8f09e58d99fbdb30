"""The commands that make the book's other editions from the built book or the chapters: ``slides`` (lecture
slides per chapter), ``pdf`` (the whole book and each chapter on paper) and ``release`` (every edition gathered and
checked). Kept apart from ``__main__`` so each command's options sit beside the code that runs it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .editions.epub.command import add_epub_command, epub_command

EDITION_COMMANDS = ("slides", "pdf", "epub", "release")


def add_edition_commands(commands: Any) -> None:
    """Add the edition commands to ``python -m therapybook``'s subcommands."""
    slides = commands.add_parser("slides", help="write each chapter's lecture slides: an offline HTML deck and a PDF")
    slides.add_argument("--out", required=True, type=Path, help="the folder to write into (created if missing)")
    slides.add_argument("--chapters", help="only these chapters, comma-separated, e.g. 02_cbt,05_interpersonal_therapy")
    slides.add_argument("--force", action="store_true", help="replace slides an earlier run left in --out")
    slides.add_argument("--html-only", action="store_true", help="only the HTML decks (no Chromium needed)")
    pdf = commands.add_parser("pdf", help="print the built book to PDF (A4 and US Letter), whole and per chapter")
    pdf.add_argument("--out", type=Path, default=Path("_build/pdf"), help="the folder to write into")
    pdf.add_argument("--html", type=Path, default=Path("_build/html"), help="the built book (make book)")
    pdf.add_argument("--chapters", help="a book of only these chapters, comma-separated, e.g. 02_cbt,04_mbct")
    pdf.add_argument("--paper", choices=["a4", "letter"], action="append", help="only this size (default: both)")
    pdf.add_argument("--book-only", action="store_true", help="the whole book only, not each chapter's PDF too")
    add_epub_command(commands)
    release = commands.add_parser("release", help="gather the built editions into one folder and check them")
    release.add_argument("--out", type=Path, default=Path("_build/release"), help="the folder (emptied first)")


def run_edition_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.command == "slides":
        return lecture_slides(parser, args.out, args.chapters, args.force, args.html_only)
    if args.command == "pdf":
        names = [n.strip() for n in args.chapters.split(",") if n.strip()] if args.chapters else None
        papers = tuple(args.paper or ("a4", "letter"))
        return book_pdfs(parser, args.html, args.out, names, papers, not args.book_only)
    if args.command == "epub":
        return epub_command(parser, args)
    return gather_release(parser, args.out)


def lecture_slides(
    parser: argparse.ArgumentParser, out: Path, chapters: str | None, force: bool, html_only: bool
) -> int:
    from .core.errors import ContentError
    from .slides.command import SlidesError, write_slides
    from .slides.pdf import PrintError

    names = [n.strip() for n in chapters.split(",") if n.strip()] if chapters else None
    try:
        written = write_slides(out, names, force, html_only)
    except (SlidesError, PrintError) as error:
        parser.exit(2, f"{parser.prog} {error}\n")
    except ContentError as error:
        parser.exit(1, f"{error}\n")
    for path in written:
        print(f"Wrote {path}")
    print(
        f"Slides for {len(written) // (1 if html_only else 2)} chapter(s) in {out}/: open an .html file in a browser."
    )
    return 0


def book_pdfs(
    parser: argparse.ArgumentParser,
    html: Path,
    out: Path,
    chapters: list[str] | None,
    papers: tuple[str, ...],
    with_chapters: bool,
) -> int:
    from .editions.book_pdf import write_pdfs
    from .editions.errors import PrintError

    try:
        made = write_pdfs(html, out, chapters, with_chapters, papers)
    except PrintError as error:
        parser.exit(2, f"{parser.prog} pdf: error: {error}\n")
    for path in made.books:
        print(f"Wrote {path}")
    if with_chapters:
        print(f"{len(made.chapters)} chapter PDF(s) in {out}/chapters/")
    print("Seconds: " + ", ".join(f"{step} {seconds:.1f}" for step, seconds in made.seconds.items()))
    return 0


def gather_release(parser: argparse.ArgumentParser, out: Path) -> int:
    from .core.errors import PROJECT_ROOT
    from .editions.errors import PrintError
    from .editions.release import collect

    try:
        made = collect(PROJECT_ROOT, out)
    except PrintError as error:
        parser.exit(2, f"{parser.prog} {error}\n")
    for path in made:
        print(f"{path.stat().st_size / 1e6:8.1f} MB  {path}")
    print(f"{len(made)} file(s) in {out}/, none loading anything from another host; checksums in SHA256SUMS")
    return 0
