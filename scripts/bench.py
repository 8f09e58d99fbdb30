"""`make bench`: what readers and contributors wait for, against the book's targets, as a markdown table.

    .venv/bin/python scripts/bench.py [--out _build/bench.md]

1. A clean build (every notebook executed), a rebuild with nothing changed (target: at most 15% of the
   clean build), and a rebuild after editing one notebook's code cell, with the execution cache's own
   records as proof that only that notebook ran again. The edited notebook is restored byte for byte.
2. nbval per notebook against a floor measured in the same run: nbval on a one-cell notebook that only
   imports the package (a kernel start, the import and pytest's own start). Target: median at most 1.5x.
3. First-load bytes of every page found by crawling the build (target: at most 1 MB each).
4. Time from a quiz click to the next frame after the feedback is shown, in Chromium (target: < 50 ms).
5. Every chapter page on a throttled phone (scripts/throttled.py states the profile), served gzipped: Largest
   Contentful Paint, median of 3 loads (target: at most 1.0 s), bytes transferred (target: at most 150 kB),
   and the requests that block the first paint of one chapter page.
`--only throttled` (or builds, nbval, browser) runs one part against the book already built.
It is a measurement, not a test: it prints what it finds and exits 0 unless something cannot run.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
# The repo root (for scripts.*) and the browser tests' folder (for their server and Chromium flags).
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser")]
from conftest import CHROMIUM_FLAGS, serve_directory  # noqa: E402  (the browser tests' own server and flags)

from scripts.crawl import crawl  # noqa: E402
from scripts.measure import timed_build  # noqa: E402
from scripts.page_weight import MAX_FIRST_LOAD, MAX_TRANSFERRED, decoded_total, first_load  # noqa: E402
from scripts.throttled import MAX_LCP_SECONDS, PROFILE, measure_page  # noqa: E402

BUILD = ROOT / "_build"
CACHE = BUILD / ".jupyter_cache"
EDITED = ROOT / "notebooks" / "02_cbt.ipynb"
CLICK_PAGE = "notebooks/02_cbt.html"
BLOCKING_PAGE = "notebooks/02_cbt.html"


def executed_since(moment: datetime) -> list[str]:
    """Notebooks the build executed after `moment`, from jupyter-cache's records."""
    from jupyter_cache import get_cache

    records = get_cache(str(CACHE)).list_cache_records()
    return sorted(Path(r.uri).name for r in records if r.created > moment)


def builds() -> list[tuple[str, str, str, str]]:
    shutil.rmtree(BUILD, ignore_errors=True)
    clean = timed_build()
    unchanged = timed_build()
    original = EDITED.read_bytes()
    notebook = nbformat.reads(original.decode("utf-8"), as_version=4)
    code_cell = next(c for c in notebook.cells if c.cell_type == "code")
    code_cell.source += "\n# edited for the benchmark"
    before = datetime.now()
    try:
        EDITED.write_text(nbformat.writes(notebook) + "\n", encoding="utf-8")
        edited = timed_build()
        ran = executed_since(before)
    finally:
        EDITED.write_bytes(original)
    timed_build()  # back to the stored notebook (a cache hit), so the build matches the sources
    share = unchanged / clean
    return [
        ("Clean build (all notebooks executed)", f"{clean:.1f} s", "-", "-"),
        ("Rebuild, nothing changed", f"{unchanged:.1f} s ({share:.0%} of clean)", "≤ 15% of clean", _ok(share <= 0.15)),
        (
            f"Rebuild after editing a code cell of {EDITED.name}",
            f"{edited:.1f} s; executed: {', '.join(ran) or 'none'}",
            "only the edited notebook runs",
            _ok(ran == [EDITED.name]),
        ),
    ]


def nbval_seconds(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=", "--nbval", str(path)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def nbval_rows() -> list[tuple[str, str, str, str]]:
    with tempfile.TemporaryDirectory() as folder:
        floor_notebook = Path(folder) / "floor.ipynb"
        notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import therapybook")])
        notebook.metadata = nbformat.read(EDITED, as_version=4).metadata
        nbformat.write(notebook, floor_notebook)
        floor = min(nbval_seconds(floor_notebook) for _ in range(3))
    times = {path.stem: nbval_seconds(path) for path in sorted((ROOT / "notebooks").glob("*.ipynb"))}
    median = statistics.median(times.values())
    rows = [("nbval floor (kernel start + import therapybook + pytest start)", f"{floor:.2f} s", "-", "-")]
    rows += [
        (f"nbval {stem}", f"{seconds:.2f} s ({seconds / floor:.2f}× floor)", "", "") for stem, seconds in times.items()
    ]
    rows.append(
        (
            "nbval median per notebook",
            f"{median:.2f} s ({median / floor:.2f}× floor)",
            "≤ 1.5× floor",
            _ok(median <= 1.5 * floor),
        )
    )
    return rows


def browser_rows() -> list[tuple[str, str, str, str]]:
    from playwright.sync_api import sync_playwright

    html = BUILD / "html"
    pages = crawl(html).pages
    with serve_directory(html) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_FLAGS)
        weights = {path: decoded_total(first_load(browser, base + path)) for path in pages}
        click = click_to_frame(browser, base + CLICK_PAGE)
        browser.close()
    heaviest = max(weights.values())
    rows = [(f"First load {path}", f"{size / 1000:.0f} kB", "", "") for path, size in weights.items()]
    rows.append(
        (
            f"First load, heaviest of {len(pages)} pages",
            f"{heaviest / 1000:.0f} kB (median {statistics.median(weights.values()) / 1000:.0f} kB)",
            f"≤ {MAX_FIRST_LOAD / 1000:.0f} kB every page",
            _ok(heaviest <= MAX_FIRST_LOAD),
        )
    )
    rows.append(
        (
            "Quiz click to the next frame with feedback (median of 5)",
            f"{click:.1f} ms",
            "< 50 ms",
            _ok(click < 50),
        )
    )
    return rows


def throttled_rows() -> list[tuple[str, str, str, str]]:
    from playwright.sync_api import sync_playwright

    html = BUILD / "html"
    chapters = [path for path in crawl(html).pages if path.startswith("notebooks/")]
    rows = [("Throttled profile", PROFILE, "-", "-")]
    with serve_directory(html, gzipped=True) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_FLAGS)
        results = {}
        for path in chapters:
            results[path], runs = measure_page(browser, base, path)
            if path == BLOCKING_PAGE:
                blocking = runs[0].blocking
        browser.close()
    for result in results.values():
        low, high = result.lcp_range
        rows.append(
            (
                f"Throttled {result.path}",
                f"LCP {result.lcp_seconds:.2f} s ({low:.2f}–{high:.2f}), {result.lcp_element}; "
                f"{result.transferred / 1000:.0f} kB transferred",
                "",
                "",
            )
        )
    slowest = max(results.values(), key=lambda result: result.lcp_seconds)
    heaviest = max(results.values(), key=lambda result: result.transferred)
    rows.append(
        (
            f"Largest Contentful Paint, slowest of {len(results)} chapter pages (median of 3 loads each)",
            f"{slowest.lcp_seconds:.2f} s ({slowest.path})",
            f"≤ {MAX_LCP_SECONDS:.1f} s every chapter page",
            _ok(slowest.lcp_seconds <= MAX_LCP_SECONDS),
        )
    )
    rows.append(
        (
            f"Transferred with gzip, heaviest of {len(results)} chapter pages",
            f"{heaviest.transferred / 1000:.0f} kB ({heaviest.path})",
            f"≤ {MAX_TRANSFERRED / 1000:.0f} kB every chapter page",
            _ok(heaviest.transferred <= MAX_TRANSFERRED),
        )
    )
    listed = ", ".join(f"{path.rsplit('/', 1)[-1]} {sent / 1000:.1f} kB" for path, sent, _ in blocking) or "none"
    total = sum(sent for _, sent, _ in blocking)
    rows.append(
        (f"Render-blocking requests of {BLOCKING_PAGE}", f"{len(blocking)}, {total / 1000:.0f} kB: {listed}", "-", "-")
    )
    return rows


def click_to_frame(browser, url: str) -> float:
    """From the click's input event to the first animation frame after the feedback appeared."""
    page = browser.new_page()
    page.goto(url, wait_until="networkidle")
    fieldset = page.locator("fieldset.tb-question").first
    timings = []
    for _ in range(5):
        page.evaluate(
            """fieldset => {
                 window.tbClick = null;
                 const feedback = fieldset.querySelector(".tb-feedback");
                 fieldset.querySelector("button.tb-check").addEventListener("click", event => {
                   const start = event.timeStamp;
                   new MutationObserver((changes, observer) => {
                     observer.disconnect();
                     requestAnimationFrame(() => { window.tbClick = performance.now() - start; });
                   }).observe(feedback, {childList: true, subtree: true, characterData: true, attributes: true});
                 }, {capture: true, once: true});
               }""",
            fieldset.element_handle(),
        )
        fieldset.locator("input").first.check()
        fieldset.locator("button.tb-check").click()
        page.wait_for_function("window.tbClick !== null")
        timings.append(page.evaluate("window.tbClick"))
        page.reload(wait_until="networkidle")
        fieldset = page.locator("fieldset.tb-question").first
    page.close()
    return statistics.median(timings)


def _ok(met: bool) -> str:
    return "met" if met else "**missed**"


def table(rows: list[tuple[str, str, str, str]]) -> str:
    lines = ["| What | Measured | Target | |", "|---|---|---|---|"]
    lines += [f"| {what} | {measured} | {target} | {verdict} |" for what, measured, target, verdict in rows]
    return "\n".join(lines)


PARTS = {"builds": builds, "nbval": nbval_rows, "browser": browser_rows, "throttled": throttled_rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=BUILD / "bench.md", help="where the table is written")
    parser.add_argument("--only", choices=sorted(PARTS), help="run one part, against the book already built")
    args = parser.parse_args()
    rows = [row for name, part in PARTS.items() if args.only in (None, name) for row in part()]
    text = f"Benchmarks, {datetime.now():%Y-%m-%d %H:%M}, {sys.platform}, Python {sys.version.split()[0]}\n\n"
    text += table(rows) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    print(f"Written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
