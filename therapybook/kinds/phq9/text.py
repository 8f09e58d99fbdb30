"""The PHQ-9 case as plain text: the items, the client's answers, the score, and the safety message."""

from __future__ import annotations

from ...core.plain import wrap
from .instrument import ANSWERS, CREDIT, ITEMS, SAFETY_MESSAGE, SCREENS_NOT_DIAGNOSES, STEM
from .model import Phq9Case
from .scoring import Change, change, score


def phq9_text(case: Phq9Case) -> str:
    result = score(case.answers)
    compared = change(case.baseline, result.total)
    lines = [case.title, "", wrap(case.intro), "", wrap(SCREENS_NOT_DIAGNOSES), "", wrap(STEM), ""]
    for number, (item, answer) in enumerate(zip(ITEMS, case.answers, strict=True), start=1):
        lines.append(wrap(f"{number}. {item}: {ANSWERS[answer]} ({answer})"))
    lines += ["", f"{case.client}'s total: {result.total} of 27 ({result.band})."]
    lines.append(summary_sentence(case.client, compared))
    if result.item9_positive:
        lines += ["", wrap(SAFETY_MESSAGE)]
    lines += ["", wrap(CREDIT)]
    return "\n".join(lines)


def summary_sentence(client: str, compared: Change) -> str:
    """Response and remission in words; the page script builds the same sentence from the same parts."""
    if compared.drop_percent <= 0:
        return f"Compared with the first assessment ({compared.baseline}), the total has not fallen."
    verdicts = [
        "a response (at least half)" if compared.response else "not yet a response (less than half)",
        "remission (below 5)" if compared.remission else "not remission (5 or more)",
    ]
    return (
        f"Compared with the first assessment ({compared.baseline}), {client}'s total has fallen by "
        f"{compared.drop_percent}%: {verdicts[0]}, and {verdicts[1]}."
    )
