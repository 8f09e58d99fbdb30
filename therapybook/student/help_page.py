"""The help page as a notebook beside the student copies: rendered on opening, in JupyterLab and Notebook 7 alike.

Notebook 7 opens a linked ``.md`` file in its text editor (raw Markdown, links that cannot be clicked); a notebook
of Markdown cells opens rendered everywhere. Admonitions become quotes, which every renderer shows.
"""

from __future__ import annotations

import re

import nbformat
from nbformat import NotebookNode

from .convert import render

ADMONITION = re.compile(r"```\{(?:admonition|note|important|warning)\}[ \t]*(.*?)\n((?::[^\n]*\n)*)(.*?)\n```", re.S)


def _as_quote(match: re.Match[str]) -> str:
    title, body = match.group(1).strip(), match.group(3).strip()
    lines = ([f"**{title}**", ""] if title else []) + body.splitlines()
    return "\n".join(f"> {line}".rstrip() for line in lines)


def help_notebook(markdown: str, cited: list[str]) -> NotebookNode:
    """One Markdown cell per section of the page, its roles rendered as text; the keys it cites go into ``cited``."""
    text = render(ADMONITION.sub(_as_quote, markdown), cited, [])
    sections = [part.strip() for part in re.split(r"\n(?=## )", text) if part.strip()]
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell(section) for section in sections]
    return notebook
