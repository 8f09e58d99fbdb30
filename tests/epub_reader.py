"""Reading an EPUB back, independently of the code that wrote it: the container, the package document, the
spine, the navigation document and each page, parsed as XML with lxml; and the checks the EPUB tests make, each
returning what is wrong (empty when all is well), so a test can also run them on a broken copy."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass
from posixpath import dirname, join, normpath
from urllib.parse import urlsplit

from lxml import etree

NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def text_of(element: etree._Element) -> str:
    return words("".join(element.itertext()))


@dataclass
class Epub:
    files: dict[str, bytes]  # every member of the zip by its name

    @classmethod
    def read(cls, data: bytes) -> Epub:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return cls({name: archive.read(name) for name in archive.namelist()})

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.files[name])

    @property
    def package_path(self) -> str:
        container = self.xml("META-INF/container.xml")
        return str(container.xpath("//c:rootfile/@full-path", namespaces=NS)[0])

    @property
    def package(self) -> etree._Element:
        return self.xml(self.package_path)

    def resolve(self, base: str, href: str) -> str:
        """The member a relative ``href`` in the file ``base`` names."""
        return normpath(join(dirname(base), urlsplit(href).path)) if urlsplit(href).path else base

    def manifest(self) -> dict[str, etree._Element]:
        """Manifest items by the member they name."""
        items = self.package.xpath("//opf:manifest/opf:item", namespaces=NS)
        return {self.resolve(self.package_path, str(i.get("href"))): i for i in items}

    def spine(self) -> list[str]:
        by_id = {str(i.get("id")): name for name, i in self.manifest().items()}
        return [by_id[str(r)] for r in self.package.xpath("//opf:spine/opf:itemref/@idref", namespaces=NS)]

    def nav_path(self) -> str:
        return next(n for n, i in self.manifest().items() if "nav" in str(i.get("properties", "")).split())

    def toc(self) -> list[tuple[str, str]]:
        """The table of contents' top entries: (member, title)."""
        nav = self.nav_path()
        links = self.xml(nav).xpath("//x:nav[@epub:type='toc']/x:ol/x:li/x:a", namespaces=NS)
        return [(self.resolve(nav, str(a.get("href"))), text_of(a)) for a in links]

    def pages(self) -> dict[str, etree._Element]:
        return {n: self.xml(n) for n, i in self.manifest().items() if i.get("media-type") == "application/xhtml+xml"}

    def page_titled(self, title: str) -> tuple[str, etree._Element] | None:
        """The page in the spine whose first h1 reads ``title``."""
        for name in self.spine():
            page = self.xml(name)
            h1 = page.xpath("//x:h1", namespaces=NS)
            if h1 and text_of(h1[0]) == title:
                return name, page
        return None

    def changed(self, name: str, edit: Callable[[bytes], bytes]) -> Epub:
        """A copy with the member ``name`` edited (a test breaks a copy on purpose)."""
        return Epub({**self.files, name: edit(self.files[name])})


def chapter_problems(epub: Epub, title: str, headings: list[str], alts: list[str]) -> list[str]:
    """The chapter is in the spine under its title, with its section headings and figures (alt text) in order."""
    found = epub.page_titled(title)
    if found is None:
        return [f"no page in the spine has the chapter title {title!r}"]
    name, page = found
    problems = []
    shown = [text_of(h) for h in page.xpath("//x:section/x:h2", namespaces=NS) if text_of(h) != "Answers"]
    if shown != headings:
        problems.append(f"{name}: headings {shown} instead of {headings}")
    images = page.xpath("//x:img", namespaces=NS)
    if [str(i.get("alt", "")) for i in images] != alts:
        problems.append(f"{name}: figures with alt texts {[i.get('alt') for i in images]} instead of {alts}")
    manifest = epub.manifest()
    for image in images:
        source = epub.resolve(name, str(image.get("src")))
        if source not in epub.files or source not in manifest:
            problems.append(f"{name}: the image {image.get('src')} is not in the EPUB and its manifest")
    return problems


MARKS = ("✓", "✗", "Right answer", "Not right")


def answer_problems(page: etree._Element, questions: list[tuple[str, str]]) -> list[str]:
    """Each (prompt, explanation) of the chapter's quizzes: the prompt is asked before the Answers section, the
    explanation is only in it, and nothing outside it marks an option right or wrong."""
    body = deepcopy(page.xpath("//x:body", namespaces=NS)[0])
    answers = body.xpath(".//*[substring(@id, string-length(@id) - 15) = 'tb-paper-answers']")
    if not answers:
        return ["no Answers section"] if questions else []
    section = answers[0]
    in_answers = text_of(section)
    marker = etree.Element("span")
    marker.text, marker.tail = " @@ANSWERS@@ ", section.tail
    section.getparent().replace(section, marker)
    before, _, after = text_of(body).partition("@@ANSWERS@@")
    outside = before + " " + after
    problems = []
    for prompt, explanation in questions:
        if words(prompt)[:60] not in before:
            problems.append(f"the question {prompt[:50]!r} is not asked before the Answers section")
        if words(explanation) not in in_answers:
            problems.append(f"the explanation {explanation[:50]!r} is not in the Answers section")
        if words(explanation) in outside:
            problems.append(f"the explanation {explanation[:50]!r} is printed outside the Answers section")
    problems += [f"{mark!r} marks an option outside the Answers section" for mark in MARKS if mark in outside]
    return problems


def broken_links(epub: Epub) -> list[str]:
    """Every link inside the EPUB names a member that is there and, if it has one, an id that member holds."""
    ids = {name: set(page.xpath("//@id")) for name, page in epub.pages().items()}
    problems = []
    for name, page in epub.pages().items():
        for href in page.xpath("//x:a/@href", namespaces=NS):
            if urlsplit(str(href)).scheme:
                continue
            member, fragment = epub.resolve(name, str(href)), urlsplit(str(href)).fragment
            if member not in ids or (fragment and fragment not in ids[member]):
                problems.append(f"{name}: the link {href} goes nowhere")
    return problems


def script_and_remote_problems(epub: Epub) -> list[str]:
    """No script anywhere, no manifest item that is scripted or remote, nothing loaded from an address."""
    problems = []
    for name, item in epub.manifest().items():
        properties = set(str(item.get("properties", "")).split())
        if properties & {"scripted", "remote-resources"} or "://" in str(item.get("href")):
            problems.append(f"{name}: manifest item {item.get('href')} is {properties or 'remote'}")
        if name.endswith((".js", ".mjs")):
            problems.append(f"{name}: a script file")
    for name, page in epub.pages().items():
        if page.xpath("//x:script | //@*[starts-with(name(), 'on')]", namespaces=NS):
            problems.append(f"{name}: a script")
        for source in page.xpath("//x:img/@src | //x:link/@href | //*[local-name()='image']/@href", namespaces=NS):
            if "://" in str(source) or str(source).startswith("//"):
                problems.append(f"{name}: loads {source}")
    return problems


def language_problems(epub: Epub) -> list[str]:
    package = epub.package
    language = "".join(package.xpath("//dc:language/text()", namespaces=NS)).strip()
    if not language:
        return ["the package document names no language"]
    problems = [] if package.get(XML_LANG) == language else ["the package document's xml:lang differs"]
    for name, page in epub.pages().items():
        if page.get("lang") != language or page.get(XML_LANG) != language:
            problems.append(f"{name}: lang {page.get('lang')!r}, xml:lang {page.get(XML_LANG)!r}, not {language}")
    return problems
