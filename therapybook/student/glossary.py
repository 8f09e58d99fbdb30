"""Read the book's glossary (a MyST ``glossary`` directive) into term -> definition."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ..core.errors import PROJECT_ROOT, ContentError, display_path

GLOSSARY = PROJECT_ROOT / "book" / "glossary.md"


@cache
def _entries(path: Path) -> dict[str, tuple[str, str]]:
    """Every term and alias, case-folded -> (the entry's first name, its definition), from one read of the file."""
    text = path.read_text(encoding="utf-8")
    block = re.search(r"```\{glossary\}\n(.*?)\n```", text, re.S)
    if block is None:
        raise ContentError(f"{display_path(path)}: has no ```{{glossary}} block")
    found: dict[str, tuple[str, str]] = {}
    names: list[str] = []
    for line in block.group(1).splitlines():
        if not line.strip() or line.startswith(":"):
            continue
        if line.startswith((" ", "\t")):
            for name in names:
                found[name.casefold()] = (names[0], line.strip())
            names = []
        else:
            names.append(line.strip())
    return found


def definitions(path: Path = GLOSSARY) -> dict[str, str]:
    return {key: definition for key, (_name, definition) in _entries(path).items()}


def canonical_name(key: str, path: Path = GLOSSARY) -> str:
    """The first name a definition is listed under (``CBT`` -> ``Cognitive behavioural therapy``)."""
    entry = _entries(path).get(key.casefold())
    if entry is None:
        raise ContentError(f"{display_path(path)}: has no entry '{key}' (a {{term}} in a chapter uses it)")
    return entry[0]
