"""Fixtures the unit tests share."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURE_DATA = Path(__file__).resolve().parents[1] / "fixtures" / "data"


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    """A writable copy of the fixture data folder, used as the data folder."""
    folder = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, folder)
    monkeypatch.setenv("THERAPYBOOK_DATA", str(folder))
    return folder
