"""``python -m therapybook export``: one file per bank, chapters by name, and a one-line message
with exit code 2 (never a traceback) for a bad format, an unknown chapter or a folder it cannot write."""

from __future__ import annotations

import subprocess
import sys

import pytest
from toc import ROOT

from therapybook.__main__ import main
from therapybook.instructor.catalogue import bank_files, chapter_names


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "therapybook", "export", *args], capture_output=True, text=True, cwd=ROOT
    )


def fails_cleanly(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert words in last, result.stderr


@pytest.mark.parametrize(("format_name", "suffix"), [("gift", ".gift"), ("qti", ".zip")])
def test_every_bank_is_written_once(tmp_path, capsys, format_name, suffix):
    assert main(["export", "--format", format_name, "--out", str(tmp_path / "out")]) == 0
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(f"{f.name}{suffix}" for f in bank_files())
    assert {f"{p.stem}" for p in (ROOT / "data" / "quiz").glob("*.yml")} <= {name[: -len(suffix)] for name in written}
    assert f"Wrote {len(written)} question banks" in capsys.readouterr().out


def test_chapters_choose_the_chapters_banks(tmp_path, capsys):
    main(["export", "--format", "gift", "--out", str(tmp_path), "--chapters", "02_cbt,06_psychodynamic_therapy"])
    written = {p.name for p in tmp_path.iterdir()}
    # Each chapter's own bank, and the quiz-like exercises its notebook shows.
    assert {
        "02_cbt.gift",
        "thinking_traps.gift",
        "06_psychodynamic_therapy.gift",
        "psychodynamic_myths.gift",
    } == written


def test_bad_format_is_refused():
    fails_cleanly(run("--format", "pdf", "--out", "x"), "invalid choice: 'pdf'")


def test_unknown_chapter_names_the_known_ones(tmp_path):
    result = run("--format", "gift", "--out", str(tmp_path), "--chapters", "02_cbt,99_nothing")
    fails_cleanly(result, "unknown chapter '99_nothing'")
    assert all(name in result.stderr for name in chapter_names())
    assert not any(tmp_path.iterdir()), "nothing is written when a chapter is unknown"


def test_a_folder_that_cannot_be_made_is_reported(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder", encoding="utf-8")
    fails_cleanly(run("--format", "qti", "--out", str(blocker / "sub")), "cannot create the folder")
    fails_cleanly(run("--format", "qti", "--out", str(blocker)), "it is a file, not a folder")


def test_an_earlier_export_is_never_replaced_silently(tmp_path):
    assert run("--format", "gift", "--out", str(tmp_path), "--chapters", "01_how_therapy_helps").returncode == 0
    target = tmp_path / "01_how_therapy_helps.gift"
    target.write_text("my edited copy", encoding="utf-8")
    result = run("--format", "gift", "--out", str(tmp_path), "--chapters", "01_how_therapy_helps")
    fails_cleanly(result, "already exists")
    assert "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "my edited copy"
    assert (
        run("--format", "gift", "--out", str(tmp_path), "--chapters", "01_how_therapy_helps", "--force").returncode == 0
    )
    assert target.read_text(encoding="utf-8").startswith("// ")


def test_empty_chapter_list_is_refused(tmp_path):
    fails_cleanly(run("--format", "gift", "--out", str(tmp_path), "--chapters", " , "), "--chapters needs")
