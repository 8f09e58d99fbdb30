"""The walkthrough in Jupyter: one step at a time, with Back, Next and an optional lens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from ...core.citations import sources_label
from ...core.live import choice_list, html, live_box
from .stepping import WalkthroughSession


class WalkthroughView:
    def __init__(self, session: WalkthroughSession) -> None:
        self.session = session
        walk = session.walkthrough
        self.title = widgets.HTML(html("<h4>{}</h4>", walk.title))
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
            parts.append(widgets.HTML(html("<p>{}</p>", walk.intro)))
        self.lens = None
        if walk.lens:
            self.lens = choice_list([(o.label, o.id) for o in walk.lens.options], walk.lens.label, session.lens)
            self.lens.observe(self._on_lens, names="value")
            parts.append(self.lens)
        parts += [self.step_title, self.step_text, self.source, widgets.HBox([self.back, self.position, self.next])]
        # live_box: the book's widget style, so the step text has ordinary line spacing (not ipywidgets' 28 px lines).
        self.box = live_box(parts)
        self._show()

    def _move(self, action: Callable[[], Any]) -> None:
        action()
        self._show()

    def _on_lens(self, change: dict[str, Any]) -> None:
        self.session.set_lens(change["new"])
        self._show()

    def _show(self) -> None:
        step = self.session.step
        self.step_title.value = html("<p><b>{}</b></p>", step.title)
        self.step_text.value = html("<p>{}</p>", self.session.text)
        cited = sources_label(step.cite)
        self.source.value = html("<p><i>Source: {}</i></p>", cited) if cited else ""
        self.position.value = self.session.label
        self.back.disabled = self.session.at_start
        self.next.disabled = self.session.at_end
