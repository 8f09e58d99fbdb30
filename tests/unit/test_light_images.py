"""Chart PNGs stored with a palette (therapybook/light_images.py): smaller, and the same picture to the eye."""

from __future__ import annotations

import io
import random

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from PIL import Image, ImageChops, ImageStat

from therapybook.light_images import palette_png


def chart_png() -> bytes:
    figure, axes = plt.subplots(figsize=(7, 4))
    axes.bar(["CBT", "BA", "IPT", "Usual care"], [0.7, 0.6, 0.6, 0.2], color=["#0072B2", "#E69F00", "#009E73", "#999"])
    axes.set_title("Effect size by therapy (made-up numbers)")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    plt.close(figure)
    return buffer.getvalue()


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_chart_gets_much_smaller_and_looks_the_same():
    original = chart_png()
    smaller = palette_png(original)
    assert smaller is not None and len(smaller) < 0.6 * len(original), "a chart should shrink by far"
    before = Image.open(io.BytesIO(original)).convert("RGB")
    after = Image.open(io.BytesIO(smaller))
    assert after.mode == "P" and after.size == before.size
    difference = ImageStat.Stat(ImageChops.difference(before, after.convert("RGB")))
    assert max(difference.mean) < 0.5, f"the picture changed: mean difference {difference.mean}"


def test_a_palette_image_is_left_as_it_is():
    smaller = palette_png(chart_png())
    assert smaller is not None and palette_png(smaller) is None


def test_transparency_and_photographs_are_left_as_they_are():
    see_through = Image.new("RGBA", (40, 40), (255, 255, 255, 0))
    assert palette_png(png(see_through)) is None, "a palette would lose the transparency"
    noise = random.Random(1)
    photo = Image.new("RGB", (120, 120))
    photo.putdata([tuple(noise.randrange(256) for _ in range(3)) for _ in range(120 * 120)])  # type: ignore[misc]
    assert palette_png(png(photo)) is None, "more colours than a chart has: a palette would show"
