"""Shared fixtures. Unit and widget tests read a small fixture data folder, so
they test the engine itself and do not change when chapter content does."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_DATA = ROOT / "tests" / "fixtures" / "data"


@pytest.fixture
def fixture_data(monkeypatch) -> Path:
    monkeypatch.setenv("THERAPYBOOK_DATA", str(FIXTURE_DATA))
    return FIXTURE_DATA
