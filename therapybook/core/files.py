"""Find a content file by name and read it as text, with a clear message for every way that fails.

Names resolve inside the data folder only; a ``Path`` is an explicit choice
(tests and course forks use it). Text must be UTF-8 (a byte-order mark is
fine); UTF-16, binary and oversized files are named as such, never decoded
into nonsense or read until memory runs out.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import ContentError, data_dir, display_path

# Far above any real chapter file (the largest is about 20 KB), far below trouble.
MAX_FILE_BYTES = 2_000_000
NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def content_path(name_or_path: str | Path, folder: str, suffix: str = ".yml") -> Path:
    """A ``Path`` as given; a name as the file ``data/<folder>/<name><suffix>``, listing the choices if missing."""
    if isinstance(name_or_path, Path):
        return name_or_path
    name = str(name_or_path)
    if not NAME.fullmatch(name):
        raise ContentError(
            f"'{name}' is not a content name: use the file name without its folder or '{suffix}' "
            "(lowercase letters, digits, '_' or '-'), for a file inside "
            f"{display_path(data_dir() / folder)}, or pass a pathlib.Path"
        )
    path = data_dir() / folder / f"{name}{suffix}"
    if not path.exists():
        available = sorted(p.stem for p in (data_dir() / folder).glob(f"*{suffix}"))
        raise ContentError(
            f"{display_path(path)}: no such file; the {folder} files available are: {', '.join(available) or 'none'}"
        )
    return path


def read_text(path: Path) -> str:
    where = display_path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ContentError(f"{where}: no such file") from None
    except IsADirectoryError:
        raise ContentError(f"{where}: is a folder, not a file") from None
    except PermissionError:
        raise ContentError(f"{where}: cannot be read (permission denied)") from None
    except OSError as error:
        raise ContentError(f"{where}: cannot be read ({error.strerror or error})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ContentError(f"{where}: is larger than {MAX_FILE_BYTES // 1_000_000} MB; content files are small text")
    return decode(raw, where)


def decode(raw: bytes, where: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ContentError(f"{where}: is saved as UTF-16; save it as UTF-8 (in a spreadsheet: 'CSV UTF-8')")
    if b"\x00" in raw:
        raise ContentError(f"{where}: is not a text file (it contains zero bytes); save it as UTF-8 text")
    try:
        # utf-8-sig: spreadsheets often start a file with a byte-order mark; accept it.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError(
            f"{where}: line {line}: is not UTF-8 text (byte {error.start}); save the file as UTF-8"
        ) from None


def write_if_changed(path: Path, text: str) -> Path:
    """Write a build file only when its text changed, so its date stays put and Sphinx copies nothing new."""
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path
