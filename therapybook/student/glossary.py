"""Read the book's glossary (a MyST ``glossary`` directive) into term -> definition."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ..core.errors import PROJECT_ROOT, ContentError, display_path

GLOSSARY = PROJECT_ROOT / "book" / "glossary.md"


@cache
def definitions(path: Path = GLOSSARY) -> dict[str, str]:
    """Every term and alias, case-folded, mapped to its definition."""
    text = path.read_text(encoding="utf-8")
    block = re.search(r"```\{glossary\}\n(.*?)\n```", text, re.S)
    if block is None:
        raise ContentError(f"{display_path(path)}: has no ```{{glossary}} block")
    found: dict[str, str] = {}
    names: list[str] = []
    for line in block.group(1).splitlines():
        if not line.strip() or line.startswith(":"):
            continue
        if line.startswith((" ", "\t")):
            for name in names:
                found[name.casefold()] = line.strip()
            names = []
        else:
            names.append(line.strip())
    return found


def canonical_name(key: str, path: Path = GLOSSARY) -> str:
    """The first name a definition is listed under (``CBT`` -> ``Cognitive behavioural therapy``)."""
    text = path.read_text(encoding="utf-8")
    definition = definitions(path).get(key.casefold())
    if definition is None:
        raise ContentError(f"{display_path(path)}: has no entry '{key}' (a {{term}} in a chapter uses it)")
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.strip() == definition)
    start = index
    while start > 0 and lines[start - 1].strip() and not lines[start - 1].startswith(" "):
        start -= 1
    return lines[start].strip()
