"""``Quiz.from_file("02_cbt")``: a question bank, live in Jupyter and kernel-free on the page."""

from __future__ import annotations

from itertools import chain, combinations
from pathlib import Path

from ...core.contract import RuleCase
from ...core.display import ContentItem
from ...core.yaml_files import load_model
from ...progress.store import ProgressStore
from .grading import Plan, QuizSession, plan, reveal_plan
from .live import QuizView
from .model import QuizBank
from .order import as_shown
from .page import quiz_html
from .text import quiz_text


class Quiz(ContentItem[QuizBank]):
    @classmethod
    def load(cls, path: Path) -> QuizBank:
        """The bank as students see it: options in their fixed, shuffled order."""
        return as_shown(load_model(QuizBank, path))

    @property
    def bank(self) -> QuizBank:
        return self.content

    @classmethod
    def citations(cls, content: QuizBank) -> dict[str, list[str]]:
        return {f"question '{q.id}'": q.cite for q in content.questions}

    def view(self) -> QuizView:
        """A fresh live view with its own score, so each display starts clean."""
        return QuizView(QuizSession(self.content), ProgressStore())

    def html(self) -> str:
        return quiz_html(self.content)

    def text(self) -> str:
        return quiz_text(self.content)

    def essential_text(self) -> list[str]:
        return [self.bank.title] + [t for q in self.bank.questions for t in (q.prompt, *(o.text for o in q.options))]

    def rule_cases(self) -> list[RuleCase]:
        """Every answer a student can give, and 'Show answer' after each: the page script must plan as Python does."""
        cases = []
        for question in self.bank.questions:
            n = len(question.options)
            sizes = range(1, n + 1) if question.type == "multiple" else [1]
            options = [o.model_dump() for o in question.options]
            for chosen in [(), *chain.from_iterable(combinations(range(n), size) for size in sizes)]:
                picked = frozenset(chosen)
                if chosen:
                    cases.append(
                        RuleCase("plan", (question.type, options, list(chosen)), _expected(plan(question, picked)))
                    )
                steps = reveal_plan(question, picked)
                cases.append(RuleCase("revealPlan", (question.type, options, list(chosen)), _expected(steps)))
        return cases


def _expected(steps: Plan) -> dict[str, object]:
    return {
        "verdict": steps.verdict,
        "shown": list(steps.shown),
        "explain": steps.explain,
        "marks": [list(mark) for mark in steps.marks],
    }
