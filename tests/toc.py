"""What the table of contents lists: the documents, and the pages built from them."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def toc_files() -> list[str]:
    """Every document in _toc.yml, in reading order."""
    import yaml

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
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

    walk(toc.get("parts", []))
    return files


def book_pages() -> list[str]:
    """The HTML page (relative to the book root) of every document in the toc."""
    return [f"{name}.html" for name in toc_files()]


def chapter_files() -> list[str]:
    """The chapter notebooks (notebooks/NN_topic), in reading order."""
    return [name for name in toc_files() if re.match(r"notebooks/\d\d_", name)]


def study_files() -> list[str]:
    """The other notebooks: My progress and Review, which work over every chapter's quizzes."""
    return [name for name in toc_files() if name.startswith("notebooks/") and name not in chapter_files()]
