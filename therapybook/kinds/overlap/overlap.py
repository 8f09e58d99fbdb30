"""What a standardised mean difference g means in plain numbers, for two normal curves one g apart. Pure logic.

- probability of superiority: the chance that a random person from the therapy group does better than a
  random person from the comparison group, Φ(g/√2);
- Cohen's U3: the share of the therapy group above the comparison group's average, Φ(g);
- overlap: the area the two curves share, 2Φ(−|g|/2).
"""

from __future__ import annotations

import math

from .model import HIGHEST, LOWEST, STEP

WIDTH, HEIGHT, TOP = 400, 150, 10
X_FROM, X_TO = -3.5, 3.5 + HIGHEST
POINTS = 71


def normal_cdf(x: float) -> float:
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


def percent(share: float) -> int:
    # Halves round up, as the page script's Math.round does (Python's round() would go to even).
    return math.floor(100 * share + 0.5)


def numbers(g: float) -> dict[str, int]:
    return {
        "superiority": percent(normal_cdf(g / math.sqrt(2))),
        "u3": percent(normal_cdf(g)),
        "overlap": percent(2 * normal_cdf(-abs(g) / 2)),
    }


def summary(g: float) -> str:
    n = numbers(g)
    return (
        f"g = {g:.2f}. Pick one person at random from each group: the one who had therapy does better "
        f"{n['superiority']}% of the time (50% would be a coin toss). {n['u3']}% of the therapy group end up "
        f"better than the average person in the comparison group (Cohen's U3). The two curves share "
        f"{n['overlap']}% of their area."
    )


def curve_path(centre: float) -> str:
    """An SVG path of a normal curve centred at ``centre`` (in standard deviations) on the shared axis."""
    peak = 1 / math.sqrt(2 * math.pi)
    parts = []
    for i in range(POINTS):
        x = X_FROM + (X_TO - X_FROM) * i / (POINTS - 1)
        density = math.exp(-((x - centre) ** 2) / 2) / math.sqrt(2 * math.pi)
        px = WIDTH * i / (POINTS - 1)
        py = HEIGHT - (HEIGHT - TOP) * density / peak
        parts.append(f"{'M' if i == 0 else 'L'}{px:.1f},{py:.1f}")
    return " ".join(parts)


def slider_values() -> list[float]:
    return [round(LOWEST + STEP * i, 2) for i in range(round((HIGHEST - LOWEST) / STEP) + 1)]
