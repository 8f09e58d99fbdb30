"""``imsmanifest.xml``: the course's metadata (title, edition, licence), one module per chapter, and the resources.

Canvas makes a module of each ``organization > item > item`` and its items of the items below (org_converter.rb);
Moodle makes a section of each. A resource for instructors only carries the role in its own LOM record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ...edition import AUTHORS, CONTENT_LICENCE, CONTENT_LICENCE_URL, TITLE, edition
from .xmltools import CP, LOM_MANIFEST, LOM_RESOURCE, root, serialise, sub

ASSESSMENT = "imsqti_xmlv1p2/imscc_xmlv1p1/assessment"
TOPIC = "imsdt_xmlv1p1"
WEBLINK = "imswl_xmlv1p1"
WEBCONTENT = "webcontent"
INSTRUCTOR = "Instructor"
ROLES = "IMSGLC_CC_Rolesv1p1"


@dataclass
class Resource:
    identifier: str
    type: str
    title: str
    files: list[str]  # the first is the resource's entry point (its href)
    instructor_only: bool = False
    dependencies: list[str] = field(default_factory=list)

    @property
    def href(self) -> str:
        return self.files[0]


@dataclass
class Module:
    identifier: str
    title: str
    items: list[Resource]


def _lang(parent: etree._Element, tag: str, text: str) -> None:
    sub(sub(parent, tag), "string", text, language="en")


def _course_metadata(manifest: etree._Element) -> None:
    current = edition()
    metadata = sub(manifest, "metadata")
    sub(metadata, "schema", "IMS Common Cartridge")
    sub(metadata, "schemaversion", "1.1.0")
    lom = sub(metadata, f"{{{LOM_MANIFEST}}}lom")
    general = sub(lom, "general")
    identifier = sub(general, "identifier")
    sub(identifier, "catalog", "therapybook version")
    sub(identifier, "entry", current.version)
    _lang(general, "title", TITLE)
    sub(general, "language", "en")
    _lang(general, "description", f"An open textbook: {current.attribution}")
    contribute = sub(sub(lom, "lifeCycle"), "contribute")
    role = sub(contribute, "role")
    sub(role, "value", "author")
    sub(contribute, "entity", AUTHORS)
    date = sub(contribute, "date")
    if current.date != "unreleased":
        sub(date, "dateTime", current.date)
    _lang(date, "description", f"Version {current.version} ({current.date})")
    rights = sub(lom, "rights")
    sub(sub(rights, "copyrightAndOtherRestrictions"), "value", "yes")
    _lang(rights, "description", f"{CONTENT_LICENCE} ({CONTENT_LICENCE_URL}): {current.attribution}")


def _resource(parent: etree._Element, resource: Resource) -> None:
    element = sub(parent, "resource", identifier=resource.identifier, type=resource.type)
    if resource.type == WEBCONTENT:
        element.set("href", resource.href)
    if resource.instructor_only:
        educational = sub(sub(sub(element, "metadata"), f"{{{LOM_RESOURCE}}}lom"), "educational")
        role = sub(educational, "intendedEndUserRole")
        sub(role, "source", ROLES)
        sub(role, "value", INSTRUCTOR)
    for path in resource.files:
        sub(element, "file", href=path)
    for dependency in resource.dependencies:
        sub(element, "dependency", identifierref=dependency)


def manifest_xml(modules: list[Module], resources: list[Resource]) -> bytes:
    manifest = root(CP, "manifest", {"lomimscc": LOM_MANIFEST, "lom": LOM_RESOURCE}, identifier="tb_cartridge")
    _course_metadata(manifest)
    organization = sub(sub(manifest, "organizations"), "organization", identifier="tb_organization")
    organization.set("structure", "rooted-hierarchy")
    top = sub(organization, "item", identifier="tb_root")
    for module in modules:
        folder = sub(top, "item", identifier=module.identifier)
        sub(folder, "title", module.title)
        for number, resource in enumerate(module.items, start=1):
            # The item's id is the module's, numbered: one worksheet may sit in the modules of several chapters.
            entry = sub(folder, "item", identifier=f"{module.identifier}_{number}", identifierref=resource.identifier)
            sub(entry, "title", resource.title)
    listing = sub(manifest, "resources")
    for resource in resources:
        _resource(listing, resource)
    return serialise(manifest)
