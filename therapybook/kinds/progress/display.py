"""``MyProgress.from_file("my_progress")``: quiz results by chapter, from this browser or this computer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ...core.contract import RuleCase
from ...core.display import ContentItem
from ...core.yaml_files import load_model
from ...progress.index import question_index
from .cases import rule_cases
from .live import ProgressView
from .model import ProgressContent
from .page import progress_html
from .text import progress_text


class MyProgress(ContentItem[ProgressContent]):
    @classmethod
    def load(cls, path: Path) -> ProgressContent:
        return load_model(ProgressContent, path)

    def view(self) -> ProgressView:
        return ProgressView(self.content, question_index())

    def html(self) -> str:
        return progress_html(self.content, question_index())

    def text(self) -> str:
        return progress_text(self.content)

    def essential_text(self) -> list[str]:
        return [self.content.title, self.content.intro]

    def rule_cases(self) -> list[RuleCase]:
        return rule_cases(self.content.summary_title, question_index(), date(2026, 11, 23))
