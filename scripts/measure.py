"""Measure what readers and contributors wait for: build times and page weight.

    .venv/bin/python scripts/measure.py          # clean build, then a build with nothing changed
    .venv/bin/python scripts/measure.py --pages  # page weights of the current build only

A clean build removes _build (the execution cache too), so every notebook runs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "_build" / "html"
ASSET_SUFFIXES = {".js", ".css", ".png", ".svg", ".woff2", ".ico"}


def timed_build() -> float:
    jupyter_book = Path(sys.executable).parent / "jupyter-book"
    start = time.perf_counter()
    subprocess.run(
        [str(jupyter_book), "build", str(ROOT), "--warningiserror", "--quiet"],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def local_assets(page: Path) -> set[Path]:
    found = set()
    for ref in re.findall(r'(?:src|href)="([^"#?]+)', page.read_text(encoding="utf-8")):
        target = (page.parent / ref).resolve()
        if target.is_file() and target.suffix in ASSET_SUFFIXES:
            found.add(target)
    return found


def report_pages() -> None:
    print(f"{'page':45s} {'html KiB':>9s} {'first load KiB':>15s}")
    for page in sorted(p for p in HTML.glob("*/*.html") if p.parent.name != "_static"):
        assets = local_assets(page)
        first_load = page.stat().st_size + sum(a.stat().st_size for a in assets)
        print(f"{page.relative_to(HTML).as_posix():45s} {page.stat().st_size / 1024:9.0f} {first_load / 1024:15.0f}")


if __name__ == "__main__":
    if "--pages" not in sys.argv:
        shutil.rmtree(ROOT / "_build", ignore_errors=True)
        print(f"clean build (notebooks executed): {timed_build():.1f} s")
        print(f"build with nothing changed:       {timed_build():.1f} s")
    report_pages()
