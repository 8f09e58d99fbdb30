"""Read a CSV content file into rows, with a clear message for what spreadsheets do to CSV.

Handled: a byte-order mark (accepted), UTF-16 or binary files, a semicolon
separator, a decimal comma that splits a number into two columns, a field
over the csv module's size limit, missing and extra columns, and quotes: one
left open (named at the line where it opens, not where the file ends) and text
after a closing quote. The csv module reads strictly, so neither is silently
glued into one value.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from .errors import ContentError, display_path
from .files import read_text
from .messages import plain_message

RowT = TypeVar("RowT", bound=BaseModel)


def read_models(path: Path, columns: tuple[str, ...], model: type[RowT]) -> list[RowT]:
    """Each row validated as ``model``; every problem in the file is reported at once, by line and column."""
    where = display_path(path)
    items, problems = [], []
    for line, row in read_rows(path, columns):
        try:
            items.append(model.model_validate(row))
        except ValidationError as error:
            for e in error.errors():
                field = f"'{e['loc'][0]}' " if e["loc"] else ""
                problems.append(f"{where}: line {line}: {field}{plain_message(e)}")
    if problems:
        raise ContentError("\n".join(problems))
    if not items:
        raise ContentError(f"{where}: has no rows after the header")
    return items


def read_rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs; the header must name exactly ``columns``, in any order."""
    where = display_path(path)
    text = read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1  # where the next row starts: a row with a quoted line break ends on a later line
    try:
        header = next(reader, None)
        if header is None:
            raise ContentError(f"{where}: the file is empty; it needs a header line: {','.join(columns)}")
        header = [name.strip() for name in header]
        _check_header(header, columns, where)
        rows = []
        start = reader.line_num + 1
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue  # blank lines, as spreadsheets leave at the end
            if len(row) != len(header):
                raise ContentError(f"{where}: line {line}: {_count_problem(len(row), len(header))}")
            rows.append((line, dict(zip(header, row, strict=True))))
    except csv.Error as error:
        raise ContentError(f"{where}: line {start}: {_quote_problem(str(error))}") from None
    return rows


def _check_header(header: list[str], columns: tuple[str, ...], where: str) -> None:
    if len(header) == 1 and ";" in header[0]:
        raise ContentError(f"{where}: line 1: columns are separated by ';'; use commas (save as 'CSV UTF-8')")
    missing = [c for c in columns if c not in header]
    unknown = [c for c in header if c not in columns]
    if missing or unknown or len(set(header)) != len(header):
        raise ContentError(
            f"{where}: line 1: the header must name the columns {', '.join(columns)}"
            + (f"; missing: {', '.join(missing)}" if missing else "")
            + (f"; not known: {', '.join(repr(u) for u in unknown)}" if unknown else "")
        )


def _quote_problem(error: str) -> str:
    if error == "unexpected end of data":
        return (
            'a quote (") opens here and is never closed, so the rest of the file would be one value; '
            'close it, or write a quote inside a value as two ("")'
        )
    if error.endswith("expected after '\"'"):
        return 'has text after a closing quote; put the whole value in quotes, and write a quote inside it as two ("")'
    return f"cannot be read as CSV ({error})"


def _count_problem(found: int, expected: int) -> str:
    message = f"has {found} values but the header has {expected} columns"
    if found > expected:
        message += " (a decimal comma such as 4,5 splits one number in two; write 4.5, or quote text that has commas)"
    return message
