"""Keyboard-only moves, the way a reader without a mouse gets around a page."""

from __future__ import annotations


def is_focused(element) -> bool:
    """True when the element (a locator, or an element handle) has focus."""
    return element.evaluate("el => el === document.activeElement")


def tab_to(page, locator, *, backwards: bool = False, limit: int = 400) -> None:
    """Press Tab (or Shift+Tab) until the element has focus (no press if it has); fail if it is never reached."""
    key = "Shift+Tab" if backwards else "Tab"
    target = locator.element_handle()  # found once: each check is then one call to the page, not three
    for presses in range(limit + 1):
        if is_focused(target):
            return  # (checked before the first press: one more from there would go the long way round the page)
        if presses < limit:
            page.keyboard.press(key)
    raise AssertionError(f"{locator} cannot be reached with {key} in {limit} presses")


def choose_radio(page, group_first_radio, index: int, current: int | None, size: int) -> None:
    """With focus in a radio group, choose option `index` by Space and the arrow keys."""
    if current is None:
        page.keyboard.press("Space")  # entering an unchecked group focuses the first radio
        current = 0
    for _ in range((index - current) % size):
        page.keyboard.press("ArrowDown")


# A focusable probe just before an element: Tab from it walks the element's own stops, not every link above it
# (the page content above is ordinary links and headings, whose order the axe scan checks).
FOCUS_JUST_BEFORE = """el => {
  const probe = document.createElement("span");
  probe.tabIndex = 0;
  probe.className = "tb-test-probe";
  el.before(probe);
  probe.focus();
}"""
REMOVE_PROBES = "() => document.querySelectorAll('.tb-test-probe').forEach(probe => probe.remove())"


def tab_in_from_just_before(page, start, locator) -> None:
    """Put focus just before `start` (a widget or a question), then press Tab until `locator` has focus."""
    start.evaluate(FOCUS_JUST_BEFORE)
    tab_to(page, locator)
    page.evaluate(REMOVE_PROBES)
