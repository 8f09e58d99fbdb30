"""The planner on a book page: the week as a table, an add-an-activity form, the summary and an SVG chart."""

from __future__ import annotations

from ...core.html import kind_of, render_page, root_id
from ...core.text import MAX_TEXT
from .checking import MESSAGES, RATING_RANGE
from .model import DAYS, REWARDING_AT, Week
from .summary import summarise

KIND = kind_of(__name__)
CHART_LABEL = "Chart: each activity's pleasure plus mastery against mood. Its summary is above."


def planner_data(week: Week) -> dict[str, object]:
    return {
        "activities": [a.model_dump() for a in week.activities],
        "days": list(DAYS),
        "rewardingAt": REWARDING_AT,
        "maxText": MAX_TEXT,
        "messages": MESSAGES,
        "ratingRange": list(RATING_RANGE),
    }


def planner_html(week: Week, title: str, intro: str) -> str:
    return render_page(
        KIND,
        root_id=root_id("planner", week.id),
        title=title,
        intro=intro,
        activities=week.activities,
        days=DAYS,
        summary=summarise(week.activities),
        chart_label=CHART_LABEL,
        data=planner_data(week),
    )
