"""The assessment pool (assessment/) is for graded use, so it is never a page: not of the student book, whose
configuration excludes the folder, and not of the instructor edition, which builds only the pages of its own toc.
Checked on the built book: no page, page source or search index holds a pool prompt, a case vignette or the
folder's README."""

from __future__ import annotations

import re

import yaml
from toc import ROOT

ASSESSMENT = ROOT / "assessment"
FIXTURE_POOL = ROOT / "tests" / "fixtures" / "pool" / "assessment"


def pool_texts() -> list[str]:
    """Distinctive texts of the pool: every prompt and vignette in assessment/ (the fixture pool's, if the real
    pool is not there yet), and a sentence of assessment/README.md."""
    folder = ASSESSMENT if any(ASSESSMENT.glob("pool/*.yml")) else FIXTURE_POOL
    texts = []
    for path in sorted(folder.glob("pool/*.yml")):
        texts += [q["prompt"] for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]]
    for path in sorted(folder.glob("cases/*.yml")):
        texts += [
            " ".join(c["vignette"].split()[:12]) for c in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        ]
    readme = (ASSESSMENT / "README.md").read_text(encoding="utf-8")
    texts.append(re.search(r"Questions and case vignettes written for \*\*graded\*\* work", readme).group(0))
    return texts


def normalised(text: str) -> str:
    return " ".join(text.replace("**", "").split()).casefold()


def test_no_page_of_the_book_holds_the_pool(built_book):
    assert not (built_book / "assessment").exists()
    assert not (built_book / "_sources" / "assessment").exists()
    wanted = [normalised(t) for t in pool_texts()]
    assert len(wanted) > 3
    for path in built_book.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".js", ".txt", ".md", ".json"}:
            text = normalised(path.read_text(encoding="utf-8", errors="replace"))
            shown = [t for t in wanted if t in text]
            assert not shown, f"{path.relative_to(built_book)} shows the pool: {shown[0][:80]}"


def test_the_book_and_the_instructor_edition_leave_the_folder_out():
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert "assessment" in config["exclude_patterns"]
    instructor = yaml.safe_load((ROOT / "instructor" / "_config.yml").read_text(encoding="utf-8"))
    assert instructor["only_build_toc_files"] is True, "the instructor edition builds only its own toc's pages"
    assert "assessment" not in (ROOT / "instructor" / "_toc.yml").read_text(encoding="utf-8")
    assert "assessment" not in (ROOT / "_toc.yml").read_text(encoding="utf-8")
