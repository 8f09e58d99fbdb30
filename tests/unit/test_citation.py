"""CITATION.cff, which GitHub's "Cite this repository" and reference managers read: valid Citation File Format
1.2.0 (checked against the format's own schema, as `cffconvert --validate` does) and citing this version."""

from __future__ import annotations

import json
import tomllib
from typing import Any

import yaml
from jsonschema import Draft7Validator, FormatChecker

from therapybook.core.errors import PROJECT_ROOT
from therapybook.edition import AUTHORS, CONTENT_LICENCE_SPDX, TITLE, edition

VERSION = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
CFF_SCHEMA = PROJECT_ROOT / "tests" / "fixtures" / "schemas" / "cff-1.2.0.schema.json"


def citation() -> dict[str, Any]:
    path = PROJECT_ROOT / "CITATION.cff"
    assert path.is_file(), "CITATION.cff is missing"
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def schema_errors(cff: dict[str, Any]) -> list[str]:
    validator = Draft7Validator(json.loads(CFF_SCHEMA.read_text(encoding="utf-8")), format_checker=FormatChecker())
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in validator.iter_errors(cff)]


def test_the_citation_cites_this_version():
    cff = citation()
    assert {"cff-version", "message", "title", "authors"} <= cff.keys()
    assert cff["cff-version"] == "1.2.0"
    assert cff["title"] == TITLE
    assert cff["version"] == VERSION
    assert cff["date-released"] == edition().date
    assert [author.get("name") for author in cff["authors"]] == [AUTHORS]
    book = cff["preferred-citation"]
    assert (book["type"], book["title"], book["version"]) == ("book", TITLE, VERSION)
    assert book["date-released"] == edition().date
    assert book["license"] == CONTENT_LICENCE_SPDX


def test_the_citation_is_valid_cff_1_2_0():
    assert schema_errors(citation()) == []


def test_the_schema_check_catches_a_broken_citation():
    broken = {**citation(), "date-released": "3 December 2026", "licence": "MIT"}
    errors = schema_errors(broken)
    assert any("date-released: '3 December 2026' is not a 'date'" in e for e in errors), errors
    assert any("'licence' was unexpected" in e for e in errors), errors
