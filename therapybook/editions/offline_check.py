"""``python -m therapybook offline-check FILE...``: nothing in a released file loads from another host.

Web pages, styles and scripts may link out (a source, the licence), but must not load a script, style, image,
font or frame from elsewhere; a PDF may hold clickable links, but no JavaScript, no file fetched from an address
and no action that opens or submits anything. Zip files (the website, the EPUB, the exports) are read member by
member.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

EXTERNAL = re.compile(r"^\s*(?:https?:)?//", re.I)
LOADS = {
    "script": ["src"],
    "img": ["src", "srcset"],
    "source": ["src", "srcset"],
    "iframe": ["src"],
    "frame": ["src"],
    "embed": ["src"],
    "object": ["data"],
    "video": ["src", "poster"],
    "audio": ["src"],
    "track": ["src"],
    "input": ["src"],
    "image": ["href", "xlink:href"],
    "use": ["href", "xlink:href"],
}
LOADING_LINKS = {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "apple-touch-icon"}
CSS_LOADS = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])\s*((?:https?:)?//[^'")\s]+)""", re.I)
JS_LOADS = re.compile(
    r"""(?:\bimport\s*\(?\s*|\bfrom\s+|\bfetch\s*\(\s*|importScripts\s*\(\s*|\.src\s*=\s*)['"`]((?:https?:)?//[^'"`]+)"""
)
PDF_ACTIONS = {"/JavaScript", "/JS", "/Launch", "/GoToR", "/GoToE", "/ImportData", "/SubmitForm", "/Sound", "/Movie"}
TEXT_SUFFIXES = {".html", ".htm", ".xhtml", ".css", ".js", ".mjs", ".svg", ".xml", ".opf", ".ncx"}


def html_loads(text: str) -> list[str]:
    with warnings.catch_warnings():  # SVG, OPF and QTI are XML: read leniently, as pages are
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(text, "html.parser")
    found = []
    for tag in soup.find_all(True):
        for attribute in LOADS.get(tag.name, []):
            value = str(tag.get(attribute) or "")
            found += [v for v in re.split(r",\s*", value) if EXTERNAL.match(v)]
        rel = set(str(r).lower() for r in (tag.get("rel") or [])) if tag.name == "link" else set()
        if rel & LOADING_LINKS and EXTERNAL.match(str(tag.get("href") or "")):
            found.append(str(tag["href"]))
        found += CSS_LOADS.findall(str(tag.get("style") or ""))
    for style in soup.find_all("style"):
        found += CSS_LOADS.findall(style.get_text())
    return found


def pdf_loads(data: bytes) -> list[str]:
    """Actions and remote files anywhere in the PDF's objects (a clickable /URI link is fine)."""
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject, IndirectObject

    reader = PdfReader(io.BytesIO(data))
    found: list[str] = []
    seen: set[int] = set()
    stack: list[Any] = [reader.trailer]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if item.idnum in seen:
                continue
            seen.add(item.idnum)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if item.get("/S") in PDF_ACTIONS or "/JS" in item:
                found.append(f"a {item.get('/S', '/JS')} action")
            if item.get("/FS") == "/URL" or (item.get("/Type") == "/Filespec" and "/URL" in str(item.get("/FS"))):
                found.append(f"a file from an address: {item.get('/F')}")
            if "/F" in item and "/Length" in item:  # a stream whose data lives in another file
                found.append("a stream stored outside the PDF")
            stack += [v for k, v in item.items() if k != "/Parent"]
        elif isinstance(item, list):
            stack += item
    return found


def loads_in(name: str, data: bytes) -> list[str]:
    """What the file ``name`` (with its bytes) would load from another host, if anything."""
    suffix = Path(name).suffix.lower()
    if suffix in {".zip", ".epub", ".imscc"}:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.namelist()
            return [f"{member}: {what}" for member in members for what in loads_in(member, archive.read(member))]
    if suffix == ".pdf":
        return pdf_loads(data)
    if suffix not in TEXT_SUFFIXES:
        return []
    text = data.decode("utf-8", errors="replace")
    if suffix in {".css"}:
        return CSS_LOADS.findall(text)
    if suffix in {".js", ".mjs"}:
        return JS_LOADS.findall(text)
    return html_loads(text)


def check(paths: list[Path]) -> list[str]:
    """One line per thing loaded from another host, naming the file (and the member of a zip)."""
    return [f"{path}: {what}" for path in paths for what in loads_in(path.name, path.read_bytes())]
