"""Discussion questions and an assessment idea for each chapter (``data/teaching/discussion.yml``).

One source for the instructor guide's section, the course cartridge's discussion topics and the lecture slides,
so the three never drift apart. Loading checks that every chapter of the book has an entry, in reading order.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from docutils import nodes
from pydantic import Field

from ..core.errors import ContentError, data_dir, display_path
from ..core.text import ContentModel, Identifier, Text
from ..core.yaml_files import read_yaml, validate
from .catalogue import chapters


class ChapterDiscussion(ContentModel):
    chapter: Identifier  # the chapter notebook's stem, "02_cbt"
    discuss: list[Text] = Field(min_length=1)
    assess: Text  # continues "Assess: ..." in the guide


class Discussion(ContentModel):
    chapters: list[ChapterDiscussion] = Field(min_length=1)


def discussion_path() -> Path:
    return data_dir() / "teaching" / "discussion.yml"


def load_discussion(path: Path | None = None) -> list[ChapterDiscussion]:
    path = path or discussion_path()
    where = display_path(path)
    found = validate(Discussion, read_yaml(path), where).chapters
    expected = [c.name for c in chapters()]
    listed = [entry.chapter for entry in found]
    if listed != expected:
        missing = [name for name in expected if name not in listed]
        unknown = [name for name in listed if name not in expected]
        detail = "; ".join(
            part
            for part in (
                f"missing: {', '.join(missing)}" if missing else "",
                f"not chapters of the book: {', '.join(unknown)}" if unknown else "",
                "" if missing or unknown else "the chapters are not in reading order",
            )
            if part
        )
        raise ContentError(f"{where}: 'chapters' must list every chapter once, in reading order ({detail})")
    return found


@cache
def _cached(path: Path, mtime: float) -> tuple[ChapterDiscussion, ...]:
    return tuple(load_discussion(path))


def discussion_for(chapter: str) -> ChapterDiscussion:
    """The entry for one chapter (``"02_cbt"``)."""
    path = discussion_path()
    found = {entry.chapter: entry for entry in _cached(path, path.stat().st_mtime)}
    if chapter not in found:
        raise ContentError(f"{display_path(path)}: there is no entry for chapter '{chapter}'")
    return found[chapter]


def discussion_nodes() -> list[nodes.Node]:
    """The guide's section body: one paragraph per chapter, its title in bold."""
    path = discussion_path()
    entries = {entry.chapter: entry for entry in _cached(path, path.stat().st_mtime)}
    paragraphs: list[nodes.Node] = []
    for chapter in chapters():
        entry = entries[chapter.name]
        text = f" Discuss: {' '.join(entry.discuss)} Assess: {entry.assess}"
        paragraphs.append(
            nodes.paragraph("", "", nodes.strong("", f"Chapter {chapter.number}: {chapter.title}."), nodes.Text(text))
        )
    return paragraphs
