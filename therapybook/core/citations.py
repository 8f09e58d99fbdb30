"""Short citation labels ("Cuijpers et al., 2021") from data/references.bib.

The book's pages cite through sphinxcontrib-bibtex; quiz and walkthrough
outputs are raw HTML, so they carry a short label here and the full entry
is on the References page.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pybtex.database import BibliographyData, parse_file
from pybtex.exceptions import PybtexError

from .errors import ContentError, data_dir, display_path


def bibliography_path() -> Path:
    return data_dir() / "references.bib"


@lru_cache(maxsize=4)
def _bibliography(path: Path, mtime: float) -> BibliographyData:
    try:
        return parse_file(str(path), bib_format="bibtex")
    except PybtexError as error:
        raise ContentError(f"{display_path(path)}: cannot be read as BibTeX ({error})") from None


def bibliography() -> BibliographyData:
    path = bibliography_path()
    if not path.exists():
        raise ContentError(f"{display_path(path)}: no such file; citations need it")
    return _bibliography(path, path.stat().st_mtime)


def short_citation(key: str) -> str:
    entries = bibliography().entries
    if key not in entries:
        raise KeyError(key)
    entry = entries[key]
    people = entry.persons.get("author", [])
    # prelast keeps particles such as "van" in "van Straten".
    names = [" ".join(str(part) for part in person.rich_prelast_names + person.rich_last_names) for person in people]
    year = entry.fields.get("year", "n.d.")
    if not names:
        return f"{entry.fields.get('title', key)}, {year}"
    if len(names) == 1:
        return f"{names[0]}, {year}"
    if len(names) == 2:
        return f"{names[0]} and {names[1]}, {year}"
    return f"{names[0]} et al., {year}"


def sources_label(keys: list[str]) -> str:
    return "; ".join(short_citation(key) for key in keys)


def unknown_keys(keys_by_item: dict[str, list[str]], where: str) -> list[str]:
    """One message per unknown key, naming the file, the item and the key itself."""
    known = bibliography().entries
    return [
        f"{where}: {item}: 'cite': '{key}' is not in {display_path(bibliography_path())}"
        for item, keys in keys_by_item.items()
        for key in keys
        if key not in known
    ]


def check_keys(keys_by_item: dict[str, list[str]], where: str) -> None:
    """Fail with the file and item when a content file cites an unknown key."""
    problems = unknown_keys(keys_by_item, where)
    if problems:
        raise ContentError("\n".join(problems))
