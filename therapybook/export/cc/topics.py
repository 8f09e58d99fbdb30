"""Discussion topics (``imsdt_xmlv1p1``) and web links (``imswl_xmlv1p1``), each a small XML file of its own."""

from __future__ import annotations

from ...edition import edition
from ..banks import paragraphs_html
from .xmltools import TOPIC, WEBLINK, root, serialise, sub


def topic_xml(title: str, question: str, chapter_title: str) -> bytes:
    """One discussion question as a topic; the text says which chapter it belongs to and where it is from."""
    document = root(TOPIC, "topic")
    sub(document, "title", title)
    text = paragraphs_html([question, f"From {chapter_title}, in {edition().attribution}"])
    sub(document, "text", text, texttype="text/html")
    return serialise(document)


def weblink_xml(title: str, url: str) -> bytes:
    document = root(WEBLINK, "webLink")
    sub(document, "title", title)
    sub(document, "url", href=url, target="_blank")
    return serialise(document)
