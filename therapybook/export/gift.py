"""A question bank as Moodle GIFT: one file per bank, each question in HTML format.

Every text is first escaped as HTML (it is plain text, so ``<b>`` must show as written), then
GIFT's own special characters ``~ = # { } :`` and the backslash are escaped with a backslash.
True/false questions use GIFT's true/false form, ``{TRUE#feedback if wrong#feedback if right}``: Moodle
shows the first feedback to a student who picks the wrong answer and the second to one who picks the
right one, so each option's own feedback still reaches whoever picks it.
"""

from __future__ import annotations

import re

from ..kinds.quiz.model import Question, QuizBank
from .banks import as_html, general_feedback, moodle_weights, paragraphs_html, percent, provenance, title

SUFFIX = ".gift"
SPECIAL = "~=#{}:"
CHAPTER_BANK = re.compile(r"^(\d\d)_")


def gift_html(text: str) -> str:
    """Content as GIFT text in HTML format."""
    return _for_gift(as_html(text))


def _for_gift(html_text: str) -> str:
    # Braces become HTML entities as well: Moodle reads an escaped '}' correctly, but lenient
    # GIFT readers (pygiftparser 1.1 among them) end the answer block at any '}', escaped or not.
    return escape(html_text.replace("{", "&#123;").replace("}", "&#125;"))


def escape(text: str) -> str:
    escaped = text.replace("\\", "\\\\")
    for char in SPECIAL:
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def answer(text: str) -> str:
    """An option's text; a leading '%' would be read as a weight ("%50%"), so it goes in as an HTML entity."""
    if text.startswith("%"):
        return escape("&#37;") + gift_html(text[1:])
    return gift_html(text)


def objective_tag(quiz: QuizBank, objective: str) -> str:
    """The objective as a Moodle tag that no other bank's objective shares: a chapter's bank prefixes it with
    the chapter ("ch02-cognitive-model"), any other bank with its own id ("psychodynamic_myths-myth-sessions").
    The chapter number rather than the bank's full name keeps every tag within the 50 characters Moodle keeps
    of a tag (TAG_MAX_LENGTH); it cuts longer ones off."""
    chapter = CHAPTER_BANK.match(quiz.id)
    return f"{f'ch{chapter.group(1)}' if chapter else quiz.id}-{objective}"


def _answers(question: Question) -> list[str]:
    if question.type == "truefalse":
        right = next(option for option in question.options if option.correct)
        wrong = next(option for option in question.options if not option.correct)
        # GIFT's order: the answer, then the feedback for a wrong pick, then the one for a right pick.
        return [
            "TRUE" if right.text == "True" else "FALSE",
            f"\t#{gift_html(wrong.feedback)}",
            f"\t#{gift_html(right.feedback)}",
        ]
    lines = []
    for option, weight in zip(question.options, moodle_weights(question), strict=True):
        mark = ("=" if option.correct else "~") if question.type != "multiple" else f"~%{percent(weight)}%"
        lines.append(f"\t{mark}{answer(option.text)}#{gift_html(option.feedback)}")
    return lines


def question_gift(quiz: QuizBank, question: Question) -> str:
    lines = []
    if question.objective:
        # Moodle (3.6 and later) reads tags from a comment line just before the question.
        lines.append(f"// [tag:{objective_tag(quiz, question.objective)}]")
    head = f"::{escape(title(quiz, question))}::[html]{gift_html(question.prompt)}{{"
    answers = _answers(question)
    if question.type == "truefalse":
        # TRUE or FALSE must open the answer block: Moodle recognises true/false by its first word.
        head, answers = head + answers[0], answers[1:]
    lines += [head, *answers]
    lines.append(f"\t####{_for_gift(paragraphs_html(general_feedback(question)))}")
    lines.append("}")
    return "\n".join(lines)


def bank_gift(quiz: QuizBank) -> str:
    header = [*(f"// {line}" for line in provenance(quiz)), f"$CATEGORY: $course$/top/therapybook/{quiz.id}"]
    return "\n".join(header) + "\n\n" + "\n\n".join(question_gift(quiz, q) for q in quiz.questions) + "\n"


def file_name(quiz: QuizBank) -> str:
    return f"{quiz.id}{SUFFIX}"


def render(quiz: QuizBank) -> bytes:
    return bank_gift(quiz).encode("utf-8")
