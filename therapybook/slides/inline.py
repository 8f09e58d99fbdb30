"""The chapter's MyST markup, as plain text for a slide: citations as short labels, glossary terms as their
words, links as their text, and no emphasis marks. The slide's template escapes the result."""

from __future__ import annotations

import re

from ..student.convert import CITE, DOC, TERM, citation_text

LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
STRONG = re.compile(r"\*\*(.+?)\*\*", re.S)
EMPHASIS = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", re.S)
CODE = re.compile(r"`([^`]+)`")


def cited_keys(markdown: str) -> list[str]:
    """Every citation key in the text, once each, in the order cited."""
    keys = [key.strip() for match in CITE.finditer(markdown) for key in match.group(2).split(",")]
    return list(dict.fromkeys(key for key in keys if key))


def plain(markdown: str) -> str:
    """One paragraph of MyST as plain text on one line."""
    text = CITE.sub(
        lambda m: citation_text(m.group(1), [k.strip() for k in m.group(2).split(",") if k.strip()]), markdown
    )
    text = TERM.sub(lambda m: m.group(1).strip(), text)
    text = DOC.sub(lambda m: m.group(1).strip(), text)
    text = LINK.sub(r"\1", text)
    text = STRONG.sub(r"\1", text)
    text = EMPHASIS.sub(r"\1", text)
    text = CODE.sub(r"\1", text)
    return " ".join(text.split())
