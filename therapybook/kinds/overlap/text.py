"""The overlap illustration as plain text: what g means at the starting value and at three landmarks."""

from __future__ import annotations

from ...core.plain import wrap
from .model import OverlapContent
from .overlap import summary


def overlap_text(item: OverlapContent) -> str:
    lines = [item.title, "", wrap(item.intro), "", f"{item.control_label} and {item.treated_label}:", ""]
    for g in sorted({item.start, 0.2, 0.5, 0.8}):
        lines += [wrap(summary(g), "  "), ""]
    return "\n".join(lines).rstrip()
