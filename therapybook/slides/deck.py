"""A chapter's lecture deck, slide by slide, from the chapter's sources (see the package's docstring)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..core.citations import short_citation
from ..edition import CONTENT_LICENCE, TITLE, edition
from ..instructor.catalogue import NOTEBOOKS, Chapter, bank
from ..instructor.discussion import discussion_for
from ..instructor.objectives import as_listed, chapter_banks
from .chapter_text import ChapterFigure, figures, summary_points
from .help_words import HEADING as HELP_HEADING
from .help_words import help_paragraphs, help_routes
from .paging import pages
from .redraw import redrawn

MAX_HEADING = 84  # characters of a figure slide's heading that fit on two lines (the browser tests measure it)
CLAUSE = re.compile(r"[:;](?=\s)|\s—\s")
SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}


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


def figure_heading(figure: ChapterFigure) -> str:
    """ "Figure 3.2: " and the caption's first sentence, trimmed to two lines: at its last colon or semicolon
    that fits, or else at a late comma or a word (never inside brackets), marked with an ellipsis."""
    title = figure.title.rstrip(".")
    heading = f"{figure.label}: {title}"
    if not title or len(heading) <= MAX_HEADING:
        return heading if title else figure.label
    room = MAX_HEADING - len(figure.label) - 3
    clauses = [m.start() for m in CLAUSE.finditer(title) if 20 <= m.start() <= room]
    if clauses:
        return f"{figure.label}: {title[: clauses[-1]]}"
    commas = [m.start() for m in re.finditer(r",\s", title) if 0.65 * room <= m.start() <= room]
    cut = title[: commas[-1]] if commas else " ".join(title[: room + 1].split()[:-1])  # a last word may be cut
    if cut.count("(") > cut.count(")"):
        cut = cut[: cut.rindex("(")]
    words = cut.split()
    while len(words) > 3 and words[-1].lower() in SMALL_WORDS:
        words.pop()
    return f"{figure.label}: {' '.join(words).rstrip(',;:')}…"


def figure_slide(chapter: Chapter, figure: ChapterFigure) -> Slide:
    where = f"{figure.label} in chapter {chapter.number} of this book"
    cited = "; ".join(dict.fromkeys(short_citation(key) for key in figure.cited))
    source = f"Source: {where}" + (f", citing {cited}." if cited else ".")
    notes = [f"Description (the figure's alt text): {figure.alt}"]
    if figure.caption:
        notes.append(f"Caption in the chapter: {figure.caption}")
    drawn = redrawn(figure.code)
    if drawn.png is None:
        notes.append(
            "This is the chapter's own image, drawn for a page, so its labels are small on a projector: "
            f"it could not be drawn again at slide size because {drawn.reason}. Say what it shows."
        )
    else:
        figure = replace(figure, png=drawn.png)
    return Slide("figure", figure_heading(figure), figure=figure, small=(source,), notes=tuple(notes))


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
