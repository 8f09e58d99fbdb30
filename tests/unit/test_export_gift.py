"""Moodle GIFT export, read back by an independent parser (pygiftparser, pinned in requirements.txt):
every question, option, right answer, weight and feedback survives, hostile text included; true/false
questions are GIFT true/false with both feedbacks; objective tags are unique across banks; every file
says which edition of the book it came from."""

from __future__ import annotations

import html
import io
import re

import pytest
from pygiftparser import parser as gift_parser

from therapybook.core.citations import sources_label
from therapybook.edition import CONTENT_LICENCE, CONTENT_LICENCE_URL, edition
from therapybook.export import gift
from therapybook.instructor.catalogue import bank, bank_files
from therapybook.kinds.quiz.model import Question, QuizBank

# Moodle's own reading of tags in a question's comment lines (qformat_gift::extract_idnumber_and_tags_from_comment):
# "[tag:" then any characters but ], <, > and control characters (an escaped \] is allowed), then "]".
MOODLE_TAG = re.compile(r"\[tag:((?:\\\]|[^\]<>\x00-\x1f\x7f])+)\]")
# Moodle keeps the first 50 characters of a tag (TAG_MAX_LENGTH in lib/setup.php).
MOODLE_TAG_MAX_LENGTH = 50


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
        explanation = [original.explanation]
        if original.cite:
            explanation.append(f"Sources: {sources_label(original.cite)}")
        assert paragraphs(read.generalFeedback) == explanation
        if original.type == "truefalse":
            check_true_false(original, read)
        elif original.type == "multiple":
            assert type(read.answers).__name__ == "MultipleChoicesSet"
            right = [a.fraction for a, o in zip(read.answers.answers, original.options, strict=True) if o.correct]
            wrong = [a.fraction for a, o in zip(read.answers.answers, original.options, strict=True) if not o.correct]
            assert all(f > 0 for f in right) and sum(right) == pytest.approx(100, abs=0.001)
            assert all(f < 0 for f in wrong)
            if wrong:
                assert sum(wrong) == pytest.approx(-100, abs=0.001)
        else:
            assert type(read.answers).__name__ == "SelectSet"
            assert [a.select for a in read.answers.answers] == [o.correct for o in original.options]
        if original.type != "truefalse":
            answers = read.answers.answers
            assert [unescape(a.answer) for a in answers] == [o.text for o in original.options]
            assert [unescape(a.feedback) for a in answers] == [o.feedback for o in original.options]
        assert tags_of(read) == ([expected_tag(quiz, original.objective)] if original.objective else [])


def check_true_false(original: Question, read) -> None:
    """GIFT's true/false form: the answer, then the feedback for a wrong pick, then the one for a right pick."""
    assert type(read.answers).__name__ == "TrueFalseSet", f"{read.title} is not a GIFT true/false question"
    right = next(o for o in original.options if o.correct)
    wrong = next(o for o in original.options if not o.correct)
    assert read.answers.answer is (right.text == "True")
    assert unescape(read.answers.feedbackWrong) == wrong.feedback
    assert unescape(read.answers.feedbackCorrect) == right.feedback


def tags_of(read) -> list[str]:
    """The tags Moodle would read from the question's own comment lines."""
    comments = "\n".join(line for line in read.full.splitlines() if line.strip().startswith("//"))
    return [tag.strip() for tag in MOODLE_TAG.findall(comments)]


def expected_tag(quiz: QuizBank, objective: str) -> str:
    """A chapter's bank ("02_cbt") tags with its chapter ("ch02-"); any other bank with its own id."""
    prefix = f"ch{quiz.id[:2]}" if re.match(r"^\d\d_", quiz.id) else quiz.id
    return f"{prefix}-{objective}"


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


def test_true_false_questions_are_gift_true_false_with_both_feedbacks():
    books = [bank(file) for file in bank_files()]
    true_false = [(quiz, q) for quiz in books for q in quiz.questions if q.type == "truefalse"]
    assert true_false, "the book's banks have true/false questions"
    read = {q.title: q for quiz in books for q in parse(quiz)}
    for quiz, question in true_false:
        check_true_false(question, read[f"{quiz.id} {question.id}"])


def test_hostile_true_false_feedback_keeps_moodle_reading_true_false(fixture_data):
    quiz = bank(next(f for f in bank_files() if f.name == "sample_hostile"))
    text = gift.bank_gift(quiz)
    block = text[text.index("::sample_hostile h3::") :].split("\n}", 1)[0]
    answers = block[block.index("{") + 1 :]
    # Moodle reads any unescaped '~' in the answer block as multiple choice, and needs TRUE/FALSE before the first '#'.
    assert not re.search(r"(?<!\\)~", answers), answers
    assert answers.split("#", 1)[0].strip() == "TRUE"


def test_objective_tags_never_collide_across_banks_and_fit_moodle():
    owners: dict[str, set[tuple[str, str]]] = {}
    for file in bank_files():
        quiz = bank(file)
        for question, read in zip(quiz.questions, parse(quiz), strict=True):
            for tag in tags_of(read):
                owners.setdefault(tag, set()).add((quiz.id, question.objective or ""))
    shared = {tag: sorted(pairs) for tag, pairs in owners.items() if len(pairs) > 1}
    assert not shared, f"one tag for objectives of different banks: {shared}"
    too_long = [tag for tag in owners if len(tag) > MOODLE_TAG_MAX_LENGTH]
    assert not too_long, f"Moodle would cut these tags to {MOODLE_TAG_MAX_LENGTH} characters: {too_long}"
    assert "ch02-cognitive-model" in owners


def test_every_file_says_which_edition_it_came_from():
    current = edition()
    for file in bank_files():
        quiz = bank(file)
        text = gift.bank_gift(quiz)
        header = text.split("$CATEGORY:", 1)[0].splitlines()
        assert header and all(line.startswith("// ") for line in header), header
        said = "\n".join(header)
        assert current.label in said and quiz.id in said
        assert f"{CONTENT_LICENCE} ({CONTENT_LICENCE_URL})" in said
        assert f"// Attribution: {current.attribution}" in header
        # The header is a comment: Moodle (and pygiftparser) still read the same questions and category.
        assert [q.cat for q in parse(quiz)] == [f"$course$/top/therapybook/{quiz.id}"] * len(quiz.questions)


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
