"""``python -m therapybook release``: gather what a release offers into one folder, named with the version, and
check that none of it loads anything from another host. ``make release`` builds each edition first.

What it gathers (a missing optional one is left out with a note; a missing required one stops it):
the website as a zip, the whole book as PDF in A4 and US Letter, the chapter PDFs as a zip, the instructor edition
as a zip, the Moodle (GIFT) and Canvas (QTI) exports as zips, the EPUB and the course cartridge when they exist.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..edition import edition
from .errors import PrintError
from .offline_check import check


@dataclass(frozen=True)
class Item:
    name: str  # in the release: therapybook-<version>-<name>
    source: str  # a folder (zipped) or a glob of files, relative to the project
    required: bool = True

    def is_folder(self) -> bool:
        return not any(c in self.source for c in "*?") and not self.source.endswith((".pdf", ".epub", ".imscc"))


ITEMS = [
    Item("website.zip", "_build/html"),
    Item("a4.pdf", "_build/pdf/therapybook-{version}-a4.pdf"),
    Item("letter.pdf", "_build/pdf/therapybook-{version}-letter.pdf"),
    Item("chapters-pdf.zip", "_build/pdf/chapters"),
    Item("instructor.zip", "_build/instructor/_build/html"),
    Item("moodle-gift.zip", "_build/release-exports/gift"),
    Item("canvas-qti.zip", "_build/release-exports/qti"),
    Item("cartridge", "_build/exports/*.imscc"),
    Item("slides.zip", "_build/slides"),
    Item("assessment-pool.zip", "_build/pool"),
    Item("epub", "_build/epub/*.epub"),
]


def collect(root: Path, out: Path) -> list[Path]:
    """Everything in ITEMS into ``out`` (emptied first), then SHA256SUMS; raises PrintError when a required
    item is missing or anything gathered loads from another host."""
    version = edition().version
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    made: list[Path] = []
    for item in ITEMS:
        source = item.source.format(version=version)
        matches = sorted(root.glob(source)) if not item.is_folder() else [root / source]
        matches = [m for m in matches if m.exists()]
        if not matches:
            if item.required:
                raise PrintError(f"release: {source} is missing; build it first (make release builds everything)")
            print(f"release: no {source}, so the release has no {item.name} (yet)")
            continue
        for match in matches:
            if item.is_folder():
                base = out / f"therapybook-{version}-{item.name.removesuffix('.zip')}"
                made.append(Path(shutil.make_archive(str(base), "zip", match)))
            else:
                name = match.name if item.name in {"epub", "cartridge"} else f"therapybook-{version}-{item.name}"
                made.append(Path(shutil.copyfile(match, out / name)))
    problems = check(made)
    if problems:
        raise PrintError("release: these files would load from another host:\n" + "\n".join(problems))
    sums = "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in made)
    (out / "SHA256SUMS").write_text(sums, encoding="utf-8")
    return made
