"""The contract every interactive kind meets, checked by mypy and by tests/contract.

A kind is a folder ``therapybook/kinds/<name>/``. Its name is the folder's
name and is used, unchanged, for the data folder ``data/<name>/``, the page
view's ``data-tb-kind`` attribute and the page script's
``therapybook.register("<name>", ...)``. Its ``KIND`` (in the folder's
``__init__.py``) says which class displays it; registering the folder's name
in ``registry.py`` is the only change outside the folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Protocol, Self

import ipywidgets as widgets

from .errors import data_dir


class LiveView(Protocol):
    """The ipywidgets view: its ``box`` is what JupyterLab shows."""

    @property
    def box(self) -> widgets.Widget: ...


@dataclass(frozen=True)
class RuleCase:
    """One rule that both Python and the page script hold: ``therapybook.rules.<kind>.<function>(*args)``
    must return ``expected``, which Python computed."""

    function: str
    args: tuple[Any, ...]
    expected: Any


class Displayable(Protocol):
    """One piece of content, shown three ways from one object."""

    # The content file's suffix in data/<kind>/: ".yml", or ".csv" for tables.
    suffix: ClassVar[str]

    @classmethod
    def from_file(cls, name: str | Path) -> Self: ...

    def view(self) -> LiveView: ...

    def html(self) -> str: ...

    def text(self) -> str: ...

    def essential_text(self) -> list[str]:
        """What a reader must be able to read in the page view without JavaScript."""
        ...

    def rule_cases(self) -> list[RuleCase]:
        """Cases where the page script must reproduce Python's result (empty if it holds no rule)."""
        ...

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Kind:
    """A registered kind: its name (the folder's) and the class that displays its content."""

    name: str
    display: type[Displayable]
    # An adapter shows its content through another kind's page view (traps through quiz).
    page_view_of: str | None = None

    @property
    def folder(self) -> Path:
        return Path(__file__).resolve().parent.parent / "kinds" / self.name

    @property
    def suffix(self) -> str:
        return self.display.suffix

    @property
    def page_kind(self) -> str:
        return self.page_view_of or self.name

    def data_folder(self) -> Path:
        return data_dir() / self.name

    def content_files(self) -> list[Path]:
        folder = self.data_folder()
        return sorted(folder.glob(f"*{self.suffix}")) if folder.is_dir() else []

    def asset(self, extension: str) -> Path | None:
        """The kind's own page script or style (``page.js``, ``page.css``), if it has one."""
        path = self.folder / f"page.{extension}"
        return path if path.exists() else None
