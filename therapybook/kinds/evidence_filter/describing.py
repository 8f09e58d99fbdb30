"""One sentence for a pooled result, the same in the notebook and on the page (the page shows the stored
sentence, so there is no second implementation to keep in step). Pure logic."""

from __future__ import annotations

from .model import FilterResult


def signed(value: float) -> str:
    # A real minus sign reads better than a hyphen, and "-0.00" never appears.
    text = f"{value:.2f}"
    return "0.00" if text == "-0.00" else text.replace("-", "−")


def describe(result: FilterResult | None, empty: str) -> str:
    if result is None:
        return empty
    studies = "1 study" if result.k == 1 else f"{result.k} studies"
    sentence = f"{studies}: g = {signed(result.g)} (95% CI {signed(result.low)} to {signed(result.high)})."
    if result.tau2 is None or result.i2 is None:
        return sentence + " One study cannot show how much results vary between studies."
    sentence += f" Heterogeneity: tau² = {result.tau2:.2f}, I² = {100 * result.i2:.0f}%."
    if result.pi_low is None or result.pi_high is None:
        return sentence + " A prediction interval needs at least 3 studies."
    return sentence + f" 95% prediction interval {signed(result.pi_low)} to {signed(result.pi_high)}."
