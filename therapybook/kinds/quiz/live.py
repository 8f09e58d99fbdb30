"""The quiz in Jupyter: one block per question, a score, and Try again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import ipywidgets as widgets
from markupsafe import Markup

from ...core.citations import sources_label
from ...core.live import FULL_WIDTH, html, live_box
from ...progress.records import QuestionRecord, after_check, after_reveal, record_key, with_confidence
from ...progress.store import ProgressStore
from ...progress.summary import last_time
from .grading import (
    CONFIDENCE_LABELS,
    CONFIDENCE_PROMPT,
    HINTS,
    INSTRUCTIONS,
    KEPT_IN_JUPYTER,
    REVEALED_STATUS,
    EmptyAnswer,
    Grade,
    OptionFeedback,
    QuizSession,
)
from .marks import Marks, mark_label
from .model import Question


def grade_html(grade: Grade, multiple: bool, source: str) -> str:
    """The verdict by word and icon, one line per option commented on, then the nudge or the explanation."""
    if multiple:
        lines = [
            Markup("<li><b>{}</b> {} {}</li>").format(f.text, _status(grade, f), f.feedback) for f in grade.feedback
        ]
    else:
        # Each line names its option, so the feedback says which answer it is about.
        lines = [Markup("<li><b>{}</b>: {}</li>").format(f.text, f.feedback) for f in grade.feedback]
    result = Markup('<div class="tb-live-feedback" data-verdict="{}"><p class="tb-verdict">').format(grade.key)
    result += Markup('<span aria-hidden="true">{}</span> {}</p><ul>{}</ul>').format(
        grade.icon, grade.verdict, Markup("").join(lines)
    )
    if grade.nudge:
        result += Markup('<p class="tb-nudge">{}</p>').format(grade.nudge)
    if grade.explanation:
        result += Markup('<p class="tb-explanation">{}</p>').format(grade.explanation)
        if source:
            result += Markup("<p><i>Source: {}</i></p>").format(source)
    return str(result + Markup("</div>"))


def _status(grade: Grade, option: OptionFeedback) -> str:
    if grade.key == "revealed":
        return REVEALED_STATUS[option.correct]
    return option.status


class QuestionView:
    def __init__(
        self,
        session: QuizSession,
        question: Question,
        number: int,
        total: int,
        on_change: Callable[[], None],
        store: ProgressStore | None = None,
        kept: dict[str, QuestionRecord] | None = None,
    ) -> None:
        self.session, self.question, self._on_change, self.store = session, question, on_change, store
        self.key = record_key(session.bank.id, question.id)
        choices: widgets.Widget
        if question.type == "multiple":
            self.checkboxes = [
                widgets.Checkbox(value=False, description=o.text, indent=False, layout=FULL_WIDTH)
                for o in question.options
            ]
            choices = widgets.VBox(self.checkboxes)
        else:
            self.choice = widgets.RadioButtons(
                options=[(o.text, i) for i, o in enumerate(question.options)], value=None, layout=FULL_WIDTH
            )
            choices = self.choice
        self.check = widgets.Button(description="Check answer", button_style="primary")
        self.check.on_click(self._on_check)
        # Offered only after a try that was not right, so nobody skips straight to the answer.
        self.show_answer = widgets.Button(description="Show answer", layout=widgets.Layout(display="none"))
        self.show_answer.on_click(self._on_show_answer)
        self.feedback = widgets.HTML()
        # Optional, after each answer: how sure the student was. It shapes when the review deck brings it back.
        self.confidence = widgets.ToggleButtons(
            options=[(label, level) for level, label in CONFIDENCE_LABELS.items()],
            value=None,
            description=CONFIDENCE_PROMPT,
            style={"description_width": "initial"},
            layout=widgets.Layout(display="none"),
        )
        self.confidence.observe(self._on_confidence, names="value")
        self.last = widgets.HTML()
        # What was kept before, read once by the caller for all its questions.
        if kept and self.key in kept:
            self.last.value = html("<p><i>{}</i></p>", last_time(kept[self.key]))
        prompt = html("<p><b>Question {} of {}.</b> {}</p>", number, total, question.prompt)
        buttons = widgets.HBox([self.check, self.show_answer])
        self.box = widgets.VBox(
            [
                widgets.HTML(prompt),
                widgets.Label(HINTS[question.type]),
                choices,
                buttons,
                self.feedback,
                self.confidence,
                self.last,
            ]
        )

    def chosen(self) -> list[int]:
        if self.question.type == "multiple":
            return [i for i, box in enumerate(self.checkboxes) if box.value]
        return [] if self.choice.value is None else [self.choice.value]

    def _on_check(self, _button: Any = None) -> None:
        try:
            grade = self.session.answer(self.question.id, self.chosen())
        except EmptyAnswer as empty:
            self.feedback.value = html("<p>{}</p>", str(empty))
            self._mark(())
            return
        self._show(grade)
        self._mark(grade.marks)
        self.show_answer.layout.display = None if not grade.correct else "none"
        self._keep(lambda kept: after_check(kept, grade.correct, date.today()))
        self._ask_confidence(shown=True)

    def _on_show_answer(self, _button: Any = None) -> None:
        grade = self.session.reveal(self.question.id, self.chosen())
        self._show(grade)
        self._mark(grade.marks)
        self.show_answer.layout.display = "none"
        self._keep(lambda kept: after_reveal(kept, date.today()))
        self._ask_confidence(shown=False)

    def _keep(self, how: Callable[[QuestionRecord | None], QuestionRecord]) -> None:
        if self.store is not None:
            self.store.change(self.key, how)
            self._on_change()

    def _ask_confidence(self, shown: bool) -> None:
        # A new answer starts with no level chosen; setting None here must not be kept as the student's choice.
        self._quiet = True
        self.confidence.value = None
        self._quiet = False
        self.confidence.layout.display = None if shown else "none"

    def _on_confidence(self, change: dict[str, Any]) -> None:
        level = change["new"]
        if getattr(self, "_quiet", False) or level is None:
            return
        if self.store is not None and self.key in self.store.records():
            self._keep(lambda kept: with_confidence(_known(kept), level))

    def _show(self, grade: Grade) -> None:
        source = sources_label(self.question.cite)
        self.feedback.value = grade_html(grade, self.question.type == "multiple", source)
        self._on_change()

    def _mark(self, marks: Marks) -> None:
        """Mark the options themselves in their labels ("✓ Right answer", "✗ Not right"), keeping what is ticked."""
        by_position = dict(marks)
        labels = [
            f"{option.text} — {mark_label(self.question.type, by_position[i])}" if i in by_position else option.text
            for i, option in enumerate(self.question.options)
        ]
        if self.question.type == "multiple":
            for box, label in zip(self.checkboxes, labels, strict=True):
                box.description = label
            return
        ticked = self.choice.value
        # New options reset the selection, so the tick is put back where the student left it.
        self.choice.options = [(label, i) for i, label in enumerate(labels)]
        self.choice.value = ticked

    def clear(self) -> None:
        self._mark(())
        if self.question.type == "multiple":
            for box in self.checkboxes:
                box.value = False
        else:
            self.choice.value = None
        self.feedback.value = ""
        self.show_answer.layout.display = "none"
        self._ask_confidence(shown=False)


def _known(record: QuestionRecord | None) -> QuestionRecord:
    assert record is not None, "confidence is asked only after an answer was kept"
    return record


class QuizView:
    def __init__(self, session: QuizSession, store: ProgressStore | None = None) -> None:
        self.session, self.store = session, store
        bank = session.bank
        kept = store.records() if store is not None else {}
        self.questions = {
            q.id: QuestionView(session, q, n, len(bank.questions), self._show_score, store, kept)
            for n, q in enumerate(bank.questions, start=1)
        }
        self.score = widgets.HTML()
        self.notice = widgets.HTML()
        self.reset = widgets.Button(description="Try again")
        self.reset.on_click(self._on_reset)
        where_kept = html("<p>{}</p>", KEPT_IN_JUPYTER) if store is not None else ""
        self.box = live_box(
            [widgets.HTML(html("<h4>{}</h4><p>{}</p>", bank.title, INSTRUCTIONS) + where_kept), self.notice]
            + [view.box for view in self.questions.values()]
            + [self.score, self.reset]
        )
        self._show_notice()

    def _show_notice(self) -> None:
        # A progress file that could not be read or written: said once, plainly, above the questions.
        if self.store is not None and self.store.message:
            self.notice.value = html('<p role="status"><b>{}</b></p>', self.store.message)

    def _show_score(self) -> None:
        self.score.value = html("<p><b>{}</b></p>", self.session.summary)
        self._show_notice()

    def _on_reset(self, _button: Any = None) -> None:
        self.session.reset()
        for view in self.questions.values():
            view.clear()
        self.score.value = ""
