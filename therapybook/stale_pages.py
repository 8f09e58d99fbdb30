"""Which notebook pages Sphinx must read again although their files did not change.

Sphinx reads a page again only when its own file changes, but a chapter's outputs also come from this package, from
data/ and, for chapter 13, from whether the trial database is at hand. execution_cache.py empties the execution
cache when any of these changes; without this, the page itself stayed as it was built: chapter 13 kept its offline
notice after the database appeared (and its explorer after it went). The environment Sphinx keeps between builds
records what the pages were made from; a build that finds it changed reads the notebooks that depend on it again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import nbformat

ENV_ATTRIBUTE = "therapybook_made_from"
# evidence_explorer is the one module a chapter imports to read the trial database.
READS_TRIAL_DATA = re.compile(r"\bevidence_explorer\b")


def pages_to_read_again(
    before: Mapping[str, str] | None, now: Mapping[str, str], notebooks: Mapping[str, Path]
) -> set[str]:
    """The notebooks (docname: file) whose outputs may differ from the built page's, given what the pages were
    made from ``before`` (None: not recorded) and ``now`` (execution_cache.made_from)."""
    if before is None or before.get("sources") != now["sources"]:
        return set(notebooks)
    if before.get("trial_data") != now["trial_data"]:
        return {docname for docname, path in notebooks.items() if reads_trial_data(path)}
    return set()


def reads_trial_data(notebook: Path) -> bool:
    cells = nbformat.read(notebook, as_version=4).cells
    return any(cell.cell_type == "code" and READS_TRIAL_DATA.search(cell.source) for cell in cells)
