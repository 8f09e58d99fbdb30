"""``python -m therapybook export``: one file per bank, chapters by name, and a one-line message
with exit code 2 (never a traceback) for a bad format, an unknown chapter, a folder it cannot write or a
Canvas option it cannot use; Canvas quizzes are graded unless asked otherwise; every file names its edition."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import zipfile
from dataclasses import dataclass

import pytest
from toc import ROOT

from therapybook.__main__ import main
from therapybook.edition import CONTENT_LICENCE_URL, edition
from therapybook.instructor.catalogue import bank_files, chapter_names


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def run(*args: str) -> Result:
    """The export command in this process, as the shell would see it: exit code, output and error text.

    In-process rather than a new `python -m` each time (a second per call, minutes in all); any exception that
    escaped would fail the test here, where a shell would print a traceback. One test below runs the real
    command in a subprocess, to show that path ends the same way."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["export", *args])
        except SystemExit as exit:  # argparse refuses bad options by exiting with 2
            code = exit.code if isinstance(exit.code, int) else 1
    return Result(code, out.getvalue(), err.getvalue())


def fails_cleanly(result: Result | subprocess.CompletedProcess[str], words: str) -> None:
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


def test_the_real_command_refuses_with_a_message_and_exit_code_2(tmp_path):
    command = [sys.executable, "-m", "therapybook", "export", "--format", "gift", "--out", str(tmp_path / "out")]
    result = subprocess.run([*command, "--chapters", "99_nothing"], capture_output=True, text=True, cwd=ROOT)
    fails_cleanly(result, "unknown chapter '99_nothing'")


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


# --- Canvas quiz type and points ----------------------------------------------------------------------------------


def canvas_meta(path) -> str:
    archive = zipfile.ZipFile(path)
    return archive.read(next(n for n in archive.namelist() if n.endswith("assessment_meta.xml"))).decode("utf-8")


@pytest.mark.parametrize(
    ("options", "quiz_type", "points"),
    [
        ([], "assignment", "15"),
        (["--graded"], "assignment", "15"),
        (["--practice"], "practice_quiz", "15"),
        (["--quiz-type", "graded_survey", "--points", "2.5"], "graded_survey", "37.5"),
        (["--points", "2"], "assignment", "30"),
    ],
)
def test_qti_quizzes_are_graded_unless_asked_otherwise(tmp_path, capsys, options, quiz_type, points):
    assert main(["export", "--format", "qti", "--out", str(tmp_path), "--chapters", "02_cbt", *options]) == 0
    meta = canvas_meta(tmp_path / "02_cbt.zip")
    assert f"<quiz_type>{quiz_type}</quiz_type>" in meta
    assert f"<points_possible>{points}</points_possible>" in meta  # 02_cbt has 15 questions
    assert f"Quiz type {quiz_type} (" in capsys.readouterr().out


@pytest.mark.parametrize("value", ["abc", "0", "-1", "inf", "nan", "1001"])
def test_points_that_are_not_a_positive_number_are_refused(tmp_path, value):
    result = run("--format", "qti", "--out", str(tmp_path), "--points", value)
    fails_cleanly(result, "argument --points:")
    assert f"'{value}'" in result.stderr
    assert not any(tmp_path.iterdir())


def test_two_quiz_types_at_once_are_refused(tmp_path):
    fails_cleanly(run("--format", "qti", "--out", str(tmp_path), "--graded", "--practice"), "not allowed with")
    fails_cleanly(
        run("--format", "qti", "--out", str(tmp_path), "--practice", "--quiz-type", "assignment"), "not allowed with"
    )
    fails_cleanly(run("--format", "qti", "--out", str(tmp_path), "--quiz-type", "survey"), "invalid choice: 'survey'")


@pytest.mark.parametrize(("options", "named"), [(["--points", "2"], "--points"), (["--graded"], "--quiz-type")])
def test_canvas_options_with_gift_are_refused(tmp_path, options, named):
    result = run("--format", "gift", "--out", str(tmp_path), *options)
    fails_cleanly(result, named)
    assert "--format qti" in result.stderr
    assert not any(tmp_path.iterdir())


def test_an_earlier_canvas_export_is_never_replaced_silently(tmp_path):
    assert run("--format", "qti", "--out", str(tmp_path), "--chapters", "02_cbt", "--practice").returncode == 0
    before = (tmp_path / "02_cbt.zip").read_bytes()
    fails_cleanly(run("--format", "qti", "--out", str(tmp_path), "--chapters", "02_cbt", "--graded"), "already exists")
    assert (tmp_path / "02_cbt.zip").read_bytes() == before
    assert run("--format", "qti", "--out", str(tmp_path), "--chapters", "02_cbt", "--graded", "--force").returncode == 0
    assert "<quiz_type>assignment</quiz_type>" in canvas_meta(tmp_path / "02_cbt.zip")


@pytest.mark.parametrize("format_name", ["gift", "qti"])
def test_every_file_an_export_writes_says_which_edition_it_is(tmp_path, capsys, format_name):
    assert main(["export", "--format", format_name, "--out", str(tmp_path)]) == 0
    current = edition()
    for path in sorted(tmp_path.iterdir()):
        if format_name == "gift":
            texts = {path.name: path.read_text(encoding="utf-8")}
        else:
            archive = zipfile.ZipFile(path)
            texts = {f"{path.name}/{name}": archive.read(name).decode("utf-8") for name in archive.namelist()}
        for name, text in texts.items():
            assert current.label in text and current.attribution in text, name
            assert CONTENT_LICENCE_URL in text, name
