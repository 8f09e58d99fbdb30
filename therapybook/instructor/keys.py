"""The answer key of a bank, generated from the bank itself: each question, every option marked
right or wrong with its feedback, the explanation and the sources. Only the instructor edition
shows it (see directives.py)."""

from __future__ import annotations

from docutils import nodes

from ..core.citations import sources_label
from ..kinds.quiz.model import Question, QuizBank
from .parts import bullets, para, section, strong

KEY_CLASS = "tb-answer-key"
RIGHT_CLASS = "tb-key-right"
WRONG_CLASS = "tb-key-wrong"
TYPE_LABELS = {"single": "one answer", "multiple": "choose all that apply", "truefalse": "true or false"}
# Told by word and symbol, never by colour alone.
MARKS = {True: ("✓ Right", RIGHT_CLASS), False: ("✗ Wrong", WRONG_CLASS)}


def question_key(quiz: QuizBank, question: Question, number: int) -> nodes.container:
    box = nodes.container(classes=["tb-key-question"], ids=[f"key-{quiz.id}-{question.id}"])
    facts = f"{question.id} · {TYPE_LABELS[question.type]}"
    if question.objective:
        facts += f" · objective: {question.objective}"
    box += para(strong(f"Question {number}"), f" ({facts})")
    box += para(question.prompt)
    options = []
    for option in question.options:
        mark, css = MARKS[option.correct]
        options.append([para(strong(mark), ": ", option.text, classes=[css]), para(option.feedback)])
    box += bullets(options)
    box += para(strong("Explanation: "), question.explanation)
    sources = sources_label(question.cite)
    if sources:
        box += para(strong("Sources: "), sources)
    return box


def bank_key(quiz: QuizBank, where: str) -> nodes.section:
    """One bank's key as a section; ``where`` says which chapter shows it."""
    result = section(f"Answer key: {quiz.title}", f"key-{quiz.id}", classes=[KEY_CLASS])
    right = sum(len(q.correct_indices) for q in quiz.questions)
    result += para(f"Bank '{quiz.id}' ({where}): {len(quiz.questions)} questions, {right} right options in all.")
    for number, question in enumerate(quiz.questions, start=1):
        result += question_key(quiz, question, number)
    return result
