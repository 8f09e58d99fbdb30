"""The quiz on a book page: questions as native form controls, with the data the page script needs."""

from __future__ import annotations

from ...core.citations import sources_label
from ...core.html import kind_of, render_page, root_id
from .grading import (
    CONFIDENCE_LABELS,
    CONFIDENCE_PROMPT,
    EMPTY_ANSWER,
    HINTS,
    ICONS,
    INSTRUCTIONS,
    KEPT_IN_BROWSER,
    NUDGES,
    PAGE_ONLY,
    REMAINING,
    REVEALED_ONE,
    REVEALED_STATUS,
    STATUS,
    STORAGE_FULL,
    SUMMARY,
    VERDICTS,
)
from .marks import MARK_ICONS, MARK_WORDS
from .model import QuizBank

KIND = kind_of(__name__)


def quiz_root_id(bank: QuizBank) -> str:
    return root_id("quiz", bank.id)


def question_data(bank: QuizBank, with_prompts: bool = False) -> dict[str, dict[str, object]]:
    """What the page script needs of each question; also written per bank for the Review page to fetch."""
    return {
        q.id: {
            "type": q.type,
            "options": [o.model_dump() for o in q.options],
            "explanation": q.explanation,
            "source": sources_label(q.cite),
            **({"prompt": q.prompt} if with_prompts else {}),
        }
        for q in bank.questions
    }


def strings() -> dict[str, object]:
    """The words the page script shows, shared by every quiz and the Review page."""
    return {
        "verdicts": VERDICTS,
        "icons": ICONS,
        "nudges": NUDGES,
        "revealed": {str(int(correct)): text for correct, text in REVEALED_STATUS.items()},
        "revealedOne": REVEALED_ONE,
        "markIcons": MARK_ICONS,
        "markWords": MARK_WORDS,
        "empty": EMPTY_ANSWER,
        "status": {f"{int(chosen)}{int(correct)}": text for (chosen, correct), text in STATUS.items()},
        "summary": SUMMARY,
        "remaining": REMAINING,
        "hints": HINTS,
        "numbering": "Question {number} of {total}.",
        "confidencePrompt": CONFIDENCE_PROMPT,
        # Pairs, not an object: the page keeps the order (tojson sorts object keys).
        "confidence": list(CONFIDENCE_LABELS.items()),
        "pageOnly": PAGE_ONLY,
        "storageFull": STORAGE_FULL,
    }


def page_data(bank: QuizBank) -> dict[str, object]:
    return {"bank": bank.id, "questions": question_data(bank), "strings": strings()}


def quiz_html(bank: QuizBank) -> str:
    return render_page(
        KIND,
        bank=bank,
        root_id=quiz_root_id(bank),
        hints=HINTS,
        instructions=INSTRUCTIONS,
        kept=KEPT_IN_BROWSER,
        confidence_prompt=CONFIDENCE_PROMPT,
        confidence=CONFIDENCE_LABELS,
        data=page_data(bank),
    )
