"""A writable copy of the fixture assessment pool (tests/fixtures/pool/), with its practice bank in a copy of the
fixture data folder, for the pool engine's tests: they change one thing in a file and read the message."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NAME = "02_sample"


class PoolFolder:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"
        self.assessment = root / "assessment"

    def pool_file(self, name: str = NAME) -> Path:
        return self.assessment / "pool" / f"{name}.yml"

    def case_file(self, name: str = NAME) -> Path:
        return self.assessment / "cases" / f"{name}.yml"

    def read(self, path: Path) -> Any:
        return yaml.safe_load(path.read_text(encoding="utf-8"))

    def write(self, path: Path, content: Any) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")

    def questions(self) -> dict[str, dict[str, Any]]:
        return {q["id"]: q for q in self.read(self.pool_file())["questions"]}

    def change_pool(self, change: Any) -> None:
        content = self.read(self.pool_file())
        change(content)
        self.write(self.pool_file(), content)

    def change_cases(self, change: Any) -> None:
        content = self.read(self.case_file())
        change(content)
        self.write(self.case_file(), content)


def make_pool_folder(tmp_path: Path, monkeypatch: Any) -> PoolFolder:
    folder = PoolFolder(tmp_path / "pool-env")
    shutil.copytree(FIXTURES / "data", folder.data)
    shutil.copy(FIXTURES / "pool" / "practice" / f"{NAME}.yml", folder.data / "quiz" / f"{NAME}.yml")
    shutil.copytree(FIXTURES / "pool" / "assessment", folder.assessment)
    monkeypatch.setenv("THERAPYBOOK_DATA", str(folder.data))
    monkeypatch.setenv("THERAPYBOOK_ASSESSMENT", str(folder.assessment))
    return folder
