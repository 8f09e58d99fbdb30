"""The interactive parts of a page as they read on paper: what a reader needs stays (titles, steps, fields,
tables, the PHQ-9's ticked answers), what only works on screen goes (buttons, sliders, notes about the browser),
and a box to write in stands where a field was."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

# What only a screen can use, or only says something about the screen.
SCREEN_ONLY = ", ".join(
    [
        "script",
        "style",
        "link",
        "noscript",
        "template",
        "button",
        "a.headerlink",
        ".tb-help-notice",
        ".tb-chapter-pdf",
        ".tb-run-first",
        ".tb-kept",
        ".tb-actions",
        ".tb-feedback",
        ".tb-nav",
        ".tb-confirm",
        ".tb-privacy",
        ".tb-needs-script",
        ".tb-add",
        ".tb-lens",
        ".tb-overlap-slider",
        ".tb-score",
        ".tb-reset",
        ".tb-footer",
        "svg.tb-chart",
        "[hidden]",
    ]
)


def drop_screen_only(root: Tag) -> None:
    for element in root.select(SCREEN_ONLY):
        element.decompose()


def fields_to_paper(root: Tag, soup: BeautifulSoup) -> None:
    """Text boxes become boxes to write in; ticked choices a [X], the others [ ]; a menu its chosen option."""
    for box in root.select("textarea, input[type='text'], input[type='number'], input:not([type])"):
        lines = "tb-paper-write tb-paper-write-long" if box.name == "textarea" else "tb-paper-write"
        box.replace_with(soup.new_tag("span", attrs={"class": lines, "aria-hidden": "true"}))
    for choice in root.select("input[type='radio'], input[type='checkbox']"):
        choice.replace_with("[X] " if choice.has_attr("checked") else "[ ] ")
    for menu in root.select("select"):
        chosen = menu.select_one("option[selected]") or menu.select_one("option")
        menu.replace_with(chosen.get_text() if chosen else "")
    for element in root.select("input, output"):
        element.decompose()
    for form in root.select("form"):
        form.name = "div"  # a form has nothing to submit on paper


def titles_to_paper(root: Tag) -> None:
    """An exercise's title reads as a title (the screen styles it through the page script's CSS)."""
    for title in root.select(".tb-widget > .tb-title"):
        title["class"] = "tb-paper-exercise-title"
