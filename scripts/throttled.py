"""First paint on a slow phone: each chapter page loaded in Chromium under a throttled profile, served gzipped.

Used by scripts/bench.py (`--only throttled`). The profile is set through the Chrome DevTools Protocol:
network conditions, CPU throttling and a disabled cache, in a fresh browser context for every load.
Largest Contentful Paint is read after the load event from a buffered PerformanceObserver; bytes come from
Resource Timing (transferSize of the navigation and of every resource, so gzip counts).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from scripts.page_weight import RESOURCE_SIZES

WIDTH, HEIGHT = 375, 667
DOWNLOAD_BITS, UPLOAD_BITS = 1_600_000, 750_000
LATENCY_MS = 150
CPU_SLOWDOWN = 4
PROFILE = (
    f"{WIDTH}×{HEIGHT} phone (touch, 2× pixels), {DOWNLOAD_BITS / 1e6:.1f} Mbit/s down, "
    f"{UPLOAD_BITS / 1e3:.0f} kbit/s up, {LATENCY_MS} ms latency, CPU {CPU_SLOWDOWN}× slower, "
    "cache off, served gzipped (level 6)"
)
MAX_LCP_SECONDS = 1.0

# The last largest-contentful-paint candidate, once the load event has passed: its time and what it is.
READ_LCP = """() => new Promise(resolve => {
  const describe = node => {
    if (!node) return "(removed from the page)";
    const name = node.tagName.toLowerCase() + (node.id ? "#" + node.id : "")
      + (node.classList.length ? "." + [...node.classList].slice(0, 2).join(".") : "");
    const text = (node.textContent || node.getAttribute("alt") || "").trim().replace(/\\s+/g, " ");
    return text ? `${name} "${text.slice(0, 40)}"` : name;
  };
  new PerformanceObserver(list => {
    const last = list.getEntries().at(-1);
    resolve({ms: last.startTime, element: describe(last.element)});
  }).observe({type: "largest-contentful-paint", buffered: true});
  setTimeout(() => resolve(null), 3000);
})"""

# Requests the browser held the first paint for (Chromium's Resource Timing renderBlockingStatus).
RENDER_BLOCKING = """() => performance.getEntriesByType("resource")
    .filter(entry => entry.renderBlockingStatus === "blocking")
    .map(entry => [new URL(entry.name).pathname, entry.transferSize, entry.decodedBodySize])"""


@dataclass(frozen=True)
class Load:
    lcp_ms: float
    lcp_element: str
    transferred: int  # bytes over the wire: the page and every file it fetched, headers included
    blocking: list[tuple[str, int, int]]  # render-blocking requests: path, transferred, decoded


def throttled_load(browser: Any, url: str) -> Load:
    """One first visit to `url` on the throttled phone, in a context of its own (nothing cached)."""
    context = browser.new_context(
        viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": LATENCY_MS,
            "downloadThroughput": DOWNLOAD_BITS / 8,
            "uploadThroughput": UPLOAD_BITS / 8,
        },
    )
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    page.goto(url, wait_until="load", timeout=60_000)
    lcp = page.evaluate(READ_LCP)
    if lcp is None:
        raise RuntimeError(f"{url}: Chromium reported no Largest Contentful Paint")
    sizes = page.evaluate(RESOURCE_SIZES)
    blocking = [tuple(entry) for entry in page.evaluate(RENDER_BLOCKING)]
    context.close()
    return Load(lcp["ms"], lcp["element"], sum(transferred for _, _, transferred in sizes), blocking)


@dataclass(frozen=True)
class PageResult:
    path: str
    lcp_seconds: float  # median of the loads
    lcp_range: tuple[float, float]
    lcp_element: str  # of the median load
    transferred: int


def measure_page(browser: Any, base: str, path: str, loads: int = 3) -> tuple[PageResult, list[Load]]:
    runs = sorted((throttled_load(browser, base + path) for _ in range(loads)), key=lambda load: load.lcp_ms)
    median = runs[len(runs) // 2]
    result = PageResult(
        path,
        statistics.median(load.lcp_ms for load in runs) / 1000,
        (runs[0].lcp_ms / 1000, runs[-1].lcp_ms / 1000),
        median.lcp_element,
        max(load.transferred for load in runs),
    )
    return result, runs
