"""The plan as plain text: its sections, the question each asks, and examples."""

from __future__ import annotations

from ...core.plain import wrap
from .model import PlanContent


def plan_outline(plan: PlanContent) -> str:
    lines = [plan.title, "", wrap(plan.intro), ""]
    for section in plan.sections:
        lines += [section.label, wrap(section.prompt, "  ")]
        if section.examples:
            lines.append(wrap("For example: " + "; ".join(section.examples), "  "))
        lines.append("")
    lines.append("Open this notebook in Jupyter, or the page in the online book, to write your own plan.")
    return "\n".join(lines)
