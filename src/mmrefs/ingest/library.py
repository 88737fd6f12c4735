"""Read other tools' bibliographies (CSV, BibTeX, RIS, CSL-JSON, mmrefs JSON) as Documents.

Dedupe compares a review against a user's library and merged database exports, so every
common interchange format comes in through here. Each reader keeps a record's line and raw
text; a record that cannot be read becomes a FailedEntry with its line, never a gap.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import Any

import rispy

from mmrefs.errors import InputError
from mmrefs.formats.bibtex import read_bibtex
from mmrefs.formats.jsonmodel import document_from_data
from mmrefs.ingest.document import parse_document
from mmrefs.ingest.fieldmap import authors_from_text, reference_from_fields
from mmrefs.model import Author, Document, FailedEntry, Reference, SourceLoc

FORMATS = ("csv", "bibtex", "ris", "csl-json", "mmrefs-json", "text")
_RIS_END = re.compile(r"^ER\s{2}-", re.MULTILINE)


def detect_format(name: str, text: str) -> str:
    """By file suffix first, then by content (a `.txt` RIS export is common)."""
    lower = name.lower()
    head = text.lstrip()[:2000]
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith((".bib", ".bibtex")) or re.match(r"@\w+\s*[{(]", head):
        return "bibtex"
    if lower.endswith(".ris") or re.match(r"TY\s{2}-", head):
        return "ris"
    if lower.endswith(".json") or head.startswith(("[", "{")):
        return "mmrefs-json" if '"mmrefs_json"' in text[-4000:] + head else "csl-json"
    return "text"


def read_library(text: str, source: str, fmt: str | None = None) -> Document:
    fmt = fmt or detect_format(source, text)
    readers = {
        "csv": document_from_csv,
        "bibtex": document_from_bibtex,
        "ris": document_from_ris,
        "csl-json": document_from_csljson,
        "mmrefs-json": document_from_mmrefs_json,
        "text": parse_document,
    }
    if fmt not in readers:
        raise InputError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}", source)
    return readers[fmt](text, source)


def _row_text(row: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(row)
    return out.getvalue()


def document_from_csv(text: str, source: str) -> Document:
    """A header row then one record per row (the dedupe benchmark's format)."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise InputError("empty CSV file", source, 1) from None
    except csv.Error as exc:
        raise InputError(f"unreadable CSV header: {exc}", source, 1) from exc
    id_col = next((h for h in header if h.lower() in ("id", "key", "citation_key")), None)
    refs: list[Reference] = []
    failures: list[FailedEntry] = []
    start = reader.line_num + 1
    for row in _rows(reader, source, failures):
        loc = SourceLoc(source, start, reader.line_num if reader.line_num != start else None)
        start = reader.line_num + 1
        if len(row) != len(header):
            failures.append(
                FailedEntry(
                    _row_text(row), loc, f"{len(row)} cells where the header has {len(header)}"
                )
            )
            continue
        fields = dict(zip(header, row, strict=True))
        key = (fields.get(id_col) if id_col else "") or f"row{loc.line}"
        refs.append(reference_from_fields(fields, key, _row_text(row), loc))
    return Document(source, "library", tuple(refs), tuple(failures))


def _rows(reader: Any, source: str, failures: list[FailedEntry]) -> Iterator[list[str]]:
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            failures.append(FailedEntry("", SourceLoc(source, reader.line_num), str(exc)))
            continue
        if any(cell.strip() for cell in row):
            yield row


def document_from_bibtex(text: str, source: str) -> Document:
    entries, failed = read_bibtex(text)
    lines = text.split("\n")
    refs = []
    for entry in entries:
        line = int(str(entry.get("line") or 0)) + 1
        authors = entry.get("author")
        fields = {k: v for k, v in entry.items() if isinstance(v, str) and k != "line"}
        people: tuple[tuple[Author, ...], bool] = (
            authors if isinstance(authors, tuple) else ((), False)
        )
        raw = _block_at(lines, line - 1)
        key = str(entry["ID"])
        refs.append(reference_from_fields(fields, key, raw, SourceLoc(source, line), people))
    failures = [
        FailedEntry(raw, SourceLoc(source, (start or 0) + 1), "not a readable BibTeX entry")
        for start, raw in failed
    ]
    return Document(source, "library", tuple(refs), tuple(failures))


def _block_at(lines: list[str], start: int) -> str:
    """The entry text from its `@` line up to the next entry, for `raw`."""
    end = start + 1
    while end < len(lines) and not lines[end].lstrip().startswith("@"):
        end += 1
    return "\n".join(lines[start:end]).rstrip()


def document_from_ris(text: str, source: str) -> Document:
    """One rispy call per record, so one bad record cannot take the others with it."""
    refs: list[Reference] = []
    failures: list[FailedEntry] = []
    pos = 0
    for match in _RIS_END.finditer(text):
        end = text.find("\n", match.end())
        chunk = text[pos : len(text) if end < 0 else end]
        line = text.count("\n", 0, pos) + 1 + (len(chunk) - len(chunk.lstrip("\n")))
        pos = len(text) if end < 0 else end + 1
        loc = SourceLoc(source, line)
        try:
            entries = rispy.loads(chunk.strip("\n") + "\n")
        except (ValueError, KeyError, IndexError) as exc:
            failures.append(
                FailedEntry(chunk.strip("\n"), loc, f"not a readable RIS record: {exc}")
            )
            continue
        for entry in entries:
            refs.append(_ris_reference(entry, chunk.strip("\n"), loc, len(refs)))
    if text[pos:].strip():
        tail = SourceLoc(source, text.count("\n", 0, pos) + 1)
        failures.append(FailedEntry(text[pos:].strip(), tail, "RIS text after the last ER line"))
    return Document(source, "library", tuple(refs), tuple(failures))


def _ris_reference(entry: dict[str, Any], raw: str, loc: SourceLoc, n: int) -> Reference:
    fields: dict[str, str] = {}
    for name, value in entry.items():
        if name in ("authors", "first_authors"):
            continue
        fields[name] = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
    fields["type"] = str(entry.get("type_of_reference", ""))
    pages = "-".join(p for p in (fields.pop("start_page", ""), fields.pop("end_page", "")) if p)
    fields["pages"] = pages
    names = entry.get("authors") or entry.get("first_authors") or []
    key = fields.pop("id", "") or f"ris{n + 1}"
    return reference_from_fields(fields, key, raw, loc, _authors(names))


def _authors(names: list[str]) -> tuple[tuple[Author, ...], bool]:
    return authors_from_text(" and ".join(names))


def document_from_csljson(text: str, source: str) -> Document:
    refs: list[Reference] = []
    failures: list[FailedEntry] = []
    for n, (line, item) in enumerate(_json_items(text, source)):
        loc = SourceLoc(source, line)
        if not isinstance(item, dict):
            failures.append(FailedEntry(json.dumps(item)[:500], loc, "not a CSL item (object)"))
            continue
        refs.append(_csl_reference(item, loc, n))
    return Document(source, "library", tuple(refs), tuple(failures))


def _json_items(text: str, source: str) -> Iterator[tuple[int, Any]]:
    """Top-level array items with the line each starts on."""
    decoder = json.JSONDecoder()
    pos = text.find("[")
    if pos < 0:
        raise InputError("CSL-JSON must be an array of items", source, 1)
    pos += 1
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return
        line = text.count("\n", 0, pos) + 1
        try:
            item, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON: {exc.msg}", source, exc.lineno) from exc
        yield line, item


def _csl_reference(item: dict[str, Any], loc: SourceLoc, n: int) -> Reference:
    fields = {k: v for k, v in item.items() if isinstance(v, str | int) and k != "id"}
    flat = {k: str(v) for k, v in fields.items()}
    issued = item.get("issued", {})
    parts = issued.get("date-parts", [[]]) if isinstance(issued, dict) else [[]]
    if parts and parts[0]:
        flat["year"] = str(parts[0][0])
    names = tuple(
        Author(literal=p["literal"])
        if "literal" in p
        else Author(
            family=" ".join(
                x for x in (p.get("non-dropping-particle", ""), p.get("family", "")) if x
            ),
            given=p.get("given", ""),
            suffix=p.get("suffix", ""),
        )
        for p in item.get("author", [])
        if isinstance(p, dict)
    )
    raw = json.dumps(item, ensure_ascii=False)
    return reference_from_fields(
        flat, str(item.get("id") or f"item{n + 1}"), raw, loc, (names, False)
    )


def document_from_mmrefs_json(text: str, source: str) -> Document:
    try:
        return document_from_data(json.loads(text))
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise InputError(f"not an mmrefs JSON document: {exc}", source) from exc
