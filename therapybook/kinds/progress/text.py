"""My progress as plain text: what the page does, for a reader without the views."""

from __future__ import annotations

from ...core.plain import wrap
from .model import ProgressContent
from .strings import KEPT_IN_BROWSER


def progress_text(content: ProgressContent) -> str:
    return "\n".join([content.title, "", wrap(content.intro), "", wrap(KEPT_IN_BROWSER)])
