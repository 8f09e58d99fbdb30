"""A part's HTML made into an EPUB page's XML, and links between the EPUB's files, without building the book."""

from __future__ import annotations

import pytest
from lxml import etree

from therapybook.editions.epub.write import epub_linker
from therapybook.editions.epub.xhtml import SVG, part_to_xml
from therapybook.editions.errors import PrintError


def test_svg_moves_into_its_namespace_with_its_attributes_spelled_as_svg_spells_them():
    html = '<section><svg viewbox="0 0 4 2" focusable="false"><path d="M0 0L4 2"></path></svg></section>'
    root = etree.fromstring(part_to_xml(html, "notebooks/13_evidence_explorer"))
    svg = root[0]
    assert svg.tag == f"{{{SVG}}}svg" and svg[0].tag == f"{{{SVG}}}path"
    assert svg.get("viewBox") == "0 0 4 2" and svg.get("focusable") is None


def test_a_label_or_reference_to_a_control_that_is_gone_is_dropped():
    html = (
        '<section><label class="tb-option" for="x">[X] Often</label><label for="kept">Kept</label>'
        '<span id="kept" aria-describedby="gone kept">Text</span></section>'
    )
    root = etree.fromstring(part_to_xml(html, "notebooks/12_measuring_change_and_staying_well"))
    first, second, span = root
    assert first.tag == "span" and first.get("class") == "tb-option tb-label" and first.get("for") is None
    assert second.tag == "label" and second.get("for") == "kept"
    assert span.get("aria-describedby") == "kept"


def test_html_that_is_not_xml_is_refused_with_the_page_named():
    with pytest.raises(PrintError, match="notebooks/02_cbt: the page's HTML does not read as XML"):
        part_to_xml("<section><p>a&nbsp;b</p></section>", "notebooks/02_cbt")


def test_links_go_to_the_file_of_a_page_in_the_epub_and_keep_only_their_words_elsewhere():
    link = epub_linker({"notebooks/02_cbt", "book/references"})
    assert link("notebooks/02_cbt", None) == "02_cbt.xhtml"
    assert link("book/references", "id7") == "references.xhtml#book-references--id7"
    assert link("book/how_to_use", None) is None
