"""Debian's Chromium, started through Playwright, for everything the book prints (the PDF editions, the lecture
slides): one place for where the program is and how it is started."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

CHROMIUM_ENV = "THERAPYBOOK_CHROMIUM"  # another Chromium or Chrome program, where Debian's is not installed
# Root in a container needs --no-sandbox; the rest stop Chromium's own background traffic (as the browser tests
# start it, tests/browser/conftest.py).
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class NoChromium(Exception):
    """Chromium or Playwright is missing."""


def chromium_path() -> str | None:
    return os.environ.get(CHROMIUM_ENV) or shutil.which("chromium")


@contextmanager
def launched() -> Iterator[Any]:
    """A headless Chromium browser for as long as the block runs; raises NoChromium("chromium"|"playwright")."""
    executable = chromium_path()
    if executable is None:
        raise NoChromium("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise NoChromium("playwright") from None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()
