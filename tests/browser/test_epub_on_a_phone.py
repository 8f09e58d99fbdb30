"""The EPUB's pages on a phone-sized e-reader: each page of the unzipped EPUB, opened from disk in Chromium at
320 px, is no wider than the screen and asks for nothing beyond its own files."""

from __future__ import annotations

import zipfile

import pytest

pytestmark = pytest.mark.browser


def test_every_page_of_the_epub_fits_a_320_px_screen_and_loads_only_its_own_files(chromium, epub_file, tmp_path):
    with zipfile.ZipFile(epub_file) as archive:
        archive.extractall(tmp_path)
    pages = sorted(tmp_path.rglob("*.xhtml"))
    assert len(pages) > 15, f"only {len(pages)} pages in the EPUB"
    page = chromium.new_page(viewport={"width": 320, "height": 640})
    elsewhere: list[str] = []

    def note(request) -> None:
        if not request.url.startswith("file:"):
            elsewhere.append(request.url)

    page.on("request", note)
    too_wide = []
    for path in pages:
        page.goto(path.as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide.append(f"{path.name}: {width} px")
    page.close()
    assert not too_wide, f"pages wider than a 320 px screen: {too_wide}"
    assert not elsewhere, f"requests beyond the EPUB's own files: {elsewhere}"
