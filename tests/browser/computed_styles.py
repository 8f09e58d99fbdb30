"""Compare what a page looks like with the cut style sheets and with the whole ones, in the same page load.

The whole files (kept beside the build in _build/unpruned-css) are served at the cut files' own addresses with
a query mark added, so the fonts and images they name resolve the same. Each cut sheet gets its whole twin
right after it, and the comparison switches between the two sets with `sheet.disabled` (no reload, same cascade
order), reads the computed style and box of every element in both, and names what differs.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

UNCUT = "tb-uncut"

# What a reader can see beside the box (position and size) of each element, which already shows whatever moves
# or resizes it (margins, padding, borders, fonts, line height, flex and grid): the paint of each element.
PROPERTIES = [
    *("display", "visibility", "opacity", "z-index", "overflow-x", "overflow-y", "transform", "filter"),
    *("color", "background-color", "background-image", "box-shadow", "text-align", "text-decoration-line"),
    *(f"border-{side}-{part}" for side in ("top", "right", "bottom", "left") for part in ("style", "color")),
    *("border-top-left-radius", "font-family", "font-weight", "font-style", "list-style-type", "content"),
]

# Adds the whole twin of each cut sheet (loaded with media "not all", so the page is not restyled while it loads),
# lets its fonts load, and leaves the cut ones in force.
ADD_WHOLE_SHEETS = """async ([names, mark]) => {
  const cut = [...document.querySelectorAll('link[rel~="stylesheet"]')]
    .filter(link => names.some(name => new URL(link.href).pathname.endsWith(name)));
  window.tbSheetPairs = await Promise.all(cut.map(link => new Promise((resolve, reject) => {
    const whole = link.cloneNode();
    const url = new URL(link.href);
    url.searchParams.set(mark, "1");
    whole.href = url.href;
    whole.media = "not all";
    whole.onload = () => { whole.sheet.disabled = true; whole.media = link.media; resolve([link, whole]); };
    whole.onerror = () => reject(new Error("the whole style sheet did not load: " + whole.href));
    link.after(whole);
  })));
  // The whole sheets' @font-face rules are font faces of their own: let them load before anything is compared.
  window.tbUseWhole = whole => window.tbSheetPairs.forEach(([cut, uncut]) => {
    cut.sheet.disabled = whole;
    uncut.sheet.disabled = !whole;
  });
  window.tbUseWhole(true);
  document.body.getBoundingClientRect();
  await document.fonts.ready;
  window.tbUseWhole(false);
  window.tbWhole = false;
  return cut.map(link => new URL(link.href).pathname);
}"""

# Reads every element with the sheets in force, switches to the other set and reads again (one restyle per
# comparison), and returns each difference. Properties are read only for elements with a box: what has none
# in both cases cannot be seen.
COMPARE = """async (properties) => {
  const elements = [...document.querySelectorAll("*")];
  const values = style => properties.map(p => style.getPropertyValue(p)).join("\\u0001");
  const pseudo = (el, which) => {
    const style = getComputedStyle(el, which);
    const content = style.getPropertyValue("content");
    return content === "none" || content === "normal" ? "" : values(style);
  };
  // Transitions a resize or a switch started jump to their end, and fonts in use load, before a read.
  const settle = async () => {
    document.body.getBoundingClientRect();
    for (const animation of document.getAnimations()) { try { animation.finish(); } catch (endless) {} }
    await document.fonts.ready;
  };
  const read = () => elements.map(el => {
    const style = getComputedStyle(el);
    if (!el.getClientRects().length && style.getPropertyValue("display") !== "contents") return "";
    const box = el.getBoundingClientRect();
    const where = [box.x, box.y, box.width, box.height].map(n => n.toFixed(1)).join(" ");
    return [where, values(style), pseudo(el, "::before"), pseudo(el, "::after")].join("\\u0002");
  });
  await settle();
  const first = read();
  window.tbWhole = !window.tbWhole;
  window.tbUseWhole(window.tbWhole);
  await settle();  // a font face only this state uses loads before it is read
  const second = read();
  const [cut, whole] = window.tbWhole ? [first, second] : [second, first];
  const describe = el => {
    const parts = [];
    for (let e = el; e && parts.length < 4; e = e.parentElement) {
      if (e.id) { parts.unshift(e.localName + "#" + e.id); break; }
      parts.unshift(e.localName + [...e.classList].slice(0, 3).map(c => "." + c).join(""));
    }
    return parts.join(" > ");
  };
  const named = text => {
    if (!text) return new Map([["box", "none (not rendered)"]]);
    const [box, own, before, after] = text.split("\\u0002");
    const map = new Map([["box", box]]);
    [["", own], ["::before ", before], ["::after ", after]].forEach(([prefix, list]) => {
      if (!list) { if (prefix) map.set(prefix + "content", "none"); return; }
      list.split("\\u0001").forEach((value, i) => map.set(prefix + properties[i], value));
    });
    return map;
  };
  const differences = [];
  elements.forEach((el, i) => {
    if (cut[i] === whole[i]) return;
    if (!cut[i] || !whole[i]) {  // shown one way, not the other: its box says it all
      differences.push({element: describe(el), property: "box", whole: named(whole[i]).get("box"),
                        cut: named(cut[i]).get("box")});
      return;
    }
    const [before, after] = [named(whole[i]), named(cut[i])];
    for (const name of new Set([...before.keys(), ...after.keys()])) {
      if (before.get(name) !== after.get(name)) {
        differences.push({element: describe(el), property: name, whole: before.get(name) ?? "(not set)",
                          cut: after.get(name) ?? "(not set)"});
      }
    }
  });
  return {elements: elements.length, differences};
}"""


def serve_whole_sheets(context, originals: Path) -> None:
    """Answer every request that carries the query mark with the whole file of that address."""

    def fulfil(route):
        relative = urlparse(route.request.url).path.lstrip("/")
        route.fulfill(path=originals / relative, content_type="text/css; charset=utf-8")

    context.route(re.compile(rf"[?&]{UNCUT}=1"), fulfil)


def add_whole_sheets(page, names: list[str]) -> list[str]:
    """Give the loaded page the whole twin of each cut sheet; returns the addresses of the cut ones."""
    return page.evaluate(ADD_WHOLE_SHEETS, [names, UNCUT])


def differences(page, state: str) -> list[str]:
    """What differs between the cut and the whole sheets in the page as it is now, one line per element and property."""
    result = page.evaluate(COMPARE, PROPERTIES)
    assert result["elements"] > 0
    return [
        f"{state}: {d['element']}: {d['property']}: {d['whole']!r} with the whole sheets, {d['cut']!r} cut"
        for d in result["differences"]
    ]
