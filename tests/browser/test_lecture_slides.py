"""Lecture slides as a lecturer and a room meet them: every chapter's deck opened from file:// in Chromium with
every other host blocked, moved through with the keyboard and the buttons, measured at 1280 × 720 (body text
at least 28 px, nothing overflowing a slide), scanned by axe-core (WCAG 2.2 AA and the AAA contrast rule), and
its PDF read back by pypdf (one 16:9 page per slide, the objectives, an outline). The decks and PDFs are made
once, by the command's own code, with the run's Chromium."""

from __future__ import annotations

import io

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from bs4 import BeautifulSoup
from keyboard import is_focused, tab_to
from pypdf import PdfReader
from test_print import squashed

from therapybook.core.errors import PROJECT_ROOT
from therapybook.instructor.catalogue import chapters
from therapybook.slides.command import write_slides
from therapybook.slides.slide_scale import BOX_PX, PIXEL_RATIO

pytestmark = pytest.mark.browser

NAMES = [c.name for c in chapters()]
BODY_PX = 28  # body text at 1280 × 720, readable at the back of a room
SMALL_PX = 20  # a figure's source line and the controls
DRAWN_FOR_SLIDE = [round(w * PIXEL_RATIO) for w in BOX_PX]  # a figure drawn again for the slide, in image pixels
SHOWN = 0.99 / PIXEL_RATIO  # ... is shown at (at least) the size it was drawn for
# What the current slide shows: its text sizes, whether anything overflows, and its figure as drawn.
MEASURE = """() => {
  const slide = document.querySelector(".slide.current");
  const size = el => parseFloat(getComputedStyle(el).fontSize);
  const body = [...slide.querySelectorAll(".slide-body p:not(.small), .slide-body li")].map(size);
  const small = [...slide.querySelectorAll(".small")].map(size);
  const heading = size(slide.querySelector("h2"));
  const boxes = [slide, slide.querySelector(".slide-body")];
  const over = boxes.filter(b => b.scrollHeight > b.clientHeight || b.scrollWidth > b.clientWidth).length;
  const img = slide.querySelector("img");
  const box = img && img.getBoundingClientRect();
  const figure = img && {
    loaded: img.complete && img.naturalWidth > 0, height: box.height, natural: [img.naturalWidth, img.naturalHeight],
    scale: Math.min(box.width / img.naturalWidth, box.height / img.naturalHeight),  // object-fit: contain
  };
  const title = slide.querySelector("h2");
  const lines = Math.round(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight));
  const visible = [...document.querySelectorAll(".slide")].filter(s => s.getClientRects().length).length;
  return { id: slide.id, body, small, heading, lines, over, figure, visible, hash: location.hash };
}"""


@pytest.fixture(scope="module")
def slides(chromium, tmp_path_factory):
    out = tmp_path_factory.mktemp("slides")
    write_slides(out, browser=chromium)
    return out


@pytest.fixture
def deck_page(chromium):
    """A page that may load only file: and data: addresses; every other request is refused and recorded."""
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    requests, errors = [], []
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))

    def only_this_file(route):
        if route.request.url.startswith(("file:", "data:")):
            return route.continue_()
        requests.append(route.request.url)
        return route.abort()

    context.route("**/*", only_this_file)
    yield page, requests, errors
    context.close()


def counter(page) -> str:
    return " ".join(page.locator(".controls .counter").inner_text().split())


def test_a_deck_answers_the_keyboard_and_the_buttons_from_file_with_no_other_host(slides, deck_page):
    page, requests, errors = deck_page
    deck = slides / "03_behavioural_activation-slides.html"
    page.goto(deck.as_uri())
    total = page.locator(".slide").count()
    assert counter(page) == f"1 / {total}" and page.locator(".slide-title").is_visible()
    moves = [("End", total), ("Home", 1), ("ArrowRight", 2), ("PageDown", 3), ("ArrowDown", 4), ("PageUp", 3)]
    moves += [("ArrowLeft", 2), ("ArrowUp", 1), ("ArrowLeft", 1)]
    for key, expected in moves:
        page.keyboard.press(key)
        assert counter(page) == f"{expected} / {total}", f"after {key}"
        assert page.evaluate("location.hash") == f"#slide-{expected}"
        assert page.locator(".slide:visible").count() == 1
    next_button = page.locator(".controls .next")
    tab_to(page, next_button)
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid", "focus shows"
    page.keyboard.press("Enter")
    assert counter(page) == f"2 / {total}" and is_focused(next_button)
    page.locator(".controls .prev").click()
    assert counter(page) == f"1 / {total}"
    assert page.locator(".controls .prev").get_attribute("aria-disabled") == "true"
    page.goto(deck.as_uri() + "#slide-5")
    page.reload()
    assert counter(page) == f"5 / {total}" and page.locator("#slide-5").is_visible(), "the address opens its slide"
    moving = "getComputedStyle(document.querySelector('.slide.current')).animationName"
    assert page.evaluate(moving) == "appear"
    page.emulate_media(reduced_motion="reduce")
    assert page.evaluate(moving) == "none", "no fade for readers who ask for less motion"
    assert requests == [] and errors == []


def test_every_slide_of_every_deck_reads_at_the_back_of_a_room(slides, deck_page):
    page, requests, errors = deck_page
    problems = []
    for name in NAMES:
        page.goto((slides / f"{name}-slides.html").as_uri())
        total = page.locator(".slide").count()
        for number in range(1, total + 1):
            seen = page.evaluate(MEASURE)
            where = f"{name} {seen['id']}"
            if seen["hash"] != f"#slide-{number}" or seen["visible"] != 1:
                problems.append(f"{where}: shown as {seen['hash']} with {seen['visible']} slides visible")
            if min(seen["body"], default=BODY_PX) < BODY_PX or min(seen["small"], default=SMALL_PX) < SMALL_PX:
                problems.append(f"{where}: text at {seen['body']} px (small print {seen['small']} px)")
            if seen["heading"] <= max(seen["body"], default=0):
                problems.append(f"{where}: heading at {seen['heading']} px is not larger than the text")
            if seen["over"]:
                problems.append(f"{where}: its text runs out of the slide")
            if seen["figure"] and not (seen["figure"]["loaded"] and seen["figure"]["height"] > 250):
                problems.append(f"{where}: the figure shows as {seen['figure']}")
            # A figure drawn again has every label at 22 px or more at the size it was drawn for (unit tests).
            if seen["figure"] and seen["figure"]["natural"] == DRAWN_FOR_SLIDE and seen["figure"]["scale"] < SHOWN:
                problems.append(f"{where}: the figure is shown smaller than drawn: {seen['figure']}")
            if seen["lines"] > 2:
                problems.append(f"{where}: its heading takes {seen['lines']} lines")
            page.keyboard.press("ArrowRight")
    assert not problems, "\n".join(problems)
    assert requests == [] and errors == []


WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice", "wcag2aaa"]


def test_a_deck_passes_an_axe_scan_with_its_notes_open(slides, deck_page):
    page, _requests, _errors = deck_page
    deck = slides / "03_behavioural_activation-slides.html"
    problems = []
    for slide in ("#slide-1", "#slide-2", "#slide-5"):  # the title, the help slide and a figure
        page.goto(deck.as_uri() + slide)
        page.reload()
        notes = page.locator(".slide.current .notes summary")
        if notes.count():
            notes.click()
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        if results.violations_count:
            problems.append(f"{slide}: {results.generate_report()}")
    assert not problems, "\n".join(problems)


def test_each_pdf_has_a_16_by_9_page_per_slide_the_objectives_and_an_outline(slides):
    problems = []
    for name in NAMES:
        deck = BeautifulSoup((slides / f"{name}-slides.html").read_text(encoding="utf-8"), "html.parser")
        headings = [" ".join(h.get_text().split()) for h in deck.select("section.slide h2")]
        total = len(headings)
        reader = PdfReader(io.BytesIO((slides / f"{name}-slides.pdf").read_bytes()))
        text = squashed(" ".join(page.extract_text() for page in reader.pages[:6]))  # the objectives come third
        bank = yaml.safe_load((PROJECT_ROOT / "data" / "quiz" / f"{name}.yml").read_text(encoding="utf-8"))
        missing = [o for o in bank["objectives"].values() if squashed(o) not in text]
        box = reader.pages[0].mediabox
        outline = [" ".join(entry.title.split()) for entry in reader.outline]
        if len(reader.pages) != total:
            problems.append(f"{name}: {len(reader.pages)} pages for {total} slides")
        if missing:
            problems.append(f"{name}: objectives not on paper: {missing}")
        if abs(float(box.width) / float(box.height) - 16 / 9) > 0.01:
            problems.append(f"{name}: pages of {box.width} × {box.height} pt")
        if squashed(" ".join(outline)) != squashed(" ".join(headings)):
            problems.append(f"{name}: the outline is {outline}, not the slides' headings")
        if "/StructTreeRoot" not in reader.trailer["/Root"]:
            problems.append(f"{name}: the PDF is not tagged")
    assert not problems, "\n".join(problems)
