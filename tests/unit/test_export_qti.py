"""QTI 1.2 export for Canvas: each package is parsed back (xml) and every question, option, right
answer and feedback survives; its structure matches what text2qti (pinned) writes for the same questions."""

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
from therapybook.export import qti
from therapybook.instructor.catalogue import bank, bank_files
from therapybook.kinds.quiz.model import QuizBank

NS = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2", "cp": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"}


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
    }
    assert len(files) == 3
