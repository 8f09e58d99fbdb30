"""Printable answer keys (python -m therapybook answer-keys), as pypdf reads the PDFs back: one per chapter, with
every question of every bank the chapter shows, its options lettered A, B, C... in the order students see them,
the right letters marked, and nothing in a bank turned into markup."""

from __future__ import annotations

import re
from pathlib import Path
from string import ascii_uppercase

import pytest
from pypdf import PdfReader

from therapybook.__main__ import main
from therapybook.instructor.answer_keys import key_pdf
from therapybook.instructor.catalogue import Chapter, bank, banks_of_chapter, chapters
from therapybook.kinds.quiz.order import as_shown

CHAPTERS = chapters()
MARK = "✓"


def squashed(text: str) -> str:
    """Text without spaces or line breaks (pypdf breaks lines where the page did), ligatures spelled out."""
    for ligature, letters in {"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl"}.items():
        text = text.replace(ligature, letters)
    return re.sub(r"\s+", "", text)


def pdf_text(pdf: bytes | Path) -> str:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    import io

    return squashed(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def after(text: str, wanted: str, start: int, where: str) -> int:
    """Where ``wanted`` ends, found at or after ``start`` (so the key's order is checked too)."""
    found = text.find(squashed(wanted), start)
    assert found >= 0, f"{where}: not on paper after position {start}: {wanted!r}"
    return found + len(squashed(wanted))


@pytest.fixture(scope="module")
def keys(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("keys")
    assert main(["answer-keys", "--out", str(out)]) == 0
    return out


def test_one_pdf_per_chapter(keys):
    assert sorted(p.name for p in keys.iterdir()) == sorted(f"{c.name}-answer-key.pdf" for c in CHAPTERS)


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.name for c in CHAPTERS])
def test_every_question_is_lettered_as_shown_with_the_right_letters_marked(keys, chapter):
    text = pdf_text(keys / f"{chapter.name}-answer-key.pdf")
    position = after(text, f"Answer key: {chapter.title}", 0, chapter.name)
    files = banks_of_chapter(chapter.name)
    assert files, "a chapter key holds at least the chapter's own quiz"
    for file in files:
        shown = as_shown(bank(file))  # the order students see, computed here, not by the key's own code
        position = after(text, shown.title, position, file.name)
        for number, question in enumerate(shown.questions, start=1):
            where = f"{file.name} {question.id}"
            position = after(text, f"Question {number}. {question.prompt}", position, where)
            for letter, option in zip(ascii_uppercase, question.options, strict=False):
                position = after(text, f"{letter}. {option.text}", position, where)
                marked = text.startswith(MARK, position)
                assert marked == option.correct, f"{where}: option {letter} marked {marked}, right {option.correct}"
            right = ", ".join(L for L, o in zip(ascii_uppercase, question.options, strict=False) if o.correct)
            position = after(text, f"Answer: {right}", position, where)


def test_a_key_never_replaces_a_file_unless_asked(tmp_path, capsys):
    (tmp_path / "02_cbt-answer-key.pdf").write_bytes(b"an instructor's own notes")
    with pytest.raises(SystemExit) as stopped:
        main(["answer-keys", "--out", str(tmp_path), "--chapters", "02_cbt,04_mbct"])
    assert stopped.value.code == 2
    assert "1 file(s) already in" in capsys.readouterr().err
    assert (tmp_path / "02_cbt-answer-key.pdf").read_bytes() == b"an instructor's own notes"
    assert not (tmp_path / "04_mbct-answer-key.pdf").exists(), "nothing is written when one file is in the way"
    assert main(["answer-keys", "--out", str(tmp_path), "--chapters", "02_cbt", "--force"]) == 0
    assert (tmp_path / "02_cbt-answer-key.pdf").read_bytes().startswith(b"%PDF")


def test_an_unknown_chapter_is_named_with_the_chapters_there_are(tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["answer-keys", "--out", str(tmp_path), "--chapters", "02_cbt,2_cbt"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "no chapter named 2_cbt; the chapters are 01_how_therapy_helps, 02_cbt" in err
    assert not any(tmp_path.iterdir())


def test_markup_in_a_bank_prints_as_text(fixture_data):
    hostile = Chapter("sample_hostile", 1, "Hostile <i>title</i>", ("Explain.",), "10 minutes", (), ())
    text = pdf_text(key_pdf(hostile))
    assert squashed("Answer key: Hostile <i>title</i>") in text
    assert squashed("Which is right? <b>x</b>&amp; ~ = # { } :") in text
    assert squashed("Choose all that apply: a & b < c > d") in text
