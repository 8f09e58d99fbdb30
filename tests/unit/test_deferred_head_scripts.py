"""What a page's head loads, made to wait for the first screen (therapybook/first_screen.py), on made-up pages."""

from __future__ import annotations

from sphinx.builders.html._assets import _JavaScript

from therapybook.first_screen import defer_scripts

HEAD = [
    _JavaScript("documentation_options.js"),
    _JavaScript("doctools.js"),
    _JavaScript("sphinx_highlight.js", priority=200),
    _JavaScript("therapybook.js", defer="defer"),
    _JavaScript(None, body="let toggleHintShow = 'Click to show';"),
    _JavaScript("analytics.js", **{"async": "async"}),
]


def scripts_after(pagename: str, scripts: list[_JavaScript]) -> list[_JavaScript]:
    context = {"script_files": list(scripts)}
    defer_scripts(None, pagename, "page.html", context, None)  # type: ignore[arg-type]
    return context["script_files"]


def test_every_script_file_is_deferred_in_its_order():
    after = scripts_after("notebooks/02_cbt", HEAD)
    files = [script for script in after if script.filename]
    assert [s.filename for s in files] == [s.filename for s in HEAD if s.filename], "the order is kept"
    assert [s.attributes.get("defer") for s in files[:4]] == ["defer"] * 4
    assert files[2].priority == 200, "Sphinx sorts by priority after this hook: it must not change"
    assert "defer" not in files[4].attributes, "an async script already waits and is left alone"


def test_togglebutton_settings_go_only_where_its_script_does_not_come():
    assert not any(s.attributes.get("body") for s in scripts_after("notebooks/02_cbt", HEAD))
    with_toggles = scripts_after("book/how_to_use", [*HEAD, _JavaScript("togglebutton.js")])
    assert any("toggleHintShow" in s.attributes.get("body", "") for s in with_toggles)


def test_the_search_page_keeps_its_head_as_it_is():
    # Its template loads searchtools.js synchronously after these, and that script uses doctools.js at once.
    assert scripts_after("search", HEAD) == HEAD
