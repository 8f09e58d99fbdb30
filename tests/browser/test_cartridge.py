"""The course cartridge made without a book address holds the chapters themselves, from the built book: unzipped,
its manifest is valid Common Cartridge 1.1, every file it lists is there and every file there is listed, every
page and XML file names the edition and licence, and each
chapter, worksheet and the guide opens in Chromium from the unzipped folder showing its heading, with no request
to another host, no failed request and no console error."""

from __future__ import annotations

import pytest
from cartridge import MANIFEST_SCHEMA, NS, problems, unzip
from conftest import serve_directory

from therapybook.__main__ import main
from therapybook.edition import CONTENT_LICENCE_URL, edition
from therapybook.export.cc import command
from therapybook.instructor.catalogue import chapters

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def unzipped(built_book, tmp_path_factory):
    out = tmp_path_factory.mktemp("cartridge")
    config = out / "_config.yml"
    config.write_text("title: t\nhtml:\n  baseurl: ''\n", encoding="utf-8")  # no published address
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(command, "CONFIG", config)
        assert main(["export", "--format", "cc", "--out", str(out / "course")]) == 0
    return unzip(out / "course" / f"therapybook-{edition().version}.imscc", tmp_path_factory.mktemp("unzipped"))


def test_the_manifest_is_valid_and_lists_exactly_the_files_there(unzipped):
    assert problems(MANIFEST_SCHEMA, unzipped.read("imsmanifest.xml")) is None
    listed = {path for r in unzipped.resources().values() for path in unzipped.files_of(r)}
    there = {p.relative_to(unzipped.folder).as_posix() for p in unzipped.folder.rglob("*") if p.is_file()}
    assert listed == there - {"imsmanifest.xml"}
    assert not any(r.get("type") == "imswl_xmlv1p1" for r in unzipped.resources().values())
    for path in (p for p in unzipped.folder.rglob("*") if p.suffix in {".xml", ".html"}):  # the book's pages too
        text = path.read_text(encoding="utf-8")
        assert edition().version in text and CONTENT_LICENCE_URL in text, path


def _entry(unzipped, module_index: int, word: str) -> str:
    resources = unzipped.resources()
    items = [resources[i.get("identifierref")] for i in unzipped.modules()[module_index].iterfind("cp:item", NS)]
    (resource,) = [r for r in items if word in r.get("identifier")]
    assert resource.get("type") == "webcontent"
    return resource.get("href")


def test_pages_open_from_the_unzipped_folder_with_nothing_from_another_host(unzipped, page_and_log):
    page, log = page_and_log
    chapter = chapters()[1]
    guide = _entry(unzipped, -1, "guide")
    assert unzipped.role(unzipped.resources()["tb_instructor_guide"]) == "Instructor"
    pages = {
        _entry(unzipped, 1, "chapter"): chapter.title,
        _entry(unzipped, 1, "worksheet"): "Blank thought record",
        _entry(unzipped, 1, "overview"): f"Chapter {chapter.number}: {chapter.title}",
        guide: "Guide for instructors",
    }
    with serve_directory(unzipped.folder) as url:
        for path, heading in pages.items():
            page.goto(url + path, wait_until="networkidle")
            assert page.locator("h1").first.inner_text().strip() == heading, path
        page.goto(url + _entry(unzipped, 1, "chapter"), wait_until="networkidle")
        page.get_by_role("link", name="get help now").first.click()
        page.wait_for_load_state("networkidle")
        assert page.locator("h1").first.inner_text().strip() == "Get help now"
    log.assert_clean()
