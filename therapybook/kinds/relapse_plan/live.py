"""The plan in Jupyter: write in each section, then Save; it is kept in a private file on this computer."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
from markupsafe import Markup

from ...core.live import FULL_WIDTH, html, live_box
from .model import PlanContent
from .plan import UserFileError, load_plan, plan_path, plan_problems, save_plan


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
        self.save.on_click(self._on_save)
        self.clear.on_click(self._on_clear)
        self.status = widgets.HTML()
        self.box = live_box([*parts, widgets.HBox([self.save, self.clear]), self.status])
        self._load()

    def entries(self) -> dict[str, str]:
        return {key: field.value for key, field in self.fields.items()}

    def _load(self) -> None:
        loaded = load_plan(self.plan)
        for key, value in (loaded.data or {}).items():
            self.fields[key].value = value
        where = plan_path(self.plan)
        if loaded.message:
            self.status.value = html("<p><b>{}</b></p>", loaded.message)
        elif loaded.data is not None:
            self.status.value = html("<p>Your saved plan was loaded from {}. Only you can see it.</p>", where)
        else:
            self.status.value = html(
                "<p>When you press Save, the plan is kept privately in {}; it is never sent anywhere.</p>", where
            )

    def _on_save(self, _button: Any = None) -> None:
        problems = plan_problems(self.plan, self.entries())
        if problems:
            self.status.value = html("<p><b>{}</b></p>", " ".join(problems))
            return
        try:
            path = save_plan(self.plan, self.entries())
        except UserFileError as error:
            self.status.value = html("<p><b>{}</b></p>", error)
            return
        self.status.value = html("<p>Saved privately in {}. Nothing was sent anywhere.</p>", path)

    def _on_clear(self, _button: Any = None) -> None:
        for field in self.fields.values():
            field.value = ""
        self.status.value = "<p>The fields are empty. Your saved plan is unchanged until you press Save.</p>"
