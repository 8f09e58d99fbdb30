"""Keep the book's execution cache honest: cached outputs are only reused while the code and data behind them
are unchanged.

jupyter-cache keys each notebook on its code cells alone. A chapter's outputs, though, come from this package
(templates, scripts, grading) and from data/ (questions, feedback), so after editing either, `make book` would
keep serving the old outputs until `make clean`. The same goes for chapter 13 built without its trial database and
then with it. This records all three: a change to the package or data/ empties the cache, and the trial database
coming or going drops the runs of the chapters that read it. stale_pages.py has Sphinx read those pages again, which
it would not do for an unchanged file; an unchanged book still re-renders without running any notebook.
"""

from __future__ import annotations

import hashlib
import json
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


def refresh(cache: Path, data_dir: Path) -> bool:
    """Drop the runs in ``cache`` that the package, data or trial database changed since it was filled; True if
    any were dropped. A change to the package or data/ empties it; the trial database coming or going drops only
    the runs of the chapters that read it, since Sphinx reads only those pages again (stale_pages.py): emptying it
    all would leave the other chapters with no run in the cache."""
    stamp = cache / FINGERPRINT_FILE
    now = made_from(data_dir)
    before = recorded(stamp)
    if before == now:
        return False
    if before is not None and before["sources"] == now["sources"]:
        dropped = forget_runs_that_read_trial_data(cache)
    else:
        dropped = cache.exists()
        if dropped:
            shutil.rmtree(cache)
        cache.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps(now), encoding="utf-8")
    return dropped


def recorded(stamp: Path) -> dict[str, str] | None:
    """What the cached runs were made from (None: not recorded, or by an older build in another form)."""
    try:
        parts = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return parts if isinstance(parts, dict) and set(parts) == {"sources", "trial_data"} else None


def forget_runs_that_read_trial_data(cache: Path) -> bool:
    from jupyter_cache import get_cache

    from .stale_pages import reads_trial_data

    runs = get_cache(str(cache))
    stale = [run for run in runs.list_cache_records() if not Path(run.uri).is_file() or reads_trial_data(Path(run.uri))]
    for run in stale:
        runs.remove_cache(run.pk)
    return bool(stale)
