"""A chapter's lecture deck, slide by slide, from the chapter's sources (see the package's docstring)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.citations import short_citation
from ..edition import CONTENT_LICENCE, TITLE, edition
from ..instructor.catalogue import NOTEBOOKS, Chapter, bank
from ..instructor.discussion import discussion_for
from ..instructor.objectives import as_listed, chapter_banks
from .chapter_text import ChapterFigure, figures, summary_points
from .help_words import HEADING as HELP_HEADING
from .help_words import help_paragraphs, help_routes
from .paging import pages

MAX_HEADING = 50  # characters of a figure slide's heading that fit on one line


@dataclass(frozen=True)
class Slide:
    kind: str  # title, help, objectives, figure, points, discussion, closing: the slide's class in the deck
    heading: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    first_number: int = 0  # numbered items (objectives) start here; 0: a bulleted list
    figure: ChapterFigure | None = None
    small: tuple[str, ...] = ()  # small print: a figure's source line
    notes: tuple[str, ...] = ()  # for the presenter, behind a "Notes" button; never on paper


@dataclass(frozen=True)
class Deck:
    chapter: Chapter
    slides: tuple[Slide, ...]

    @property
    def title(self) -> str:
        return f"Chapter {self.chapter.number}: {self.chapter.title}"


def objectives(chapter: Chapter) -> list[str]:
    """The chapter's objectives in the bank's wording, the one source the guide and the exports also read."""
    own = {c.name: f for c, f in chapter_banks()}
    if chapter.name not in own:
        return list(chapter.objectives)
    return [as_listed(text) for text in bank(own[chapter.name]).objectives.values()]


def split(kind: str, heading: str, items: list[str], numbered: bool = False) -> list[Slide]:
    groups = pages(items)
    slides, first = [], 1
    for number, group in enumerate(groups, start=1):
        title = heading if len(groups) == 1 else f"{heading} ({number} of {len(groups)})"
        slides.append(Slide(kind, title, items=tuple(group), first_number=first if numbered else 0))
        first += len(group)
    return slides


def figure_slide(chapter: Chapter, figure: ChapterFigure) -> Slide:
    # The caption's opening words make the heading when they are short: "Figure 3.1: The withdrawal cycle".
    opening = re.split(r"[.:;](?:\s|$)", figure.caption, maxsplit=1)[0]
    heading = f"{figure.label}: {opening}"
    if not figure.caption or len(heading) > MAX_HEADING:
        heading = figure.label
    where = f"{figure.label} in chapter {chapter.number} of this book"
    cited = "; ".join(dict.fromkeys(short_citation(key) for key in figure.cited))
    source = f"Source: {where}" + (f", citing {cited}." if cited else ".")
    notes = [f"Description (the figure's alt text): {figure.alt}"]
    if figure.caption:
        notes.append(f"Caption in the chapter: {figure.caption}")
    return Slide("figure", heading, figure=figure, small=(source,), notes=tuple(notes))


def deck_for(chapter: Chapter) -> Deck:
    current = edition()
    path = NOTEBOOKS / f"{chapter.name}.ipynb"
    title = Slide(
        "title",
        chapter.title,
        paragraphs=(f"Chapter {chapter.number} of “{TITLE}”", f"{current.label.capitalize()} · {CONTENT_LICENCE}"),
        notes=(f"The chapter's estimated time: {chapter.time}.",),
    )
    routes = ("Helplines listed on the book's “Get help now” page:", *help_routes())
    helping = Slide("help", HELP_HEADING, paragraphs=tuple(help_paragraphs()), notes=routes)
    closing = Slide(
        "closing",
        "About these slides",
        paragraphs=(
            f"Made from chapter {chapter.number} of the book, so they change when it does.",
            current.attribution,
            "If you change them, please say so: “adapted from …”.",
        ),
    )
    discussion = discussion_for(chapter.name)
    slides = [
        title,
        helping,
        *split("objectives", "Learning objectives", objectives(chapter), numbered=True),
        *(figure_slide(chapter, figure) for figure in figures(path, chapter.number)),
        *split("points", "Key points", summary_points(path)),
        *split("discussion", "Discussion questions", list(discussion.discuss)),
        closing,
    ]
    return Deck(chapter, tuple(slides))
