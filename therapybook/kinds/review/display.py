"""``Review.from_file("review_deck")``: questions from every chapter, dealt by a simple, documented spacing rule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ...core.contract import RuleCase
from ...core.display import ContentItem
from ...core.yaml_files import load_model
from ...progress.index import question_banks, question_index
from .cases import rule_cases
from .live import ReviewView
from .model import ReviewContent
from .page import review_html
from .strings import RULE
from .text import review_text


class Review(ContentItem[ReviewContent]):
    @classmethod
    def load(cls, path: Path) -> ReviewContent:
        return load_model(ReviewContent, path)

    def view(self) -> ReviewView:
        return ReviewView(self.content, question_index(), question_banks())

    def html(self) -> str:
        return review_html(self.content, question_index())

    def text(self) -> str:
        return review_text(self.content)

    def essential_text(self) -> list[str]:
        return [self.content.title, self.content.intro, *RULE]

    def rule_cases(self) -> list[RuleCase]:
        return rule_cases(question_index(), self.content.deck_size, date(2026, 11, 23))
