"""What an adopter reads before putting the book in a syllabus: two licence files that say what each covers and
what neither does, the official legal code, and package metadata that names the code's licence."""

from __future__ import annotations

import hashlib
import re
import tomllib
from importlib.metadata import metadata

from therapybook.core.errors import PROJECT_ROOT
from therapybook.edition import AUTHORS, CODE_LICENCE_SPDX, CONTENT_LICENCE, edition

PYPROJECT = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# The official plain-text legal code (https://creativecommons.org/licenses/by/4.0/legalcode.txt), byte for byte:
# a reflowed or "tidied" copy is no longer the licence's own words.
CC_BY_LEGAL_CODE_SHA256 = "7e7170e3cebf88a9f60c7b8421418323c09304da1af4d5e90f4da1dc1c8a2661"
LEGAL_CODE_STARTS = "Attribution 4.0 International\n"
MIT_GRANT = (
    "Permission is hereby granted, free of charge, to any person obtaining a copy\n"
    'of this software and associated documentation files (the "Software"), to deal\n'
    "in the Software without restriction"
)


def read(name: str) -> str:
    path = PROJECT_ROOT / name
    assert path.is_file(), f"{name} is missing"
    return path.read_text(encoding="utf-8")


def scope(licence_text: str) -> str:
    """The project's own words at the top of a licence file: what it covers and what it does not."""
    return licence_text.split("\n-----\n", 1)[0]


def test_the_code_licence_is_mit_and_says_what_it_covers():
    text = read("LICENSE")
    assert "MIT License" in text and MIT_GRANT in text
    assert f"Copyright (c) 2026 {AUTHORS}" in text
    covers = scope(text)
    for part in ("therapybook/", "scripts/", "tests/", "code cells"):
        assert part in covers, f"LICENSE does not say it covers {part}"
    for elsewhere in ("LICENSE-CONTENT", CONTENT_LICENCE, "PHQ-9"):
        assert elsewhere in covers, f"LICENSE does not point to {elsewhere}"


def test_the_content_licence_is_the_official_cc_by_legal_code():
    text = read("LICENSE-CONTENT")
    assert LEGAL_CODE_STARTS in text, "LICENSE-CONTENT does not hold the CC BY 4.0 legal code"
    legal_code = text[text.index(LEGAL_CODE_STARTS) :]
    assert hashlib.sha256(legal_code.encode("utf-8")).hexdigest() == CC_BY_LEGAL_CODE_SHA256, (
        "the CC BY 4.0 legal code in LICENSE-CONTENT differs from the official text"
    )


def test_the_content_licence_says_what_it_covers_and_what_it_does_not():
    covers, not_covered = scope(read("LICENSE-CONTENT")).split("What this licence does not cover", 1)
    for part in ("notebooks/", "book/", "instructor/", "data/quiz/", "data/evidence/", "figures", "answer keys"):
        assert part in covers, f"LICENSE-CONTENT does not say it covers {part}"
    assert "therapybook export" in covers, "LICENSE-CONTENT does not say it covers the exported quizzes"
    for owned_by_others in ("LICENSE", "PHQ-9", "Pfizer", "Metapsy", "ODC-By", "references.bib", "their owners"):
        assert owned_by_others in not_covered, f"LICENSE-CONTENT does not set aside {owned_by_others}"


def test_every_path_the_licences_name_exists():
    """A folder that moves must take its licence line with it."""
    named: set[str] = set()
    for name in ("LICENSE", "LICENSE-CONTENT"):
        named |= set(re.findall(r"(?<![\w/.:-])((?:[\w.-]+/)+[\w.-]*)", scope(read(name))))
    assert len(named) > 10, f"the licence files name too few paths: {sorted(named)}"
    missing = sorted(path for path in named if not (PROJECT_ROOT / path).exists())
    assert missing == [], f"the licence files name paths that do not exist: {missing}"


def test_the_content_licence_gives_the_attribution_the_footer_shows():
    """LICENSE-CONTENT shows the line with placeholders; filled in, it is edition().attribution, word for word."""
    template = re.search(r"^ +(“.*<version>.*)$", scope(read("LICENSE-CONTENT")), re.M)
    assert template, "LICENSE-CONTENT has no suggested attribution with <version> and <date>"
    current = edition()
    filled = template.group(1).replace("<version>", current.version).replace("<date>", current.date)
    assert filled == current.attribution


def test_the_readme_gives_the_attribution_the_footer_shows():
    readme = read("README.md")
    assert "\n## Licence and attribution\n" in readme, "README.md has no 'Licence and attribution' section"
    section = readme.split("\n## Licence and attribution\n", 1)[1].split("\n## ", 1)[0]
    quoted = " ".join(line.removeprefix(">").strip() for line in section.splitlines() if line.startswith(">"))
    assert quoted == edition().attribution, "README.md: 'Licence and attribution' does not quote edition().attribution"


def test_pyproject_names_the_code_licence_as_an_spdx_expression():
    assert PYPROJECT.get("license") == CODE_LICENCE_SPDX
    assert "LICENSE" in PYPROJECT["license-files"]
    for pattern in PYPROJECT["license-files"]:
        assert list(PROJECT_ROOT.glob(pattern)), f"license-files names {pattern}, which matches no file"
    # Licence classifiers are superseded by the expression; setuptools refuses a project that has both.
    assert not [c for c in PYPROJECT.get("classifiers", []) if c.startswith("License ::")]


def test_the_installed_package_carries_its_licence():
    """What `make` installed (pip shows this): the expression and the licence file, not an empty field."""
    installed = metadata("therapybook")
    assert installed["License-Expression"] == CODE_LICENCE_SPDX, "reinstall with `make` (pyproject.toml changed)"
    assert "LICENSE" in (installed.get_all("License-File") or [])
    assert installed["Version"] == PYPROJECT["version"]
