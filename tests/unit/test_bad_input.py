"""Every bad input an author can make becomes one clear error naming the file,
the item and the field: never a bare traceback, never a hang, never data lost."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from toc import ROOT

from therapybook import ActivityPlanner, ContentError, Quiz, TrapSpotter, Walkthrough
from therapybook.__main__ import main
from therapybook.evidence import read_estimates
from therapybook.kinds.planner import load_week

FIXTURE_DATA = ROOT / "tests" / "fixtures" / "data"

HEADER = "day,activity,pleasure,mastery,mood\n"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def message(call) -> str:
    with pytest.raises(ContentError) as caught:
        call()
    return str(caught.value)


# --- files and encodings --------------------------------------------------------------


def test_a_spreadsheet_csv_with_a_byte_order_mark_is_accepted(data):
    write(data / "planner" / "bom.csv", ("\ufeff" + HEADER + "Mon,Walk,7,4,6\n").encode("utf-8"))
    assert [a.activity for a in load_week("bom")] == ["Walk"]


def test_utf16_and_binary_files_are_named_as_such(data):
    write(data / "planner" / "utf16.csv", (HEADER + "Mon,Walk,7,4,6\n").encode("utf-16"))
    assert message(lambda: load_week("utf16")).endswith(
        "planner/utf16.csv: is saved as UTF-16; save it as UTF-8 (in a spreadsheet: 'CSV UTF-8')"
    )
    write(data / "quiz" / "binary.yml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert message(lambda: Quiz.from_file("binary")).endswith(
        "quiz/binary.yml: is not a text file (it contains zero bytes); save it as UTF-8 text"
    )
    write(data / "quiz" / "latin1.yml", "id: latin1\ntitle: Caf\xe9\n".encode("latin-1"))
    assert "quiz/latin1.yml: line 2: is not UTF-8 text" in message(lambda: Quiz.from_file("latin1"))


def test_a_missing_file_and_a_folder_with_the_files_name(data):
    assert "quiz/nope.yml: no such file; the quiz files available are: sample" in message(
        lambda: Quiz.from_file("nope")
    )
    (data / "quiz" / "folder.yml").mkdir()
    assert message(lambda: Quiz.from_file("folder")).endswith("quiz/folder.yml: is a folder, not a file")


@pytest.mark.parametrize("name", ["../references", "../../etc/passwd", "sample.yml", "/tmp/x", "Sample", ""])
def test_content_names_stay_inside_the_data_folder(data, name):
    assert f"'{name}' is not a content name" in message(lambda: Quiz.from_file(name))


def test_an_oversized_file_is_refused_without_reading_it_all(data):
    write(data / "quiz" / "huge.yml", b"# " + b"x" * 2_100_000 + b"\n")
    assert message(lambda: Quiz.from_file("huge")).endswith(
        "quiz/huge.yml: is larger than 2 MB; content files are small text"
    )


# --- CSV --------------------------------------------------------------------------------


def test_a_decimal_comma_that_splits_a_number_is_explained(data):
    write(data / "planner" / "comma.csv", HEADER + "Mon,Walk,7,4,6\nTue,Run,7,4,5,5\n")
    assert message(lambda: load_week("comma")).endswith(
        "planner/comma.csv: line 3: has 6 values but the header has 5 columns (a decimal comma such as 4,5 "
        "splits one number in two; write 4.5, or quote text that has commas)"
    )


def test_a_quoted_decimal_comma_names_the_field_and_the_value(data):
    write(data / "planner" / "quoted.csv", HEADER + 'Mon,Walk,7,4,"5,5"\n')
    assert "planner/quoted.csv: line 2: 'mood' must be a valid integer" in message(lambda: load_week("quoted"))
    assert "(found '5,5')" in message(lambda: load_week("quoted"))
    write(data / "evidence" / "comma.csv", "comparison,ratio,low,high,source\nA vs B,0,69,0.58,0.82,x\n")
    assert "evidence/comma.csv: line 2: has 6 values but the header has 5 columns" in message(
        lambda: read_estimates("comma")
    )


def test_a_semicolon_separated_file_and_wrong_columns(data):
    write(data / "planner" / "semi.csv", "day;activity;pleasure;mastery;mood\nMon;Walk;7;4;6\n")
    assert message(lambda: load_week("semi")).endswith(
        "planner/semi.csv: line 1: columns are separated by ';'; use commas (save as 'CSV UTF-8')"
    )
    write(data / "planner" / "cols.csv", "day,activity,pleasure,mastery,mod\nMon,Walk,7,4,6\n")
    assert message(lambda: load_week("cols")).endswith(
        "planner/cols.csv: line 1: the header must name the columns day, activity, pleasure, mastery, mood; "
        "missing: mood; not known: 'mod'"
    )


def test_a_field_over_the_csv_size_limit(data):
    write(data / "planner" / "long.csv", HEADER + 'Mon,"' + "x" * 200_000 + '",7,4,6\n')
    assert "planner/long.csv: line 2: cannot be read as CSV (field larger than field limit" in message(
        lambda: load_week("long")
    )


def test_an_empty_or_header_only_csv(data):
    write(data / "planner" / "empty.csv", "")
    assert "planner/empty.csv: the file is empty; it needs a header line" in message(lambda: load_week("empty"))
    write(data / "planner" / "header.csv", HEADER)
    assert message(lambda: ActivityPlanner.from_file("header")).endswith(
        "planner/header.csv: has no rows after the header"
    )


# --- YAML ----------------------------------------------------------------------------------


def test_a_duplicated_key_is_rejected_not_silently_dropped(data):
    write(data / "quiz" / "dup.yml", "id: dup\ntitle: First\ntitle: Second\nquestions: []\n")
    assert message(lambda: Quiz.from_file("dup")).endswith(
        "quiz/dup.yml: line 3: the key 'title' appears twice in the same mapping; keep one"
    )


def test_deep_nesting_and_aliases_are_refused(data):
    write(data / "quiz" / "deep.yml", "id: deep\ntitle: " + "[" * 5000 + "]" * 5000 + "\n")
    assert "quiz/deep.yml: line 2: is nested more than 20 levels deep" in message(lambda: Quiz.from_file("deep"))
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nid: bomb\n"
    write(data / "quiz" / "bomb.yml", bomb)
    assert "quiz/bomb.yml: line 2: uses an alias ('*name'); write the value out in full" in message(
        lambda: Quiz.from_file("bomb")
    )


def test_duplicate_lens_option_ids(data):
    path = data / "walkthrough" / "sample_walk.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("- id: clinical", "- id: plain"), encoding="utf-8")
    assert "walkthrough/sample_walk.yml: 'lens' option id 'plain' is used twice" in message(
        lambda: Walkthrough.from_file("sample_walk")
    )


@pytest.mark.parametrize("invisible", ["\u200b\u200b", "\ufeff", "\u00a0 \u3000", "\u2060\u200d"])
def test_a_prompt_of_only_invisible_characters(data, invisible):
    path = data / "quiz" / "sample.yml"
    text = path.read_text(encoding="utf-8").replace('"Which of these is a talk therapy?"', f'"{invisible}"')
    path.write_text(text, encoding="utf-8")
    assert "quiz/sample.yml: question 'q1': 'prompt' must not be empty" in message(lambda: Quiz.from_file("sample"))


# --- trap spotter: the conversion into a quiz -------------------------------------------------


def spotter(data: Path, **changes: str) -> Path:
    path = data / "traps" / "traps_sample.yml"
    text = path.read_text(encoding="utf-8")
    for old, new in changes.items():
        text = text.replace(old.replace("_", " "), new)
    path.write_text(text, encoding="utf-8")
    return path


def test_trap_labels_that_differ_only_in_case(data):
    spotter(data, Mind_reading="mind READING", Catastrophising="Mind Reading")
    assert "traps/traps_sample.yml: trap 'mind-reading': 'label' 'mind READING' is used twice (ignoring case)" in (
        message(lambda: TrapSpotter.from_file("traps_sample"))
    )


def test_a_thought_too_long_for_its_question(data):
    spotter(data, **{"I burnt the toast, so I ruin everything.": "x" * 1990})
    assert "traps/traps_sample.yml: thought 't01': 'text' is too long for its question (at most 1967 characters)" in (
        message(lambda: TrapSpotter.from_file("traps_sample"))
    )


def test_generated_feedback_that_would_be_too_long(data):
    spotter(data, **{"assuming you know what others think": "y" * 1990})
    assert "traps/traps_sample.yml: thought 't01': the feedback made for trap 'mind-reading'" in message(
        lambda: TrapSpotter.from_file("traps_sample")
    )


# --- citations --------------------------------------------------------------------------------


def test_citation_keys_with_capitals_or_a_colon(data):
    bib = data / "references.bib"
    bib.write_text(
        bib.read_text(encoding="utf-8") + "\n@book{Beck:1979,\n  author = {Beck, Aaron T.},\n"
        "  title = {Cognitive Therapy of Depression},\n  year = {1979}\n}\n",
        encoding="utf-8",
    )
    path = data / "quiz" / "sample.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("cite: [cuijpers2021network]", "cite: [Beck:1979]"), encoding="utf-8"
    )
    assert Quiz.from_file("sample").bank.questions[0].cite == ["Beck:1979"]
    path.write_text(
        path.read_text(encoding="utf-8").replace("cite: [Beck:1979]", "cite: [Kroenke:2001]"), encoding="utf-8"
    )
    assert "quiz/sample.yml: question 'q1': 'cite': 'Kroenke:2001' is not in" in message(
        lambda: Quiz.from_file("sample")
    )


def test_a_malformed_bibliography(data):
    (data / "references.bib").write_text("@article{broken,\n  title = {no end\n", encoding="utf-8")
    assert "references.bib: cannot be read as BibTeX" in message(lambda: Quiz.from_file("sample"))


# --- python -m therapybook validate -----------------------------------------------------------


def test_validate_passes_on_the_books_content(capsys, monkeypatch):
    monkeypatch.delenv("THERAPYBOOK_DATA", raising=False)
    assert main(["validate"]) == 0
    assert "content files and their citations in data/references.bib are valid" in capsys.readouterr().out


def test_validate_lists_every_problem_and_exits_non_zero(data, capsys):
    write(data / "quiz" / "dup.yml", "id: dup\ntitle: A\ntitle: B\n")
    write(data / "planner" / "semi.csv", "day;activity\n")
    write(data / "quiz" / "notes.txt", "stray")
    path = data / "walkthrough" / "sample_walk.yml"
    path.write_text(path.read_text(encoding="utf-8").replace('title: "Starting"', 'title: ""'), encoding="utf-8")
    assert main(["validate"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert any(
        line.endswith("quiz/dup.yml: line 3: the key 'title' appears twice in the same mapping; keep one")
        for line in lines
    )
    assert any("planner/semi.csv: line 1: columns are separated by ';'" in line for line in lines)
    assert any("quiz/notes.txt: is not a '.yml' file, so it is never read" in line for line in lines)
    assert any("walkthrough/sample_walk.yml: step 'start': 'title' must not be empty" in line for line in lines)
    assert lines[-1].startswith("4 problem(s) in ")
