"""The objects a chapter displays: one call, both views.

``Quiz.from_file("01_how_therapy_helps")`` loads and checks the content once.
Displayed in Jupyter, it offers the live widget, the static HTML and a text
fallback in one mime bundle: JupyterLab shows the widget; the book, which
prefers text/html, shows the static view.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from .activities import Activity, load_week
from .citations import check_keys
from .grading import QuizSession
from .html_view import form_html, planner_html, quiz_html, walkthrough_html
from .loading import content_path, display_path, load_form, load_quiz, load_trap_spotter, load_walkthrough
from .models import FormExercise, QuizBank, WalkthroughContent
from .stepping import WalkthroughSession
from .text_view import form_text, planner_text, quiz_text, walkthrough_text
from .traps import to_quiz_bank
from .widget_view import FormView, PlannerView, QuizView, WalkthroughView


class _Displayable:
    """Shared by every displayable item: load and check once, then render on demand."""

    folder: ClassVar[str]

    def __init__(self, content: Any) -> None:
        self.content = content

    @classmethod
    def from_file(cls, name: str | Path):
        path = content_path(name, cls.folder)
        content = cls._load(path)
        check_keys(cls._citations(content), display_path(path))
        return cls(content)

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict[str, Any]:
        bundle = dict(self.view().box._repr_mimebundle_() or {})
        bundle["text/html"] = self.html()
        bundle["text/plain"] = self.text()
        return bundle

    def __repr__(self) -> str:
        return self.text()


class Quiz(_Displayable):
    folder = "quizzes"
    _load = staticmethod(load_quiz)

    @property
    def bank(self) -> QuizBank:
        return self.content

    @staticmethod
    def _citations(bank: QuizBank) -> dict[str, list[str]]:
        return {f"question '{q.id}'": q.cite for q in bank.questions}

    def view(self) -> QuizView:
        """A fresh live view with its own score, so each display starts clean."""
        return QuizView(QuizSession(self.content))

    def html(self) -> str:
        return quiz_html(self.content)

    def text(self) -> str:
        return quiz_text(self.content)


class Walkthrough(_Displayable):
    folder = "walkthroughs"
    _load = staticmethod(load_walkthrough)

    @staticmethod
    def _citations(content: WalkthroughContent) -> dict[str, list[str]]:
        return {f"step '{s.id}'": s.cite for s in content.steps}

    def view(self) -> WalkthroughView:
        return WalkthroughView(WalkthroughSession(self.content))

    def html(self) -> str:
        return walkthrough_html(self.content)

    def text(self) -> str:
        return walkthrough_text(self.content)


class TrapSpotter(Quiz):
    """Thoughts to sort into thinking traps, shown and graded as a quiz."""

    folder = "exercises"

    @staticmethod
    def _load(path: Path) -> QuizBank:
        return to_quiz_bank(load_trap_spotter(path))


class Form(_Displayable):
    """An entry the student writes (a thought record) and gets back as a tidy record."""

    folder = "exercises"
    _load = staticmethod(load_form)

    @staticmethod
    def _citations(form: FormExercise) -> dict[str, list[str]]:
        return {}

    def view(self) -> FormView:
        return FormView(self.content)

    def html(self) -> str:
        return form_html(self.content)

    def text(self) -> str:
        return form_text(self.content)


class ActivityPlanner(_Displayable):
    """A worked week of activities the student can edit and add to."""

    title = "Activity and mood planner"
    intro = (
        "Start from the worked week, then add your own activities with their ratings. "
        "The summary and chart follow. Nothing you enter leaves this page or notebook."
    )

    def __init__(self, name: str, activities: list[Activity]) -> None:
        self.name = name
        self.content = activities

    @classmethod
    def from_file(cls, name: str = "activity_week") -> ActivityPlanner:
        return cls(name, load_week(name))

    def view(self) -> PlannerView:
        return PlannerView(self.content)

    def html(self) -> str:
        return planner_html(self.name, self.title, self.intro, self.content)

    def text(self) -> str:
        return planner_text(self.title, self.content)
