"""A chapter's pool as Moodle GIFT: one file per chapter, one question category per objective, so an instructor
adds one "random question" from each objective's category and each student gets one of its parallel variants.

Moodle reads a block (lines between blank lines) that starts ``$CATEGORY:`` as "put what follows into this category",
taking the rest of the block, trimmed, as the path, and creating any category on it that is missing
(question/format/gift/format.php ``readquestion``; question/format.php ``create_category_path``, which splits the
path at single slashes, reads ``//`` as a slash inside a name, and needs "Get category from file" ticked on import).
The path is not unescaped as GIFT text is, so it is written without backslashes. Cases are essay questions
(``{####general feedback}``, as Moodle's own GIFT export writes an essay) in a category of their own, with the
marking guide as general feedback: Moodle shows general feedback only when the attempt is reviewed, after
submission, as the quiz's review options allow. GIFT has no field for an essay's grader information.
"""

from __future__ import annotations

from ..export.gift import CHAPTER_BANK, _for_gift, escape, question_gift
from ..kinds.quiz.model import Question, QuizBank
from .check import ChapterPool
from .model import Case
from .texts import CASES, POOL_NAME, case_prompt_html, case_title, chapter_label, marking_guide_html, provenance

SUFFIX = "-pool.gift"
COURSE = "$course$/top"


def category_name(text: str) -> str:
    """One category name in a Moodle path: one line, no backslash or angle brackets, and a slash doubled."""
    cleaned = " ".join(text.replace("\\", " ").replace("<", " ").replace(">", " ").split())
    return cleaned.replace("/", "//")


def category(chapter: ChapterPool, leaf: str) -> str:
    return "/".join([COURSE, *(category_name(part) for part in (POOL_NAME, chapter_label(chapter), leaf))])


def as_quiz(chapter: ChapterPool) -> QuizBank:
    """The pool's questions as a bank, so the practice export writes each one exactly as it writes a bank's."""
    assert chapter.pool is not None
    questions: list[Question] = list(chapter.pool.questions)
    return QuizBank.model_construct(
        id=chapter.name,
        title=chapter.pool.title,
        objectives=chapter.practice.objectives,
        questions=questions,
    )


def case_gift(chapter: ChapterPool, case: Case) -> str:
    head = f"::{escape(case_title(chapter, case))}::[html]{_for_gift(case_prompt_html(case))}"
    chapter_tag = CHAPTER_BANK.match(chapter.name)
    tag = f"ch{chapter_tag.group(1)}-case" if chapter_tag else f"{chapter.name}-case"
    return "\n".join([f"// [tag:{tag}]", head + "{", f"\t####{_for_gift(marking_guide_html(case))}", "}"])


def pool_gift(chapter: ChapterPool) -> str:
    blocks = ["\n".join(f"// {line}" for line in provenance(chapter))]
    if chapter.pool is not None:
        quiz = as_quiz(chapter)
        for objective in chapter.practice.objectives:
            variants = [q for q in chapter.pool.questions if q.objective == objective]
            if variants:
                blocks.append(f"$CATEGORY: {category(chapter, objective)}")
                blocks += [question_gift(quiz, question) for question in variants]
    if chapter.cases is not None:
        blocks.append(f"$CATEGORY: {category(chapter, CASES)}")
        blocks += [case_gift(chapter, case) for case in chapter.cases.cases]
    return "\n\n".join(blocks) + "\n"


def file_name(chapter: ChapterPool) -> str:
    return f"{chapter.name}{SUFFIX}"


def render(chapter: ChapterPool) -> bytes:
    return pool_gift(chapter).encode("utf-8")
