"""Moodle GIFT export, read back by an independent parser (pygiftparser, pinned in requirements.txt):
every question, option, right answer, weight and feedback survives, hostile text included."""

from __future__ import annotations

import html
import io
import re

import pytest
from pygiftparser import parser as gift_parser

from therapybook.core.citations import sources_label
from therapybook.export import gift
from therapybook.instructor.catalogue import bank, bank_files
from therapybook.kinds.quiz.model import QuizBank


def unescape(text: str) -> str:
    """GIFT's backslash escapes, then HTML (pygiftparser keeps both as written)."""
    plain = re.sub(r"\\(.)", r"\1", text.strip())
    return html.unescape(plain.replace("<br>", "\n"))


def paragraphs(text: str) -> list[str]:
    return [unescape(p) for p in re.findall(r"<p>(.*?)</p>", text, flags=re.S)]


def parse(quiz: QuizBank) -> list:
    questions = gift_parser.parseFile(io.StringIO(gift.bank_gift(quiz)))
    assert all(q.valid for q in questions), [q.title for q in questions if not q.valid]
    return questions


def check_round_trip(quiz: QuizBank) -> None:
    parsed = parse(quiz)
    assert [q.title for q in parsed] == [f"{quiz.id} {q.id}" for q in quiz.questions]
    for original, read in zip(quiz.questions, parsed, strict=True):
        assert read.cat == f"$course$/top/therapybook/{quiz.id}"
        assert read.markup == "html"
        assert unescape(read.text) == original.prompt
        answers = read.answers.answers
        assert [unescape(a.answer) for a in answers] == [o.text for o in original.options]
        assert [unescape(a.feedback) for a in answers] == [o.feedback for o in original.options]
        explanation = [original.explanation]
        if original.cite:
            explanation.append(f"Sources: {sources_label(original.cite)}")
        assert paragraphs(read.generalFeedback) == explanation
        if original.type == "multiple":
            assert type(read.answers).__name__ == "MultipleChoicesSet"
            right = [a.fraction for a, o in zip(answers, original.options, strict=True) if o.correct]
            wrong = [a.fraction for a, o in zip(answers, original.options, strict=True) if not o.correct]
            assert all(f > 0 for f in right) and sum(right) == pytest.approx(100, abs=0.001)
            assert all(f < 0 for f in wrong)
            if wrong:
                assert sum(wrong) == pytest.approx(-100, abs=0.001)
        else:
            assert type(read.answers).__name__ == "SelectSet"
            assert [a.select for a in answers] == [o.correct for o in original.options]


@pytest.mark.parametrize("file", bank_files(), ids=lambda f: f.name)
def test_every_book_bank_survives_the_round_trip(file):
    check_round_trip(bank(file))


def test_hostile_text_survives_the_round_trip(fixture_data):
    files = {f.name: f for f in bank_files()}
    quiz = bank(files["sample_hostile"])
    check_round_trip(quiz)
    text = gift.bank_gift(quiz)
    assert "<script>" not in text and "&lt;script&gt;" in text, "content is text, never markup"
    assert "~%50%" not in text, "an option that starts with '%' must not read as a weight"


def test_every_fixture_bank_survives_the_round_trip(fixture_data):
    for file in bank_files():
        check_round_trip(bank(file))


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [("a~b", "a\\~b"), ("=", "\\="), ("#", "\\#"), ("{x}", "\\{x\\}"), ("a:b", "a\\:b"), ("\\", "\\\\")],
)
def test_each_special_character_is_escaped(raw, escaped):
    assert gift.escape(raw) == escaped


def test_multiple_answer_weights_are_on_moodles_own_grade_list():
    # Moodle matches imported weights against its list of grades; 1/3 must be written 33.33333.
    from therapybook.export.banks import percent

    assert [percent(100 / n) for n in (1, 2, 3, 6, 7, 9)] == [
        "100",
        "50",
        "33.33333",
        "16.66667",
        "14.28571",
        "11.11111",
    ]
