"""A readable text/plain fallback, for consoles and front ends without HTML."""

from __future__ import annotations

import textwrap

from .grading import HINTS
from .models import QuizBank, WalkthroughContent
from .stepping import position_label


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent)


def quiz_text(bank: QuizBank) -> str:
    lines = [bank.title, ""]
    for number, q in enumerate(bank.questions, start=1):
        lines.append(_wrap(f"Question {number} of {len(bank.questions)}. {q.prompt}"))
        lines.append(f"  {HINTS[q.type]}")
        box = "[ ]" if q.type == "multiple" else "( )"
        lines.extend(_wrap(f"{box} {o.text}", "    ") for o in q.options)
        lines.append("")
    lines.append("Open this notebook in Jupyter, or the page in the online book, to check your answers.")
    return "\n".join(lines)


def walkthrough_text(walk: WalkthroughContent) -> str:
    lines = [walk.title, ""]
    if walk.intro:
        lines += [_wrap(walk.intro), ""]
    default_lens = walk.lens.ids[0] if walk.lens else None
    for index, step in enumerate(walk.steps):
        lines.append(f"{position_label(index, len(walk.steps))}: {step.title}")
        text = step.text[default_lens] if default_lens else next(iter(step.text.values()))
        lines += [_wrap(text, "  "), ""]
    return "\n".join(lines).rstrip()
