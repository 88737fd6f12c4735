"""CSV rows with their line numbers, and the rows a stray quote would otherwise swallow.

The csv module lets a quote that never closes run on to the end of the file, taking every
row after it into one cell; here such a row is reported by line and reading starts again
after it, so one bad cell loses one row, not the rest of the file.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from mmrefs.errors import InputError
from mmrefs.model import FailedEntry, SourceLoc

_ID = re.compile(r"[^\s\"]{1,64}")


def row_text(row: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(row)
    return out.getvalue()


@dataclass(frozen=True, slots=True)
class CsvTable:
    """The header, the column holding record ids (if any), every non-blank row with its
    first and last line, and the rows that could not be read."""

    header: list[str]
    id_column: str | None
    rows: list[tuple[int, int, list[str]]]
    failures: list[FailedEntry]


def read_csv(text: str, source: str) -> CsvTable:
    """A header row, then rows; a quote left open is reported, not allowed to swallow the
    rows after it."""
    lines = io.StringIO(text).readlines()
    reader = csv.reader(lines)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise InputError("empty CSV file", source, 1) from None
    except csv.Error as exc:
        raise InputError(f"unreadable CSV header: {exc}", source, 1) from exc
    id_col = next((h for h in header if h.lower() in ("id", "key", "citation_key")), None)
    shape = (len(header), header.index(id_col) if id_col else None)
    rows, failures = _csv_rows(lines, reader.line_num, shape, source)
    return CsvTable(header, id_col, rows, failures)


def _whole_row(line: str, cells: int, id_index: int | None) -> bool:
    """Read alone (quotes honoured, or not when the line has a stray quote of its own), the
    line has the header's cells and a token in the id column: a record of its own."""
    for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_NONE):
        try:
            row = next(csv.reader([line], quoting=quoting), [])
        except csv.Error:
            continue
        if len(row) == cells and (id_index is None or _ID.fullmatch(row[id_index].strip('"'))):
            return True
    return False


def _csv_rows(
    lines: list[str], start: int, shape: tuple[int, int | None], source: str
) -> tuple[list[tuple[int, int, list[str]]], list[FailedEntry]]:
    """(first line, last line, cells) of each non-blank row after line `start`.

    The csv module lets a quote that never closes run on, taking the rows after it into one
    cell. A row with a later line that looks like a record of its own is that mistake: its
    first line becomes a failure, and reading starts again on the line after it."""
    rows: list[tuple[int, int, list[str]]] = []
    failures: list[FailedEntry] = []
    while start < len(lines):
        reader = csv.reader(lines[start:])
        read = 0
        while True:
            first = start + read + 1
            try:
                row = next(reader)
            except StopIteration:
                return rows, failures
            except csv.Error as exc:
                failures.append(_row_failure(lines, first, f"unreadable CSV row: {exc}", source))
                break
            last, read = start + reader.line_num, reader.line_num
            if last > first and any(_whole_row(line, *shape) for line in lines[first:last]):
                span = f"line {last}" if last == first + 1 else f"lines {first + 1}-{last}"
                why = (
                    f"unterminated quote: this row runs on over {span}, which read as rows of "
                    "their own; those are read as rows, this one is not"
                )
                failures.append(_row_failure(lines, first, why, source))
                break
            if any(cell.strip() for cell in row):
                rows.append((first, last, row))
        start = first
    return rows, failures


def _row_failure(lines: list[str], line: int, why: str, source: str) -> FailedEntry:
    return FailedEntry(lines[line - 1].rstrip("\r\n"), SourceLoc(source, line), why)
