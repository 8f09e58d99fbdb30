"""The review deck as plain text: what it does and its rule."""

from __future__ import annotations

from ...core.plain import wrap
from .model import ReviewContent
from .strings import KEPT, RULE, RULE_HEADING


def review_text(content: ReviewContent) -> str:
    lines = [content.title, "", wrap(content.intro), "", wrap(KEPT), "", RULE_HEADING + ":"]
    lines += [wrap(f"{n}. {line}", indent="   ") for n, line in enumerate(RULE, start=1)]
    return "\n".join(lines)
