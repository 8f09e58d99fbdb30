"""A deck as one self-contained HTML file: its style and script inline, its figures as data: URIs, so it works
from a USB stick or an email attachment (file://) and asks no other host for anything.

Jinja's autoescaping is on for the whole template, so every text from the chapter stays text."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from .deck import Deck

HERE = Path(__file__).resolve().parent
_environment = Environment(
    loader=FileSystemLoader(str(HERE)),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _inline(name: str) -> Markup:
    # Our own files, read as they are: they hold no content text. "</" is kept out so neither can end its element.
    text = (HERE / name).read_text(encoding="utf-8")
    if "</" in text:
        raise ValueError(f"therapybook/slides/{name} must not contain '</'")
    return Markup(text)


def _digest(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def deck_html(deck: Deck) -> str:
    style, script = _inline("deck.css"), _inline("deck.js")
    # The browser itself then refuses anything else: no other host, no injected script or style.
    policy = (
        f"default-src 'none'; img-src data:; style-src {_digest(style)}; script-src {_digest(script)}; "
        "base-uri 'none'; form-action 'none'"
    )
    return _environment.get_template("deck.html.j2").render(deck=deck, policy=policy, style=style, script=script)
