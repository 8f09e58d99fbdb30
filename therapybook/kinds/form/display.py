"""``Form.from_file("thought_record")``: an entry the student writes and gets back as a tidy record."""

from __future__ import annotations

from pathlib import Path

from ...core.display import ContentItem
from ...core.yaml_files import load_model
from .live import FormView
from .model import FormExercise
from .page import form_html
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
