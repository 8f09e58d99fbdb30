"""The plan in Jupyter: write in each section, then Save; it is kept in a private file on this computer.

Saving an empty plan over one with writing in it asks first, and every save keeps the version it replaced,
which "Bring back the previous version" puts back in the fields.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
from markupsafe import Markup

from ...core.live import FULL_WIDTH, html, live_box
from .model import PlanContent
from .plan import UserFileError, is_empty, load_plan, load_previous, plan_path, plan_problems, save_plan

ASK_BEFORE_EMPTY = (
    "Every field is empty, and your saved plan has writing in it. Save the empty plan over it? "
    "If you do, the saved plan is kept as the previous version, and you can bring it back."
)
KEPT_SAVED = "Nothing was saved: your saved plan is unchanged."
PREVIOUS_BACK = "The previous version is back in the fields. Press Save my plan to keep it."
NO_PREVIOUS = "There is no previous version to bring back yet."


class PlanView:
    def __init__(self, plan: PlanContent) -> None:
        self.plan = plan
        self.fields: dict[str, widgets.Textarea] = {}
        parts: list[widgets.Widget] = [widgets.HTML(html("<h4>{}</h4><p>{}</p>", plan.title, plan.intro))]
        for section in plan.sections:
            self.fields[section.id] = widgets.Textarea(layout=FULL_WIDTH, placeholder=section.prompt, rows=3)
            examples = Markup("; ").join(section.examples)
            hint = html("<br><small>For example: {}</small>", examples) if section.examples else ""
            parts += [
                widgets.HTML(html("<p><b>{}</b><br>{}", section.label, section.prompt) + hint + "</p>"),
                self.fields[section.id],
            ]
        self.save = widgets.Button(description="Save my plan", button_style="primary")
        self.clear = widgets.Button(description="Empty the fields")
        self.previous = widgets.Button(description="Bring back the previous version")
        self.save.on_click(self._on_save)
        self.clear.on_click(self._on_clear)
        self.previous.on_click(self._on_previous)
        # Asked in place before an empty plan replaces a written one; the safe choice comes first.
        self.keep = widgets.Button(description="Keep my saved plan", button_style="primary")
        self.overwrite = widgets.Button(description="Yes, save the empty plan")
        self.keep.on_click(self._on_keep)
        self.overwrite.on_click(lambda _button: self._save())
        self.confirm = widgets.VBox(
            [widgets.HTML(html("<p><b>{}</b></p>", ASK_BEFORE_EMPTY)), widgets.HBox([self.keep, self.overwrite])],
            layout=widgets.Layout(display="none"),
        )
        self.status = widgets.HTML()
        buttons = widgets.HBox([self.save, self.clear, self.previous], layout=widgets.Layout(flex_flow="row wrap"))
        self.box = live_box([*parts, buttons, self.confirm, self.status])
        self._load()

    def entries(self) -> dict[str, str]:
        return {key: field.value for key, field in self.fields.items()}

    def _fill(self, entries: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.value = entries.get(key, "")

    def _say(self, text: str, strong: bool = False) -> None:
        self.status.value = html("<p><b>{}</b></p>" if strong else "<p>{}</p>", text)

    def _load(self) -> None:
        loaded = load_plan(self.plan)
        self._fill(loaded.data or {})
        where = plan_path(self.plan)
        if loaded.message:
            self._say(loaded.message, strong=True)
        elif loaded.data is not None:
            self._say(f"Your saved plan was loaded from {where}. Only you can see it.")
        else:
            self._say(f"When you press Save, the plan is kept privately in {where}; it is never sent anywhere.")

    def _on_save(self, _button: Any = None) -> None:
        problems = plan_problems(self.plan, self.entries())
        if problems:
            self._say(" ".join(problems), strong=True)
            return
        if is_empty(self.entries()) and not is_empty(load_plan(self.plan).data):
            self.confirm.layout.display = None
            self.status.value = ""
            return
        self._save()

    def _save(self) -> None:
        self.confirm.layout.display = "none"
        try:
            path = save_plan(self.plan, self.entries())
        except UserFileError as error:
            self._say(str(error), strong=True)
            return
        self._say(f"Saved privately in {path}. Nothing was sent anywhere.")

    def _on_keep(self, _button: Any = None) -> None:
        self.confirm.layout.display = "none"
        self._say(KEPT_SAVED)

    def _on_clear(self, _button: Any = None) -> None:
        self._fill({})
        self.confirm.layout.display = "none"
        self._say("The fields are empty. Your saved plan is unchanged until you press Save.")

    def _on_previous(self, _button: Any = None) -> None:
        previous = load_previous(self.plan)
        if previous.data is None:
            self._say(previous.message or NO_PREVIOUS, strong=bool(previous.message))
            return
        self._fill(previous.data)
        self.confirm.layout.display = "none"
        self._say(PREVIOUS_BACK)
