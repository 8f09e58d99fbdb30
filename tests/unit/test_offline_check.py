"""The release's check that nothing loads from another host: it finds scripts, styles, images, fonts and frames
from elsewhere in pages, styles, scripts, zips and PDFs, and lets ordinary links to sources through."""

from __future__ import annotations

import io
import zipfile

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from therapybook.editions.offline_check import loads_in

PAGE = """<!doctype html><html><head><link rel="stylesheet" href="_static/book.css"><link rel="icon" href="data:,">
<script src="_static/book.js"></script></head><body><a href="https://doi.org/10.1001/x">a source</a>
<img src="../_images/figure.png" alt="A figure"></body></html>"""


def test_a_page_that_loads_only_its_own_files_passes():
    assert loads_in("page.html", PAGE.encode()) == []
    assert loads_in("book.css", b"@font-face { src: url(fonts/a.woff2) } a { color: red }") == []
    assert loads_in("book.js", b'// see https://example.org/licence\nfetch("questions/02_cbt.json")') == []


def test_every_kind_of_outside_load_is_found():
    page = PAGE.replace("_static/book.js", "https://cdn.example.org/mathjax.js").replace(
        "../_images/figure.png", "//images.example.org/figure.png"
    )
    page += (
        '<link rel="preload" href="https://fonts.example.org/a.woff2"><div style="background: url(http://x.org/b.png)">'
    )
    assert sorted(loads_in("page.html", page.encode())) == [
        "//images.example.org/figure.png",
        "http://x.org/b.png",
        "https://cdn.example.org/mathjax.js",
        "https://fonts.example.org/a.woff2",
    ]
    assert loads_in("book.css", b'@import "https://fonts.example.org/css";') == ["https://fonts.example.org/css"]
    assert loads_in("book.js", b'import("https://cdn.example.org/x.js")') == ["https://cdn.example.org/x.js"]


def test_a_zip_is_read_member_by_member():
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("index.html", PAGE)
        archive.writestr("notebooks/02_cbt.html", '<script src="https://cdn.example.org/require.js"></script>')
    assert loads_in("website.zip", data.getvalue()) == ["notebooks/02_cbt.html: https://cdn.example.org/require.js"]


def pdf(action: DictionaryObject | None = None, link: bool = False) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    if link:
        writer.add_uri(0, "https://creativecommons.org/licenses/by/4.0/", [10, 10, 100, 30])
    if action is not None:
        writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_may_link_out_but_not_run_or_fetch_anything():
    assert loads_in("book.pdf", pdf(link=True)) == []
    script = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("x")})
    assert loads_in("book.pdf", pdf(script)) == ["a /JavaScript action"]
    remote = DictionaryObject(
        {
            NameObject("/S"): NameObject("/GoToR"),
            NameObject("/F"): DictionaryObject(
                {NameObject("/FS"): NameObject("/URL"), NameObject("/F"): TextStringObject("https://x.org/a.pdf")}
            ),
        }
    )
    assert sorted(loads_in("book.pdf", pdf(remote))) == [
        "a /GoToR action",
        "a file from an address: https://x.org/a.pdf",
    ]
