"""The kernel-free view: self-contained HTML plus the item's data as JSON.

The markup reads as plain text without JavaScript; therapybook.js (added to
every book page by the Sphinx extension) makes it interactive. Jinja's
autoescaping escapes every piece of content, and its ``tojson`` filter makes
the embedded JSON safe inside a <script> element.
"""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

from .citations import short_citation
from .grading import EMPTY_ANSWER, HINTS, STATUS, VERDICTS
from .activities import DAYS, REWARDING_AT, Activity, summarise
from .forms import MESSAGES, text_limit
from .models import MAX_TEXT, RATING_RANGE, FormExercise, QuizBank, WalkthroughContent
from .stepping import position_label

_templates = Environment(
    loader=PackageLoader("therapybook", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def quiz_root_id(bank: QuizBank) -> str:
    # Derived from content ids, never random: outputs stay identical between runs.
    return f"tb-quiz-{bank.id}"


def walkthrough_root_id(walk: WalkthroughContent) -> str:
    return f"tb-walk-{walk.id}"


def sources_label(keys: list[str]) -> str:
    return "; ".join(short_citation(key) for key in keys)


def quiz_html(bank: QuizBank) -> str:
    data = {
        "questions": {
            q.id: {
                "type": q.type,
                "options": [o.model_dump() for o in q.options],
                "explanation": q.explanation,
                "source": sources_label(q.cite),
            }
            for q in bank.questions
        },
        "strings": {
            "verdicts": VERDICTS,
            "empty": EMPTY_ANSWER,
            "status": {f"{int(chosen)}{int(correct)}": text for (chosen, correct), text in STATUS.items()},
            "summary": "{correct} of {total} correct",
            "remaining": " ({remaining} not answered yet)",
        },
    }
    return _templates.get_template("quiz.html.j2").render(
        bank=bank, root_id=quiz_root_id(bank), hints=HINTS, data=data
    )


def walkthrough_html(walk: WalkthroughContent) -> str:
    lens_labels = {o.id: o.label for o in walk.lens.options} if walk.lens else {}
    return _templates.get_template("walkthrough.html.j2").render(
        walk=walk,
        root_id=walkthrough_root_id(walk),
        lens_labels=lens_labels,
        sources={step.id: sources_label(step.cite) for step in walk.steps},
        position_label=position_label,
    )


def form_html(form: FormExercise) -> str:
    low, high = RATING_RANGE
    limits = {f.id: text_limit(f) for f in form.fields}
    data = {
        "fields": [{"id": f.id, "label": f.label, "kind": f.kind, "limit": limits[f.id]} for f in form.fields],
        "range": [low, high],
        "messages": MESSAGES,
        "caption": form.title,
    }
    return _templates.get_template("form.html.j2").render(
        form=form, root_id=f"tb-form-{form.id}", limits=limits, low=low, high=high, data=data
    )


PLANNER_CHART_LABEL = "Chart: each activity's pleasure plus mastery against mood. Its summary is above."


def planner_html(planner_id: str, title: str, intro: str, activities: list[Activity]) -> str:
    data = {
        "activities": [a.model_dump() for a in activities],
        "days": list(DAYS),
        "rewardingAt": REWARDING_AT,
        "maxText": MAX_TEXT,
    }
    return _templates.get_template("planner.html.j2").render(
        root_id=f"tb-planner-{planner_id}",
        title=title,
        intro=intro,
        activities=activities,
        days=DAYS,
        max_text=MAX_TEXT,
        summary=summarise(activities),
        chart_label=PLANNER_CHART_LABEL,
        data=data,
    )
