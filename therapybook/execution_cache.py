"""Keep the book's execution cache honest: cached outputs are only reused while the code and data behind them
are unchanged.

jupyter-cache keys each notebook on its code cells alone. A chapter's outputs, though, come from this package
(templates, scripts, grading) and from data/ (questions, feedback), so after editing either, `make book` would
keep serving the old outputs until `make clean`. The same goes for chapter 13 built without its trial database and
then with it. This fingerprints all three and empties the cache when any changes (stale_pages.py has Sphinx read those
pages again, which it would not do for an unchanged file); an unchanged book still re-renders without running any
notebook.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
FINGERPRINT_FILE = "therapybook-fingerprint"
SOURCE_SUFFIXES = {".py", ".j2", ".js", ".css", ".html", ".yml", ".yaml", ".csv", ".bib"}
# The print editions read the built pages after the notebooks ran; they never change a notebook's output.
NOT_IN_OUTPUTS = PACKAGE / "editions"


def made_from(data_dir: Path) -> dict[str, str]:
    """What the notebooks' outputs come from: the package and data/, and the trial database chapter 13 reads."""
    sources = hashlib.sha256()
    for root in (PACKAGE, data_dir):
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in SOURCE_SUFFIXES):
            if path.is_relative_to(NOT_IN_OUTPUTS):
                continue
            sources.update(path.relative_to(root).as_posix().encode())
            sources.update(path.read_bytes())
    return {"sources": sources.hexdigest(), "trial_data": trial_data_state()}


def trial_data_state() -> str:
    """Chapter 13 shows its trial results or its offline notice depending on whether the database is at hand."""
    from .trials.source import ENV_VAR, at_hand

    return f"{os.environ.get(ENV_VAR, '')}|{at_hand()}"


def fingerprint(data_dir: Path) -> str:
    parts = made_from(data_dir)
    return hashlib.sha256(f"{parts['trial_data']}|{parts['sources']}".encode()).hexdigest()


def refresh(cache: Path, data_dir: Path) -> bool:
    """Empty ``cache`` if the package or data changed since it was filled; True if it was emptied."""
    stamp = cache / FINGERPRINT_FILE
    now = fingerprint(data_dir)
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == now:
        return False
    emptied = cache.exists()
    if emptied:
        shutil.rmtree(cache)
    cache.mkdir(parents=True, exist_ok=True)
    stamp.write_text(now, encoding="utf-8")
    return emptied
