"""The quiz as plain text, for consoles and front ends without HTML."""

from __future__ import annotations

from ...core.plain import wrap
from .grading import HINTS
from .model import QuizBank


def quiz_text(bank: QuizBank) -> str:
    lines = [bank.title, ""]
    for number, q in enumerate(bank.questions, start=1):
        lines.append(wrap(f"Question {number} of {len(bank.questions)}. {q.prompt}"))
        lines.append(f"  {HINTS[q.type]}")
        box = "[ ]" if q.type == "multiple" else "( )"
        lines.extend(wrap(f"{box} {o.text}", "    ") for o in q.options)
        lines.append("")
    lines.append("Open this notebook in Jupyter, or the page in the online book, to check your answers.")
    return "\n".join(lines)
