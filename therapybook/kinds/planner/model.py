"""A week of activities (data/planner/<name>.csv), each rated 0-10 for pleasure, mastery and mood."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ...core.text import ContentModel, Identifier, Text

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
COLUMNS = ("day", "activity", "pleasure", "mastery", "mood")
RATINGS = ("pleasure", "mastery", "mood")
Rating = Annotated[int, Field(ge=0, le=10)]
# An activity counts as rewarding when either rating reaches this (on 0-10).
REWARDING_AT = 6


class Activity(ContentModel):
    day: Literal["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    activity: Text
    pleasure: Rating
    mastery: Rating
    mood: Rating

    @property
    def rewarding(self) -> bool:
        return max(self.pleasure, self.mastery) >= REWARDING_AT


class Week(ContentModel):
    id: Identifier
    activities: list[Activity] = Field(min_length=1)
