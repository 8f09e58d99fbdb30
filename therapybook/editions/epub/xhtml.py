"""A part of the book as an XHTML content document of the EPUB.

A part's HTML is what BeautifulSoup wrote, so its empty elements are already closed and its only entities are
``&amp;``, ``&lt;``, ``&gt;`` and ``&quot;``: it reads as XML. What XML needs beyond that is done here: SVG goes into
the SVG namespace, with its attributes spelled as SVG spells them (an HTML parser lower-cases them), and a label
or ARIA reference to an element the edition left out (a button, a slider) is dropped, so no id is dangling, and
a label whose field is gone becomes plain text (``span.tb-label``): a label of nothing only puzzles a screen reader.
"""

from __future__ import annotations

from lxml import etree

from ..errors import PrintError

SVG = "http://www.w3.org/2000/svg"
SVG_ATTRIBUTES = {
    name.lower(): name
    for name in ("viewBox", "preserveAspectRatio", "textLength", "lengthAdjust", "pathLength", "refX", "refY")
}
# Screen-only SVG attributes that SVG 1.1, which EPUB 3 follows, does not have.
SVG_DROPPED = {"focusable"}
CONTROLS = ("input", "select", "textarea", "button", "meter", "output", "progress")
ID_REFERENCES = ("for", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "aria-flowto")


def part_to_xml(html: str, where: str) -> str:
    """The part's HTML (one element) as XML ready to sit in an XHTML page; ``where`` names it in an error."""
    try:
        root = etree.fromstring(html.encode("utf-8"), etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError as error:
        raise PrintError(f"{where}: the page's HTML does not read as XML for the EPUB ({error})") from error
    for svg in list(root.iter("svg")):
        _to_svg_namespace(svg)
    _drop_dangling_references(root)
    _labels_of_nothing_to_text(root)
    return etree.tostring(root, encoding="unicode")


def _to_svg_namespace(svg: etree._Element) -> None:
    """Move ``svg`` and everything in it into the SVG namespace, in place (the svg declares it as its own)."""
    parent = svg.getparent()
    replacement = etree.Element(f"{{{SVG}}}svg", nsmap={None: SVG})
    _copy_attributes(svg, replacement)
    replacement.text, replacement.tail = svg.text, svg.tail
    for child in list(svg):
        replacement.append(child)
    for element in replacement.iterdescendants(etree.Element):
        if not str(element.tag).startswith("{"):
            element.tag = f"{{{SVG}}}{element.tag}"
            _copy_attributes(element, element)
    if parent is not None:
        parent.replace(svg, replacement)


def _copy_attributes(source: etree._Element, target: etree._Element) -> None:
    attributes = dict(source.attrib)
    for name in list(target.attrib):
        del target.attrib[name]
    for name, value in attributes.items():
        if name not in SVG_DROPPED:
            target.set(SVG_ATTRIBUTES.get(name, name), value)


def _drop_dangling_references(root: etree._Element) -> None:
    ids = {str(e.get("id")) for e in root.iter(etree.Element) if e.get("id")}
    for element in root.iter(etree.Element):
        for attribute in ID_REFERENCES:
            value = element.get(attribute)
            if value is None:
                continue
            kept = [name for name in value.split() if name in ids]
            if kept:
                element.set(attribute, " ".join(kept))
            else:
                del element.attrib[attribute]


def _labels_of_nothing_to_text(root: etree._Element) -> None:
    for label in list(root.iter("label")):
        if label.get("for") is None and not any(label.iter(*CONTROLS)):
            label.tag = "span"
            label.set("class", " ".join([*(label.get("class") or "").split(), "tb-label"]))
