"""Python and the page script hold the same rules: for every registered kind, each
case Python computed (``rule_cases``) is run through ``therapybook.rules.<kind>``
in Chromium, in the joined script the book ships."""

from __future__ import annotations

import pytest
from conftest import serve_directory

from therapybook.core.assets import write_assets
from therapybook.core.registry import kinds
from therapybook.core.text import char_count, trim, whole_number_in

pytestmark = pytest.mark.browser

KINDS = list(kinds().values())


@pytest.fixture(scope="module")
def script_page(chromium, tmp_path_factory):
    folder = tmp_path_factory.mktemp("rules")
    write_assets(folder)
    (folder / "index.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>rules</title>'
        '<link rel="icon" href="data:,"><script src="therapybook.js"></script></head><body></body></html>',
        encoding="utf-8",
    )
    context = chromium.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    with serve_directory(folder) as url:
        page.goto(url + "index.html")
        yield page, errors
    context.close()


def run_cases(page, kind_name, cases):
    return page.evaluate(
        "([kind, cases]) => cases.map(([name, args]) => therapybook.rules[kind][name](...args))",
        [kind_name, [[case.function, list(case.args)] for case in cases]],
    )


def test_every_kind_with_a_page_view_registers_itself(script_page):
    page, errors = script_page
    registered = page.evaluate("Object.keys(therapybook.kinds)")
    assert sorted(registered) == sorted({k.page_kind for k in KINDS})
    assert errors == []


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_page_script_rules_match_python(script_page, kind, fixture_data):
    page, errors = script_page
    cases = [case for path in kind.content_files() for case in kind.display.from_file(path).rule_cases()]
    if not cases:  # then its page script must not hold rules of its own either
        assert page.evaluate("kind => therapybook.rules[kind] === undefined", kind.page_kind)
        return
    results = run_cases(page, kind.page_kind, cases)
    mismatches = [
        (c.function, c.args[-1], c.expected, r) for c, r in zip(cases, results, strict=True) if r != c.expected
    ]
    assert not mismatches, mismatches[:3]
    assert errors == []


TEXTS = [
    "plain",
    "  spaced\t",
    "\u200b\u200bzero width\u200b",
    "\ufeffbom",
    "\u00a0nbsp\u3000",
    "\x1c\x85ctl\x1f",
    "\u2028line\u2029",
    "\u200d👩‍👩‍👧\u200d",
    "😊" * 3,
    "e\u0301",
    "",
    "\u200b",
    "mid\u200bdle",
]


def test_trimming_and_counting_match_python(script_page):
    page, _errors = script_page
    got = page.evaluate(
        "texts => texts.map(t => [therapybook.rules.core.trim(t), therapybook.rules.core.charCount(t)])", TEXTS
    )
    assert got == [[trim(t), char_count(t)] for t in TEXTS]


RATINGS = ["7", " 10 ", "-0", "050", "", None, "٥", "５", "7.5", "1e1", "+5", "11", "-1", "\u200b42\u200b", 3]


def test_whole_numbers_match_python(script_page):
    page, _errors = script_page
    got = page.evaluate("values => values.map(v => therapybook.rules.core.wholeNumberIn(v, 0, 100))", RATINGS)
    assert got == [whole_number_in(v, 0, 100) for v in RATINGS]
