"""Moving through a walkthrough, one step at a time. Pure logic."""

from __future__ import annotations

from dataclasses import dataclass

from .model import NO_LENS, Step, WalkthroughContent


def position_label(index: int, total: int) -> str:
    return f"Step {index + 1} of {total}"


@dataclass
class WalkthroughSession:
    walkthrough: WalkthroughContent
    index: int = 0
    lens: str | None = None

    def __post_init__(self) -> None:
        if self.lens is None and self.walkthrough.lens:
            self.lens = self.walkthrough.lens.ids[0]

    @property
    def total(self) -> int:
        return len(self.walkthrough.steps)

    @property
    def step(self) -> Step:
        return self.walkthrough.steps[self.index]

    @property
    def at_start(self) -> bool:
        return self.index == 0

    @property
    def at_end(self) -> bool:
        return self.index == self.total - 1

    @property
    def label(self) -> str:
        return position_label(self.index, self.total)

    @property
    def text(self) -> str:
        return self.step.text[self.lens or NO_LENS]

    def next(self) -> Step:
        self.index = min(self.index + 1, self.total - 1)
        return self.step

    def back(self) -> Step:
        self.index = max(self.index - 1, 0)
        return self.step

    def go_to(self, index: int) -> Step:
        if not 0 <= index < self.total:
            raise IndexError(f"walkthrough '{self.walkthrough.id}' has steps 1 to {self.total}, not {index + 1}")
        self.index = index
        return self.step

    def set_lens(self, lens_id: str) -> None:
        known = self.walkthrough.lens.ids if self.walkthrough.lens else []
        if lens_id not in known:
            raise KeyError(f"walkthrough '{self.walkthrough.id}' has no lens option '{lens_id}'; known: {known}")
        self.lens = lens_id
