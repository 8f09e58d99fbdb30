"""A case as a Canvas essay question (QTI 1.2): the vignette, task and length as the prompt, no automatic score,
and the marking guide as the general feedback.

The item is written as Canvas writes an essay question (and as text2qti does): ``question_type`` essay_question, a
``response_str`` with ``render_fib``, and a ``respcondition`` on ``other`` that sets no score. Canvas's importer
(canvas-lms ``gems/plugins/qti_exporter/lib/qti/assessment_item_converter.rb``, ``get_feedback``) keeps feedback
whose id starts ``general_`` as the question's general answer comments, which students see only with their
results, after they submit, and only if the quiz lets them see their responses.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from ..export.qti import _condition, _feedback, _material, _metadata, _sub, ident, number
from .check import ChapterPool
from .model import Case
from .texts import case_prompt_html, case_title, marking_guide_html


def essay_item(chapter: ChapterPool, case: Case) -> ET.Element:
    item_id = ident("pool", chapter.name, "case", case.id)
    item = ET.Element("item", ident=item_id, title=case_title(chapter, case))
    _metadata(
        _sub(item, "itemmetadata"),
        {
            "question_type": "essay_question",
            "points_possible": number(float(case.points)),
            "original_answer_ids": "",
            "assessment_question_identifierref": f"{item_id}_ref",
        },
    )
    presentation = _sub(item, "presentation")
    _material(presentation, case_prompt_html(case))
    response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
    _sub(_sub(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
    processing = _sub(item, "resprocessing")
    _sub(_sub(processing, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    condition, test = _condition(processing, go_on=True)
    _sub(test, "other")
    _sub(condition, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    _, test = _condition(processing, go_on=False)
    _sub(test, "other")
    _feedback(item, "general_fb", marking_guide_html(case))
    return item
