"""The walkthrough as plain text: every step, through the first lens."""

from __future__ import annotations

from ...core.plain import wrap
from .model import WalkthroughContent
from .stepping import position_label


def walkthrough_text(walk: WalkthroughContent) -> str:
    lines = [walk.title, ""]
    if walk.intro:
        lines += [wrap(walk.intro), ""]
    default_lens = walk.lens.ids[0] if walk.lens else None
    for index, step in enumerate(walk.steps):
        lines.append(f"{position_label(index, len(walk.steps))}: {step.title}")
        text = step.text[default_lens] if default_lens else next(iter(step.text.values()))
        lines += [wrap(text, "  "), ""]
    return "\n".join(lines).rstrip()
