"""What a reader's browser downloads to show a page the first time: the page and every file it loads
(fonts and images included), as decoded bytes, measured in Chromium with an empty cache.

Used by the whole-book test (every page within budget) and by scripts/bench.py (the table).
"""

from __future__ import annotations

from typing import Any

# Every page, first load, decoded. Issue 25 measured 585-876 kB; cutting the theme's CSS to the rules the pages use
# (therapybook/css_pruning.py) took 256 kB off each (chapter 2: 814 -> 559 kB). The page itself is now the largest.
MAX_FIRST_LOAD = 1000 * 1000


def first_load(browser: Any, url: str) -> dict[str, int]:
    """Decoded bytes of the page and of each file a fresh browser context fetches for it, keyed by path.

    Read from the browser's own Resource Timing entries (decodedBodySize), so fonts and images the CSS
    pulls in count too, and a redirecting index page counts as the page it leads to.
    """
    context = browser.new_context()
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    entries = page.evaluate(
        """() => [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
                 .map(entry => [new URL(entry.name).pathname, entry.decodedBodySize])"""
    )
    context.close()
    return {path: size for path, size in entries}
