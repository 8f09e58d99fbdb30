"""The live view for Jupyter: ipywidgets whose callbacks call the logic.

Every piece of content goes through ``escape`` before it reaches an HTML
widget, so text such as ``<script>`` is shown, never run.
"""

from __future__ import annotations

import ipywidgets as widgets
from markupsafe import Markup, escape

from .grading import HINTS, EmptyAnswer, Grade, QuizSession
from .html_view import sources_label
from .models import Question
from .stepping import WalkthroughSession

FULL_WIDTH = widgets.Layout(width="100%")

# ipywidgets gives each radio label one fixed line, so long options overlap, and
# puts the button after the text; these rules wrap the label and put the button first.
# Scoped to views marked tb-live; the CSS is static text, not content.
LIVE_STYLE = """<style>
.tb-live .widget-radio-box label, .tb-live .jupyter-widget-radio-box label {
  height: auto; line-height: 1.45; margin: 0.3em 0; white-space: normal;
  display: flex; flex-direction: row-reverse; justify-content: flex-end; align-items: flex-start; }
.tb-live .widget-radio-box input, .tb-live .jupyter-widget-radio-box input {
  float: none; flex: none; height: auto; margin-top: 0.25em; }
.tb-live .widget-checkbox, .tb-live .jupyter-widget-checkbox { height: auto; }
.tb-live .widget-checkbox label, .tb-live .jupyter-widget-checkbox label { white-space: normal; line-height: 1.45; }
</style>"""


def live_box(children: list[widgets.Widget]) -> widgets.VBox:
    box = widgets.VBox([widgets.HTML(LIVE_STYLE), *children])
    box.add_class("tb-live")
    return box


def grade_html(grade: Grade, multiple: bool, source: str) -> Markup:
    if multiple:
        items = Markup("").join(
            Markup("<li><b>{}</b> {} {}</li>").format(f.text, f.status, f.feedback) for f in grade.feedback
        )
    else:
        items = Markup("").join(Markup("<li>{}</li>").format(f.feedback) for f in grade.feedback)
    html = Markup("<p><b>{}</b></p><ul>{}</ul><p>{}</p>").format(grade.verdict, items, grade.explanation)
    if source:
        html += Markup("<p><i>Source: {}</i></p>").format(source)
    return html


class QuestionView:
    def __init__(self, session: QuizSession, question: Question, number: int, total: int, on_change) -> None:
        self.session, self.question, self._on_change = session, question, on_change
        if question.type == "multiple":
            self.checkboxes = [
                widgets.Checkbox(value=False, description=o.text, indent=False, layout=FULL_WIDTH)
                for o in question.options
            ]
            choices: widgets.Widget = widgets.VBox(self.checkboxes)
        else:
            self.choice = widgets.RadioButtons(
                options=[(o.text, i) for i, o in enumerate(question.options)], value=None, layout=FULL_WIDTH
            )
            choices = self.choice
        self.check = widgets.Button(description="Check answer", button_style="primary")
        self.check.on_click(self._on_check)
        self.feedback = widgets.HTML()
        prompt = Markup("<p><b>Question {} of {}.</b> {}</p>").format(number, total, question.prompt)
        self.box = widgets.VBox(
            [widgets.HTML(prompt), widgets.Label(HINTS[question.type]), choices, self.check, self.feedback]
        )

    def chosen(self) -> list[int]:
        if self.question.type == "multiple":
            return [i for i, box in enumerate(self.checkboxes) if box.value]
        return [] if self.choice.value is None else [self.choice.value]

    def _on_check(self, _button=None) -> None:
        try:
            grade = self.session.answer(self.question.id, self.chosen())
        except EmptyAnswer as empty:
            self.feedback.value = str(Markup("<p>{}</p>").format(str(empty)))
            return
        source = sources_label(self.question.cite)
        self.feedback.value = str(grade_html(grade, self.question.type == "multiple", source))
        self._on_change()

    def clear(self) -> None:
        if self.question.type == "multiple":
            for box in self.checkboxes:
                box.value = False
        else:
            self.choice.value = None
        self.feedback.value = ""


class QuizView:
    def __init__(self, session: QuizSession) -> None:
        self.session = session
        bank = session.bank
        self.questions = {
            q.id: QuestionView(session, q, n, len(bank.questions), self._show_score)
            for n, q in enumerate(bank.questions, start=1)
        }
        self.score = widgets.HTML()
        self.reset = widgets.Button(description="Try again")
        self.reset.on_click(self._on_reset)
        self.box = live_box(
            [widgets.HTML(str(Markup("<h4>{}</h4>").format(bank.title)))]
            + [view.box for view in self.questions.values()]
            + [self.score, self.reset]
        )

    def _show_score(self) -> None:
        self.score.value = str(Markup("<p><b>{}</b></p>").format(self.session.summary))

    def _on_reset(self, _button=None) -> None:
        self.session.reset()
        for view in self.questions.values():
            view.clear()
        self.score.value = ""


class WalkthroughView:
    def __init__(self, session: WalkthroughSession) -> None:
        self.session = session
        walk = session.walkthrough
        self.title = widgets.HTML(str(Markup("<h4>{}</h4>").format(walk.title)))
        self.step_title = widgets.HTML()
        self.step_text = widgets.HTML()
        self.source = widgets.HTML()
        self.position = widgets.Label()
        self.back = widgets.Button(description="Back", icon="arrow-left")
        self.next = widgets.Button(description="Next", icon="arrow-right")
        self.back.on_click(lambda _b: self._move(session.back))
        self.next.on_click(lambda _b: self._move(session.next))
        parts: list[widgets.Widget] = [self.title]
        if walk.intro:
            parts.append(widgets.HTML(str(Markup("<p>{}</p>").format(walk.intro))))
        self.lens = None
        if walk.lens:
            self.lens = widgets.Dropdown(
                options=[(o.label, o.id) for o in walk.lens.options], value=session.lens, description=walk.lens.label
            )
            self.lens.style.description_width = "initial"
            self.lens.observe(self._on_lens, names="value")
            parts.append(self.lens)
        parts += [
            self.step_title,
            self.step_text,
            self.source,
            widgets.HBox([self.back, self.position, self.next]),
        ]
        self.box = widgets.VBox(parts)
        self._show()

    def _move(self, action) -> None:
        action()
        self._show()

    def _on_lens(self, change) -> None:
        self.session.set_lens(change["new"])
        self._show()

    def _show(self) -> None:
        step = self.session.step
        self.step_title.value = str(Markup("<p><b>{}</b></p>").format(step.title))
        self.step_text.value = str(Markup("<p>{}</p>").format(self.session.text))
        cited = sources_label(step.cite)
        self.source.value = str(Markup("<p><i>Source: {}</i></p>").format(cited)) if cited else ""
        self.position.value = self.session.label
        self.back.disabled = self.session.at_start
        self.next.disabled = self.session.at_end
