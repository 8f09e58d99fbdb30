"""Keep every page light: leave out theme files a page does not use, and cut the icon font to the icons shown.

A default Jupyter Book 1 page loads 2.4 MB, most of it the theme's icon script (every Font Awesome icon as
JavaScript) and files for features the book never shows. The theme's CSS already draws its icons with the
Font Awesome web font, so the script is not needed at all (the layout override leaves it out); the font and
the CSS that names each icon are cut at the end of the build to the icons the built pages use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fontTools import subset
from sphinx.application import Sphinx

# Files a page loads only for a feature, and the mark in the page body that shows the feature is there.
FEATURE_FILES = {
    # sphinx-design cards, grids, tabs and badges all carry "sd-" classes.
    'class="sd-': ("sphinx-design", "design-tabs"),
    # sphinx-togglebutton acts on .toggle and dropdown admonitions.
    "toggle": ("togglebutton",),
    # sphinx-copybutton adds its button to highlighted code blocks, which are all pygments.css styles.
    'class="highlight': ("copybutton", "clipboard", "pygments"),
}
# Readers have no kernel, and drop_thebe already removes thebe's scripts: its style is dead weight too.
NEVER_USED = ("sphinx-thebe",)

ICON_CLASS = re.compile(r"\bfa-([a-z0-9-]+)")
# One icon rule of the theme's Font Awesome CSS, e.g. .fa-bars:before,.fa-navicon:before{content:"\f0c9"}
ICON_RULE = re.compile(r'((?:\.fa-[a-z0-9-]+:(?::)?before,?)+)\{content:"\\([0-9a-f]{4})"\}')
THEME_CSS = Path("_static/styles/pydata-sphinx-theme.css")
ICON_FONTS = Path("_static/vendor/fontawesome/webfonts")


def _asset_name(asset: Any) -> str:
    return str(getattr(asset, "filename", None) or asset)


def drop_unused_files(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """html-page-context: a page without cards, toggles or code loads none of their files."""
    body = context.get("body", "")
    unused = list(NEVER_USED)
    for mark, names in FEATURE_FILES.items():
        if mark not in body:
            unused.extend(names)
    for key in ("css_files", "script_files"):
        context[key] = [a for a in context.get(key, []) if not any(n in _asset_name(a) for n in unused)]


def icons_used(html_dir: Path) -> set[str]:
    """Icon names in the built pages and in the theme's scripts (which add a few at run time)."""
    names: set[str] = set()
    for path in [*html_dir.rglob("*.html"), *(html_dir / "_static" / "scripts").glob("*.js")]:
        names.update(ICON_CLASS.findall(path.read_text(encoding="utf-8", errors="replace")))
    return names


def trim_icon_rules(css: str, names: Iterable[str]) -> tuple[str, set[int]]:
    """Drop the rules of icons no page shows; return the CSS and the code points the kept icons need."""
    wanted = {f".fa-{name}:" for name in names}
    code_points: set[int] = set()

    def keep_if_used(rule: re.Match[str]) -> str:
        if any(selector in rule.group(1) for selector in wanted):
            code_points.add(int(rule.group(2), 16))
            return rule.group(0)
        return ""

    return ICON_RULE.sub(keep_if_used, css), code_points


def subset_font(path: Path, code_points: set[int]) -> None:
    """Rewrite a woff2 icon font with only the given glyphs (fontTools, as pyftsubset does)."""
    options = subset.Options()
    options.flavor = "woff2"
    font = subset.load_font(str(path), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(code_points))
    subsetter.subset(font)
    subset.save_font(font, str(path), options)


def trim_icons(html_dir: Path, css: str) -> str:
    """The theme's CSS cut to the icons the built pages show, with its icon fonts cut to their glyphs.

    css_pruning.prune_styles calls it on the theme's uncut CSS at the end of each build, then cuts the rest.
    """
    css, code_points = trim_icon_rules(css, icons_used(html_dir))
    for font in (html_dir / ICON_FONTS).glob("*.woff2"):
        subset_font(font, code_points)
    return css
