"""Short citation labels ("Cuijpers et al., 2021") from data/references.bib.

The book's pages cite through sphinxcontrib-bibtex; quiz and walkthrough
outputs are raw HTML, so they carry a short label here and the full entry
is on the References page.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, get_args, get_origin

from pybtex.database import BibliographyData, parse_file
from pybtex.exceptions import PybtexError
from pydantic import BaseModel

from .errors import ContentError, data_dir, display_path
from .messages import ITEM_NAMES
from .text import CITATION, unprintable


def bibliography_path() -> Path:
    return data_dir() / "references.bib"


@lru_cache(maxsize=4)
def _bibliography(path: Path, mtime: float) -> BibliographyData:
    try:
        data = parse_file(str(path), bib_format="bibtex")
    except PybtexError as error:
        raise ContentError(f"{display_path(path)}: cannot be read as BibTeX ({error})") from None
    problems = [
        f"{display_path(path)}: entry '{key}': '{field}' {problem}"
        for key, entry in data.entries.items()
        for field, value in _fields(entry)
        if (problem := unprintable(value))
    ]
    if problems:
        raise ContentError("\n".join(problems))
    return data


def _fields(entry: Any) -> list[tuple[str, str]]:
    """Every field as written, people included: labels and exports show them (and XML cannot hold a control
    character)."""
    people = [(role, str(person)) for role, persons in entry.persons.items() for person in persons]
    return [*people, *((field, str(value)) for field, value in entry.fields.items())]


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
    """One message per unknown key, naming the file, the item (none for the file's own list) and the key."""
    known = bibliography().entries
    return [
        f"{where}: {item + ': ' if item else ''}'cite': '{key}' is not in {display_path(bibliography_path())}"
        for item, keys in keys_by_item.items()
        for key in keys
        if key not in known
    ]


def _is_citation(annotation: Any) -> bool:
    return get_origin(annotation) is Annotated and CITATION in get_args(annotation)[1:]


def cited(content: BaseModel, item: str = "") -> dict[str, list[str]]:
    """Every citation key in a content model (every field typed CiteKey, at any depth), by the item that
    holds it, named as messages name items ("question 'q1'"; "" for the file's own list)."""
    found: dict[str, list[str]] = {}
    for name, info in type(content).model_fields.items():
        value = getattr(content, name)
        inner = get_args(info.annotation)
        if _is_citation(Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation):
            found.setdefault(item, []).append(value)
        elif inner and _is_citation(inner[0]) and isinstance(value, list):
            found.setdefault(item, []).extend(value)
        elif isinstance(value, BaseModel):
            _add(found, cited(value, _join(item, f"'{name}'")))
        elif isinstance(value, list):
            for position, child in enumerate(value):
                if isinstance(child, BaseModel):
                    child_id = getattr(child, "id", None)
                    noun = ITEM_NAMES.get(name, "item")
                    label = f"{noun} '{child_id}'" if child_id else f"{noun} {position + 1}"
                    _add(found, cited(child, _join(item, label)))
    return found


def _join(outer: str, inner: str) -> str:
    return f"{outer}: {inner}" if outer else inner


def _add(found: dict[str, list[str]], more: dict[str, list[str]]) -> None:
    for item, keys in more.items():
        found.setdefault(item, []).extend(keys)


def check_keys(keys_by_item: dict[str, list[str]], where: str) -> None:
    """Fail with the file and item when a content file cites an unknown key."""
    problems = unknown_keys(keys_by_item, where)
    if problems:
        raise ContentError("\n".join(problems))
