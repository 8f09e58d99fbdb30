"""Instructors run the README's commands inside the repository: what those commands write must not show up as
changes to commit."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from therapybook.core.errors import PROJECT_ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def ignored(path: str) -> bool:
    checked = subprocess.run(["git", "check-ignore", "--no-index", "-q", path], cwd=PROJECT_ROOT, check=False)
    if checked.returncode not in (0, 1):
        pytest.skip("not a git work tree")
    return checked.returncode == 0


def test_the_readme_example_exports_are_ignored():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    folders = sorted(set(re.findall(r"--out (\S+)", readme)))
    assert folders, "the README has no export command"
    for folder in folders:
        assert ignored(f"{folder}/01_how_therapy_helps.gift"), f"{folder}/ (from the README) is not ignored by git"


def test_the_book_content_is_not_ignored():
    """The rule is narrow: a content folder that happens to share a name stays tracked."""
    for path in ("data/quiz/02_cbt.yml", "therapybook/export/__init__.py", "README.md"):
        assert not ignored(path), f"{path} is ignored by git"
