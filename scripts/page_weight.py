"""What a reader's browser downloads to show a page the first time: the page and every file it loads
(fonts and images included), measured in Chromium with an empty cache, as decoded bytes and as bytes
transferred (compressed, headers included, when the server gzips as a static host does).

Used by the whole-book test (every page within budget) and by scripts/bench.py (the table).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Every page, first load, decoded. Issue 25 measured 585-876 kB; cutting the theme's CSS to the rules the pages use
# (therapybook/css_pruning.py) took 256 kB off each (chapter 2: 814 -> 559 kB). The page itself is now the largest.
MAX_FIRST_LOAD = 1000 * 1000
# Every chapter page, first load over the wire with gzip: about 0.75 s at 1.6 Mbit/s (issue 25).
MAX_TRANSFERRED = 150 * 1000


@dataclass(frozen=True)
class FileWeight:
    decoded: int  # the file's bytes as the browser uses them
    transferred: int  # what came over the wire: compressed body and headers


def first_load(browser: Any, url: str) -> dict[str, FileWeight]:
    """The page and each file a fresh browser context fetches for it, keyed by path.

    Read from the browser's own Resource Timing entries (decodedBodySize, transferSize), so fonts and images
    the CSS pulls in count too, and a redirecting index page counts as the page it leads to.
    """
    context = browser.new_context()
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    entries = page.evaluate(RESOURCE_SIZES)
    context.close()
    return {path: FileWeight(decoded, transferred) for path, decoded, transferred in entries}


# The navigation and every resource: [path, decoded bytes, transferred bytes].
RESOURCE_SIZES = """() => [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
    .map(entry => [new URL(entry.name).pathname, entry.decodedBodySize, entry.transferSize])"""


def decoded_total(weights: dict[str, FileWeight]) -> int:
    return sum(weight.decoded for weight in weights.values())


def transferred_total(weights: dict[str, FileWeight]) -> int:
    return sum(weight.transferred for weight in weights.values())


def largest_transfers(weights: dict[str, FileWeight], count: int = 4) -> str:
    """The files that weigh most over the wire, for a message: "pydata-sphinx-theme.css 48 kB, ..."."""
    heaviest = sorted(weights.items(), key=lambda item: item[1].transferred, reverse=True)[:count]
    return ", ".join(f"{path.rsplit('/', 1)[-1]} {weight.transferred / 1000:.0f} kB" for path, weight in heaviest)
