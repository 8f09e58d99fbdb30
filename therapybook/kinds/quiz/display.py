"""``Quiz.from_file("02_cbt")``: a question bank, live in Jupyter and kernel-free on the page."""

from __future__ import annotations

from itertools import chain, combinations
from pathlib import Path

from ...core.contract import RuleCase
from ...core.display import ContentItem
from ...core.yaml_files import load_model
from .grading import QuizSession, verdict_key
from .live import QuizView
from .model import QuizBank
from .page import quiz_html
from .text import quiz_text


class Quiz(ContentItem[QuizBank]):
    @classmethod
    def load(cls, path: Path) -> QuizBank:
        return load_model(QuizBank, path)

    @property
    def bank(self) -> QuizBank:
        return self.content

    @classmethod
    def citations(cls, content: QuizBank) -> dict[str, list[str]]:
        return {f"question '{q.id}'": q.cite for q in content.questions}

    def view(self) -> QuizView:
        """A fresh live view with its own score, so each display starts clean."""
        return QuizView(QuizSession(self.content))

    def html(self) -> str:
        return quiz_html(self.content)

    def text(self) -> str:
        return quiz_text(self.content)

    def essential_text(self) -> list[str]:
        return [self.bank.title] + [t for q in self.bank.questions for t in (q.prompt, *(o.text for o in q.options))]

    def rule_cases(self) -> list[RuleCase]:
        """Every answer a student can give to every question: the page script's verdict must be Python's."""
        cases = []
        for question in self.bank.questions:
            n = len(question.options)
            sizes = range(1, n + 1) if question.type == "multiple" else [1]
            options = [o.model_dump() for o in question.options]
            for chosen in chain.from_iterable(combinations(range(n), size) for size in sizes):
                expected = verdict_key(question, frozenset(chosen))
                cases.append(RuleCase("verdictKey", (options, list(chosen)), expected))
        return cases
