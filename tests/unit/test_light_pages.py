"""The build-time helpers behind the light pages and the whole-book checks, on small made-up inputs."""

from __future__ import annotations

from pathlib import Path

from scripts.crawl import crawl
from therapybook.light_pages import drop_unused_files, trim_icon_rules

THEME_CSS = (
    '.fa-bars:before,.fa-navicon:before{content:"\\f0c9"}'
    '.fa-fill-drip:before{content:"\\f576"}'
    ".btn{color:red}"
    '.fa-sun:before{content:"\\f185"}'
)


def test_icon_rules_keep_only_the_icons_shown_and_name_their_glyphs():
    css, code_points = trim_icon_rules(THEME_CSS, {"bars", "sun"})
    assert ".fa-bars:before" in css and ".fa-sun:before" in css
    assert "fill-drip" not in css, "an icon no page shows is dropped"
    assert ".btn{color:red}" in css, "other rules are left alone"
    assert code_points == {0xF0C9, 0xF185}


def test_an_icon_known_by_an_alias_keeps_its_rule():
    css, code_points = trim_icon_rules(THEME_CSS, {"navicon"})
    assert '{content:"\\f0c9"}' in css and code_points == {0xF0C9}


def test_a_page_without_cards_code_or_toggles_loads_none_of_their_files():
    context = {
        "body": "<p>Plain text</p>",
        "css_files": ["sphinx-design.min.css", "pygments.css", "therapybook.css", "sphinx-thebe.css"],
        "script_files": ["design-tabs.js", "copybutton.js", "togglebutton.js", "therapybook.js"],
    }
    drop_unused_files(None, "page", "page.html", context, None)  # type: ignore[arg-type]
    assert context["css_files"] == ["therapybook.css"]
    assert context["script_files"] == ["therapybook.js"]


def test_a_page_with_code_keeps_its_highlighting_and_copy_button():
    context = {"body": '<div class="highlight"><pre>x</pre></div>', "css_files": ["pygments.css"], "script_files": []}
    context["script_files"] = ["copybutton.js"]
    drop_unused_files(None, "page", "page.html", context, None)  # type: ignore[arg-type]
    assert context["css_files"] == ["pygments.css"] and context["script_files"] == ["copybutton.js"]


def write(folder: Path, name: str, html: str) -> None:
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(html, encoding="utf-8")


def test_crawl_follows_links_from_the_front_page_and_reports_what_is_broken(tmp_path):
    write(tmp_path, "index.html", '<meta http-equiv="Refresh" content="0; url=book/intro.html" />')
    write(
        tmp_path,
        "book/intro.html",
        '<a href="../ch/one.html#part">One</a> <a href="missing.html">Gone</a> '
        '<img src="../pic.png"> <a href="https://example.org/">Away</a> <a href="#top">Top</a>',
    )
    write(tmp_path, "ch/one.html", '<h2 id="other">x</h2><link href="../style.css?v=1" rel="stylesheet">')
    write(tmp_path, "orphan.html", "never linked")
    (tmp_path / "style.css").write_text("", encoding="utf-8")
    found = crawl(tmp_path)
    assert found.pages == ["book/intro.html", "ch/one.html", "index.html"]
    assert sorted(found.broken) == [
        "book/intro.html -> ../pic.png",  # a missing image
        "book/intro.html -> book/intro.html#top",  # an anchor the page does not have
        "book/intro.html -> ch/one.html#part",  # an anchor the target page does not have
        "book/intro.html -> missing.html",  # a missing page
    ]
