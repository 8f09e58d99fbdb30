"""The staying-well plan as a blank worksheet to print: each section's question and examples, with lines to write on."""

from __future__ import annotations

from ...core.html import kind_of, render_blank, root_id
from .model import PlanContent

KIND = kind_of(__name__)
LINES = 3


def blank_plan(plan: PlanContent) -> str:
    return render_blank(KIND, plan=plan, sheet_id=root_id("blank", plan.id), lines=LINES)
