"""The plan on a book page: kept only in this browser, downloadable as text, printable on one page."""

from __future__ import annotations

from ...core.html import kind_of, render_page, root_id
from .model import PlanContent
from .plan import NOT_FILLED, SECTION_LIMIT

KIND = kind_of(__name__)
STORAGE_PREFIX = "therapybook.relapse_plan."


def page_data(plan: PlanContent) -> dict[str, object]:
    return {
        "id": plan.id,
        "title": plan.title,
        "sections": [{"id": s.id, "label": s.label} for s in plan.sections],
        "notFilled": NOT_FILLED,
        "limit": SECTION_LIMIT,
        "storageKey": STORAGE_PREFIX + plan.id,
    }


def plan_html(plan: PlanContent) -> str:
    return render_page(KIND, plan=plan, root_id=root_id("plan", plan.id), data=page_data(plan))
