"""The text/plain view's one helper: wrap for consoles and front ends without HTML."""

from __future__ import annotations

import textwrap

WIDTH = 88


def wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, width=WIDTH, initial_indent=indent, subsequent_indent=indent)
