"""A readable text/plain fallback, for consoles and front ends without HTML."""

from __future__ import annotations

import textwrap

from .grading import HINTS
from .activities import Activity, summarise
from .models import FormExercise, QuizBank, WalkthroughContent
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


def form_text(form: FormExercise) -> str:
    lines = [form.title, ""]
    if form.intro:
        lines += [_wrap(form.intro), ""]
    for field in form.fields:
        scale = " (0 to 100)" if field.kind == "rating" else ""
        lines += [f"{field.label}{scale}", _wrap(field.help, "  "), ""]
    lines.append("Open this notebook in Jupyter, or the page in the online book, to fill it in.")
    return "\n".join(lines)


def planner_text(title: str, activities: list[Activity]) -> str:
    lines = [title, "", f"{'Day':4} {'Activity':40} Pleasure Mastery Mood"]
    lines += [f"{a.day:4} {a.activity[:40]:40} {a.pleasure:8} {a.mastery:7} {a.mood:4}" for a in activities]
    return "\n".join(lines + [""] + summarise(activities).sentences)
