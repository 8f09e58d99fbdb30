"""``python -m therapybook epub``: the EPUB from the built book (``make epub``)."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_epub_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    epub = commands.add_parser("epub", help="make the built book into one EPUB 3 file for e-readers")
    epub.add_argument("--out", type=Path, default=Path("_build/epub"), help="the folder to write into")
    epub.add_argument("--html", type=Path, default=Path("_build/html"), help="the built book (make book)")
    epub.add_argument("--chapters", help="a book of only these chapters, comma-separated, e.g. 02_cbt,04_mbct")


def epub_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ..errors import PrintError
    from .write import write_epub

    names = [n.strip() for n in args.chapters.split(",") if n.strip()] if args.chapters else None
    try:
        made = write_epub(args.html, args.out, names)
    except PrintError as error:
        parser.exit(2, f"{parser.prog} epub: error: {error}\n")
    size = made.path.stat().st_size / 1e6
    print(f"Wrote {made.path} ({size:.1f} MB: {made.pages} pages, {made.images} images, in {made.seconds:.1f} s)")
    return 0
