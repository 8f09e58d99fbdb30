"""What every pool export says the same way: where the pool came from (edition, licence, attribution), a case as
the prompt a student reads (vignette, task, length) and the marking guide a grader reads (rubric, notes, sources),
all plain text made HTML with banks.as_html, so nothing in a file ever becomes markup."""

from __future__ import annotations

from ..core.citations import sources_label
from ..edition import CONTENT_LICENCE, CONTENT_LICENCE_URL, TITLE, edition
from ..export.banks import as_html, one_line, paragraphs_html
from .check import ChapterPool
from .model import Case

# The top of the pool's question categories in Moodle, and of its question groups' titles in Canvas.
POOL_NAME = "Therapy book pool"
CASES = "Cases"


def chapter_label(chapter: ChapterPool) -> str:
    """ "03 Behavioural activation": the chapter's number and the pool's title without its "Assessment pool:"."""
    title = chapter.pool.title if chapter.pool else chapter.practice.title
    topic = one_line(title.split(":", 1)[-1]).strip() or chapter.name
    topic = topic[:1].upper() + topic[1:]
    return f"{chapter.number} {topic}" if chapter.number else topic


def provenance(chapter: ChapterPool) -> list[str]:
    """Where the file came from, one line each: every pool file carries these, as the practice exports do."""
    current = edition()
    return [
        f"Assessment pool '{chapter.name}' ({chapter_label(chapter)}) from the open textbook “{TITLE}”, "
        f"{current.label}.",
        f"Licence: {CONTENT_LICENCE} ({CONTENT_LICENCE_URL}): you may share and adapt these questions if you "
        "credit the book.",
        f"Attribution: {current.attribution}",
        "The pool is public, like the book: its answers and rubrics are in the book's repository. It is meant for "
        "random draws (several parallel variants per objective) and marked case responses, not for secret tests.",
    ]


def case_title(chapter: ChapterPool, case: Case) -> str:
    return f"{chapter.name} case {case.id}"


def case_prompt(case: Case) -> list[str]:
    """The paragraphs a student reads: the vignette, then the task and how long to write."""
    # A vignette is wrapped as its author typed it; its paragraphs are separated by blank lines.
    vignette = [" ".join(part.split()) for part in case.vignette.split("\n\n") if part.strip()]
    return [case.title, *vignette, f"Task: {case.task}", f"Length: {case.length}"]


def case_prompt_html(case: Case) -> str:
    return paragraphs_html(case_prompt(case))


def marking_guide_html(case: Case) -> str:
    """For graders: each criterion with its levels, the marking notes and the sources (HTML lists and paragraphs,
    which Moodle's general feedback and Canvas's answer comments both keep)."""
    parts = [f"<p><strong>Marking rubric: {points(case.points)} in all.</strong></p>"]
    for criterion in case.rubric:
        parts.append(
            f"<p><strong>{as_html(criterion.criterion)}</strong> ({as_html(criterion.objective)}; "
            f"up to {points(criterion.top)})</p>"
        )
        levels = "".join(f"<li>{level.points}: {as_html(level.descriptor)}</li>" for level in criterion.levels)
        parts.append(f"<ul>{levels}</ul>")
    notes = "".join(f"<li>{as_html(note)}</li>" for note in case.marking_notes)
    parts.append(f"<p><strong>Marking notes</strong></p><ul>{notes}</ul>")
    parts.append(paragraphs_html([f"Sources: {sources_label(case.cite)}"]))
    return "".join(parts)


def points(value: int) -> str:
    return f"{value} point" if value == 1 else f"{value} points"
