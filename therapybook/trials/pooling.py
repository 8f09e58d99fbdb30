"""Pool effect sizes: comparisons within a study first, then studies, with a random-effects model.

Within a study: several comparisons (arms, instruments) share participants, so they are not independent.
They are combined into one effect per study by an inverse-variance (generalised least squares) mean that
assumes a correlation of ``WITHIN_STUDY_R`` = 0.5 between any two of them; the mean's standard error
carries that assumption (a correlation of 1 would give no gain from extra comparisons, 0 the full gain).
The chapter also reports what a plain average within each study gives instead (``plain_mean``), because
that choice moves the pooled numbers a little.

Across studies: DerSimonian–Laird random effects (statsmodels' ``combine_effects``), with tau² and I²,
and a 95% prediction interval g ± t(k−2) · sqrt(tau² + se²) for the effect in a new, similar study.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, fields

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.meta_analysis import combine_effects

WITHIN_STUDY_R = 0.5
Z_95 = float(stats.norm.ppf(0.975))


@dataclass(frozen=True)
class Pooled:
    """A pooled Hedges' g over ``k`` studies. Heterogeneity needs two studies and the prediction interval three."""

    k: int
    g: float
    se: float
    low: float
    high: float
    tau2: float | None = None
    i2: float | None = None
    pi_low: float | None = None
    pi_high: float | None = None


class PoolingError(ValueError):
    """Pooling gave a number that is not finite; the message says so in plain words, with what went in."""


def _studies(k: int) -> str:
    return "this 1 study" if k == 1 else f"these {k} studies"


def _finite(pooled: Pooled) -> Pooled:
    """The result, or PoolingError: the page would otherwise print "g = nan"."""
    values = {f.name: getattr(pooled, f.name) for f in fields(pooled)}
    bad = [
        f"{name} = {value}" for name, value in values.items() if isinstance(value, float) and not math.isfinite(value)
    ]
    if bad:
        raise PoolingError(
            f"Pooling {_studies(pooled.k)} gave no finite result ({', '.join(bad)}): each study needs a finite "
            "effect size and a standard error above 0."
        )
    return pooled


def mean_of_correlated(effects: np.ndarray, errors: np.ndarray, r: float = WITHIN_STUDY_R) -> tuple[float, float]:
    """One study's effect and standard error from its comparisons, correlated ``r`` with each other."""
    covariance = r * np.outer(errors, errors)
    np.fill_diagonal(covariance, errors**2)
    weights = np.linalg.solve(covariance, np.ones(len(effects)))
    return float(weights @ effects / weights.sum()), float(np.sqrt(1 / weights.sum()))


def plain_mean(effects: np.ndarray, errors: np.ndarray, r: float = WITHIN_STUDY_R) -> tuple[float, float]:
    """One study's effect as the simple average of its comparisons, with their root-mean-square error.

    The study then counts like one comparison of typical precision; ``r`` is not used.
    """
    return float(np.mean(effects)), float(np.sqrt(np.mean(errors**2)))


Combine = Callable[[np.ndarray, np.ndarray, float], tuple[float, float]]


def study_effects(
    comparisons: pd.DataFrame, r: float = WITHIN_STUDY_R, combine: Combine = mean_of_correlated
) -> pd.DataFrame:
    """One row per study (sorted by name, so results never depend on row order): g, se and year."""
    rows = []
    for study, group in comparisons.groupby("study", sort=True):
        g, se = combine(group[".g"].to_numpy(float), group[".g_se"].to_numpy(float), r)
        rows.append({"study": study, "g": g, "se": se, "year": int(group["year"].min())})
    return pd.DataFrame(rows, columns=["study", "g", "se", "year"])


def pool(effects: np.ndarray, errors: np.ndarray) -> Pooled:
    """Random-effects (DerSimonian–Laird) pooled g with its 95% confidence and prediction intervals."""
    effects, errors = np.asarray(effects, float), np.asarray(errors, float)
    k = len(effects)
    if k == 0:
        raise ValueError("no studies to pool")
    if not (np.isfinite(effects).all() and np.isfinite(errors).all() and (errors > 0).all()):
        raise PoolingError(
            f"Pooling {_studies(k)} gave no finite result: each study needs a finite effect size and a standard "
            f"error above 0 (found g = {effects.tolist()}, se = {errors.tolist()})."
        )
    if k == 1:
        g, se = float(effects[0]), float(errors[0])
        return _finite(Pooled(k=1, g=g, se=se, low=g - Z_95 * se, high=g + Z_95 * se))
    # With no heterogeneity at all (Q = 0), statsmodels divides 0 by 0 for I² and takes the root of a negative
    # random-effects variance; both are replaced below (tau² < 0, I² floored at 0), so its warnings are noise.
    with np.errstate(divide="ignore", invalid="ignore"):
        result = combine_effects(effects, errors**2, method_re="dl", use_t=False)
    g, se, tau2 = float(result.mean_effect_re), float(result.sd_eff_w_re), float(result.tau2)
    if tau2 < 0:
        # statsmodels leaves the DerSimonian–Laird tau² untruncated; the usual estimator sets it to 0,
        # where the random-effects result is the fixed-effect one.
        g, se, tau2 = float(result.mean_effect_fe), float(result.sd_eff_w_fe), 0.0
    i2 = float(result.i2)
    i2 = 0.0 if not math.isfinite(i2) or i2 < 0 else i2
    pi_low = pi_high = None
    if k >= 3:
        spread = float(stats.t.ppf(0.975, k - 2)) * float(np.sqrt(tau2 + se**2))
        pi_low, pi_high = g - spread, g + spread
    return _finite(Pooled(k, g, se, g - Z_95 * se, g + Z_95 * se, tau2, i2, pi_low, pi_high))


def pool_studies(
    comparisons: pd.DataFrame, r: float = WITHIN_STUDY_R, combine: Combine = mean_of_correlated
) -> Pooled | None:
    """Aggregate within studies, then pool; None when no comparison is left."""
    if comparisons.empty:
        return None
    studies = study_effects(comparisons, r, combine)
    return pool(studies["g"].to_numpy(), studies["se"].to_numpy())
