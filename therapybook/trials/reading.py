"""Read the Metapsy file (semicolons, decimal commas, "NA") and check the columns the book uses."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .source import TrialDataUnavailable

# The columns the analyses read (names and meanings: metadata/variable_description.json upstream).
COLUMNS = ("study", "condition_arm1", "condition_arm2", ".g", ".g_se", "rob", "year")


class TrialDataError(ValueError):
    """The file was found but is not in the expected shape; the message names what is wrong."""


def read_trials(path: Path) -> pd.DataFrame:
    """One row per comparison, with the columns in ``COLUMNS`` checked and typed."""
    try:
        frame = pd.read_csv(path, sep=";", decimal=",", na_values=["NA"], encoding="utf-8")
    except FileNotFoundError:
        raise TrialDataUnavailable(f"{path}: no such file") from None
    except (UnicodeDecodeError, pd.errors.ParserError) as error:
        raise TrialDataError(f"{path}: cannot be read as the Metapsy CSV format ({error})") from None
    missing = [column for column in COLUMNS if column not in frame.columns]
    if missing:
        raise TrialDataError(f"{path}: missing column(s) {', '.join(missing)}; is this the Metapsy data.csv?")
    for column in (".g", ".g_se", "rob", "year"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    # Pooling needs finite numbers (an infinite effect pools to NaN) and the year orders the studies.
    usable = np.isfinite(frame[".g"]) & np.isfinite(frame[".g_se"]) & (frame[".g_se"] > 0) & frame["year"].notna()
    bad = frame[~usable]
    if len(bad):
        rows = ", ".join(str(i + 2) for i in bad.index[:5])
        raise TrialDataError(
            f"{path}: line(s) {rows}: a finite '.g', a finite positive '.g_se' and a 'year' are needed in every row"
        )
    return frame.drop(columns=[c for c in frame.columns if c.startswith("Unnamed")])
