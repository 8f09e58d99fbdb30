"""A question bank as a QTI 1.2 package that Canvas imports: one zip per bank holding
``imsmanifest.xml``, the assessment and Canvas's small quiz description.

The structure follows what Canvas itself exports (and what text2qti writes): per-option feedback
as ``itemfeedback`` linked from a ``respcondition``, the explanation as ``general_fb``, and
"choose all that apply" as ``multiple_answers_question``. All XML is written by ElementTree,
which does the escaping; the text inside ``mattext`` is HTML, escaped as such first.

How Canvas reads the quiz type (its QTI importer: QTIMigrationTool's ``imsqtiv1.py``, then canvas-lms's
``assessment_test_converter.rb``, ``quiz_metadata_converter.rb`` and ``quiz_importer.rb``): the assessment's
``qmd_assessmenttype`` "Examination" makes a graded quiz, ``assessment_meta.xml``'s ``quiz_type`` then sets the
type, and a graded type (``assignment``, ``graded_survey``) imported from a QTI zip gets an assignment in the
gradebook worth the quiz's ``points_possible``. Each item's ``points_possible`` is its points.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree as ET

from ..edition import CONTENT_LICENCE, CONTENT_LICENCE_URL, edition
from ..kinds.quiz.model import Question, QuizBank
from .banks import as_html, general_feedback, one_line, paragraphs_html, provenance, title
from .canvas import DEFAULT, GRADED, MAX_POINTS, QUIZ_TYPES, CanvasQuiz, QuizType, number

__all__ = ["DEFAULT", "GRADED", "MAX_POINTS", "QUIZ_TYPES", "CanvasQuiz", "QuizType", "number"]

SUFFIX = ".zip"
QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
QUESTION_TYPES = {
    "single": "multiple_choice_question",
    "multiple": "multiple_answers_question",
    "truefalse": "true_false_question",
}


# Fixed dates inside the zip, so the same bank always gives the same bytes.
ZIP_DATE = (2020, 1, 1, 0, 0, 0)
README = "README.txt"


def ident(*parts: str) -> str:
    return "_".join(("tb", *parts))


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _material(parent: ET.Element, html_text: str) -> None:
    _sub(_sub(parent, "material"), "mattext", html_text, texttype="text/html")


def _metadata(parent: ET.Element, fields: dict[str, str]) -> None:
    box = _sub(parent, "qtimetadata")
    for label, entry in fields.items():
        field = _sub(box, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _feedback(item: ET.Element, feedback_id: str, html_text: str) -> None:
    _material(_sub(_sub(item, "itemfeedback", ident=feedback_id), "flow_mat"), html_text)


def _condition(processing: ET.Element, go_on: bool) -> tuple[ET.Element, ET.Element]:
    # "continue" is a Python keyword, so it cannot be a keyword argument.
    condition = ET.SubElement(processing, "respcondition", {"continue": "Yes" if go_on else "No"})
    return condition, _sub(condition, "conditionvar")


def item_element(quiz: QuizBank, question: Question, points: float = 1.0) -> ET.Element:
    item_id = ident(quiz.id, question.id)
    choices = [ident(quiz.id, question.id, str(n)) for n in range(1, len(question.options) + 1)]
    item = ET.Element("item", ident=item_id, title=title(quiz, question))
    _metadata(
        _sub(item, "itemmetadata"),
        {
            "question_type": QUESTION_TYPES[question.type],
            "points_possible": number(points),
            "original_answer_ids": ",".join(choices),
            "assessment_question_identifierref": ident(quiz.id, question.id, "ref"),
        },
    )
    presentation = _sub(item, "presentation")
    _material(presentation, paragraphs_html([question.prompt]))
    cardinality = "Multiple" if question.type == "multiple" else "Single"
    response = _sub(presentation, "response_lid", ident="response1", rcardinality=cardinality)
    render = _sub(response, "render_choice")
    for choice, option in zip(choices, question.options, strict=True):
        _material(_sub(render, "response_label", ident=choice), as_html(option.text))

    processing = _sub(item, "resprocessing")
    outcomes = _sub(processing, "outcomes")
    _sub(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    condition, test = _condition(processing, go_on=True)
    _sub(test, "other")
    _sub(condition, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    for choice in choices:
        condition, test = _condition(processing, go_on=True)
        _sub(test, "varequal", choice, respident="response1")
        _sub(condition, "displayfeedback", feedbacktype="Response", linkrefid=f"{choice}_fb")
    condition, test = _condition(processing, go_on=False)
    right = [c for c, o in zip(choices, question.options, strict=True) if o.correct]
    if question.type == "multiple":
        both = _sub(test, "and")
        for choice, option in zip(choices, question.options, strict=True):
            parent = both if option.correct else _sub(both, "not")
            _sub(parent, "varequal", choice, respident="response1")
    else:
        _sub(test, "varequal", right[0], respident="response1")
    _sub(condition, "setvar", "100", action="Set", varname="SCORE")

    _feedback(item, "general_fb", paragraphs_html(general_feedback(question)))
    for choice, option in zip(choices, question.options, strict=True):
        _feedback(item, f"{choice}_fb", paragraphs_html([option.feedback]))
    return item


def new_assessment(ident_: str, title: str, canvas: CanvasQuiz) -> tuple[ET.Element, ET.Element]:
    """A QTI document holding one assessment with the quiz type and the edition in its metadata; returns the
    document's root and the assessment, for the caller's sections."""
    root = ET.Element("questestinterop", xmlns=QTI_NS)
    assessment = _sub(root, "assessment", ident=ident_, title=title)
    current = edition()
    _metadata(
        assessment,
        {
            "qmd_assessmenttype": QUIZ_TYPES[canvas.quiz_type].assessment_type,
            "cc_maxattempts": "1",
            # Where the questions came from; platforms keep fields they do not know as they are, or drop them.
            "therapybook_version": current.version,
            "therapybook_date": current.date,
            "therapybook_licence": f"{CONTENT_LICENCE} ({CONTENT_LICENCE_URL})",
            "therapybook_attribution": current.attribution,
        },
    )
    return root, assessment


def assessment_xml(quiz: QuizBank, canvas: CanvasQuiz = DEFAULT) -> bytes:
    root, assessment = new_assessment(ident(quiz.id), quiz.title, canvas)
    section = _sub(assessment, "section", ident="root_section")
    for question in quiz.questions:
        section.append(item_element(quiz, question, canvas.points))
    return _serialise(root)


def meta_xml(quiz: QuizBank, canvas: CanvasQuiz = DEFAULT) -> bytes:
    """Canvas's description of the quiz; without it Canvas names the quiz after the file. The description is
    the one place the edition survives the import, so it says which version of the book the questions are from."""
    root = ET.Element("quiz", identifier=ident(quiz.id), xmlns=CANVAS_NS)
    _sub(root, "title", quiz.title)
    _sub(
        root,
        "description",
        paragraphs_html([f"Questions from the bank '{quiz.id}' of an open textbook:", edition().attribution]),
    )
    _sub(root, "shuffle_answers", "true")
    _sub(root, "quiz_type", canvas.quiz_type)
    _sub(root, "points_possible", number(len(quiz.questions) * canvas.points))
    # Canvas reads a missing value here as "not set", over the assessment's cc_maxattempts.
    _sub(root, "allowed_attempts", "1")
    return _serialise(root)


def readme_txt(quiz: QuizBank, canvas: CanvasQuiz = DEFAULT) -> bytes:
    """A note for whoever opens the zip: what it is, how Canvas takes it, and where it came from."""
    lines = [
        one_line(quiz.title),
        f"{len(quiz.questions)} questions as a QTI 1.2 package for Canvas (Settings > Import course content >"
        " QTI .zip file).",
        f"Quiz type {canvas.summary}: {number(len(quiz.questions) * canvas.points)} points in all.",
        "",
        *provenance(quiz),
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _comment_text(lines: list[str]) -> str:
    # "--" may not appear inside an XML comment.
    text = "\n".join(f"  {line}" for line in lines)
    return "\n" + text.replace("--", "- -") + "\n"


def manifest_xml(quiz: QuizBank) -> bytes:
    return package_manifest(ident(quiz.id), provenance(quiz))


def package_manifest(folder: str, provenance_lines: list[str]) -> bytes:
    """The content package's manifest for one assessment in ``folder`` (its ident) and its Canvas meta file."""
    root = ET.Element("manifest", identifier=f"{folder}_manifest", xmlns=CP_NS)
    # A comment: the content-package schema has no field for an edition but for full LOM records.
    root.append(ET.Comment(_comment_text(provenance_lines)))
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema", "IMS Content")
    _sub(metadata, "schemaversion", "1.1.3")
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    resource = _sub(resources, "resource", identifier=folder, type="imsqti_xmlv1p2")
    _sub(resource, "file", href=f"{folder}/{folder}.xml")
    _sub(resource, "dependency", identifierref=f"{folder}_meta")
    meta = _sub(
        resources,
        "resource",
        identifier=f"{folder}_meta",
        type="associatedcontent/imscc_xmlv1p1/learning-application-resource",
        href=f"{folder}/assessment_meta.xml",
    )
    _sub(meta, "file", href=f"{folder}/assessment_meta.xml")
    return _serialise(root)


def _serialise(root: ET.Element) -> bytes:
    buffer = io.BytesIO()
    ET.ElementTree(root).write(buffer, encoding="UTF-8", xml_declaration=True)
    return buffer.getvalue()


def package_files(quiz: QuizBank, canvas: CanvasQuiz = DEFAULT) -> dict[str, bytes]:
    folder = ident(quiz.id)
    return {
        "imsmanifest.xml": manifest_xml(quiz),
        f"{folder}/{folder}.xml": assessment_xml(quiz, canvas),
        f"{folder}/assessment_meta.xml": meta_xml(quiz, canvas),
        README: readme_txt(quiz, canvas),
    }


def file_name(quiz: QuizBank) -> str:
    return f"{quiz.id}{SUFFIX}"


def render(quiz: QuizBank, canvas: CanvasQuiz = DEFAULT) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in package_files(quiz, canvas).items():
            archive.writestr(zipfile.ZipInfo(name, date_time=ZIP_DATE), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
