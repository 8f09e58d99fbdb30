"""The building blocks of every content model: ids, prose, citation keys.

Prose is trimmed of whitespace *and* invisible characters (zero-width spaces,
byte-order marks, control characters), so a field that only looks empty is
empty. The page script trims with the same character classes and counts
characters the same way (code points), so the notebook and the page agree.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

MAX_TEXT = 2000

# Unicode general categories trimmed from both ends of any text: controls (Cc),
# format characters such as U+200B or U+FEFF (Cf) and separators (Zs, Zl, Zp).
INVISIBLE_CATEGORIES = ("Cc", "Cf", "Zs", "Zl", "Zp")
# The same class for the page script's regular expressions (with the u flag).
INVISIBLE_JS_CLASS = "[\\p{Cc}\\p{Cf}\\p{Z}]"
# Whole numbers as typed: ASCII digits only, as an <input type="number"> sends them.
WHOLE_NUMBER_PATTERN = "^-?[0-9]+$"


def is_invisible(char: str) -> bool:
    return unicodedata.category(char) in INVISIBLE_CATEGORIES


def trim(text: str) -> str:
    start, end = 0, len(text)
    while start < end and is_invisible(text[start]):
        start += 1
    while end > start and is_invisible(text[end - 1]):
        end -= 1
    return text[start:end]


def whole_number_in(raw: object, low: int, high: int) -> int | None:
    """A rating as typed (trimmed; ASCII digits, optional minus), or None if it is not a whole number in range."""
    text = trim("" if raw is None else str(raw))
    if re.fullmatch(WHOLE_NUMBER_PATTERN, text) and low <= int(text) <= high:
        return int(text)
    return None


def char_count(text: str) -> int:
    """Characters as a reader counts them: code points (the page script uses Array.from)."""
    return len(text)


def _visible(text: str) -> str:
    trimmed = trim(text)
    if not trimmed:
        hidden = any(not char.isspace() for char in text)
        raise ValueError("must not be empty" + (" (it has only invisible characters)" if hidden else ""))
    if char_count(trimmed) > MAX_TEXT:
        raise ValueError(f"is too long (more than {MAX_TEXT} characters)")
    return trimmed


class Prose:
    """Marks a field as text a reader sees; the contract tests fill every such field with hostile text."""

    def __repr__(self) -> str:
        return "Prose()"


PROSE = Prose()

Identifier = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64),
]
Text = Annotated[str, AfterValidator(_visible), PROSE]
# BibTeX allows capitals, digits and most punctuation in keys; these are the characters it does not.
CiteKey = Annotated[str, StringConstraints(pattern=r"^[^\s,{}()\"#%'=\\]+$", max_length=120)]


class ContentModel(BaseModel):
    # Unknown keys are usually typos ("feedbak"); rejecting them saves silent data loss.
    model_config = ConfigDict(extra="forbid", frozen=True)


def reject_duplicate_ids(ids: list[str], kind: str) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise ValueError(f"{kind} id '{item_id}' is used twice")
        seen.add(item_id)
