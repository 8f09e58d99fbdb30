"""The one script and one style sheet behind every interactive kind on the site.

Each kind keeps its own small ``page.js`` and ``page.css``; they are joined
here, after the core and after constants generated from Python (so the page
script trims, counts and parses as Python does), into ``therapybook.js`` and
``therapybook.css``, minified (rjsmin, rcssmin: comments and spaces out, a third lighter for a phone). No Node
toolchain is needed to build the book; the readable sources are the package's own files.
"""

from __future__ import annotations

import json
from pathlib import Path

from rcssmin import cssmin
from rjsmin import jsmin

from .files import write_if_changed
from .help_line import ON_PAPER
from .registry import kinds
from .text import INVISIBLE_JS_CLASS, WHOLE_NUMBER_PATTERN

CORE_PAGE = Path(__file__).resolve().parent / "page"
PROGRESS_PAGE = Path(__file__).resolve().parent.parent / "progress"
SCRIPT_NAME = "therapybook.js"
STYLE_NAME = "therapybook.css"


def shared_constants() -> dict[str, object]:
    # crisisLine: every printed worksheet carries the help notice's words (core.help_line).
    return {"invisible": INVISIBLE_JS_CLASS, "wholeNumber": WHOLE_NUMBER_PATTERN, "crisisLine": ON_PAPER}


def sources(extension: str) -> list[Path]:
    """The core file first, then each registered kind's own file, in registry order."""
    own = [kind.asset(extension) for kind in kinds().values()]
    # The progress rules and store come next: the quiz, My progress and Review scripts all use them.
    shared = [
        path for path in (PROGRESS_PAGE / f"rules.{extension}", PROGRESS_PAGE / f"page.{extension}") if path.exists()
    ]
    # Last, the book's repair of the theme's own controls (page/theme.js says what and why).
    theme = [path for path in (CORE_PAGE / f"theme.{extension}",) if path.exists()]
    return [CORE_PAGE / f"core.{extension}", *shared, *(path for path in own if path is not None), *theme]


def joined_script() -> str:
    parts = []
    for path in sources("js"):
        parts.append(f"/* {_label(path)} */\n{path.read_text(encoding='utf-8').strip()}\n")
        if path == CORE_PAGE / "core.js":
            constants = json.dumps(shared_constants(), ensure_ascii=True)
            parts.append(f"/* generated from therapybook.core.text */\nwindow.therapybook.shared = {constants};\n")
    parts.append("window.therapybook.start();\n")
    return jsmin("\n".join(parts))


def joined_style() -> str:
    return cssmin("\n".join(path.read_text(encoding="utf-8").strip() for path in sources("css")))


def write_assets(folder: Path) -> list[Path]:
    """Write both files into ``folder`` (only when changed, so their dates stay put) and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in ((SCRIPT_NAME, joined_script()), (STYLE_NAME, joined_style())):
        written.append(write_if_changed(folder / name, text))
    return written


def _label(path: Path) -> str:
    return path.relative_to(CORE_PAGE.parent.parent).as_posix()
