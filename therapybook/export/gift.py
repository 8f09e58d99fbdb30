"""A question bank as Moodle GIFT: one file per bank, each question in HTML format.

Every text is first escaped as HTML (it is plain text, so ``<b>`` must show as written), then
GIFT's own special characters ``~ = # { } :`` and the backslash are escaped with a backslash.
True/false questions are written as two-option multiple choice, so each option keeps its own
feedback (GIFT's true/false form has one note for right and one for wrong).
"""

from __future__ import annotations

from ..kinds.quiz.model import Question, QuizBank
from .banks import as_html, general_feedback, moodle_weights, paragraphs_html, percent, title

SUFFIX = ".gift"
SPECIAL = "~=#{}:"


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


def _one_line(text: str) -> str:
    """For comments: GIFT reads a comment to the end of its line."""
    return " ".join(text.split())


def question_gift(quiz: QuizBank, question: Question) -> str:
    lines = []
    if question.objective:
        # Moodle 4 reads tags from a comment line just before the question.
        lines.append(f"// [tag:{question.objective}]")
    lines.append(f"::{escape(title(quiz, question))}::[html]{gift_html(question.prompt)}{{")
    for option, weight in zip(question.options, moodle_weights(question), strict=True):
        mark = ("=" if option.correct else "~") if question.type != "multiple" else f"~%{percent(weight)}%"
        lines.append(f"\t{mark}{answer(option.text)}#{gift_html(option.feedback)}")
    lines.append(f"\t####{_for_gift(paragraphs_html(general_feedback(question)))}")
    lines.append("}")
    return "\n".join(lines)


def bank_gift(quiz: QuizBank) -> str:
    header = [
        f"// {_one_line(quiz.title)}",
        f"// Exported from the question bank '{quiz.id}' of the open book 'How psychotherapy helps with depression'.",
        f"$CATEGORY: $course$/top/therapybook/{quiz.id}",
    ]
    return "\n".join(header) + "\n\n" + "\n\n".join(question_gift(quiz, q) for q in quiz.questions) + "\n"


def file_name(quiz: QuizBank) -> str:
    return f"{quiz.id}{SUFFIX}"


def render(quiz: QuizBank) -> bytes:
    return bank_gift(quiz).encode("utf-8")
