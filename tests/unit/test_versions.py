"""Releases are numbered and dated: the version in pyproject.toml is a dated heading in CHANGELOG.md (so the
footer and every export never say "unreleased" for a released version), above it waits an empty "Unreleased",
and the top of the changelog says how numbers are chosen."""

from __future__ import annotations

import re
import tomllib

import pytest

from therapybook.core.errors import PROJECT_ROOT
from therapybook.edition import AUTHORS, CONTENT_LICENCE, CONTENT_LICENCE_URL, TITLE, Edition, edition, release_date

VERSION = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
CHANGELOG = (PROJECT_ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
RELEASE_HEADING = re.compile(r"(\d+)\.(\d+)\.(\d+) \(\d{4}-\d{2}-\d{2}\)")


def test_the_version_is_semantic():
    assert re.fullmatch(r"\d+\.\d+\.\d+", VERSION), f"pyproject.toml: version {VERSION!r} is not MAJOR.MINOR.PATCH"


def test_the_version_is_a_dated_release_in_the_changelog():
    current = edition()
    assert current.date != "unreleased", (
        f"pyproject.toml says {current.version}, but CHANGELOG.md has no heading "
        f"'## {current.version} (YYYY-MM-DD)'; see CONTRIBUTING.md, 'Cut a release'"
    )
    assert current.label == f"version {current.version} ({current.date})"


def test_the_changelog_keeps_unreleased_work_above_the_newest_release():
    headings = re.findall(r"^## (.+)$", CHANGELOG, re.M)
    assert "Unreleased" in headings, "CHANGELOG.md has no '## Unreleased' heading for work not yet released"
    releases = [h for h in headings if RELEASE_HEADING.fullmatch(h)]
    assert releases, "CHANGELOG.md has no release heading '## <version> (YYYY-MM-DD)'"
    assert headings[headings.index("Unreleased") + 1] == releases[0], "'## Unreleased' is not just above the newest"
    assert releases[0].startswith(f"{VERSION} "), "the newest release is not pyproject.toml's version"
    numbers = [tuple(int(n) for n in RELEASE_HEADING.fullmatch(r).groups()) for r in releases]
    assert numbers == sorted(numbers, reverse=True), "releases are not newest first"


def test_the_changelog_states_the_versioning_rule_at_the_top():
    top = CHANGELOG.split("\n## Unreleased", 1)[0]
    assert "semantic versioning" in top.lower()
    for part in ("major", "minor", "patch"):
        assert f"**{part}**" in top.lower(), f"the rule does not say what makes a {part} release"


@pytest.mark.parametrize(
    ("changelog", "expected"),
    [
        ("## Unreleased\n\n## 1.0.0 (2026-12-03)\n", "2026-12-03"),
        ("## 1.0.0 (2026-12-03)\n", "2026-12-03"),
        ("## 11.0.0 (2027-01-01)\n## 1.0.0 (2026-12-03)\n", "2026-12-03"),
        ("## 1.0.0\n", "unreleased"),
        ("## 1.0.0 (2026-12-03): the first release\n", "unreleased"),
        ("## Unreleased: 1.0.0 (2026-12-03)\n", "unreleased"),
        ("### 1.0.0 (2026-12-03)\n", "unreleased"),
        ("## 1.0.00 (2026-12-03)\n", "unreleased"),
    ],
)
def test_release_date_reads_only_a_release_heading(changelog, expected):
    assert release_date(changelog, "1.0.0") == expected


def test_the_attribution_names_title_version_authors_and_licence():
    assert Edition("2.1.0", "2027-05-01").attribution == (
        f"“{TITLE}”, version 2.1.0 (2027-05-01), by {AUTHORS}, licensed under {CONTENT_LICENCE} "
        f"({CONTENT_LICENCE_URL})."
    )
