"""The quiz on a book page: questions as native form controls, with the data the page script needs."""

from __future__ import annotations

from ...core.citations import sources_label
from ...core.html import kind_of, render_page, root_id
from .grading import (
    EMPTY_ANSWER,
    HINTS,
    ICONS,
    INSTRUCTIONS,
    NUDGES,
    REMAINING,
    REVEALED_STATUS,
    STATUS,
    SUMMARY,
    VERDICTS,
)
from .model import QuizBank

KIND = kind_of(__name__)


def quiz_root_id(bank: QuizBank) -> str:
    return root_id("quiz", bank.id)


def page_data(bank: QuizBank) -> dict[str, object]:
    return {
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
            "icons": ICONS,
            "nudges": NUDGES,
            "revealed": {str(int(correct)): text for correct, text in REVEALED_STATUS.items()},
            "empty": EMPTY_ANSWER,
            "status": {f"{int(chosen)}{int(correct)}": text for (chosen, correct), text in STATUS.items()},
            "summary": SUMMARY,
            "remaining": REMAINING,
        },
    }


def quiz_html(bank: QuizBank) -> str:
    return render_page(
        KIND, bank=bank, root_id=quiz_root_id(bank), hints=HINTS, instructions=INSTRUCTIONS, data=page_data(bank)
    )
