"""The base of every displayable kind: load and check once, then render on demand.

Displayed in Jupyter, one object offers the live widget, the static HTML and a
text fallback in one mime bundle: JupyterLab shows the widget; the book, which
prefers text/html, shows the static view.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, ClassVar, Generic, Self, TypeVar

from pydantic import BaseModel

from .citations import check_keys, cited
from .contract import LiveView, RuleCase
from .errors import display_path
from .files import content_path
from .html import kind_of

ContentT = TypeVar("ContentT")


class ContentItem(ABC, Generic[ContentT]):
    suffix: ClassVar[str] = ".yml"

    def __init__(self, content: ContentT) -> None:
        self.content = content

    @classmethod
    def kind_name(cls) -> str:
        # The folder the class lives in: written once, as a folder name.
        return kind_of(cls.__module__)

    @classmethod
    def from_file(cls, name: str | Path) -> Self:
        """Load, validate and check the citations of ``data/<kind>/<name>`` (or of a ``Path``)."""
        path = content_path(name, cls.kind_name(), cls.suffix)
        content = cls.load(path)
        check_keys(cls.citations(content), display_path(path))
        return cls(content)

    @classmethod
    def read(cls, name: str | Path) -> ContentT:
        """Only the validated content, without the citation check or any view."""
        return cls.load(content_path(name, cls.kind_name(), cls.suffix))

    @classmethod
    @abstractmethod
    def load(cls, path: Path) -> ContentT: ...

    @classmethod
    def citations(cls, content: ContentT) -> dict[str, list[str]]:
        """Citation keys by the item that cites them ("question 'q1'"), checked against references.bib: by
        default every field typed CiteKey, so a new kind's citations are checked without a line of its own."""
        return cited(content) if isinstance(content, BaseModel) else {}

    @abstractmethod
    def view(self) -> LiveView: ...

    @abstractmethod
    def html(self) -> str: ...

    @abstractmethod
    def text(self) -> str: ...

    @abstractmethod
    def essential_text(self) -> list[str]: ...

    def rule_cases(self) -> list[RuleCase]:
        return []

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        bundle = dict(self.view().box._repr_mimebundle_() or {})
        bundle["text/html"] = self.html()
        bundle["text/plain"] = self.text()
        return bundle

    def __repr__(self) -> str:
        return self.text()
