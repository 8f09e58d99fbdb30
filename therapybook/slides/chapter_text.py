"""What the slides take from a chapter notebook: its ``## Summary`` points and the figures it shows.

Figures come from the notebook's stored outputs. ``described(figure, alt)`` (core/figure.py) stores each chart as
a PNG with its alt text in the output's metadata; the book's pages read that same metadata
(figure_render.py), and nbval compares the output with the code that makes it, so the image and its alt text
are the ones every reader sees, with no notebook to run and no built book needed. Each figure's caption is the
paragraph "**Figure N.k.** ..." that follows it in the chapter. The slides draw each figure again, larger, from
the cell that made it (redraw.py), and show the stored image when that cannot be done.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.errors import ContentError, display_path
from ..core.files import read_text
from .inline import cited_keys, plain

SUMMARY = re.compile(r"^##\s+Summary\s*$", re.M)
HEADING = re.compile(r"^#{1,6}\s")
BULLET = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+(.*)$")
CAPTION = re.compile(r"^\*\*(Figure \d+\.\d+)\.\*\*\s*(.*)$", re.S)
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class ChapterFigure:
    label: str  # "Figure 3.1", from its caption (or its place in the chapter when it has none)
    png: str  # base64, as stored in the notebook
    alt: str  # exactly the alt text the chapter gives it
    caption: str  # plain text, citations as short labels
    cited: tuple[str, ...]  # the citation keys in the caption
    title: str = ""  # the caption's first sentence, plain: what the figure shows
    code: str = ""  # the code cell that draws it (the slides draw it again, larger: redraw.py)


def cells(path: Path) -> list[dict[str, Any]]:
    try:
        found = json.loads(read_text(path))["cells"]
        if not isinstance(found, list) or not all(isinstance(cell, dict) for cell in found):
            raise TypeError
    except (ValueError, KeyError, TypeError, RecursionError):
        raise ContentError(f"{display_path(path)}: cannot be read as a notebook") from None
    return found


def _text(value: Any) -> str:
    """A notebook string: one string, or a list of strings (nbformat splits long ones)."""
    return "".join(value) if isinstance(value, list) else str(value)


def summary_points(path: Path) -> list[str]:
    """The bullets (or paragraphs) under the chapter's ``## Summary`` heading, up to the next heading."""
    where = display_path(path)
    lines: list[str] | None = None
    for cell in cells(path):
        if cell.get("cell_type") != "markdown":
            continue
        text = _text(cell.get("source", ""))
        if lines is None:
            found = SUMMARY.search(text)
            if not found:
                continue
            text, lines = text[found.end() :], []
        section = text.splitlines()
        end = next((i for i, line in enumerate(section) if HEADING.match(line)), None)
        lines += section[:end]
        if end is not None:
            break
    if lines is None:
        raise ContentError(f"{where}: has no '## Summary' section; the slides' key points come from it")
    try:
        points = [plain(point) for point in _points(lines)]
    except KeyError as error:
        raise ContentError(
            f"{where}: '## Summary' cites '{error.args[0]}', which is not in data/references.bib"
        ) from None
    if not points:
        raise ContentError(f"{where}: the '## Summary' section is empty; the slides' key points come from it")
    return points


def _points(lines: list[str]) -> list[str]:
    """Each bullet with its continuation lines; text outside a list counts paragraph by paragraph."""
    points: list[list[str]] = []
    current: list[str] | None = None
    for line in lines:
        bullet = BULLET.match(line)
        if bullet:
            current = [bullet.group(1)]
            points.append(current)
        elif not line.strip():
            current = None
        elif current is not None:
            current.append(line.strip())
        else:
            current = [line.strip()]
            points.append(current)
    return [" ".join(point) for point in points]


def figures(path: Path, chapter_number: int) -> list[ChapterFigure]:
    """Every figure the chapter shows, in order, with its alt text and the caption that follows it."""
    where = display_path(path)
    all_cells = cells(path)
    captions = [
        (index, CAPTION.match(para.strip()))
        for index, cell in enumerate(all_cells)
        if cell.get("cell_type") == "markdown"
        for para in re.split(r"\n\s*\n", _text(cell.get("source", "")))
    ]
    unused = [(index, match) for index, match in captions if match]
    found: list[ChapterFigure] = []
    for index, cell in enumerate(all_cells):
        for output in cell.get("outputs", []) if cell.get("cell_type") == "code" else []:
            data = output.get("data") if isinstance(output, dict) else None
            if not isinstance(data, dict) or "image/png" not in data:
                continue
            position = len(found) + 1
            metadata = output.get("metadata")
            described = metadata.get("image/png") if isinstance(metadata, dict) else None
            alt = described.get("alt") if isinstance(described, dict) else None
            if not isinstance(alt, str) or not alt.strip():
                raise ContentError(
                    f"{where}: cell {index + 1}: figure {position} has no alt text; "
                    "show it with described(figure, alt) so every reader gets a description"
                )
            png = _png(_text(data["image/png"]), f"{where}: cell {index + 1}: figure {position}")
            caption = next(((i, m) for i, m in unused if i > index), None)
            if caption is None:
                label, text = f"Figure {chapter_number}.{position}", ""
            else:
                unused.remove(caption)
                label, text = caption[1].group(1), caption[1].group(2)
            try:
                shown, title = plain(text), plain(first_sentence(text))
            except KeyError as error:
                raise ContentError(
                    f"{where}: {label}: cites '{error.args[0]}', which is not in data/references.bib"
                ) from None
            code = _text(cell.get("source", ""))
            found.append(ChapterFigure(label, png, alt, shown, tuple(cited_keys(text)), title, code))
    return found


def first_sentence(markdown: str) -> str:
    """The caption's first sentence, found in its MyST (where a citation is still one role, not "et al.")."""
    found = SENTENCE_END.search(markdown)
    return markdown[: found.start() + 1] if found else markdown


def _png(stored: str, where: str) -> str:
    """The stored image, checked to be a PNG in base64 (it goes into a data: URI as it is)."""
    compact = "".join(stored.split())
    try:
        raw = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise ContentError(f"{where}: the stored image is not base64") from None
    if not raw.startswith(PNG_SIGNATURE):
        raise ContentError(f"{where}: the stored image is not a PNG")
    return compact
