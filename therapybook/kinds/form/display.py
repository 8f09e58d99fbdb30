"""``Form.from_file("thought_record")``: an entry the student writes and gets back as a tidy record."""

from __future__ import annotations

from pathlib import Path

from ...core.contract import RuleCase
from ...core.display import ContentItem
from ...core.yaml_files import load_model
from .checking import LONG_TEXT_LIMIT, check_entry
from .live import FormView
from .model import FormExercise
from .page import form_html, page_data
from .text import form_text


class Form(ContentItem[FormExercise]):
    @classmethod
    def load(cls, path: Path) -> FormExercise:
        return load_model(FormExercise, path)

    def view(self) -> FormView:
        return FormView(self.content)

    def html(self) -> str:
        return form_html(self.content)

    def text(self) -> str:
        return form_text(self.content)

    def essential_text(self) -> list[str]:
        return [self.content.title] + [t for f in self.content.fields for t in (f.label, f.help)]

    def rule_cases(self) -> list[RuleCase]:
        """Entries that test the shared rules: blanks, invisible characters, emoji near the limit, odd digits."""
        texts = [
            "Exam results",
            "",
            " \t\u00a0",
            "\u200b\ufeff",
            "\ufeffMissed the bus\u200b",
            "😊" * 1500,
            "😊" * (LONG_TEXT_LIMIT + 1),
            "a\u0301" * 1000,
            "<b>bold</b> & more",
        ]
        ratings = ["50", "", "٥", "５0", "7.5", "-0", "050", " 42 ", "1e2", "+5", "101", "\u200b42\u200b", "-1"]
        cases = []
        for i in range(max(len(texts), len(ratings))):
            values = {
                f.id: ratings[i % len(ratings)] if f.kind == "rating" else texts[(i + n) % len(texts)]
                for n, f in enumerate(self.content.fields)
            }
            result = check_entry(self.content, values)
            expected = {
                "record": [[line.label, line.value] for line in result.record],
                "problems": list(result.problems),
            }
            cases.append(RuleCase("checkEntry", (page_data(self.content), values), expected))
        return cases
