"""The live view for Jupyter: ipywidgets whose callbacks call the logic.

Every piece of content is escaped (Markup.format) before it reaches an HTML
widget, so text such as ``<script>`` is shown, never run.
"""

from __future__ import annotations

import io

import ipywidgets as widgets
import matplotlib.pyplot as plt
from markupsafe import Markup

from .activities import DAYS, Activity, make_activity, summarise
from .figures import week_plot
from .forms import check_entry, text_limit
from .grading import HINTS, EmptyAnswer, Grade, QuizSession
from .html_view import sources_label
from .models import RATING_RANGE, FormExercise, Question
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


class FormView:
    """The student's own entry (a thought record): fill in, then see it as a tidy record."""

    def __init__(self, form: FormExercise) -> None:
        self.form = form
        self.inputs: dict[str, widgets.Widget] = {}
        parts: list[widgets.Widget] = [widgets.HTML(str(Markup("<h4>{}</h4>").format(form.title)))]
        if form.intro:
            parts.append(widgets.HTML(str(Markup("<p>{}</p>").format(form.intro))))
        for field in form.fields:
            if field.kind == "rating":
                control = widgets.IntSlider(value=50, min=RATING_RANGE[0], max=RATING_RANGE[1], continuous_update=False)
            elif field.kind == "long_text":
                control = widgets.Textarea(layout=FULL_WIDTH)
            else:
                control = widgets.Text(layout=FULL_WIDTH)
            if field.kind != "rating":
                control.placeholder = field.help[: text_limit(field)]
            self.inputs[field.id] = control
            parts += [widgets.HTML(str(Markup("<p><b>{}</b><br>{}</p>").format(field.label, field.help))), control]
        self.show = widgets.Button(description="Show my record", button_style="primary")
        self.clear = widgets.Button(description="Clear")
        self.show.on_click(self._on_show)
        self.clear.on_click(self._on_clear)
        self.feedback = widgets.HTML()
        self.record = widgets.HTML()
        self.box = live_box(parts + [widgets.HBox([self.show, self.clear]), self.feedback, self.record])

    def _on_show(self, _button=None) -> None:
        result = check_entry(self.form, {key: control.value for key, control in self.inputs.items()})
        if not result.ok:
            items = Markup("").join(Markup("<li>{}</li>").format(p) for p in result.problems)
            self.feedback.value = str(Markup("<p><b>A few things to fill in first:</b></p><ul>{}</ul>").format(items))
            self.record.value = ""
            return
        rows = Markup("").join(
            Markup('<tr><th scope="row">{}</th><td style="white-space: pre-wrap">{}</td></tr>').format(line.label, line.value)
            for line in result.record
        )
        self.record.value = str(Markup("<table><caption>{}</caption><tbody>{}</tbody></table>").format(self.form.title, rows))
        self.feedback.value = "<p>Here is your record. It stays in this notebook and is not saved anywhere.</p>"

    def _on_clear(self, _button=None) -> None:
        for control in self.inputs.values():
            control.value = 50 if isinstance(control, widgets.IntSlider) else ""
        self.feedback.value = self.record.value = ""


class PlannerView:
    """Edit or add activities with their ratings; the chart and summary follow."""

    def __init__(self, activities: list[Activity]) -> None:
        self.activities = list(activities)
        self.entries = widgets.Select(rows=8, layout=FULL_WIDTH, description="Activities")
        self.day = widgets.Dropdown(options=list(DAYS), description="Day")
        self.name = widgets.Text(description="Activity", layout=FULL_WIDTH)
        self.ratings = {
            key: widgets.IntSlider(value=5, min=0, max=10, description=key.capitalize(), continuous_update=False)
            for key in ("pleasure", "mastery", "mood")
        }
        self.add = widgets.Button(description="Add as new", button_style="primary")
        self.update = widgets.Button(description="Update selected")
        self.remove = widgets.Button(description="Remove selected")
        self.feedback = widgets.HTML()
        self.summary = widgets.HTML()
        self.chart = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
        self.entries.observe(self._on_select, names="value")
        self.add.on_click(lambda _b: self._save(None))
        self.update.on_click(lambda _b: self._save(self.entries.value))
        self.remove.on_click(self._on_remove)
        self.box = live_box(
            [self.entries, self.day, self.name, *self.ratings.values(),
             widgets.HBox([self.add, self.update, self.remove]), self.feedback, self.summary, self.chart]
        )
        self._refresh()

    def _label(self, index: int) -> str:
        a = self.activities[index]
        return f"{a.day} · {a.activity} (pleasure {a.pleasure}, mastery {a.mastery}, mood {a.mood})"

    def _on_select(self, change) -> None:
        if change["new"] is None:
            return
        chosen = self.activities[change["new"]]
        self.day.value, self.name.value = chosen.day, chosen.activity
        for key, slider in self.ratings.items():
            slider.value = getattr(chosen, key)

    def _save(self, index: int | None) -> None:
        try:
            entry = make_activity(self.day.value, self.name.value, **{k: s.value for k, s in self.ratings.items()})
        except ValueError as problem:
            self.feedback.value = str(Markup("<p>{}</p>").format(str(problem)))
            return
        if index is None:
            self.activities.append(entry)
            self.feedback.value = str(Markup("<p>Added {}.</p>").format(entry.activity))
        else:
            self.activities[index] = entry
            self.feedback.value = str(Markup("<p>Updated {}.</p>").format(entry.activity))
        self._refresh()

    def _on_remove(self, _button=None) -> None:
        if self.entries.value is None:
            self.feedback.value = "<p>Choose an activity in the list first.</p>"
            return
        removed = self.activities.pop(self.entries.value)
        self.feedback.value = str(Markup("<p>Removed {}.</p>").format(removed.activity))
        self._refresh()

    def _refresh(self) -> None:
        self.entries.options = [(self._label(i), i) for i in range(len(self.activities))]
        self.entries.value = None
        if not self.activities:
            self.summary.value = "<p>Add an activity to see a summary.</p>"
            self.chart.value = b""
            return
        lines = summarise(self.activities).sentences
        self.summary.value = str(Markup("").join(Markup("<p>{}</p>").format(line) for line in lines))
        figure = week_plot(self.activities)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        plt.close(figure)  # drawn into the Image widget, never into the cell's own output
        self.chart.value = buffer.getvalue()
