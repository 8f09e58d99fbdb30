"""``python -m therapybook export --format cc``: the whole course (or chosen chapters) as one ``.imscc`` file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

from ...core.errors import PROJECT_ROOT
from ...core.yaml_files import read_yaml
from ...edition import edition
from ..banks import ExportError, prepare_folder
from .course import Cartridge, build
from .manifest import ASSESSMENT, TOPIC, WEBCONTENT, WEBLINK

CONFIG = PROJECT_ROOT / "_config.yml"
# Fixed dates inside the zip, so the same book always gives the same bytes.
ZIP_DATE = (2020, 1, 1, 0, 0, 0)


def file_name() -> str:
    return f"therapybook-{edition().version}.imscc"


def checked_url(value: str, where: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ExportError(f"{where}: '{value}' is not a web address; give one that starts with https:// or http://")
    return value.strip().rstrip("/")


def configured_url(config: Path | None = None) -> str | None:
    """The published book's address, ``html.baseurl`` in _config.yml (Jupyter Book's key for it), if set."""
    config = config or CONFIG
    html = (read_yaml(config) or {}).get("html") or {}
    value = html.get("baseurl") if isinstance(html, dict) else None
    return checked_url(str(value), f"{config.name}: html.baseurl") if value else None


def render(cartridge: Cartridge) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in cartridge.files.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=ZIP_DATE), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def export_cartridge(out: Path, chapters: list[str] | None, book_url: str | None, force: bool) -> Path:
    """Write the cartridge into ``out``; returns its path. Raises ExportError with a message to show."""
    url = checked_url(book_url, "--book-url") if book_url is not None else configured_url()
    name = file_name()
    prepare_folder(out, [name], force)  # before the build, so a folder in the way is said at once
    cartridge = build(chapters, url)
    data = render(cartridge)
    path = out / name
    try:
        path.write_bytes(data)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
    chapters_link = f"links to the book at {url}" if url else "the chapters themselves, from the built book"
    print(f"Wrote {path} ({len(data) / 1e6:.1f} MB), a Common Cartridge 1.1 course with {chapters_link}:")
    print(f"  {len(cartridge.modules) - 1} chapter modules and 1 for the instructor (the guide, instructors only)")
    print(f"  {cartridge.count(ASSESSMENT)} practice quizzes ({cartridge.questions} questions)")
    print(f"  {cartridge.count(TOPIC)} discussion topics, {cartridge.count(WEBLINK)} web links")
    print(f"  {cartridge.count(WEBCONTENT)} web content resources, {len(cartridge.files)} files in all")
    return path
