"""The contract every registered kind meets (see therapybook/core/contract.py).

Each test runs once per kind in the registry, on that kind's fixture files in
tests/fixtures/data/<kind>/, and the book's own files in data/<kind>/.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import get_origin

import ipywidgets as widgets
import pytest
from hostile import HOSTILE, HOSTILE_TAGS, UNKNOWN_KEY, hostile_copy, prose_count, unknown_citations_copy
from toc import ROOT

from therapybook.core.citations import unknown_keys
from therapybook.core.contract import Kind
from therapybook.core.html import KINDS_DIR
from therapybook.core.messages import ITEM_NAMES
from therapybook.core.registry import KIND_NAMES, kinds
from therapybook.core.text import ContentModel

KINDS = list(kinds().values())


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Every test that takes `kind` runs once per registered kind: a new kind gets the checks by registering.
    if "kind" in metafunc.fixturenames:
        metafunc.parametrize("kind", KINDS, ids=[k.name for k in KINDS])


@pytest.fixture
def samples(kind: Kind, fixture_data):
    """Every fixture file of this kind, displayed; the contract needs at least one."""
    files = kind.content_files()
    assert files, f"tests/fixtures/data/{kind.name}/ needs at least one sample file for the contract tests"
    return [kind.display.from_file(path) for path in files]


class Page(HTMLParser):
    """Tags, ids, the data islands, and the text a reader sees without JavaScript."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.islands: list[str] = []
        self.text: list[str] = []
        self._in_script = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.islands if self._in_script else self.text).append(data)

    @property
    def ids(self) -> list[str]:
        return [attrs["id"] for _, attrs in self.tags if "id" in attrs]

    @property
    def readable(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.text))


def every_widget(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from every_widget(child)


def test_every_kind_folder_is_registered_once():
    folders = sorted(p.name for p in KINDS_DIR.iterdir() if p.is_dir() and not p.name.startswith("_"))
    assert sorted(KIND_NAMES) == folders
    assert len(set(KIND_NAMES)) == len(KIND_NAMES)


def every_subclass(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *every_subclass(direct))]


def test_every_list_in_content_names_its_items_in_messages():
    """So a message says "section 'signs'" or "example 2", never pydantic's "'sections': '0'"."""
    kinds()  # imports every kind's models
    unnamed = sorted(
        f"{model.__module__}.{model.__name__}.{name}"
        for model in every_subclass(ContentModel)
        for name, info in model.model_fields.items()
        if get_origin(info.annotation) is list and name not in ITEM_NAMES
    )
    assert unnamed == [], "add these lists to therapybook.core.messages.ITEM_NAMES"


def test_the_books_content_files_validate(kind):
    for path in sorted((ROOT / "data" / kind.name).glob(f"*{kind.suffix}")):
        kind.display.from_file(path)  # raises ContentError naming the file, item and field


def test_hostile_text_in_every_field_is_shown_never_run(kind, samples):
    for sample in samples:
        assert prose_count(sample.content) >= 2, "a kind with no prose fields cannot be checked for escaping"
        item = type(sample)(hostile_copy(sample.content))
        page = Page(item.html())
        tags = {tag for tag, _ in page.tags}
        assert not tags & HOSTILE_TAGS, f"content became markup: {tags & HOSTILE_TAGS}"
        scripts = [attrs for tag, attrs in page.tags if tag == "script"]
        assert scripts == [{"type": "application/json", "class": "tb-data"}] * len(scripts)
        for island in page.islands:
            assert "</script" not in island.lower(), "a data island must not be closable by content"
        data = [json.loads(island) for island in page.islands]
        assert HOSTILE.strip() in page.readable + json.dumps(data, ensure_ascii=False)
        assert HOSTILE.strip() in item.text()
        for widget in every_widget(item.view().box):
            if isinstance(widget, widgets.HTML) and "<style>" not in widget.value:
                assert "<img" not in widget.value and "<script" not in widget.value
            assert not getattr(widget, "description_allow_html", False)


def test_every_citation_in_a_kinds_content_is_checked(kind, samples):
    """Wherever a kind's content cites (any field typed CiteKey), an unknown key is reported, naming it."""
    for sample in samples:
        copy, citations = unknown_citations_copy(sample.content)
        problems = unknown_keys(kind.display.citations(copy), "file")
        assert len(problems) == citations, f"{citations} citations, {len(problems)} checked: {problems}"
        assert all(f"'cite': '{UNKNOWN_KEY}' is not in" in problem for problem in problems)


def test_ids_are_derived_from_content_ids(kind, samples):
    for sample in samples:
        first, second = (
            sample.html(),
            type(sample).from_file(kind.data_folder() / f"{sample.content.id}{kind.suffix}").html(),
        )
        assert first == second, "the page view must be the same on every run"
        ids = Page(first).ids
        assert ids and len(ids) == len(set(ids)), "ids must be unique"
        root = ids[0]
        assert root.startswith("tb-") and root.endswith(f"-{sample.content.id}")
        assert all(i == root or i.startswith(root + "-") for i in ids), ids


def test_page_view_reads_as_text_without_javascript(kind, samples):
    for sample in samples:
        readable = Page(sample.html()).readable
        missing = [t for t in sample.essential_text() if re.sub(r"\s+", " ", t) not in readable]
        assert not missing, f"not readable without JavaScript: {missing[:3]}"


def test_page_view_names_its_kind_and_its_script_registers_that_name(kind, samples):
    owner = kinds()[kind.page_kind]
    template = (owner.folder / "page.html.j2").read_text(encoding="utf-8")
    assert 'data-tb-kind="{{ kind }}"' in template, "the kind name comes from the folder, not the template"
    script = owner.asset("js")
    assert script is not None, f"therapybook/kinds/{owner.name}/page.js is missing"
    assert re.findall(r'tb\.register\("([\w-]+)"', script.read_text(encoding="utf-8")) == [owner.name]
    for sample in samples:
        roots = [attrs for _, attrs in Page(sample.html()).tags if "data-tb-kind" in attrs]
        assert [r["data-tb-kind"] for r in roots] == [kind.page_kind]


def test_a_kind_with_rules_in_both_languages_declares_cases(kind, samples):
    script = kinds()[kind.page_kind].asset("js")
    published = script is not None and f"tb.rules.{kind.page_kind} =" in script.read_text(encoding="utf-8")
    cases = [case for sample in samples for case in sample.rule_cases()]
    assert bool(cases) == published, "a page script that publishes rules needs Python cases to check them, and back"
