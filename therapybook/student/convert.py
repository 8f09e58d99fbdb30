"""MyST roles that JupyterLab cannot resolve, turned into plain, readable Markdown."""

from __future__ import annotations

import re

from ..core.citations import short_citation
from .glossary import canonical_name

CITE = re.compile(r"\{cite(?::(p|t|ps|ts))?\}`([^`]+)`")
TERM = re.compile(r"\{term\}`([^`<]+?)(?:\s*<([^>]+)>)?`")
DOC = re.compile(r"\{doc\}`([^`<]+?)(?:\s*<([^>]+)>)?`")
HELP_LINK = "../book/get_help.md"
# The help page in the student folder: a notebook, so JupyterLab and Notebook 7 both show it rendered.
HELP_NOTEBOOK = "get_help.ipynb"
# Pages a chapter may link to, and their titles, as the student folder holds them.
LOCAL_PAGES = {"get_help": (HELP_NOTEBOOK, "Get help now")}


def _keys(group: str) -> list[str]:
    return [key.strip() for key in group.split(",") if key.strip()]


def citation_text(style: str | None, keys: list[str]) -> str:
    labels = [short_citation(key) for key in keys]
    if style in ("t", "ts"):
        # "Kuyken et al., 2016" -> "Kuyken et al. (2016)"
        return "; ".join(f"{label.rsplit(', ', 1)[0]} ({label.rsplit(', ', 1)[1]})" for label in labels)
    return "(" + "; ".join(labels) + ")"


def render(markdown: str, cited: list[str], terms: list[str]) -> str:
    """The cell's text for Jupyter; the keys cited and the glossary terms used are appended to the lists."""

    def cite(match: re.Match[str]) -> str:
        keys = _keys(match.group(2))
        cited.extend(key for key in keys if key not in cited)
        return citation_text(match.group(1), keys)

    def term(match: re.Match[str]) -> str:
        shown, key = match.group(1).strip(), (match.group(2) or match.group(1)).strip()
        name = canonical_name(key)
        if name not in terms:
            terms.append(name)
        return f"*{shown}*"

    def doc(match: re.Match[str]) -> str:
        target = (match.group(2) or match.group(1)).strip().rsplit("/", 1)[-1]
        path, title = LOCAL_PAGES.get(target, (None, match.group(1).strip()))
        return f"[{title}]({path})" if path else title

    text = CITE.sub(cite, markdown)
    text = TERM.sub(term, text)
    text = DOC.sub(doc, text)
    return text.replace(f"]({HELP_LINK})", f"]({HELP_NOTEBOOK})")
