"""Trial-level evidence: the open Metapsy depression-psyctr database, read, checked and pooled.

Pure logic, no widgets: ``source`` finds or downloads the pinned file, ``reading`` reads and checks
it, ``pooling`` pools per-study effects, ``subgroups`` names the groups a reader can choose.
"""

from __future__ import annotations

from .pooling import Pooled, pool, study_effects
from .reading import read_trials
from .source import ENV_VAR, TrialDataUnavailable, locate

__all__ = ["ENV_VAR", "Pooled", "TrialDataUnavailable", "locate", "pool", "read_trials", "study_effects"]
