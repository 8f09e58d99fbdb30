"""The course cartridge (python -m therapybook export --format cc), written once per session by the command with a
book address, then read back independently (tests/cartridge.py): every XML file valid against its Common Cartridge
1.1 schema, one module per chapter in reading order holding its overview, chapter link, practice quiz (the bank's
questions and right answers), discussion topics (data/teaching/discussion.yml) and worksheets, and the guide for
instructors only. Bad input ends with a one-line message."""

from __future__ import annotations

import re

import pytest
from cartridge import MANIFEST_SCHEMA, NS, SCHEMA_OF_TYPE, problems, unzip
from lxml import etree

from therapybook.__main__ import main
from therapybook.edition import CONTENT_LICENCE_URL, edition
from therapybook.export.cc.command import configured_url
from therapybook.instructor.catalogue import bank, bank_files, chapters
from therapybook.instructor.discussion import discussion_for

URL = "https://books.example.org/therapybook"
NAME = f"therapybook-{edition().version}.imscc"


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    out = tmp_path_factory.mktemp("cartridge")
    assert main(["export", "--format", "cc", "--out", str(out), "--book-url", URL + "/"]) == 0
    return unzip(out / NAME, tmp_path_factory.mktemp("unzipped"))


def test_the_manifest_and_every_assessment_topic_and_link_are_valid_cc_1_1(linked):
    assert problems(MANIFEST_SCHEMA, linked.read("imsmanifest.xml")) is None
    checked = {kind: 0 for kind in SCHEMA_OF_TYPE}
    for resource in linked.resources().values():
        kind = resource.get("type")
        if kind in SCHEMA_OF_TYPE:
            (path,) = linked.files_of(resource)
            assert problems(SCHEMA_OF_TYPE[kind], linked.read(path)) is None, path
            checked[kind] += 1
    assert checked == {
        "imsqti_xmlv1p2/imscc_xmlv1p1/assessment": len(chapters()),
        "imsdt_xmlv1p1": sum(len(discussion_for(c.name).discuss) for c in chapters()),
        "imswl_xmlv1p1": len(chapters()) + 1,  # each chapter, and the guide
    }


def test_the_schema_checks_can_fail(linked):
    """Controls: an unknown resource type, and an assessment item outside its section, are rejected."""
    manifest = linked.read("imsmanifest.xml").replace(b'type="imsdt_xmlv1p1"', b'type="forum"', 1)
    assert "forum" in problems(MANIFEST_SCHEMA, manifest)
    path = next(p for p in linked.folder.rglob("assessment.xml"))
    document = etree.parse(str(path)).getroot()
    document.find("qti:assessment", NS).append(document.find(".//qti:item", NS))
    assert "item" in problems(SCHEMA_OF_TYPE["imsqti_xmlv1p2/imscc_xmlv1p1/assessment"], etree.tostring(document))


def _right_answers(item: etree._Element) -> set[str]:
    """The options that a full score needs: the varequal tests of the condition that sets SCORE, less the negated."""
    (condition,) = [c for c in item.iterfind(".//qti:respcondition", NS) if c.find("qti:setvar", NS) is not None]
    chosen = {v.text for v in condition.iterfind("qti:conditionvar//qti:varequal", NS)}
    return chosen - {v.text for v in condition.iterfind("qti:conditionvar//qti:not/qti:varequal", NS)}


def _xml(linked, resource) -> etree._Element:
    return etree.fromstring(linked.read(linked.files_of(resource)[0]))


def _assessment(linked, resource) -> list[etree._Element]:
    (path,) = linked.files_of(resource)
    return etree.fromstring(linked.read(path)).findall(".//qti:item", NS)


def test_one_module_per_chapter_in_reading_order_with_everything_it_needs(linked):
    resources = linked.resources()
    modules = linked.modules()
    book = chapters()
    titles = [m.findtext("cp:title", namespaces=NS) for m in modules]
    assert titles == [f"Chapter {c.number}: {c.title}" for c in book] + ["For the instructor"]
    for chapter, module in zip(book, modules, strict=False):
        items = [resources[i.get("identifierref")] for i in module.iterfind("cp:item", NS)]
        for resource in items:  # every item leads to a resource whose files are all in the cartridge
            assert all((linked.folder / path).is_file() for path in linked.files_of(resource))
        kinds = [r.get("type") for r in items]
        assert kinds[0] == "webcontent"  # the overview: objectives and time
        overview = linked.read(linked.files_of(items[0])[0]).decode()
        assert chapter.time in overview and all(o in overview for o in chapter.objectives[:1])
        (link,) = [r for r in items if r.get("type") == "imswl_xmlv1p1"]
        href = etree.fromstring(linked.read(linked.files_of(link)[0])).find("wl:url", NS).get("href")
        assert href == f"{URL}/notebooks/{chapter.name}.html"
        (quiz,) = [r for r in items if r.get("type").endswith("/assessment")]
        expected = bank(next(f for f in bank_files() if f.kind == "quiz" and f.name == chapter.name))
        questions = _assessment(linked, quiz)
        assert len(questions) == len(expected.questions)
        for element, question in zip(questions, expected.questions, strict=True):
            labels = [label.get("ident") for label in element.iterfind(".//qti:response_label", NS)]
            texts = [
                label.findtext(".//qti:mattext", namespaces=NS)
                for label in element.iterfind(".//qti:response_label", NS)
            ]
            assert texts == [o.text for o in question.options]
            assert _right_answers(element) == {labels[i] for i in question.correct_indices}, element.get("ident")
        topics = [r for r in items if r.get("type") == "imsdt_xmlv1p1"]
        texts = [
            etree.fromstring(linked.read(linked.files_of(t)[0])).findtext("dt:text", namespaces=NS) for t in topics
        ]
        assert len(texts) == len(discussion_for(chapter.name).discuss)
        for text, question in zip(texts, discussion_for(chapter.name).discuss, strict=True):
            assert question in etree.HTML(text).xpath("string()")


def test_the_guide_is_for_instructors_only_and_nothing_else_is(linked):
    resources = linked.resources()
    (guide_item,) = linked.modules()[-1].iterfind("cp:item", NS)
    guide = resources[guide_item.get("identifierref")]
    assert linked.role(guide) == "Instructor"
    href = etree.fromstring(linked.read(linked.files_of(guide)[0])).find("wl:url", NS).get("href")
    assert href == f"{URL}/book/instructor_guide.html"
    assert [i for i, r in resources.items() if linked.role(r) is not None] == [guide.get("identifier")]


def test_worksheets_go_with_the_chapters_that_use_them(linked):
    resources = linked.resources()
    found = {}
    for chapter, module in zip(chapters(), linked.modules(), strict=False):
        items = [resources[i.get("identifierref")] for i in module.iterfind("cp:item", NS)]
        found[chapter.name] = [
            linked.files_of(r)[0].rsplit("/", 1)[-1] for r in items if "worksheet" in r.get("identifier")
        ]
    assert found["02_cbt"] == ["thought_record.html"]
    assert found["03_behavioural_activation"] == ["activity_planner.html"]
    assert sorted(found["12_measuring_change_and_staying_well"]) == ["phq9.html", "staying_well_plan.html"]
    assert found["01_how_therapy_helps"] == []
    page = (linked.folder / "web_resources/worksheets/thought_record.html").read_text(encoding="utf-8")
    assert "Blank thought record" in page and "116 123" in page  # the crisis line, as on every printed sheet


def test_every_file_says_which_edition_and_licence(linked):
    documents = [p for p in linked.folder.rglob("*") if p.suffix in {".xml", ".html"}]
    assert len(documents) > 60
    for path in documents:
        text = path.read_text(encoding="utf-8")
        assert edition().version in text and CONTENT_LICENCE_URL in text, path
    metadata = linked.manifest.find("cp:metadata/lomm:lom", NS)
    assert metadata.findtext("lomm:general/lomm:identifier/lomm:entry", namespaces=NS) == edition().version
    assert CONTENT_LICENCE_URL in metadata.findtext("lomm:rights/lomm:description/lomm:string", namespaces=NS)


def test_chosen_chapters_only_in_reading_order(tmp_path, capsys):
    out = tmp_path / "two"
    args = ["export", "--format", "cc", "--out", str(out), "--book-url", URL]
    assert main([*args, "--chapters", "03_behavioural_activation,02_cbt"]) == 0
    said = capsys.readouterr().out
    assert "2 chapter modules" in said and "2 practice quizzes" in said
    cartridge = unzip(out / NAME, tmp_path / "unzipped")
    titles = [m.findtext("cp:title", namespaces=NS) for m in cartridge.modules()]
    assert titles == [
        "Chapter 2: Cognitive behavioural therapy (CBT)",
        "Chapter 3: Behavioural activation: small steps back into life",
        "For the instructor",
    ]
    assert not (cartridge.folder / "web_resources/worksheets/phq9.html").exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--chapters", "99_nothing"], "unknown chapter '99_nothing'; the chapters are: 01_how_therapy_helps"),
        (["--book-url", "ftp://example.org/book"], "--book-url: 'ftp://example.org/book' is not a web address"),
        (["--book-url", "example.org/book"], "give one that starts with https:// or http://"),
        (["--quiz-type", "assignment"], "--points and --quiz-type are for Canvas quizzes (--format qti)"),
    ],
)
def test_bad_input_gets_a_clear_message(tmp_path, capsys, extra, message):
    with pytest.raises(SystemExit) as stop:
        main(["export", "--format", "cc", "--out", str(tmp_path), "--book-url", URL, *extra])
    assert stop.value.code == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_file_in_the_way_or_an_earlier_cartridge_is_never_overwritten_silently(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("keep me", encoding="utf-8")
    for out, expected in ((blocker, "it is a file, not a folder"), (tmp_path, None)):
        if expected is None:
            (tmp_path / NAME).write_bytes(b"earlier")
            expected = f"{NAME} already exists"
        with pytest.raises(SystemExit):
            main(["export", "--format", "cc", "--out", str(out), "--book-url", URL])
        assert expected in capsys.readouterr().err
    assert blocker.read_text(encoding="utf-8") == "keep me" and (tmp_path / NAME).read_bytes() == b"earlier"


def test_the_book_address_comes_from_config_and_is_checked(tmp_path):
    config = tmp_path / "_config.yml"
    config.write_text("title: t\nhtml:\n  baseurl: https://example.org/book/\n", encoding="utf-8")
    assert configured_url(config) == "https://example.org/book"
    config.write_text("title: t\nhtml:\n  baseurl: ''\n", encoding="utf-8")
    assert configured_url(config) is None
    config.write_text("title: t\nhtml:\n  baseurl: www.example.org\n", encoding="utf-8")
    with pytest.raises(Exception, match=re.escape("_config.yml: html.baseurl: 'www.example.org' is not a web address")):
        configured_url(config)


def test_without_a_built_book_or_an_address_the_message_says_what_to_do(tmp_path, monkeypatch, capsys):
    from therapybook.export.cc import bookpages, command

    config = tmp_path / "_config.yml"
    config.write_text("title: t\nhtml:\n  baseurl: ''\n", encoding="utf-8")
    monkeypatch.setattr(command, "CONFIG", config)
    monkeypatch.setattr(bookpages, "BUILT", tmp_path / "no-book")
    with pytest.raises(SystemExit):
        main(["export", "--format", "cc", "--out", str(tmp_path / "out")])
    assert "run `make book` first, or pass --book-url" in capsys.readouterr().err


def test_a_worksheet_that_several_chapters_use_keeps_the_manifest_valid(tmp_path, monkeypatch):
    from therapybook.export.cc import course, pages

    thought_record = [sheet for sheet in pages.worksheets() if sheet.name == "thought_record"]
    monkeypatch.setattr(course.pages, "chapter_worksheets", lambda chapter: thought_record)
    cartridge = course.build(["02_cbt", "03_behavioural_activation"], URL)
    assert problems(MANIFEST_SCHEMA, cartridge.files["imsmanifest.xml"]) is None
    assert sum(path.endswith("thought_record.html") for path in cartridge.files) == 1


def test_a_book_address_is_only_for_the_cartridge(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["export", "--format", "qti", "--out", str(tmp_path), "--book-url", URL])
    assert "--book-url is for the course cartridge (--format cc)" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
