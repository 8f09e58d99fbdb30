"""A figure slide shows the chapter's figure drawn again by the chapter's own code at slide scale, every label large
enough to read at the back of a room, under a heading that says what the figure shows. The figures are drawn
once per test run (the decks' tests reuse them); tests/browser/test_lecture_slides.py checks that each is shown
at the size it was drawn for."""

from __future__ import annotations

import json
import re

import pytest
from matplotlib.text import Text

from therapybook.core.errors import PROJECT_ROOT
from therapybook.instructor.catalogue import chapters
from therapybook.slides.chapter_text import figures
from therapybook.slides.deck import MAX_HEADING, figure_heading
from therapybook.slides.redraw import NotRedrawn, slide_figure

CHAPTERS = chapters()
FIGURES = [
    (chapter, figure)
    for chapter in CHAPTERS
    for figure in figures(PROJECT_ROOT / "notebooks" / f"{chapter.name}.ipynb", chapter.number)
]
SLIDE_IMAGE_WIDTH = 1139.2  # CSS px: the figure's box on a 1280 × 720 slide (deck.css: 89 units of 12.8 px)
READABLE_PX = 22  # the smallest label that reads at the back of a room
ROLE = re.compile(r"\{[a-z:]+\}`[^`]*`")


def label_sizes(figure) -> dict[str, float]:
    """Every piece of text the figure shows, with its size in px as shown on the slide (text → px)."""
    to_px = figure.dpi / 72 * SLIDE_IMAGE_WIDTH / (figure.get_figwidth() * figure.dpi)
    texts = figure.findobj(lambda artist: isinstance(artist, Text) and artist.get_visible())
    return {t.get_text(): t.get_fontsize() * to_px for t in texts if t.get_text().strip()}


@pytest.mark.parametrize(("chapter", "figure"), FIGURES, ids=[f.label for _, f in FIGURES])
def test_every_label_of_a_figure_drawn_for_a_slide_reads_at_the_back_of_a_room(chapter, figure):
    drawn = slide_figure(figure.code)
    if isinstance(drawn, NotRedrawn):  # only a chart whose data is not at hand here (chapter 13's trials)
        assert str(drawn).startswith("its code draws nothing here"), f"{figure.label}: {drawn}"
        assert chapter.name == "13_evidence_explorer"
        return
    sizes = label_sizes(drawn)
    assert len(sizes) >= 3, "axis labels, ticks or boxes: the figure has words"
    small = {words: round(px, 1) for words, px in sizes.items() if px < READABLE_PX}
    assert not small, f"{figure.label}: labels under {READABLE_PX} px on the slide: {small}"


def test_most_figures_are_drawn_again_so_the_fallback_is_the_exception():
    kept = [f.label for _, f in FIGURES if isinstance(slide_figure(f.code), NotRedrawn)]
    assert len(FIGURES) >= 15 and kept in ([], ["Figure 13.2"]), kept


def caption_opening(chapter_name: str, label: str) -> str:
    """The caption's first sentence as the notebook has it, up to its first citation role."""
    cells = json.loads((PROJECT_ROOT / "notebooks" / f"{chapter_name}.ipynb").read_text(encoding="utf-8"))["cells"]
    text = next("".join(c["source"]) for c in cells if f"**{label}.**" in "".join(c["source"]))
    caption = text.split(f"**{label}.**", 1)[1].strip()
    sentence = re.split(r"(?<=[.!?])\s", caption, maxsplit=1)[0].rstrip(".")
    return " ".join(ROLE.split(sentence)[0].replace("*", "").split())


@pytest.mark.parametrize(("chapter", "figure"), FIGURES, ids=[f.label for _, f in FIGURES])
def test_a_figure_slide_s_heading_says_what_the_figure_shows_in_the_caption_s_words(chapter, figure):
    heading = figure_heading(figure)
    opening = caption_opening(chapter.name, figure.label)
    assert heading.startswith(f"{figure.label}: ") and len(heading) <= MAX_HEADING
    title = heading.removeprefix(f"{figure.label}: ")
    if len(f"{figure.label}: {opening}") <= MAX_HEADING:
        assert title == opening, "the whole first sentence when it fits on two lines"
    else:
        shortened = title.removesuffix("…").rstrip()
        assert len(shortened) >= 25 and opening.startswith(shortened), "the sentence's opening words"
        assert opening[len(shortened)] in " ,:;", "cut between words"
