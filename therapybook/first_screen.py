"""Let a page's first screen come sooner on a slow phone (issue 25): nothing in the head waits on a script.

A default page loads Sphinx's and the theme's scripts synchronously in the head. A synchronous script stops the
parser until it has arrived and run, and even an inline one waits for every stylesheet above it, so on a slow
line the page's text is not even parsed until all of them are in. None of them is needed before the page has
been parsed: each runs its work when the document is ready. So every script file is deferred (deferred scripts
still run in document order, before DOMContentLoaded, so each still finds what the one before it defined), and
sphinx-togglebutton's inline settings go wherever its script does not come. The theme-mode script in the layout
stays synchronous: it sets light or dark before the first paint, so no page flashes in the wrong colours.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

# The search page's own template loads searchtools.js synchronously after these files, and that script calls
# doctools.js's helpers at once: there the head stays as Sphinx made it.
KEEP_AS_IS = {"search"}
# sphinx-togglebutton's inline settings, which only its own script reads.
TOGGLE_SETTINGS = ("toggleHintShow", "toggleHintHide", "toggleOpenOnPrint")


def _filename(script: Any) -> str:
    return str(getattr(script, "filename", None) or "")


def _deferred(script: Any) -> Any:
    """The same script with defer set, unless it has no file (inline) or already waits (defer or async)."""
    attributes = dict(getattr(script, "attributes", {}))
    if not _filename(script) or "defer" in attributes or "async" in attributes:
        return script
    return type(script)(script.filename, priority=script.priority, **attributes, defer="defer")


def _toggle_settings(script: Any) -> bool:
    body = str(getattr(script, "attributes", {}).get("body", ""))
    return any(setting in body for setting in TOGGLE_SETTINGS)


def defer_scripts(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """html-page-context (after drop_unused_files): every script file deferred, unused inline settings dropped."""
    if pagename in KEEP_AS_IS:
        return
    scripts = context.get("script_files", [])
    toggles = any("togglebutton" in _filename(script) for script in scripts)
    context["script_files"] = [_deferred(s) for s in scripts if toggles or not _toggle_settings(s)]
