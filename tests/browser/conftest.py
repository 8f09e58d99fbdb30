"""Serve the built book on 127.0.0.1 and drive Debian's Chromium with Playwright.

Outside CI a machine without Chromium skips these tests and says how to get
it; with CI=true they must run."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import json
import os
import shutil
import sys
import threading
from dataclasses import dataclass, field
from urllib.parse import urlparse

import pytest

CHROMIUM_FLAGS = [
    # Root in a container needs --no-sandbox; the rest stop Chromium's own
    # background traffic, which this closed network would refuse anyway.
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep test output readable
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser context closed while a file was still on its way (the throttled loads stop at the load event).
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


# What a static host compresses: text, not images or fonts (woff2 is compressed already).
COMPRESSED_SUFFIXES = {".html", ".css", ".js", ".json", ".svg", ".txt", ".xml", ".map"}


class GzipHandler(QuietHandler):
    """Sends text files gzipped (level 6, as nginx or GitHub Pages would) when the request accepts gzip, so
    Resource Timing's transferSize is what a reader on a real host downloads."""

    def do_GET(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and urlparse(self.path).path.endswith("/"):
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not accepts or os.path.splitext(path)[1] not in COMPRESSED_SUFFIXES or not os.path.isfile(path):
            return super().do_GET()
        with open(path, "rb") as file:
            body = gzip.compress(file.read(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve_directory(directory, gzipped: bool = False):
    """Serve a folder on 127.0.0.1 (a free port) for as long as the block runs; yields the base URL.

    With gzipped=True, text files go out compressed, as a static host sends them."""
    handler = functools.partial(GzipHandler if gzipped else QuietHandler, directory=str(directory))
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


# A chapter's sections are drawn only as they near the screen (content-visibility: auto, core.css). A check that
# reads the whole page at once (colours for axe-core, boxes for the style comparison) draws every section first,
# as each is drawn once the reader scrolls to it.
DRAW_EVERY_SECTION = """() => document.querySelectorAll(".bd-article > section > section")
    .forEach(section => { section.style.contentVisibility = "visible"; })"""
# True when the browser has laid the element out: false inside a section it skips while far from the screen.
DRAWN = "el => el.checkVisibility({contentVisibilityAuto: true})"


def scroll_to(locator) -> None:
    """Scroll an element into view, as a reader does, and wait until the browser has drawn its section (a frame
    later: until then its text has no layout, and innerText reads "")."""
    locator.scroll_into_view_if_needed()
    locator.page.wait_for_function(DRAWN, arg=locator.element_handle())


def write_static_page(folder, name: str, body: str, title: str) -> None:
    """A page of kernel-free views (``body``) with the joined script and style the book ships."""
    from therapybook.core.assets import write_assets

    write_assets(folder)
    (folder / name).write_text(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        '<link rel="icon" href="data:,"><link rel="stylesheet" href="therapybook.css">'
        f'<script defer src="therapybook.js"></script></head><body><main>{body}</main></body></html>',
        encoding="utf-8",
    )


@pytest.fixture(scope="session")
def book_url(built_book):
    with serve_directory(built_book) as url:
        yield url


@pytest.fixture(scope="session")
def gzipped_book_url(built_book):
    """The built book as a static host serves it: text compressed, so transferred bytes are real."""
    with serve_directory(built_book, gzipped=True) as url:
        yield url


@pytest.fixture(scope="session")
def playwright_and_chromium():
    """The one Playwright driver of the run (a second cannot start inside it) and Chromium's path."""
    executable = shutil.which("chromium")
    if executable is None:
        message = (
            "Chromium is not installed, so the browser tests cannot run. "
            "On Debian/Ubuntu: sudo apt-get install chromium"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI=true: browser tests are required)")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright, executable


@pytest.fixture(scope="session")
def chromium(playwright_and_chromium):
    playwright, executable = playwright_and_chromium
    browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
    yield browser
    browser.close()


@dataclass
class PageLog:
    """Everything a page did that a reader would not want: errors and outside requests."""

    console_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    failed_responses: list[str] = field(default_factory=list)

    def assert_clean(self):
        assert self.console_errors == [], f"console errors: {self.console_errors}"
        assert self.outside_requests == [], f"requests to other hosts: {self.outside_requests}"
        assert self.failed_responses == [], f"failed responses: {self.failed_responses}"


@pytest.fixture
def page_and_log(chromium):
    context = chromium.new_context()
    page = context.new_page()
    log = PageLog()
    page.on("console", lambda msg: msg.type == "error" and log.console_errors.append(msg.text))
    page.on("pageerror", lambda error: log.console_errors.append(f"page error: {error}"))

    def on_request(request):
        host = urlparse(request.url).hostname
        if request.url.startswith(("http:", "https:", "ws:", "wss:")) and host != "127.0.0.1":
            log.outside_requests.append(request.url)

    page.on("request", on_request)
    page.on("response", lambda r: r.status >= 400 and log.failed_responses.append(f"{r.status} {r.url}"))
    yield page, log
    context.close()


@pytest.fixture(scope="module")
def storage_blocked(playwright_and_chromium, tmp_path_factory):
    """A Chromium profile that blocks all site data, as 'Block all cookies' does: localStorage throws."""
    playwright, executable = playwright_and_chromium
    profile = tmp_path_factory.mktemp("blocked-profile")
    (profile / "Default").mkdir()
    settings = {"profile": {"default_content_setting_values": {"cookies": 2}}}
    (profile / "Default" / "Preferences").write_text(json.dumps(settings), encoding="utf-8")
    context = playwright.chromium.launch_persistent_context(
        str(profile), executable_path=executable, headless=True, args=CHROMIUM_FLAGS
    )
    yield context
    context.close()
