"""A chapter's pool as QTI 1.2 packages for Canvas: ``<bank>-pool.zip``, one graded quiz whose question groups are
the objectives (each student gets one variant of each), and ``<bank>-cases.zip``, the cases as essay questions.

Each objective is a ``section`` holding its variants, with ``selection_ordering/selection/selection_number`` 1 and
the points per question in ``selection_extension/points_per_item``, as Canvas itself exports a question group
(canvas-lms ``lib/cc/qti/qti_generator.rb``, ``add_group``). Canvas's importer reads it so: QTIMigrationTool
(``lib/imsqtiv1.py`` ``SelectionNumber`` -> ``lib/imsqti.py`` ``AssessmentSection``, written as
``<selection select="1">``), then canvas-lms ``gems/plugins/qti_exporter/lib/qti/assessment_test_converter.rb``
(``parse_pick_count``, ``process_section``): a section with a selection becomes a question group with that pick
count, titled by the section, worth ``points_per_item`` per question. Identifiers start ``tb_pool_``, so importing a
pool never replaces a practice quiz imported from the same book.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree as ET

from ..edition import edition
from ..export.banks import one_line, paragraphs_html
from ..export.qti import (
    CANVAS_NS,
    DEFAULT,
    README,
    ZIP_DATE,
    CanvasQuiz,
    _serialise,
    _sub,
    ident,
    item_element,
    new_assessment,
    number,
    package_manifest,
)
from .check import ChapterPool
from .essay import essay_item
from .gift import as_quiz
from .texts import chapter_label, provenance

POOL, CASES = "pool", "cases"


def quiz_id(chapter: ChapterPool, part: str) -> str:
    return ident("pool", chapter.name, *([CASES] if part == CASES else []))


def quiz_title(chapter: ChapterPool, part: str) -> str:
    return f"{chapter_label(chapter)}: {'case responses' if part == CASES else 'assessment pool'}"


def points_possible(chapter: ChapterPool, part: str, canvas: CanvasQuiz) -> float:
    if part == CASES:
        return float(sum(case.points for case in chapter.cases.cases)) if chapter.cases else 0.0
    groups = {q.objective for q in chapter.pool.questions} if chapter.pool else set()
    return len(groups) * canvas.points


def assessment_xml(chapter: ChapterPool, part: str, canvas: CanvasQuiz = DEFAULT) -> bytes:
    root, assessment = new_assessment(quiz_id(chapter, part), quiz_title(chapter, part), canvas)
    root_section = _sub(assessment, "section", ident="root_section")
    if part == CASES:
        for case in chapter.cases.cases if chapter.cases else []:
            root_section.append(essay_item(chapter, case))
        return _serialise(root)
    quiz = as_quiz(chapter)
    for objective in chapter.practice.objectives:
        variants = [q for q in quiz.questions if q.objective == objective]
        if not variants:
            continue
        group = _sub(root_section, "section", ident=ident("pool", chapter.name, objective), title=objective)
        selection = _sub(_sub(group, "selection_ordering"), "selection")
        _sub(selection, "selection_number", "1")
        _sub(_sub(selection, "selection_extension"), "points_per_item", number(canvas.points))
        for question in variants:
            group.append(item_element(quiz, question, canvas.points))
    return _serialise(root)


def meta_xml(chapter: ChapterPool, part: str, canvas: CanvasQuiz = DEFAULT) -> bytes:
    root = ET.Element("quiz", identifier=quiz_id(chapter, part), xmlns=CANVAS_NS)
    _sub(root, "title", quiz_title(chapter, part))
    _sub(root, "description", paragraphs_html([provenance(chapter)[0], edition().attribution]))
    _sub(root, "shuffle_answers", "true")
    _sub(root, "quiz_type", canvas.quiz_type)
    _sub(root, "points_possible", number(points_possible(chapter, part, canvas)))
    _sub(root, "allowed_attempts", "1")
    return _serialise(root)


def manifest_xml(chapter: ChapterPool, part: str) -> bytes:
    return package_manifest(quiz_id(chapter, part), provenance(chapter))


def readme_txt(chapter: ChapterPool, part: str, canvas: CanvasQuiz) -> bytes:
    if part == CASES:
        how = "The cases as essay questions, each worth its rubric's points; the rubric is in the general feedback."
    else:
        how = (
            "One question group per learning objective, each picking 1 of its parallel variants at random, "
            f"{number(canvas.points)} point(s) per question."
        )
    lines = [
        one_line(quiz_title(chapter, part)),
        f"A QTI 1.2 package for Canvas (Settings > Import course content > QTI .zip file). {how}",
        f"Quiz type {canvas.quiz_type}: {number(points_possible(chapter, part, canvas))} points in all.",
        "",
        *provenance(chapter),
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def package_files(chapter: ChapterPool, part: str, canvas: CanvasQuiz = DEFAULT) -> dict[str, bytes]:
    folder = quiz_id(chapter, part)
    return {
        "imsmanifest.xml": manifest_xml(chapter, part),
        f"{folder}/{folder}.xml": assessment_xml(chapter, part, canvas),
        f"{folder}/assessment_meta.xml": meta_xml(chapter, part, canvas),
        README: readme_txt(chapter, part, canvas),
    }


def parts(chapter: ChapterPool) -> list[str]:
    return [part for part, there in ((POOL, chapter.pool), (CASES, chapter.cases)) if there is not None]


def file_name(chapter: ChapterPool, part: str) -> str:
    return f"{chapter.name}-{part}.zip"


def render(chapter: ChapterPool, part: str, canvas: CanvasQuiz = DEFAULT) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in package_files(chapter, part, canvas).items():
            archive.writestr(zipfile.ZipInfo(name, date_time=ZIP_DATE), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
