"""``Walkthrough.from_file("recovery_stages")``: steps to move through, live and on the page."""

from __future__ import annotations

from pathlib import Path

from ...core.display import ContentItem
from ...core.yaml_files import load_model
from .live import WalkthroughView
from .model import WalkthroughContent
from .page import walkthrough_html
from .stepping import WalkthroughSession
from .text import walkthrough_text


class Walkthrough(ContentItem[WalkthroughContent]):
    @classmethod
    def load(cls, path: Path) -> WalkthroughContent:
        return load_model(WalkthroughContent, path)

    @classmethod
    def citations(cls, content: WalkthroughContent) -> dict[str, list[str]]:
        return {f"step '{s.id}'": s.cite for s in content.steps}

    def view(self) -> WalkthroughView:
        return WalkthroughView(WalkthroughSession(self.content))

    def html(self) -> str:
        return walkthrough_html(self.content)

    def text(self) -> str:
        return walkthrough_text(self.content)

    def essential_text(self) -> list[str]:
        walk = self.content
        return [walk.title] + [t for step in walk.steps for t in (step.title, *step.text.values())]
