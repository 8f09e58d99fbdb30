"""Which edition of the book this is, under what licence, and how to credit it: one source for the book's footer,
the instructor edition and every export, so a copied quiz always says where and when it came from.

The version is the project's own (pyproject.toml); its date is the CHANGELOG heading of that version,
`## <version> (YYYY-MM-DD)`. CHANGELOG.md says how versions are numbered; CONTRIBUTING.md how to cut a release.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from .core.errors import PROJECT_ROOT

TITLE = "How psychotherapy helps with depression"
AUTHORS = "The therapybook contributors"
# The text, figures, question banks and data written here (LICENSE-CONTENT says exactly what, and what not).
CONTENT_LICENCE = "CC BY 4.0"
CONTENT_LICENCE_SPDX = "CC-BY-4.0"
CONTENT_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
# The code (LICENSE).
CODE_LICENCE = "MIT"
CODE_LICENCE_SPDX = "MIT"


@dataclass(frozen=True)
class Edition:
    version: str
    date: str  # YYYY-MM-DD, or "unreleased"

    @property
    def label(self) -> str:
        return f"version {self.version} ({self.date})"

    @property
    def attribution(self) -> str:
        """The suggested line for anyone who reuses or adapts the book."""
        return f"“{TITLE}”, {self.label}, by {AUTHORS}, licensed under {CONTENT_LICENCE} ({CONTENT_LICENCE_URL})."


@cache
def edition() -> Edition:
    version = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    changelog = (PROJECT_ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return Edition(version, release_date(changelog, version))


def release_date(changelog: str, version: str) -> str:
    """The date of the release heading `## <version> (YYYY-MM-DD)`, or "unreleased" if there is none."""
    found = re.search(rf"^## {re.escape(version)} \((\d{{4}}-\d{{2}}-\d{{2}})\)[ \t]*$", changelog, re.M)
    return found.group(1) if found else "unreleased"
