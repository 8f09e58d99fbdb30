"""Lecture slides (python -m therapybook slides): each chapter's deck holds what the chapter says, read here
straight from the sources (the bank's YAML, the notebook's JSON, the discussion file), not through the package;
every text stays text; bad requests get a clear message and leave the folder as it was."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from therapybook.__main__ import main
from therapybook.core.errors import PROJECT_ROOT, ContentError
from therapybook.instructor.catalogue import chapters
from therapybook.slides.chapter_text import figures, summary_points
from therapybook.slides.deck import Deck, Slide, deck_for, figure_slide
from therapybook.slides.paging import pages
from therapybook.slides.render import deck_html

CHAPTERS = chapters()
NAMES = [c.name for c in CHAPTERS]
ROLE = re.compile(r"\{[a-z:]+\}`[^`]*`")


@pytest.fixture(scope="module")
def decks() -> dict[str, BeautifulSoup]:
    """Every chapter's deck, made once for the module and parsed as a browser would read it."""
    return {c.name: BeautifulSoup(deck_html(deck_for(c)), "html.parser") for c in CHAPTERS}


def text_of(soup: BeautifulSoup) -> str:
    return " ".join(soup.get_text(" ").split())


def notebook(name: str) -> list[dict]:
    return json.loads((PROJECT_ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]


def stored_figures(name: str) -> list[tuple[str, str]]:
    """(PNG in base64, alt text) of every image the notebook's stored outputs show, in order."""
    found = []
    for cell in notebook(name):
        for output in cell.get("outputs", []):
            if "image/png" in output.get("data", {}):
                found.append((output["data"]["image/png"].strip(), output["metadata"]["image/png"]["alt"]))
    return found


def summary_fragments(name: str) -> list[list[str]]:
    """Each Summary bullet, as the pieces of plain text between any MyST roles (a role becomes other words),
    without emphasis marks."""
    cell = next("".join(c["source"]) for c in notebook(name) if "## Summary" in "".join(c["source"]))
    section = cell.split("## Summary", 1)[1]
    bullets = [b.replace("\n", " ") for b in re.split(r"\n- ", "\n" + section.split("\n#", 1)[0].strip()) if b.strip()]
    return [[" ".join(p.replace("*", "").split()) for p in ROLE.split(b) if p.strip()] for b in bullets]


@pytest.mark.parametrize("name", NAMES)
def test_a_deck_holds_the_objectives_figures_key_points_and_questions_of_its_chapter(decks, name):
    soup = decks[name]
    shown = text_of(soup)
    bank = yaml.safe_load((PROJECT_ROOT / "data" / "quiz" / f"{name}.yml").read_text(encoding="utf-8"))
    objectives = list(bank["objectives"].values())
    assert objectives and all(text in shown for text in objectives), "every objective, in the bank's words"
    images = [(img["src"].removeprefix("data:image/png;base64,"), img["alt"]) for img in soup.select(".slide img")]
    stored = stored_figures(name)
    assert [alt for _, alt in images] == [alt for _, alt in stored], "every figure the chapter shows, its own alt text"
    for (shown_png, _), (stored_png, _), slide in zip(images, stored, soup.select("section.slide-figure"), strict=True):
        kept = "could not be drawn again at slide size" in text_of(slide.select_one(".notes"))
        assert (shown_png == stored_png) == kept, "drawn again at slide size, or the stored image and a note why"
    for img in soup.select(".slide img"):
        notes = text_of(img.find_parent("section").select_one(".notes"))
        assert img["alt"] in notes, "the description is also in the slide's notes"
        assert img.find_parent("figure").select_one("figcaption").get_text().startswith("Source: Figure ")
    points = summary_fragments(name)
    assert points and all(part in shown for point in points for part in point), "every Summary point"
    discussion = yaml.safe_load((PROJECT_ROOT / "data" / "teaching" / "discussion.yml").read_text(encoding="utf-8"))
    questions = next(entry["discuss"] for entry in discussion["chapters"] if entry["chapter"] == name)
    assert all(" ".join(q.split()) in shown for q in questions), "every discussion question"
    for wanted in ("Version ", "CC BY 4.0", "988", "116 123", "Get help now", "licensed under CC BY 4.0"):
        assert wanted in shown


def test_the_help_slide_gives_the_book_s_help_words_and_every_helpline_of_its_help_page(decks):
    page = (PROJECT_ROOT / "book" / "get_help.md").read_text(encoding="utf-8")
    section = page.split("## Talk to someone today", 1)[1].split("\n## ", 1)[0]
    named = re.findall(r"\*\*([^*]+)\*\*", section)  # every service and number the page puts in bold
    assert len(named) > 10
    for name, soup in decks.items():
        slide = soup.select_one("section.slide-help")
        shown, notes = text_of(slide.select_one(".slide-body")), text_of(slide.select_one(".notes"))
        assert "If you are in crisis or thinking about harming yourself" in shown and "988" in shown, name
        assert [n for n in named if n not in notes] == [], name


def test_slides_follow_in_teaching_order_and_every_slide_has_one_heading(decks):
    order = ["title", "help", "objectives", "figure", "points", "discussion", "closing"]
    for name, soup in decks.items():
        kinds = [next(k.removeprefix("slide-") for k in s["class"] if k != "slide") for s in soup.select("section")]
        assert kinds == sorted(kinds, key=order.index), f"{name}: {kinds}"
        assert [len(s.select("h1, h2")) for s in soup.select("section")] == [1] * len(kinds)
        chapter = CHAPTERS[NAMES.index(name)]
        assert [h.get_text() for h in soup.select("h1")] == [
            f"Chapter {chapter.number}: {chapter.title}: lecture slides"
        ]
        assert [s["id"] for s in soup.select("section")] == [f"slide-{n}" for n in range(1, len(kinds) + 1)]


def test_a_deck_asks_no_other_host_for_anything(decks):
    for name, soup in decks.items():
        policy = soup.select_one("meta[http-equiv=Content-Security-Policy]")["content"]
        assert policy.startswith("default-src 'none'; img-src data:;"), name
        linked = [t.get("src") or t.get("href") for t in soup.select("[src], [href]")]
        assert all(link.startswith("data:") for link in linked), f"{name}: {linked}"


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"'


def test_text_from_the_chapter_stays_text(decks):
    chapter = CHAPTERS[0]
    figure = figures(PROJECT_ROOT / "notebooks" / f"{chapter.name}.ipynb", chapter.number)[0]
    hostile_figure = type(figure)(HOSTILE, figure.png, HOSTILE, HOSTILE, ())
    slides = (
        Slide("title", HOSTILE, paragraphs=(HOSTILE,)),
        Slide("points", "Key points", items=(HOSTILE,), notes=(HOSTILE,)),
        Slide("figure", HOSTILE, figure=hostile_figure, small=(HOSTILE,)),
    )
    page = deck_html(Deck(chapter, slides))
    soup = BeautifulSoup(page, "html.parser")
    assert len(soup.find_all("script")) == 1 and soup.select("img")[0]["alt"] == HOSTILE
    assert [set(img.attrs) for img in soup.select("img")] == [{"src", "alt"}], "no attribute comes from the text"
    assert text_of(soup).count(" ".join(HOSTILE.split())) == 6
    assert "<script>alert" not in page and page.count("&lt;script&gt;alert") == 7  # six texts and the alt


def write_notebook(path: Path, cells: list[dict]) -> Path:
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    return path


def markdown(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": text}


def test_summary_points_keep_their_words_and_lose_their_markup(tmp_path):
    path = write_notebook(
        tmp_path / "99_test.ipynb",
        [
            markdown(
                "## Summary\n\n- One **bold** point with a {term}`glossary term <Effect size>`,\n  over two lines.\n"
                "- A cited point {cite:p}`kroenke2001phq9` and <b>markup</b>.\n\n## Key terms\n\n- not a point"
            ),
        ],
    )
    assert summary_points(path) == [
        "One bold point with a glossary term, over two lines.",
        "A cited point (Kroenke et al., 2001) and <b>markup</b>.",
    ]


def test_a_chapter_without_a_summary_or_with_a_figure_without_alt_text_is_named(tmp_path):
    path = write_notebook(tmp_path / "99_test.ipynb", [markdown("# Title\n\nNo summary here.")])
    with pytest.raises(ContentError, match=r"99_test.ipynb: has no '## Summary' section"):
        summary_points(path)
    bare = {"output_type": "display_data", "metadata": {}, "data": {"image/png": "iVBORw0KGgo="}}
    code = {"cell_type": "code", "metadata": {}, "source": "plot()", "outputs": [bare], "execution_count": 1}
    path = write_notebook(tmp_path / "98_test.ipynb", [markdown("# T"), code])
    with pytest.raises(ContentError, match=r"98_test.ipynb: cell 2: figure 1 has no alt text; show it with described"):
        figures(path, 98)
    (tmp_path / "97_test.ipynb").write_text("{not json", encoding="utf-8")
    with pytest.raises(ContentError, match=r"97_test.ipynb: cannot be read as a notebook"):
        summary_points(tmp_path / "97_test.ipynb")


def test_long_text_is_split_over_slides_evenly_and_in_order():
    items = [f"item {n} " + "word " * 40 for n in range(5)]  # about three lines each
    groups = pages(items)
    assert [i for g in groups for i in g] == items
    assert [len(g) for g in groups] == [2, 2, 1]
    assert pages(["x" * 2000]) == [["x" * 2000]], "a long item gets a slide of its own"


def test_the_command_refuses_unknown_chapters_and_never_replaces_files_without_force(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_code:
        main(["slides", "--out", str(tmp_path), "--chapters", "02_cbt,99_nothing", "--html-only"])
    assert exit_code.value.code == 2
    assert "slides: no chapter named 99_nothing; the chapters are 01_how_therapy_helps" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    assert main(["slides", "--out", str(tmp_path), "--chapters", "02_cbt", "--html-only"]) == 0
    deck = tmp_path / "02_cbt-slides.html"
    deck.write_text("my own edits", encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["slides", "--out", str(tmp_path), "--chapters", "02_cbt", "--html-only"])
    assert "1 file(s) already in" in capsys.readouterr().err and deck.read_text(encoding="utf-8") == "my own edits"
    assert main(["slides", "--out", str(tmp_path), "--chapters", "02_cbt", "--html-only", "--force"]) == 0
    assert deck.read_text(encoding="utf-8").startswith("<!doctype html>"), "replaced with --force"


def test_without_chromium_the_command_says_what_to_install(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("THERAPYBOOK_CHROMIUM", raising=False)
    monkeypatch.setattr("therapybook.core.chromium.shutil.which", lambda name: None)
    with pytest.raises(SystemExit) as exit_code:
        main(["slides", "--out", str(tmp_path / "decks"), "--chapters", "02_cbt"])
    assert exit_code.value.code == 2
    assert "sudo apt-get install chromium" in capsys.readouterr().err
    assert not (tmp_path / "decks").exists(), "nothing is written"


def code_cell(source: str, png: str) -> dict:
    shown = {"output_type": "display_data", "data": {"image/png": png}, "metadata": {"image/png": {"alt": ALT}}}
    return {"cell_type": "code", "metadata": {}, "source": source, "outputs": [shown], "execution_count": 1}


ALT = "A described chart whose alt text is long enough to be a real description."


@pytest.mark.parametrize(
    ("source", "why"),
    [
        ("from therapybook.figures import described\n\ndescribed(no_such_chart(), 'alt')", "NameError"),
        ("from therapybook.figures import described\n\ndescribed(None, 'alt')", "draws nothing here"),
        ("chart = 1", "does not end in one described(figure, alt) call"),
    ],
)
def test_a_figure_that_cannot_be_drawn_again_keeps_the_stored_image_and_its_alt_text(tmp_path, source, why):
    png = stored_figures("02_cbt")[0][0]
    caption = markdown("**Figure 1.1.** A short title. More words.")
    path = write_notebook(tmp_path / "99_test.ipynb", [markdown("# T"), code_cell(source, png), caption])
    slide = figure_slide(CHAPTERS[0], figures(path, 1)[0])
    soup = BeautifulSoup(deck_html(Deck(CHAPTERS[0], (slide,))), "html.parser")
    img = soup.select_one("section.slide-figure img")
    assert img["src"] == f"data:image/png;base64,{png}" and img["alt"] == ALT
    notes = text_of(soup.select_one(".notes"))
    assert ALT in notes and "could not be drawn again at slide size" in notes and why in notes
    assert soup.select_one("h2").get_text() == "Figure 1.1: A short title"
