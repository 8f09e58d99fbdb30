"""What a My progress file (data/progress/<name>.yml) holds: the words around the student's own numbers."""

from __future__ import annotations

from ...core.text import ContentModel, Identifier, Text


class ProgressContent(ContentModel):
    id: Identifier
    title: Text
    intro: Text
    # The first line of the summary a student downloads and hands in.
    summary_title: Text
