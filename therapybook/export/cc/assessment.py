"""A chapter's practice quiz as an assessment in the Common Cartridge 1.1 profile of QTI 1.2.1.

The profile's metadata follows Moodle's CC library (``cc_asssesment.php``): ``cc_profile`` ``cc.exam.v0p1`` with
``qmd_assessmenttype`` Examination on the assessment, and on each item the profile of its kind of question. Each
option's feedback is an ``itemfeedback`` shown when that option is chosen; the explanation and its sources are the
``general_fb`` shown after any answer, as in the project's Canvas QTI export (qti.py).
"""

from __future__ import annotations

from lxml import etree

from ...kinds.quiz.model import Question, QuizBank
from ..banks import as_html, general_feedback, paragraphs_html, title
from .xmltools import QTI, root, serialise, sub

PROFILES = {
    "single": "cc.multiple_choice.v0p1",
    "multiple": "cc.multiple_response.v0p1",
    "truefalse": "cc.true_false.v0p1",
}
RESPONSE = "response1"
GENERAL = "general_fb"


def ident(*parts: str) -> str:
    return "_".join(("tb", *parts))


def _metadata(parent: etree._Element, fields: dict[str, str]) -> None:
    box = sub(parent, "qtimetadata")
    for label, entry in fields.items():
        field = sub(box, "qtimetadatafield")
        sub(field, "fieldlabel", label)
        sub(field, "fieldentry", entry)


def _material(parent: etree._Element, html_text: str) -> None:
    sub(sub(parent, "material"), "mattext", html_text, texttype="text/html")


def _condition(processing: etree._Element, go_on: bool) -> tuple[etree._Element, etree._Element]:
    condition = sub(processing, "respcondition", **{"continue": "Yes" if go_on else "No"})
    return condition, sub(condition, "conditionvar")


def choice_ids(quiz: QuizBank, question: Question) -> list[str]:
    return [ident(quiz.id, question.id, str(n)) for n in range(1, len(question.options) + 1)]


def item(parent: etree._Element, quiz: QuizBank, question: Question) -> None:
    element = sub(parent, "item", ident=ident(quiz.id, question.id), title=title(quiz, question))
    _metadata(
        sub(element, "itemmetadata"),
        {"cc_profile": PROFILES[question.type], "cc_weighting": "1", "qmd_computerscored": "Yes"},
    )
    presentation = sub(element, "presentation")
    _material(presentation, paragraphs_html([question.prompt]))
    cardinality = "Multiple" if question.type == "multiple" else "Single"
    render = sub(sub(presentation, "response_lid", ident=RESPONSE, rcardinality=cardinality), "render_choice")
    choices = choice_ids(quiz, question)
    for choice, option in zip(choices, question.options, strict=True):
        _material(sub(render, "response_label", ident=choice), as_html(option.text))

    processing = sub(element, "resprocessing")
    sub(sub(processing, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    condition, test = _condition(processing, go_on=True)
    sub(test, "other")
    sub(condition, "displayfeedback", feedbacktype="Response", linkrefid=GENERAL)
    for choice in choices:
        condition, test = _condition(processing, go_on=True)
        sub(test, "varequal", choice, respident=RESPONSE)
        sub(condition, "displayfeedback", feedbacktype="Response", linkrefid=f"{choice}_fb")
    # Full marks only for exactly the right options: every right one chosen and no wrong one.
    condition, test = _condition(processing, go_on=False)
    if question.type == "multiple":
        both = sub(test, "and")
        for choice, option in zip(choices, question.options, strict=True):
            sub(both if option.correct else sub(both, "not"), "varequal", choice, respident=RESPONSE)
    else:
        (right,) = [c for c, o in zip(choices, question.options, strict=True) if o.correct]
        sub(test, "varequal", right, respident=RESPONSE)
    sub(condition, "setvar", "100", action="Set", varname="SCORE")

    _material(sub(sub(element, "itemfeedback", ident=GENERAL), "flow_mat"), paragraphs_html(general_feedback(question)))
    for choice, option in zip(choices, question.options, strict=True):
        _material(
            sub(sub(element, "itemfeedback", ident=f"{choice}_fb"), "flow_mat"), paragraphs_html([option.feedback])
        )


def assessment_xml(quiz: QuizBank, name: str) -> bytes:
    """The practice quiz, untimed, as many attempts as a student likes, with feedback after each answer."""
    document = root(QTI, "questestinterop")
    assessment = sub(document, "assessment", ident=ident(quiz.id, "assessment"), title=name)
    _metadata(
        assessment,
        {
            "cc_profile": "cc.exam.v0p1",
            "qmd_assessmenttype": "Examination",
            "qmd_scoretype": "Percentage",
            "qmd_feedbackpermitted": "Yes",
            "qmd_solutionspermitted": "Yes",
            "cc_maxattempts": "unlimited",
        },
    )
    section = sub(assessment, "section", ident=ident(quiz.id, "section"))
    for question in quiz.questions:
        item(section, quiz, question)
    return serialise(document)
