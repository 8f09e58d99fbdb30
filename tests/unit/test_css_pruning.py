"""Cutting the theme's style sheets to what the pages use (therapybook/css_pruning.py), on small made-up sites."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from therapybook.css_pruning import ORIGINALS, prune, prune_styles, site_tokens

PRESENT = {"bd-sidebar", "show", "main-nav", "html", "div"}


def test_a_rule_stays_only_if_every_class_and_id_it_names_can_be_present():
    css = ".bd-sidebar{color:red}.carousel{color:blue}.bd-sidebar .carousel{x:1}#main-nav{y:2}#nowhere{z:3}"
    assert prune(css, PRESENT) == ".bd-sidebar{color:red}#main-nav{y:2}\n"


def test_a_selector_list_keeps_the_selectors_that_can_match():
    assert prune(".toast,.show,.modal{opacity:1}", PRESENT) == ".show{opacity:1}\n"


def test_tags_attributes_pseudo_classes_and_custom_properties_stay():
    css = ":root{--pst-color:#fff}html[data-theme=dark]{--pst-color:#000}a:hover{color:red}*,::before{box-sizing:x}"
    assert prune(css, set()) == css + "\n"


def test_what_is_inside_not_never_counts_but_is_and_where_must_match():
    css = ".show:not(.collapsing){a:1}:is(.carousel,.toast) p{b:2}:where(.carousel,.show) p{c:3}"
    assert prune(css, PRESENT) == ".show:not(.collapsing){a:1}:where(.carousel,.show) p{c:3}\n"


def test_media_supports_and_layer_blocks_are_cut_inside_and_go_when_empty():
    css = "@media print{.carousel{a:1}.show{b:2}}@media (min-width:960px){.toast{c:3}}"
    css += "@supports (display:grid){.show{d:4}}"
    css += "@layer base{.toast{e:5}}"
    assert prune(css, PRESENT) == "@media print{.show{b:2}}@supports (display:grid){.show{d:4}}\n"


def test_keyframes_stay_while_a_kept_rule_names_them():
    css = "@keyframes spin{to{transform:rotate(1turn)}}@keyframes fade{to{opacity:0}}"
    css += ".show{animation:spin 1s}.toast{animation:fade}"
    assert prune(css, PRESENT) == "@keyframes spin{to{transform:rotate(1turn)}}.show{animation:spin 1s}\n"


def test_font_faces_licence_notices_and_the_charset_stay_and_other_comments_go():
    css = '@charset "UTF-8";/*! Bootstrap, MIT */@font-face{font-family:x;src:url(a.woff2)}/* a note */.toast{a:1}'
    assert prune(css, set()) == '@charset "UTF-8";/*! Bootstrap, MIT */@font-face{font-family:x;src:url(a.woff2)}\n'


def test_a_list_with_a_pseudo_class_some_browser_lacks_is_kept_whole():
    # Firefox drops the whole rule for the -webkit- selector; keeping only .show would change what Firefox shows.
    css = ".show,.toast::-webkit-scrollbar{a:1}"
    assert prune(css, PRESENT) == css + "\n"


def test_characters_beyond_ascii_are_written_as_css_escapes():
    assert prune('.show:before{content:"\\f0c9"}', PRESENT) == '.show:before{content:"\\f0c9 "}\n'


def page(folder: Path, name: str, html: str) -> None:
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(html, encoding="utf-8")


def test_tokens_come_from_the_pages_and_the_scripts_they_load_only(tmp_path):
    page(tmp_path, "a/one.html", '<div class="bd-main x" id="top" data-x="y z"><script src="../_static/s.js"></script>')
    page(tmp_path, "_static/s.js", 'el.classList.add("show"); document.body.dataset.mode = "dark";')
    page(tmp_path, "_static/unused.js", 'el.classList.add("carousel")')
    page(tmp_path, "_static/template.html", '<div class="toast">')
    tokens = site_tokens(tmp_path)
    assert {"div", "bd-main", "x", "top", "data-x", "y", "z", "show", "mode", "dark"} <= tokens
    assert "carousel" not in tokens and "toast" not in tokens


def build(html_dir: Path) -> None:
    prune_styles(SimpleNamespace(outdir=str(html_dir), builder=SimpleNamespace(format="html")), None)  # type: ignore[arg-type]


def test_a_second_build_ends_with_the_same_cut_files_whether_or_not_sphinx_copied_them_again(tmp_path):
    html_dir = tmp_path / "html"
    page(html_dir, "index.html", '<div class="show">')
    sheet = html_dir / "_static/styles/sphinx-book-theme.css"
    whole = ".show{a:1}.toast{b:2}"
    page(html_dir, "_static/styles/sphinx-book-theme.css", whole)
    build(html_dir)
    cut = sheet.read_text(encoding="utf-8")
    assert ".show{a:1}" in cut and "toast" not in cut
    assert (tmp_path / ORIGINALS / "_static/styles/sphinx-book-theme.css").read_text(encoding="utf-8") == whole
    build(html_dir)  # Sphinx left the cut file in place
    assert sheet.read_text(encoding="utf-8") == cut
    page(html_dir, "more.html", '<div class="toast">')  # a new page uses more of the theme
    build(html_dir)
    assert ".toast{b:2}" in sheet.read_text(encoding="utf-8"), "cut again from the whole file, not from the cut one"
    sheet.write_text(whole, encoding="utf-8")  # Sphinx copied the theme's file again
    build(html_dir)
    assert ".toast{b:2}" in sheet.read_text(encoding="utf-8")
