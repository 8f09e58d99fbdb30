"""The assessment pool's exports, read back the way the platforms read them:

- Moodle GIFT, by the independent reader pygiftparser (questions) and by Moodle's own rule for ``$CATEGORY``
  blocks (question/format/gift/format.php, question/format.php ``split_category_path``): one category per
  objective under the chapter's, the cases as essays whose marking guide is general feedback;
- Canvas QTI 1.2, valid against the IMS schema, with one ``section`` per objective that selects 1 variant and
  holds exactly that objective's variants, and the cases as essay questions;
- the marking sheet, as HTML and as the PDF's text (pypdf);
- every file names the book's edition and licence.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from xml.etree import ElementTree as ET

import pytest
from pool_files import make_pool_folder
from pygiftparser import parser as gift_parser
from pypdf import PdfReader
from test_export_schema import assert_valid, schema  # noqa: F401 (a fixture)

from therapybook.__main__ import main
from therapybook.edition import CONTENT_LICENCE, edition
from therapybook.pool import gift, qti
from therapybook.pool.check import load_chapter

NS = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2", "c": "http://canvas.instructure.com/xsd/cccv1p0"}
OBJECTIVES = ["talk-therapies", "course-terms"]
CHAPTER_CATEGORY = "$course$/top/Therapy book pool/02 A sample chapter"


@pytest.fixture
def pool(tmp_path, monkeypatch):
    return make_pool_folder(tmp_path, monkeypatch)


def moodle_categories(text: str) -> dict[str, list[str]]:
    """Question title -> the category path Moodle files it under, split into names as Moodle splits them: blocks
    are separated by blank lines, comment lines are dropped, a block starting "$CATEGORY:" sets the category."""
    current: list[str] = []
    found: dict[str, list[str]] = {}
    for block in re.split(r"\n\s*\n", text):
        lines = " ".join(line.strip() for line in block.splitlines() if not line.strip().startswith("//")).strip()
        if lines.startswith("$CATEGORY:"):
            path = lines[len("$CATEGORY:") :].strip()
            current = [name.strip().replace("//", "/") for name in re.split(r"(?<!/)/(?!/)", path)]
        elif lines.startswith("::"):
            found[lines[2:].split("::", 1)[0].replace("\\", "")] = current
    return found


def unescape(text: str) -> str:
    return html.unescape(re.sub(r"\\(.)", r"\1", text.strip()).replace("<br>", "\n"))


def test_gift_puts_each_objective_in_its_own_category_and_reads_back(pool):
    chapter = load_chapter("02_sample")
    text = gift.pool_gift(chapter)
    read = gift_parser.parseFile(io.StringIO(text))
    assert all(q.valid for q in read)
    by_title = {q.title: q for q in read}
    categories = moodle_categories(text)
    for question in chapter.pool.questions:
        title = f"02_sample {question.id}"
        assert categories[title] == [*CHAPTER_CATEGORY.split("/"), question.objective]
        parsed = by_title[title]
        assert parsed.markup == "html" and unescape(parsed.text) == question.prompt
        answers = parsed.answers.answers
        assert [unescape(a.answer) for a in answers] == [o.text for o in question.options]
        assert [unescape(a.feedback) for a in answers] == [o.feedback for o in question.options]
        if question.type == "single":
            assert [a.select for a in answers] == [o.correct for o in question.options]
        else:
            assert [a.fraction > 0 for a in answers] == [o.correct for o in question.options]
    # Every objective's category holds 3 variants: a "random question" from it gives each student one of them.
    leaves = [path[-1] for title, path in categories.items() if " case " not in title]
    assert {leaf: leaves.count(leaf) for leaf in leaves} == dict.fromkeys(OBJECTIVES, 3)


def test_gift_cases_are_essays_with_the_rubric_only_in_general_feedback(pool):
    chapter = load_chapter("02_sample")
    text = gift.pool_gift(chapter)
    (essay,) = [q for q in gift_parser.parseFile(io.StringIO(text)) if " case " in q.title]
    case = chapter.cases.cases[0]
    assert type(essay.answers).__name__ == "Essay"
    assert moodle_categories(text)[essay.title] == [*CHAPTER_CATEGORY.split("/"), "Cases"]
    prompt = unescape(essay.text)
    assert "Gita is a made-up person in her forties." in prompt and f"Task: {case.task}" in prompt
    assert all(c.criterion not in prompt for c in case.rubric), "students never see the rubric in the question"
    guide = unescape(essay.generalFeedback)
    assert "Marking rubric: 5 points in all." in guide
    assert all(c.criterion in guide for c in case.rubric) and case.marking_notes[0] in guide


def test_hostile_text_stays_text_and_a_slash_in_a_title_stays_in_one_category_name(pool):
    pool.change_pool(lambda c: c.update(title="Assessment pool: cause/effect <b>{~bold=}</b> \\ # ::"))
    pool.change_cases(lambda c: c["cases"][0].update(task="Write <script>alert(1)</script> {=~#} about it."))
    text = gift.pool_gift(load_chapter("02_sample"))
    read = "\n".join(line for line in text.splitlines() if not line.startswith("//"))  # what Moodle reads
    assert "<script>" not in read and "<b>" not in read and "&lt;script&gt;" in read
    categories = moodle_categories(text)
    assert categories["02_sample talk-therapies-v1"][3] == "02 Cause/effect b {~bold=} /b # ::"
    (essay,) = [q for q in gift_parser.parseFile(io.StringIO(text)) if " case " in q.title]
    assert "Task: Write <script>alert(1)</script> {=~#} about it." in unescape(essay.text)


def open_zip(data: bytes) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.parametrize("quiz_type", ["assignment", "practice_quiz"])
def test_qti_has_one_pick_one_group_per_objective_and_is_valid(pool, schema, quiz_type):  # noqa: F811
    chapter = load_chapter("02_sample")
    files = open_zip(qti.render(chapter, "pool", qti.CanvasQuiz(quiz_type, points=2.0)))
    folder = "tb_pool_02_sample"
    assert_valid(schema, files[f"{folder}/{folder}.xml"], "pool")
    root = ET.fromstring(files[f"{folder}/{folder}.xml"])
    groups = root.findall("q:assessment/q:section/q:section", NS)
    assert [g.get("title") for g in groups] == OBJECTIVES
    for group in groups:
        assert group.findtext("q:selection_ordering/q:selection/q:selection_number", namespaces=NS) == "1"
        assert group.findtext(".//q:selection_extension/q:points_per_item", namespaces=NS) == "2"
        titles = [item.get("title") for item in group.findall("q:item", NS)]
        assert titles == [f"02_sample {group.get('title')}-v{n}" for n in (1, 2, 3)]
    meta = ET.fromstring(files[f"{folder}/assessment_meta.xml"])
    assert meta.findtext("c:quiz_type", namespaces=NS) == quiz_type
    assert meta.findtext("c:points_possible", namespaces=NS) == "4", "one question per objective, 2 points each"


def test_qti_cases_are_essay_questions_worth_their_rubric(pool, schema):  # noqa: F811
    chapter = load_chapter("02_sample")
    files = open_zip(qti.render(chapter, "cases"))
    folder = "tb_pool_02_sample_cases"
    assert_valid(schema, files[f"{folder}/{folder}.xml"], "cases")
    (item,) = ET.fromstring(files[f"{folder}/{folder}.xml"]).iterfind(".//q:item", NS)
    fields = {
        f.findtext("q:fieldlabel", namespaces=NS): f.findtext("q:fieldentry", namespaces=NS)
        for f in item.iterfind(".//q:qtimetadatafield", NS)
    }
    assert fields["question_type"] == "essay_question" and fields["points_possible"] == "5"
    assert item.find("q:presentation/q:response_str/q:render_fib", NS) is not None
    prompt = html.unescape(item.findtext("q:presentation/q:material/q:mattext", namespaces=NS))
    assert "Gita is a made-up person" in prompt and "Marking rubric" not in prompt
    guide = item.findtext("q:itemfeedback[@ident='general_fb']//q:mattext", namespaces=NS)
    assert "Marking rubric: 5 points in all." in guide and "Uses the stage terms accurately" in guide


def test_the_marking_sheets_print_vignette_task_rubric_and_notes(pool, tmp_path, capsys):
    chapter = load_chapter("02_sample")
    out = tmp_path / "marking"
    assert main(["export", "--pool", "--format", "sheets", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["02_sample-marking-sheet.html", "02_sample-marking-sheet.pdf"]
    page = (out / "02_sample-marking-sheet.html").read_text(encoding="utf-8")
    assert "<h1>Marking sheet: 02 A sample chapter</h1>" in page
    assert not re.search(r"(src|href)=", page), "the sheet loads nothing, from here or elsewhere"
    reader = PdfReader(io.BytesIO((out / "02_sample-marking-sheet.pdf").read_bytes()))
    flat = re.sub(r"\s+", "", " ".join(p.extract_text() for p in reader.pages))
    case = chapter.cases.cases[0]
    for wanted in [
        case.title,
        "Gita is a made-up person",
        case.task,
        *(c.criterion for c in case.rubric),
        "Total/ 5",
        case.marking_notes[0],
        edition().label,
        CONTENT_LICENCE,
    ]:
        assert re.sub(r"\s+", "", wanted) in flat, wanted
    assert "marking sheets (HTML and PDF)" in capsys.readouterr().out


def test_the_command_writes_each_format_with_the_edition_and_never_replaces_unasked(pool, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", "--pool", "--format", "gift", "--out", str(out / "moodle")]) == 0
    assert main(["export", "--pool", "--format", "qti", "--out", str(out / "canvas"), "--points", "2"]) == 0
    assert sorted(p.name for p in (out / "moodle").iterdir()) == ["02_sample-pool.gift"]
    assert sorted(p.name for p in (out / "canvas").iterdir()) == ["02_sample-cases.zip", "02_sample-pool.zip"]
    said = capsys.readouterr().out
    assert "6 questions, 1 cases" in said and "picks 1 variant" in said
    gift_text = (out / "moodle" / "02_sample-pool.gift").read_text(encoding="utf-8")
    assert edition().label in gift_text.split("$CATEGORY", 1)[0] and CONTENT_LICENCE in gift_text
    for name in ("02_sample-cases.zip", "02_sample-pool.zip"):
        readme = open_zip((out / "canvas" / name).read_bytes())["README.txt"].decode()
        assert edition().attribution in readme
    with pytest.raises(SystemExit) as stopped:
        main(["export", "--pool", "--format", "gift", "--out", str(out / "moodle")])
    assert stopped.value.code == 2 and "add --force" in capsys.readouterr().err


def test_the_command_names_what_it_cannot_do(pool, tmp_path, capsys, monkeypatch):
    with pytest.raises(SystemExit):
        main(["export", "--format", "sheets", "--out", str(tmp_path)])
    assert (
        "--format sheets prints the marking sheets of the assessment pool's cases: add --pool"
        in capsys.readouterr().err
    )
    with pytest.raises(SystemExit):
        main(["export", "--pool", "--format", "gift", "--out", str(tmp_path), "--chapters", "09_nothing"])
    assert "no assessment pool for '09_nothing'; the pool has: 02_sample" in capsys.readouterr().err
    monkeypatch.setenv("THERAPYBOOK_ASSESSMENT", str(tmp_path / "none"))
    with pytest.raises(SystemExit):
        main(["export", "--pool", "--format", "qti", "--out", str(tmp_path)])
    assert "there is no assessment pool in" in capsys.readouterr().err
