"""Namespaces and small lxml helpers shared by every XML file of the cartridge."""

from __future__ import annotations

from lxml import etree

from ...edition import CONTENT_LICENCE, CONTENT_LICENCE_URL, edition
from ..banks import one_line

CP = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
LOM_MANIFEST = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"
LOM_RESOURCE = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource"
QTI = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
TOPIC = "http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1"
WEBLINK = "http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
# Where the published profiles live (schemaLocation is a hint for readers; nothing here fetches it).
PROFILE = "http://www.imsglobal.org/profile/cc/ccv1p1"
LOCATIONS = {
    CP: f"{PROFILE}/ccv1p1_imscp_v1p2_v1p0.xsd",
    LOM_MANIFEST: f"{PROFILE}/LOM/ccv1p1_lommanifest_v1p0.xsd",
    LOM_RESOURCE: f"{PROFILE}/LOM/ccv1p1_lomresource_v1p0.xsd",
    QTI: f"{PROFILE}/ccv1p1_qtiasiv1p2p1_v1p0.xsd",
    TOPIC: f"{PROFILE}/ccv1p1_imsdt_v1p1.xsd",
    WEBLINK: f"{PROFILE}/ccv1p1_imswl_v1p1.xsd",
}


def root(namespace: str, tag: str, extra: dict[str | None, str] | None = None, **attrs: str) -> etree._Element:
    """A document's root element in ``namespace`` (the default one), with its schemaLocation."""
    nsmap: dict[str | None, str] = {None: namespace, **(extra or {}), "xsi": XSI}
    element = etree.Element(f"{{{namespace}}}{tag}", attrs, nsmap=nsmap)
    spaces = [namespace, *(extra or {}).values()]
    element.set(f"{{{XSI}}}schemaLocation", " ".join(f"{ns} {LOCATIONS[ns]}" for ns in spaces if ns in LOCATIONS))
    return element


def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """A child in the parent's namespace (or ``{ns}tag`` as given)."""
    if not tag.startswith("{"):
        tag = f"{{{etree.QName(parent).namespace}}}{tag}"
    element = etree.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def provenance_lines() -> list[str]:
    """Which book, which edition, under what licence: every file of the cartridge says it."""
    current = edition()
    return [
        f"From the open textbook {one_line(current.attribution)}",
        f"You may share and adapt it under {CONTENT_LICENCE} ({CONTENT_LICENCE_URL}) if you credit the book.",
    ]


def serialise(element: etree._Element) -> bytes:
    """UTF-8 with a declaration, and the book's edition and licence in a comment before the root."""
    text = "\n  ".join(provenance_lines()).replace("--", "- -")  # "--" may not appear inside a comment
    element.addprevious(etree.Comment(f"\n  {text}\n"))
    return etree.tostring(element.getroottree(), xml_declaration=True, encoding="UTF-8", pretty_print=True)
