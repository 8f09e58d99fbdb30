"""QTI 1.2 export for Canvas: each package is parsed back (xml) and every question, option, right
answer and feedback survives; its structure matches what text2qti (pinned) writes for the same questions;
the quiz type and points are read the way Canvas's importer reads them; every file carries the edition."""

from __future__ import annotations

import html
import io
import re
import zipfile
from xml.etree import ElementTree as ET

import pytest
from text2qti.config import Config
from text2qti.qti import QTI
from text2qti.quiz import Quiz as Text2qtiQuiz

from therapybook.core.citations import sources_label
from therapybook.edition import CONTENT_LICENCE, CONTENT_LICENCE_URL, edition
from therapybook.export import qti
from therapybook.instructor.catalogue import bank, bank_files
from therapybook.kinds.quiz.model import QuizBank

NS = {
    "q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2",
    "cp": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1",
    "c": "http://canvas.instructure.com/xsd/cccv1p0",
}


def text_of(html_text: str | None) -> list[str]:
    """Paragraphs of an HTML mattext, as plain text."""
    parts = re.findall(r"<p>(.*?)</p>", html_text or "", flags=re.S) or [html_text or ""]
    return [html.unescape(p.replace("<br>", "\n")) for p in parts]


def open_package(data: bytes) -> tuple[ET.Element, ET.Element, list[str]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    manifest = ET.fromstring(archive.read("imsmanifest.xml"))
    hrefs = [f.get("href") for f in manifest.iterfind(".//cp:resource/cp:file", NS)]
    assert all(href in archive.namelist() for href in hrefs), (hrefs, archive.namelist())
    resource = manifest.find(".//cp:resource[@type='imsqti_xmlv1p2']", NS)
    assessment = ET.fromstring(archive.read(resource.find("cp:file", NS).get("href")))
    return manifest, assessment, archive.namelist()


def read_item(item: ET.Element) -> dict:
    fields = {
        f.findtext("q:fieldlabel", namespaces=NS): f.findtext("q:fieldentry", namespaces=NS)
        for f in item.iterfind(".//q:qtimetadatafield", NS)
    }
    labels = item.findall(".//q:response_label", NS)
    feedback = {
        fb.get("ident"): fb.findtext(".//q:mattext", namespaces=NS) for fb in item.iterfind("q:itemfeedback", NS)
    }
    scoring = [c for c in item.iterfind(".//q:respcondition", NS) if c.find("q:setvar", NS) is not None]
    assert len(scoring) == 1 and scoring[0].findtext("q:setvar", namespaces=NS) == "100"
    test = scoring[0].find("q:conditionvar", NS)
    excluded = {v.text for v in test.iterfind(".//q:not/q:varequal", NS)}
    right = {v.text for v in test.iterfind(".//q:varequal", NS)} - excluded
    return {
        "title": item.get("title"),
        "type": fields["question_type"],
        "prompt": text_of(item.findtext("q:presentation/q:material/q:mattext", namespaces=NS)),
        "options": [text_of(label.findtext(".//q:mattext", namespaces=NS))[0] for label in labels],
        "right": [label.get("ident") in right for label in labels],
        "feedback": [text_of(feedback[f"{label.get('ident')}_fb"])[0] for label in labels],
        "general": text_of(feedback["general_fb"]),
    }


def check_round_trip(quiz: QuizBank) -> None:
    _manifest, assessment, _names = open_package(qti.render(quiz))
    assert assessment.find("q:assessment", NS).get("title") == quiz.title
    items = [read_item(i) for i in assessment.iterfind(".//q:item", NS)]
    assert len(items) == len(quiz.questions)
    for original, read in zip(quiz.questions, items, strict=True):
        assert read["title"] == f"{quiz.id} {original.id}"
        assert read["type"] == qti.QUESTION_TYPES[original.type]
        assert read["prompt"] == [original.prompt]
        assert read["options"] == [o.text for o in original.options]
        assert read["right"] == [o.correct for o in original.options]
        assert read["feedback"] == [o.feedback for o in original.options]
        sources = [f"Sources: {sources_label(original.cite)}"] if original.cite else []
        assert read["general"] == [original.explanation, *sources]


@pytest.mark.parametrize("file", bank_files(), ids=lambda f: f.name)
def test_every_book_bank_survives_the_round_trip(file):
    check_round_trip(bank(file))


def test_hostile_text_survives_the_round_trip(fixture_data):
    for file in bank_files():
        check_round_trip(bank(file))
    quiz = bank(next(f for f in bank_files() if f.name == "sample_hostile"))
    xml = qti.assessment_xml(quiz).decode("utf-8")
    assert "<script>" not in xml and "&lt;script&gt;" not in xml.replace("&amp;lt;script&amp;gt;", "")


def test_the_same_bank_gives_the_same_bytes():
    file = bank_files()[0]
    assert qti.render(bank(file)) == qti.render(bank(file))


# Structure compared with text2qti, an independent writer Canvas users rely on. text2qti has no
# true/false type, so those are compared as the multiple choice questions they are underneath.


def text2qti_source(quiz: QuizBank) -> str:
    """The same questions in text2qti's plain-text format (placeholder wording: only the shape is compared)."""
    lines = ["Quiz title: Bank", "Quiz description: Bank", ""]
    for n, question in enumerate(quiz.questions, start=1):
        lines += [f"Title: q{n}", f"{n}.  Question {n}", f"... General {n}"]
        for m, option in enumerate(question.options):
            if question.type == "multiple":
                lines.append(f"[{'*' if option.correct else ' '}] Option {m}")
            else:
                lines.append(f"{'*' if option.correct else ''}{chr(97 + m)}) Option {m}")
            lines.append(f"... Feedback {m}")
        lines.append("")
    return "\n".join(lines)


def walk(element: ET.Element, place: dict[str, str]) -> tuple:
    """An element's tag, attributes and children, with choice identifiers replaced by their position."""
    tag = element.tag.split("}")[1]
    attrs = tuple(sorted((k, place.get(v, v)) for k, v in element.attrib.items() if k not in {"ident", "title"}))
    text = place.get((element.text or "").strip(), "text") if tag == "varequal" else ""
    return (tag, attrs, text, tuple(walk(child, place) for child in element if tag != "material"))


def shape(assessment: ET.Element) -> list:
    """Each item's structure: type, metadata fields, cardinality, choices, scoring and feedback count."""
    result = []
    for item in assessment.iterfind(".//q:item", NS):
        choices = [label.get("ident") for label in item.iterfind(".//q:response_label", NS)]
        place = {c: f"choice{i}" for i, c in enumerate(choices)}
        place.update({f"{c}_fb": f"choice{i}_fb" for i, c in enumerate(choices)})
        fields = [f.findtext("q:fieldlabel", namespaces=NS) for f in item.iterfind(".//q:qtimetadatafield", NS)]
        kind = item.find(".//q:qtimetadatafield/q:fieldentry", NS).text.replace("true_false", "multiple_choice")
        cardinality = item.find(".//q:response_lid", NS).get("rcardinality")
        scoring = walk(item.find("q:resprocessing", NS), place)
        result.append((kind, fields, cardinality, len(choices), scoring, len(item.findall("q:itemfeedback", NS))))
    return result


@pytest.mark.parametrize("file", bank_files(), ids=lambda f: f.name)
def test_structure_matches_text2qti(file):
    quiz = bank(file)
    theirs = QTI(Text2qtiQuiz(text2qti_source(quiz), config=Config(), source_name="bank")).zip_bytes()
    their_manifest, their_assessment, their_names = open_package(theirs)
    our_manifest, our_assessment, our_names = open_package(qti.render(quiz))
    assert shape(our_assessment) == shape(their_assessment)
    assert sorted(r.get("type") for r in our_manifest.iterfind(".//cp:resource", NS)) == sorted(
        r.get("type") for r in their_manifest.iterfind(".//cp:resource", NS)
    )
    files = {name.split("/")[-1] for name in their_names if not name.endswith("/")}
    assert {name.split("/")[-1] for name in our_names} == {
        "imsmanifest.xml",
        "assessment_meta.xml",
        f"{qti.ident(quiz.id)}.xml",
        "README.txt",  # ours only: a note for whoever opens the zip (Canvas's importer reads only .xml files)
    }
    assert len(files) == 3


# --- Quiz type and points, read the way Canvas's QTI importer reads them -------------------------------------


def metadata(element: ET.Element) -> dict[str, str]:
    box = element.find("q:qtimetadata", NS)
    return {
        f.findtext("q:fieldlabel", namespaces=NS): f.findtext("q:fieldentry", namespaces=NS)
        for f in box.iterfind("q:qtimetadatafield", NS)
    }


def canvas_reads(data: bytes) -> dict:
    """What Canvas makes of a package, following its importer step by step (QTIMigrationTool imsqtiv1.py, then
    canvas-lms assessment_test_converter.rb, quiz_metadata_converter.rb, quiz_importer.rb)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    _manifest, assessment, names = open_package(data)
    fields = metadata(assessment.find("q:assessment", NS))
    # qmd_assessmenttype becomes the quiz_type field; the converter makes "assignment" of examination/test/quiz
    # and then adds grading data, which the quiz importer turns into quiz_type "assignment" again at the end.
    kind = fields.get("qmd_assessmenttype", "")
    graded_by_type = bool(re.search("examination|test|quiz", kind, re.I))
    meta = ET.fromstring(archive.read(next(n for n in names if n.endswith("assessment_meta.xml"))))
    quiz_type = "assignment" if graded_by_type else meta.findtext("c:quiz_type", namespaces=NS)
    items = assessment.iterfind(".//q:item", NS)
    return {
        "quiz_type": quiz_type,
        "graded": quiz_type in {"assignment", "graded_survey"},  # Quizzes::Quiz#graded?: gets a gradebook column
        "points": [float(metadata(item.find("q:itemmetadata", NS))["points_possible"]) for item in items],
        "quiz_points": float(meta.findtext("c:points_possible", namespaces=NS)),
        "attempts": (fields.get("cc_maxattempts"), meta.findtext("c:allowed_attempts", namespaces=NS)),
    }


def test_by_default_canvas_gets_a_graded_quiz_worth_a_point_a_question():
    quiz = bank(bank_files()[0])
    read = canvas_reads(qti.render(quiz))
    assert read["quiz_type"] == "assignment" and read["graded"]
    assert read["points"] == [1.0] * len(quiz.questions)
    assert read["quiz_points"] == len(quiz.questions)
    assert read["attempts"] == ("1", "1")


@pytest.mark.parametrize(
    ("quiz_type", "graded"), [("assignment", True), ("practice_quiz", False), ("graded_survey", True)]
)
def test_each_quiz_type_reaches_canvas_as_chosen(quiz_type, graded):
    quiz = bank(bank_files()[0])
    read = canvas_reads(qti.render(quiz, qti.CanvasQuiz(quiz_type, points=2.5)))
    assert read["quiz_type"] == quiz_type
    assert read["graded"] is graded
    assert read["points"] == [2.5] * len(quiz.questions)
    assert read["quiz_points"] == 2.5 * len(quiz.questions)


@pytest.mark.parametrize(("quiz_type", "points"), [("survey", 1.0), ("assignment", 0.0), ("assignment", float("inf"))])
def test_a_setting_canvas_cannot_take_is_refused(quiz_type, points):
    with pytest.raises(ValueError, match=r"quiz type|points"):
        qti.CanvasQuiz(quiz_type, points)


# --- The edition in every file of the package -------------------------------------------------------------------


def test_every_file_of_the_package_carries_the_edition():
    current = edition()
    licence = f"{CONTENT_LICENCE} ({CONTENT_LICENCE_URL})"
    for file in bank_files():
        quiz = bank(file)
        data = qti.render(quiz)
        archive = zipfile.ZipFile(io.BytesIO(data))
        _manifest, assessment, names = open_package(data)
        fields = metadata(assessment.find("q:assessment", NS))
        assert fields["therapybook_version"] == current.version
        assert fields["therapybook_date"] == current.date
        assert fields["therapybook_licence"] == licence
        assert fields["therapybook_attribution"] == current.attribution

        manifest_text = archive.read("imsmanifest.xml").decode("utf-8")
        comment = re.search(r"<!--(.*?)-->", manifest_text, re.S)
        assert comment, "the manifest carries the edition in a comment"
        for words in (current.label, licence, current.attribution, quiz.id):
            assert words in comment.group(1)

        readme = archive.read("README.txt").decode("utf-8")
        for words in (current.label, licence, f"Attribution: {current.attribution}", "assignment", "QTI .zip file"):
            assert words in readme, (file.name, words)

        meta = ET.fromstring(archive.read(next(n for n in names if n.endswith("assessment_meta.xml"))))
        # The quiz description is what survives the import into Canvas.
        assert current.attribution in html.unescape(meta.findtext("c:description", namespaces=NS))
