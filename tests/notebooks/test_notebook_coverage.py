"""No notebook escapes the book or the nbval run, and nbval really compares outputs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from toc import ROOT, toc_files


def notebooks_on_disk() -> set[str]:
    return {p.relative_to(ROOT).with_suffix("").as_posix() for p in (ROOT / "notebooks").glob("*.ipynb")}


def test_every_notebook_is_in_the_toc_and_every_toc_chapter_exists():
    in_toc = {name for name in toc_files() if name.startswith("notebooks/")}
    assert notebooks_on_disk() - in_toc == set(), "notebooks missing from _toc.yml"
    assert in_toc - notebooks_on_disk() == set(), "_toc.yml lists notebooks that do not exist"


def test_the_default_test_run_includes_every_notebook_under_nbval():
    # Exactly what `make test` collects: the configured testpaths and options.
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    collected = {line.split("::")[0] for line in result.stdout.splitlines() if ".ipynb::" in line}
    assert collected == {f"{name}.ipynb" for name in notebooks_on_disk()}


def test_nbval_fails_when_a_stored_output_no_longer_matches(tmp_path):
    source = ROOT / "notebooks" / "01_how_therapy_helps.ipynb"
    notebook = json.loads(source.read_text(encoding="utf-8"))
    quiz_cell = next(c for c in notebook["cells"] if "Quiz.from_file" in "".join(c.get("source", "")))
    data = quiz_cell["outputs"][0]["data"]
    data["text/html"] = "".join(data["text/html"]).replace("Check answer", "Check it")
    changed = tmp_path / "notebooks" / source.name
    changed.parent.mkdir()
    changed.write_text(json.dumps(notebook), encoding="utf-8")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval", "--nbval-current-env", "-q", "-p", "no:cacheprovider",
         "-o", "addopts=", "--rootdir", str(tmp_path), str(changed)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "THERAPYBOOK_DATA": str(ROOT / "data")},
    )
    assert result.returncode == 1, result.stdout[-3000:]
    assert "1 failed" in result.stdout and "Check it" in result.stdout
