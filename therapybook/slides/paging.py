"""Text split over slides so that each holds at most about six lines at the deck's size, and none overflows.

The count is an estimate (characters per line at the body size in a wide font); the browser tests measure the
real slides in Chromium and fail if any slide's text runs out of its box."""

from __future__ import annotations

import math

CHARS_PER_LINE = 72  # body text at 1280 × 720 in DejaVu Sans (a wide font) fits about 80
LINES_PER_SLIDE = 6


def lines(text: str) -> int:
    return max(1, math.ceil(len(text) / CHARS_PER_LINE))


def pages(items: list[str], budget: int = LINES_PER_SLIDE) -> list[list[str]]:
    """The items in order, in as few groups as the budget allows, with the groups as even as it allows.

    An item longer than the budget gets a slide of its own."""
    if not items:
        return []
    count = len(_greedy(items, budget))
    # The smallest budget that still fits in that many slides: the same count, evened out.
    for tighter in range(max(lines(item) for item in items), budget + 1):
        grouped = _greedy(items, tighter)
        if len(grouped) <= count:
            return grouped
    return _greedy(items, budget)


def _greedy(items: list[str], budget: int) -> list[list[str]]:
    groups: list[list[str]] = []
    used = budget + 1
    for item in items:
        size = lines(item)
        if groups and used + size <= budget:
            groups[-1].append(item)
            used += size
        else:
            groups.append([item])
            used = size
    return groups
