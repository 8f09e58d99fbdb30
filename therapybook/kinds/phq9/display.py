"""``Phq9.from_file("phq9_case")``: score a made-up client's PHQ-9 and see what the numbers mean."""

from __future__ import annotations

from pathlib import Path

from ...core.contract import RuleCase
from ...core.display import ContentItem
from ...core.yaml_files import load_model
from .instrument import ITEMS, STEM
from .live import Phq9View
from .model import Phq9Case
from .page import phq9_html
from .scoring import BANDS, MAX_TOTAL, REMISSION_BELOW, change, score
from .text import phq9_text, summary_sentence

# Totals at every band boundary, and answer sets that put item 9 on and off.
BOUNDARY_TOTALS = (0, 4, 5, 9, 10, 14, 15, 19, 20, 27)


def answers_for(total: int, item9: int | None = None) -> list[int]:
    """Nine answers adding up to `total`, filled from item 1; item 9 fixed first when given (for the rule cases)."""
    answers = [0] * len(ITEMS)
    free = len(ITEMS) if item9 is None else len(ITEMS) - 1
    left = total if item9 is None else total - item9
    if item9 is not None:
        answers[-1] = item9
    for index in range(free):
        answers[index] = min(3, left)
        left -= answers[index]
    return answers


class Phq9(ContentItem[Phq9Case]):
    @classmethod
    def load(cls, path: Path) -> Phq9Case:
        return load_model(Phq9Case, path)

    def view(self) -> Phq9View:
        return Phq9View(self.content)

    def html(self) -> str:
        return phq9_html(self.content)

    def text(self) -> str:
        return phq9_text(self.content)

    def essential_text(self) -> list[str]:
        return [self.content.title, self.content.intro, STEM, *ITEMS]

    def rule_cases(self) -> list[RuleCase]:
        """Scores at every band boundary with item 9 off and on, and response/remission around their lines."""
        cases = []
        for total in BOUNDARY_TOTALS:
            for item9 in (0, 1) if 0 < total < MAX_TOTAL else (None,):
                answers = answers_for(total, item9)
                result = score(answers)
                expected = {"total": result.total, "band": result.band, "item9": result.item9_positive}
                cases.append(RuleCase("score", (answers, BANDS), expected))
        for baseline, total in ((20, 10), (20, 11), (19, 9), (19, 10), (10, 4), (10, 5), (0, 0), (8, 12), (27, 0)):
            compared = change(baseline, total)
            expected_change = {
                "drop": compared.drop_percent,
                "response": compared.response,
                "remission": compared.remission,
            }
            cases.append(RuleCase("change", (baseline, total, REMISSION_BELOW), expected_change))
            cases.append(
                RuleCase(
                    "summary",
                    (self.content.client, baseline, expected_change),
                    summary_sentence(self.content.client, compared),
                )
            )
        return cases
