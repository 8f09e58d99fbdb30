"""The building blocks of every content model: ids, prose, citation keys.

Prose is trimmed of whitespace *and* invisible characters (zero-width spaces,
byte-order marks, control characters), so a field that only looks empty is
empty. The page script trims with the same character classes and counts
characters the same way (code points), so the notebook and the page agree.

Inside the text, line breaks are made plain (a word processor's soft line break
U+000B, and CR LF or CR, become LF), and what no page, UTF-8 file or XML export
can hold is refused with its position: other control characters, the
non-characters U+FFFE and U+FFFF, and half of a surrogate pair.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, StringConstraints

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


# Line breaks as authors paste them: CR LF and CR (old Mac, some CSV cells), and U+000B, the "soft line break"
# Word and other word processors put in copied text.
LINE_BREAKS = re.compile("\r\n|\r|\v")
# Allowed inside text although they are control characters: tab and line feed.
ALLOWED_CONTROLS = "\t\n"


def plain_line_breaks(text: str) -> str:
    return LINE_BREAKS.sub("\n", text)


def unprintable(text: str) -> str | None:
    """Why ``text`` cannot go on a page, into a UTF-8 file or into XML, naming the first bad character; or None."""
    for position, char in enumerate(text, start=1):
        category = unicodedata.category(char)
        if category == "Cs":
            return (
                f"has half of a character (a lone surrogate, \\u{ord(char):04x}) at character {position}, which "
                "cannot be saved as UTF-8; retype the character there"
            )
        if (category == "Cc" and char not in ALLOWED_CONTROLS) or char in "\ufffe\uffff":
            return (
                f"has a control character (U+{ord(char):04X}) at character {position}, which no page or export "
                "can show; delete it"
            )
    return None


def _printable(value: object) -> object:
    """For fields that are not prose (citation keys): the same characters refused, nothing changed."""
    if isinstance(value, str) and (problem := unprintable(value)):
        raise ValueError(problem)
    return value


def _visible(text: str) -> str:
    trimmed = trim(plain_line_breaks(text))
    if not trimmed:
        hidden = any(not char.isspace() for char in text)
        raise ValueError("must not be empty" + (" (it has only invisible characters)" if hidden else ""))
    if char_count(trimmed) > MAX_TEXT:
        raise ValueError(f"is too long (more than {MAX_TEXT} characters)")
    if problem := unprintable(trimmed):
        raise ValueError(problem)
    return trimmed


class Prose:
    """Marks a field as text a reader sees; the contract tests fill every such field with hostile text."""

    def __repr__(self) -> str:
        return "Prose()"


PROSE = Prose()


class Citation:
    """Marks a field as a citation key: every one in a kind's content is checked against references.bib."""

    def __repr__(self) -> str:
        return "Citation()"


CITATION = Citation()

Identifier = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64),
]
Text = Annotated[str, AfterValidator(_visible), PROSE]
# BibTeX allows capitals, digits and most punctuation in keys; these are the characters it does not.
CiteKey = Annotated[
    str, StringConstraints(pattern=r"^[^\s,{}()\"#%'=\\]+$", max_length=120), BeforeValidator(_printable), CITATION
]


class ContentModel(BaseModel):
    # Unknown keys are usually typos ("feedbak"); rejecting them saves silent data loss.
    model_config = ConfigDict(extra="forbid", frozen=True)


def reject_duplicate_ids(ids: list[str], kind: str) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise ValueError(f"{kind} id '{item_id}' is used twice")
        seen.add(item_id)
