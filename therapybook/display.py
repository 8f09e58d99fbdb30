"""The objects a chapter displays: one call, both views.

``Quiz.from_file("01_how_therapy_helps")`` loads and checks the content once.
Displayed in Jupyter, it offers the live widget, the static HTML and a text
fallback in one mime bundle: JupyterLab shows the widget; the book, which
prefers text/html, shows the static view.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .citations import check_keys
from .grading import QuizSession
from .html_view import quiz_html, walkthrough_html
from .loading import content_path, display_path, load_quiz, load_walkthrough
from .models import QuizBank, WalkthroughContent
from .stepping import WalkthroughSession
from .text_view import quiz_text, walkthrough_text
from .widget_view import QuizView, WalkthroughView


def _bundle(view_box: Any, html: str, text: str) -> dict[str, Any]:
    bundle = dict(view_box._repr_mimebundle_() or {})
    bundle["text/html"] = html
    bundle["text/plain"] = text
    return bundle


class Quiz:
    def __init__(self, bank: QuizBank) -> None:
        self.bank = bank

    @classmethod
    def from_file(cls, name: str | Path) -> Quiz:
        path = content_path(name, "quizzes")
        bank = load_quiz(path)
        check_keys({f"question '{q.id}'": q.cite for q in bank.questions}, display_path(path))
        return cls(bank)

    def view(self) -> QuizView:
        """A fresh live view with its own score, so each display starts clean."""
        return QuizView(QuizSession(self.bank))

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict[str, Any]:
        return _bundle(self.view().box, quiz_html(self.bank), quiz_text(self.bank))

    def __repr__(self) -> str:
        return quiz_text(self.bank)


class Walkthrough:
    def __init__(self, content: WalkthroughContent) -> None:
        self.content = content

    @classmethod
    def from_file(cls, name: str | Path) -> Walkthrough:
        path = content_path(name, "walkthroughs")
        content = load_walkthrough(path)
        check_keys({f"step '{s.id}'": s.cite for s in content.steps}, display_path(path))
        return cls(content)

    def view(self) -> WalkthroughView:
        return WalkthroughView(WalkthroughSession(self.content))

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict[str, Any]:
        return _bundle(self.view().box, walkthrough_html(self.content), walkthrough_text(self.content))

    def __repr__(self) -> str:
        return walkthrough_text(self.content)
