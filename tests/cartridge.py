"""Reading a Common Cartridge back, independently of the code that wrote it: unzip it, parse its manifest with
the namespaces the CC 1.1 schemas define, and check each file against its schema in ../shared/schemas/imscc-1.1/
(see PROVENANCE.md there), offline with lxml."""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from lxml import etree
from toc import ROOT

SCHEMAS = ROOT.parent / "shared" / "schemas" / "imscc-1.1"
NS = {
    "cp": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1",
    "lomr": "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource",
    "lomm": "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest",
    "qti": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2",
    "dt": "http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1",
    "wl": "http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1",
}
# Which schema checks which file, by the resource type that points to it.
SCHEMA_OF_TYPE = {
    "imsqti_xmlv1p2/imscc_xmlv1p1/assessment": "ccv1p1_qtiasiv1p2p1_v1p0.xsd",
    "imsdt_xmlv1p1": "ccv1p1_imsdt_v1p1.xsd",
    "imswl_xmlv1p1": "ccv1p1_imswl_v1p1.xsd",
}
MANIFEST_SCHEMA = "cc11libxml2validator.xsd"


@cache
def _schema(name: str) -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)  # every import resolves beside the schema, never on the network
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name), parser))


def schema(name: str) -> etree.XMLSchema:
    if not (SCHEMAS / name).exists():
        message = f"the Common Cartridge schema is not at {SCHEMAS / name} (a clone with ../shared beside it has it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI=true: the schema check is required)")
        pytest.skip(message)
    return _schema(name)


def problems(name: str, data: bytes) -> str | None:
    """None if ``data`` is valid against the schema ``name``, else the schema's error log."""
    checker = schema(name)
    return None if checker.validate(etree.fromstring(data)) else str(checker.error_log)


@dataclass
class Unzipped:
    folder: Path
    manifest: etree._ElementTree

    def read(self, path: str) -> bytes:
        return (self.folder / path).read_bytes()

    def resources(self) -> dict[str, etree._Element]:
        return {r.get("identifier"): r for r in self.manifest.iterfind(".//cp:resources/cp:resource", NS)}

    def modules(self) -> list[etree._Element]:
        return self.manifest.findall("cp:organizations/cp:organization/cp:item/cp:item", NS)

    def role(self, resource: etree._Element) -> str | None:
        value = resource.find("cp:metadata/lomr:lom/lomr:educational/lomr:intendedEndUserRole/lomr:value", NS)
        return None if value is None else value.text

    def files_of(self, resource: etree._Element) -> list[str]:
        return [f.get("href") for f in resource.iterfind("cp:file", NS)]


def unzip(path: Path, folder: Path) -> Unzipped:
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    return Unzipped(folder, etree.parse(str(folder / "imsmanifest.xml")))
