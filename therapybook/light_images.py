"""Keep the book's charts light: each chart PNG in the built book is stored with a 256-colour palette.

matplotlib writes full-colour PNGs, yet a chart has a few hundred colours (its fills, its text and the
anti-aliased edges between them). Stored with a palette, the same picture is about a third of the bytes, and a
chapter's figures were half of what a phone downloads for the page. A picture with more colours than a chart
has (a photograph) or with transparency is left as it is, so nothing is visibly changed.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from sphinx.application import Sphinx

# A chart's distinct colours, anti-aliasing included, are a few hundred to about 1,200; a photo has many more.
MAX_CHART_COLOURS = 4096
IMAGES = "_images"


def palette_png(data: bytes) -> bytes | None:
    """The PNG with at most 256 colours, or None when it is not an opaque chart or would not get smaller."""
    image = Image.open(io.BytesIO(data))
    if image.mode == "P":
        return None  # a palette already: stored as it is
    if "A" in image.getbands() and image.getchannel("A").getextrema() != (255, 255):
        return None  # transparent somewhere: a palette would lose it
    rgb = image.convert("RGB")
    if rgb.getcolors(MAX_CHART_COLOURS) is None:
        return None  # more colours than a chart: a photo or a gradient
    # No dithering: flat fills stay flat, and only the anti-aliased edges move to a near colour.
    small = rgb.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    small.save(out, format="PNG", optimize=True)
    return out.getvalue() if out.tell() < len(data) else None


def shrink_charts(app: Sphinx, exception: Exception | None) -> None:
    """build-finished: every chart PNG of the built HTML with a palette."""
    if exception is not None or app.builder.format != "html":
        return
    for path in (Path(app.outdir) / IMAGES).glob("*.png"):
        smaller = palette_png(path.read_bytes())
        if smaller is not None:
            path.write_bytes(smaller)
