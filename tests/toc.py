"""What the table of contents lists: the documents, and the pages built from them."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


BOOK_TOC = ROOT / "_toc.yml"
INSTRUCTOR_TOC = ROOT / "instructor" / "_toc.yml"


def toc_files(toc_file: Path = BOOK_TOC) -> list[str]:
    """Every document in a table of contents (the student book's unless told), in reading order."""
    import yaml

    toc = yaml.safe_load(toc_file.read_text(encoding="utf-8"))
    files = [toc["root"]]

    def walk(node):
        if isinstance(node, dict):
            if "file" in node:
                files.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(toc.get("parts", toc.get("chapters", [])))
    return files


def book_pages(toc_file: Path = BOOK_TOC) -> list[str]:
    """The HTML page (relative to the book root) of every document in the toc."""
    return [f"{name}.html" for name in toc_files(toc_file)]


def chapter_files() -> list[str]:
    """The chapter notebooks (notebooks/NN_topic), in reading order."""
    return [name for name in toc_files() if re.match(r"notebooks/\d\d_", name)]


def study_files() -> list[str]:
    """The other notebooks: My progress and Review, which work over every chapter's quizzes."""
    return [name for name in toc_files() if name.startswith("notebooks/") and name not in chapter_files()]
