"""Every QTI assessment the export writes, graded and practice, is valid against the IMS QTI 1.2 schema
(the copy in ../shared/schemas/qti-1.2/, see its PROVENANCE.md), checked with lxml: the assessments of
every bank in every Canvas quiz type, and those of a whole export written by the command with --graded."""

from __future__ import annotations

import io
import os
import zipfile
from functools import cache

import pytest
from lxml import etree
from toc import ROOT

from therapybook.__main__ import main
from therapybook.export import qti
from therapybook.instructor.catalogue import bank, bank_files

SCHEMAS = ROOT.parent / "shared" / "schemas" / "qti-1.2"
SCHEMA = SCHEMAS / "ims_qtiasiv1p2.xsd"


class _LocalXmlNamespace(etree.Resolver):
    """The schema imports the xml: namespace from "../xml.xsd" (its place in Moodle's tree); the shared copy
    keeps xml.xsd beside it. Resolve it there, so nothing is fetched and the schema files stay as published."""

    def resolve(self, url, pubid, context):
        if url.endswith("xml.xsd"):
            return self.resolve_filename(str(SCHEMAS / "xml.xsd"), context)
        return None


@cache
def _schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_LocalXmlNamespace())
    return etree.XMLSchema(etree.parse(str(SCHEMA), parser))


@pytest.fixture
def schema() -> etree.XMLSchema:
    if not SCHEMA.exists():
        message = f"the QTI 1.2 schema is not at {SCHEMA} (a clone with ../shared beside it has it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI=true: the schema check is required)")
        pytest.skip(message)
    return _schema()


def assert_valid(schema: etree.XMLSchema, data: bytes, where: str) -> None:
    document = etree.fromstring(data)
    assert schema.validate(document), f"{where}: {schema.error_log}"


def assessment_name(names: list[str]) -> str:
    (name,) = [
        n for n in names if n.endswith(".xml") and n.split("/")[-1] not in {"imsmanifest.xml", "assessment_meta.xml"}
    ]
    return name


@pytest.mark.parametrize("quiz_type", ["assignment", "practice_quiz", "graded_survey"])
def test_every_assessment_is_valid_qti_1_2(schema, quiz_type):
    for file in bank_files():
        files = qti.package_files(bank(file), qti.CanvasQuiz(quiz_type, points=2.5))
        name = assessment_name(list(files))
        assert_valid(schema, files[name], f"{file.name} ({quiz_type}) {name}")


def test_a_graded_export_written_by_the_command_is_valid_qti_1_2(schema, tmp_path, capsys):
    out = tmp_path / "canvas"
    assert main(["export", "--format", "qti", "--out", str(out), "--graded", "--points", "2"]) == 0
    zips = sorted(out.glob("*.zip"))
    assert len(zips) == len(bank_files())
    for path in zips:
        archive = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
        name = assessment_name(archive.namelist())
        assert_valid(schema, archive.read(name), f"{path.name} {name}")
        assert b"<quiz_type>assignment</quiz_type>" in archive.read(name.rsplit("/", 1)[0] + "/assessment_meta.xml")
    assert "Quiz type assignment" in capsys.readouterr().out


def test_the_schema_check_can_fail(schema):
    """A control: the schema rejects what QTI 1.2 does not allow (here an item outside any section)."""
    files = qti.package_files(bank(bank_files()[0]))
    document = etree.fromstring(files[assessment_name(list(files))])
    namespace = f"{{{qti.QTI_NS}}}"
    assessment = document.find(f"{namespace}assessment")
    item = assessment.find(f"{namespace}section/{namespace}item")
    assessment.append(item)
    assert not schema.validate(document)
    assert "item" in str(schema.error_log)
