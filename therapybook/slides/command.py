"""``python -m therapybook slides --out DIR``: for each chapter, its deck as one HTML file and one PDF.

Everything is made (and printed) in a scratch folder first, so a problem leaves ``--out`` as it was; a file
already there is replaced only with ``--force``."""

from __future__ import annotations

import tempfile
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from ..instructor.catalogue import Chapter, chapters
from .deck import deck_for
from .pdf import chromium, print_pdf
from .render import deck_html

SUFFIXES = ("-slides.html", "-slides.pdf")


class SlidesError(Exception):
    """A request the command cannot carry out (an unknown chapter, a file it would replace); the message says why."""


def chosen(names: list[str] | None) -> list[Chapter]:
    """The chapters asked for (every chapter when none is named); an unknown name is refused, listing the known."""
    known = {c.name: c for c in chapters()}
    if not names:
        return list(known.values())
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SlidesError(f"slides: no chapter named {', '.join(unknown)}; the chapters are {', '.join(known)}")
    return [known[n] for n in dict.fromkeys(names)]


def write_slides(
    out: Path, names: list[str] | None = None, force: bool = False, html_only: bool = False, browser: Any = None
) -> list[Path]:
    """Write each chosen chapter's deck into ``out`` (created if missing); returns the files written.

    ``browser``: a Chromium already running (the tests'); by default one is started for the PDFs."""
    wanted = chosen(names)
    suffixes = SUFFIXES[:1] if html_only else SUFFIXES
    targets = [out / f"{c.name}{suffix}" for c in wanted for suffix in suffixes]
    if out.exists() and not out.is_dir():
        raise SlidesError(f"slides: {out} is a file, not a folder")
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        raise SlidesError(
            f"slides: {len(existing)} file(s) already in {out} (for example {existing[0].name}); "
            "add --force to replace them"
        )
    decks = [deck_html(deck_for(c)) for c in wanted]  # every deck is made before anything is printed or written
    with tempfile.TemporaryDirectory(prefix="therapybook-slides-") as scratch:
        made: list[bytes] = []
        running = nullcontext(browser) if browser is not None or html_only else chromium()
        with running as printer:
            for chapter, html in zip(wanted, decks, strict=True):
                page = Path(scratch) / f"{chapter.name}{SUFFIXES[0]}"
                page.write_text(html, encoding="utf-8")
                made.append(html.encode("utf-8"))
                if not html_only:
                    made.append(print_pdf(printer, page))
        out.mkdir(parents=True, exist_ok=True)
        for target, content in zip(targets, made, strict=True):
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(content)
            partial.replace(target)
    return targets
