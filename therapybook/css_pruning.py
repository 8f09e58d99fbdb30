"""Cut the theme's style sheets to the rules the built pages can use, as PurgeCSS does.

Every page loads the theme's CSS (Bootstrap's utilities and components, most of which the book never uses) and
myst-nb's. At the end of the build this step collects every token the site can produce (the tags, attributes,
classes and ids of the built pages, and every word of the scripts they load, since scripts add classes such as
``show`` at run time) and keeps a style rule only if each class and id its selector names is one of them. Rules
inside ``@media``, ``@supports`` and ``@layer`` are judged the same way; ``@font-face``, custom properties and
rules naming only tags, attributes and pseudo-classes stay. The files are read with tinycss2, not regexes.

The untouched originals are kept beside the build (``_build/unpruned-css``), outside what readers are served, so
the browser test can compare every page with and without the cut.
"""

from __future__ import annotations

import itertools
import re
import shutil
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import tinycss2
from sphinx.application import Sphinx
from tinycss2 import ast

from .light_pages import THEME_CSS, trim_icons

# The style sheets every page loads and the book uses only a little of (myst-nb's name carries its hash).
PRUNED = (str(THEME_CSS), "_static/styles/sphinx-book-theme.css", "_static/mystnb.*.css")
ORIGINALS = "unpruned-css"
# The first comment of a cut file: a file that has it was cut by an earlier build (Sphinx copies only changed files).
MARK = "/* Cut by therapybook.css_pruning to the rules the built pages use; the whole file is in {}. */"
# Words of a script, as PurgeCSS's default extractor reads them: class names, ids and tag names among them.
WORD = re.compile(r"[A-Za-z0-9_-]+")
# At-rules that hold style rules, judged one by one; a block left empty goes.
GROUPING = {"media", "supports", "layer", "container", "document", "-moz-document", "scope", "starting-style"}
KEYFRAMES = {"keyframes", "-webkit-keyframes", "-moz-keyframes"}
# Pseudo-classes whose argument is a selector list that must match for the whole selector to match.
SELECTOR_ARGUMENTS = {"is", "where", "has", "matches", "-webkit-any", "-moz-any"}


def originals_folder(html_dir: Path) -> Path:
    """Where the build keeps the uncut style sheets: beside the HTML folder, so readers are never served them."""
    return html_dir.parent / ORIGINALS


def pruned_files(html_dir: Path) -> list[Path]:
    return sorted(path for pattern in PRUNED for path in html_dir.glob(pattern))


class _PageTokens(HTMLParser):
    """Tag and attribute names, classes, ids, words of attribute values, inline scripts and script addresses."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: set[str] = set()
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tokens.add(tag)
        self._in_script = tag == "script"
        for name, value in attrs:
            self.tokens.add(name)
            self.tokens.update(WORD.findall(value or ""))
            if (tag, name) == ("script", "src") and value:
                self.scripts.append(value)

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.tokens.update(WORD.findall(data))


def site_tokens(html_dir: Path) -> set[str]:
    """Every token the built pages and the scripts they load can put in the document."""
    tokens: set[str] = set()
    scripts: set[Path] = set()
    static = html_dir / "_static"
    for page in html_dir.rglob("*.html"):
        if static in page.parents:
            continue  # the theme's template snippets, never shown
        parser = _PageTokens()
        parser.feed(page.read_text(encoding="utf-8", errors="replace"))
        tokens |= parser.tokens
        for src in parser.scripts:
            url = urlparse(src)
            if not (url.scheme or url.netloc):
                scripts.add((page.parent / unquote(url.path)).resolve())
    for script in scripts:
        if script.is_file():
            tokens.update(WORD.findall(script.read_text(encoding="utf-8", errors="replace")))
    return tokens


def _split(tokens: Iterable[ast.Node], separator: str = ",") -> list[list[ast.Node]]:
    parts: list[list[ast.Node]] = [[]]
    for token in tokens:
        if token.type == "literal" and token.value == separator:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _can_match(selector: list[ast.Node], present: set[str]) -> bool:
    """False when the selector names a class or id no page can have (what is inside :not() never counts)."""
    after_colon = after_dot = False
    for token in selector:
        if after_dot and token.type == "ident" and token.value not in present:
            return False
        if token.type == "hash" and token.is_identifier and token.value not in present:
            return False
        if (
            after_colon
            and token.type == "function"
            and token.lower_name in SELECTOR_ARGUMENTS
            and not any(_can_match(option, present) for option in _split(token.arguments))
        ):
            return False
        after_dot = token.type == "literal" and token.value == "."
        after_colon = token.type == "literal" and token.value == ":"
    return True


def _prefixed_or_new(selector: list[ast.Node]) -> bool:
    """A pseudo-class some browser does not know makes it drop the whole rule: such a list must stay whole."""
    for before, token in itertools.pairwise(selector):
        if before.type == "literal" and before.value == ":":
            name = token.lower_value if token.type == "ident" else getattr(token, "lower_name", "")
            if name.startswith("-") or name == "has":
                return True
    return False


def _selectors(rule: ast.QualifiedRule, present: set[str]) -> str | None:
    """The rule's selector list cut to the selectors that can match, or None when none can."""
    selectors = [s for s in _split(rule.prelude) if s]
    kept = [s for s in selectors if _can_match(s, present)]
    if not kept:
        return None
    if len(kept) < len(selectors) and any(_prefixed_or_new(s) for s in selectors):
        kept = selectors  # keep it as the browsers read it today
    return ",".join(tinycss2.serialize(s).strip() for s in kept)


def _prune_rules(rules: Iterable[ast.Node], present: set[str], top: bool = False) -> Iterator[str]:
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = _selectors(rule, present)
            if selectors is not None:
                yield selectors + "{" + tinycss2.serialize(rule.content).strip() + "}"
        elif rule.type == "at-rule" and rule.lower_at_keyword in GROUPING and rule.content is not None:
            inner = "".join(_prune_rules(_parse(rule.content), present))
            if inner:
                yield f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude).rstrip()}{{{inner}}}"
        elif rule.type == "at-rule":
            yield tinycss2.serialize([rule])
        elif rule.type == "comment" and top and rule.value.startswith("!"):
            yield tinycss2.serialize([rule])  # licence notices (/*! ... */) travel with the code


def _parse(content: list[ast.Node]) -> list[ast.Node]:
    return tinycss2.parse_rule_list(content, skip_comments=True, skip_whitespace=True)


def _idents(nodes: Iterable[ast.Node]) -> Iterator[str]:
    for node in nodes:
        if node.type == "ident":
            yield node.value
        elif node.type == "function":
            yield from _idents(node.arguments)
        elif node.type in ("() block", "[] block", "{} block", "qualified-rule", "at-rule"):
            yield from _idents(node.content or [])


def _drop_unused_keyframes(css: str) -> str:
    """Keyframes no kept rule names (in ``animation`` or a custom property) go too."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=False, skip_whitespace=True)
    named = set(_idents(r for r in rules if not (r.type == "at-rule" and r.lower_at_keyword in KEYFRAMES)))
    kept = [
        rule
        for rule in rules
        if not (rule.type == "at-rule" and rule.lower_at_keyword in KEYFRAMES)
        or tinycss2.serialize(rule.prelude).strip() in named
    ]
    return "".join(tinycss2.serialize([rule]) for rule in kept)


def _ascii(css: str) -> str:
    # tinycss2 writes escaped characters (icon code points such as "\f0c9") as themselves; write them back as CSS
    # escapes, so the file reads the same whatever encoding a server or browser assumes.
    return re.sub(r"[^\x00-\x7f]", lambda m: f"\\{ord(m.group()):x} ", css)


def prune(css: str, present: set[str], mark: str = "") -> str:
    """The style sheet with only the rules whose selectors can match a document made of `present` tokens."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=False, skip_whitespace=True)
    charset = [r for r in rules if r.type == "at-rule" and r.lower_at_keyword == "charset"]
    rest = [r for r in rules if r not in charset]
    body = _drop_unused_keyframes("".join(_prune_rules(rest, present, top=True)))
    return "".join(tinycss2.serialize([r]) for r in charset) + mark + _ascii(body) + "\n"


def _original(path: Path, saved: Path, mark: str) -> str:
    """The uncut file: Sphinx's fresh copy (kept aside for the test), or the one kept aside by an earlier build."""
    text = path.read_text(encoding="utf-8")
    if mark not in text:
        saved.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, saved)
        return text
    if not saved.is_file():
        raise FileNotFoundError(f"{path} was cut by an earlier build, but its original {saved} is gone: run make clean")
    return saved.read_text(encoding="utf-8")


def prune_styles(app: Sphinx, exception: Exception | None) -> None:
    """build-finished: cut the icon rules and fonts, then every rule no page can use, from each style sheet."""
    if exception is not None or app.builder.format != "html":
        return
    html_dir = Path(app.outdir)
    originals = originals_folder(html_dir)
    present = site_tokens(html_dir)
    for path in pruned_files(html_dir):
        relative = path.relative_to(html_dir)
        mark = MARK.format(f"{ORIGINALS}/{relative.as_posix()}")
        css = _original(path, originals / relative, mark)
        if relative == THEME_CSS:
            css = trim_icons(html_dir, css)
        path.write_text(prune(css, present, mark), encoding="utf-8")
