"""The review deck in Jupyter: the same rule, over this computer's private progress file; answers are kept there."""

from __future__ import annotations

from datetime import date
from typing import Any

import ipywidgets as widgets

from ...core.live import html, live_box
from ...progress.spacing import pick
from ...progress.store import ProgressStore
from ..quiz.grading import QuizSession
from ..quiz.live import QuestionView
from ..quiz.model import QuizBank
from .model import ReviewContent
from .strings import KEPT, NOTHING_DUE


class ReviewView:
    def __init__(
        self,
        content: ReviewContent,
        index: dict[str, Any],
        banks: dict[str, QuizBank],
        store: ProgressStore | None = None,
    ) -> None:
        self.content, self.index, self.banks = content, index, banks
        self.store = store or ProgressStore()
        self.sessions = {bank_id: QuizSession(bank) for bank_id, bank in banks.items()}
        self.chapters = {b["id"]: c for c in index["chapters"] for b in c["banks"]}
        self.deck = widgets.VBox()
        self.deal = widgets.Button(description="Deal a new deck")
        self.deal.on_click(lambda _button: self.deal_deck())
        self.questions: list[QuestionView] = []
        intro = html("<h4>{}</h4><p>{}</p><p>{}</p>", content.title, content.intro, KEPT)
        self.box = live_box([widgets.HTML(intro), self.deck, self.deal])
        self.deal_deck()

    def deal_deck(self) -> None:
        kept = self.store.records()
        picks = pick(self.index, kept, date.today(), self.content.deck_size)
        notice = [widgets.HTML(html("<p><b>{}</b></p>", self.store.message))] if self.store.message else []
        if not picks:
            self.questions = []
            self.deck.children = [*notice, widgets.HTML(html("<p>{}</p>", NOTHING_DUE))]
            return
        self.questions = []
        for number, chosen in enumerate(picks, start=1):
            bank_id, question_id = chosen.key.split("/", 1)
            session = self.sessions[bank_id]
            view = QuestionView(
                session, session.question(question_id), number, len(picks), lambda: None, self.store, kept
            )
            chapter = self.chapters[bank_id]
            where = f"Chapter {chapter['number']}, {chapter['title']}" if chapter["number"] else chapter["title"]
            view.box.children = (
                view.box.children[0],
                widgets.HTML(html("<p><small>From {}. Why now: {}</small></p>", where, chosen.reason)),
                *view.box.children[1:],
            )
            self.questions.append(view)
        self.deck.children = [*notice, *(view.box for view in self.questions)]
