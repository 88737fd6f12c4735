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
from dataclasses import replace
from itertools import count
from typing import Any

from mmrefs.errors import InputError
from mmrefs.formats.bibtex import read_bibtex
from mmrefs.formats.jsonmodel import document_from_data
from mmrefs.formats.ris import RisRecord, read_ris
from mmrefs.ingest.document import parse_document
from mmrefs.ingest.fieldmap import authors_from_names, reference_from_fields
from mmrefs.keys import assign_keys
from mmrefs.model import Author, Document, FailedEntry, Finding, Reference, Severity, SourceLoc

_ID = re.compile(r"[^\s\"]{1,64}")
FORMATS = ("csv", "bibtex", "ris", "csl-json", "mmrefs-json", "text")


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
    refs: list[Reference] = []
    for first, last, row in rows:
        loc = SourceLoc(source, first, last if last != first else None)
        if len(row) != len(header):
            reason = f"{len(row)} cells where the header has {len(header)}"
            failures.append(FailedEntry(_row_text(row), loc, reason))
            continue
        fields = dict(zip(header, row, strict=True))
        key = (fields.get(id_col) if id_col else "") or f"row{loc.line}"
        refs.append(reference_from_fields(fields, key, _row_text(row), loc))
    failures.sort(key=lambda f: f.loc.line)
    return Document(source, "library", tuple(refs), tuple(failures))


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


def document_from_bibtex(text: str, source: str) -> Document:
    """Entries in file order; a keyless or duplicate-key entry is kept under a new key, and
    a warning says which key it got and why."""
    entries, failed = read_bibtex(text)
    lines = text.split("\n")
    refs = [_bibtex_reference(entry, lines, source) for entry in entries]
    refs, findings = _bibtex_keys(refs, entries)
    failures = tuple(
        FailedEntry(
            raw if at is None else _block_at(lines, at), SourceLoc(source, (at or 0) + 1), why
        )
        for at, raw, why in failed
    )
    return Document(source, "library", tuple(refs), failures, findings=tuple(findings))


def _bibtex_reference(entry: dict[str, object], lines: list[str], source: str) -> Reference:
    line = int(str(entry.get("line") or 0)) + 1
    authors = entry.get("author")
    fields = {k: v for k, v in entry.items() if isinstance(v, str) and k != "line"}
    people: tuple[tuple[Author, ...], bool] = authors if isinstance(authors, tuple) else ((), False)
    raw = _block_at(lines, line - 1)
    return reference_from_fields(fields, str(entry["ID"]), raw, SourceLoc(source, line), people)


def _bibtex_keys(
    refs: list[Reference], entries: list[dict[str, object]]
) -> tuple[list[Reference], list[Finding]]:
    """A second entry with a taken key becomes `key-2`; a keyless one gets the key mmrefs
    would give it (`keys.assign_keys`). Neither takes a key printed anywhere in the file."""
    used = {r.key.lower() for r in refs if r.key}
    findings: list[Finding] = []
    for n, (ref, entry) in enumerate(zip(refs, entries, strict=True)):
        if not ref.key:
            (named,) = assign_keys([ref], used)
            why = f"BibTeX entry has no key; read as {named.key}"
        elif "duplicate_of" in entry:
            free = (f"{ref.key}-{i}" for i in count(2) if f"{ref.key}-{i}".lower() not in used)
            named = replace(ref, key=next(free))
            first = int(str(entry["duplicate_of"])) + 1
            why = f"duplicate key {ref.key} (first at line {first}); this entry read as {named.key}"
        else:
            continue
        used.add(named.key.lower())
        refs[n] = named
        code = "input.bibtex.no-key" if not ref.key else "input.bibtex.duplicate-key"
        findings.append(Finding(code, Severity.WARNING, why, loc=ref.loc))
    return refs, findings


def _block_at(lines: list[str], start: int) -> str:
    """The entry text from its `@` line up to the next entry, for `raw`."""
    end = start + 1
    while end < len(lines) and not lines[end].lstrip().startswith("@"):
        end += 1
    return "\n".join(lines[start:end]).rstrip()


def document_from_ris(text: str, source: str) -> Document:
    """Records as `formats.ris` splits them; lines that fit no record are failures."""
    records, problems = read_ris(text)
    refs = tuple(_ris_reference(r, SourceLoc(source, r.line), n) for n, r in enumerate(records))
    failures = tuple(FailedEntry(raw, SourceLoc(source, at), why) for at, raw, why in problems)
    no_end = "RIS record has no ER line; read up to line {}"
    findings = tuple(
        Finding("input.ris.no-er", Severity.WARNING, no_end.format(r.end_line), loc=ref.loc)
        for r, ref in zip(records, refs, strict=True)
        if not r.has_end
    )
    return Document(source, "library", refs, failures, findings=findings)


def _ris_reference(record: RisRecord, loc: SourceLoc, n: int) -> Reference:
    fields: dict[str, str] = {}
    entry = record.fields
    for name, value in entry.items():
        if name in ("authors", "first_authors"):
            continue
        if name == "unknown_tag":  # tags rispy does not know, kept under their own names
            fields.update({tag.lower(): "; ".join(v) for tag, v in value.items()})
            continue
        fields[name] = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
    fields["type"] = str(entry.get("type_of_reference", ""))
    pages = "-".join(p for p in (fields.pop("start_page", ""), fields.pop("end_page", "")) if p)
    fields["pages"] = pages
    names = entry.get("authors") or entry.get("first_authors") or []
    key = fields.pop("id", "") or f"ris{n + 1}"
    return reference_from_fields(fields, key, record.raw, loc, (authors_from_names(names), False))


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
    et_al = bool(names) and names[-1].literal.lower() == "others"  # pandoc's et-al. form
    raw = json.dumps(item, ensure_ascii=False)
    return reference_from_fields(
        flat,
        str(item.get("id") or f"item{n + 1}"),
        raw,
        loc,
        (names[:-1] if et_al else names, et_al),
    )


def document_from_mmrefs_json(text: str, source: str) -> Document:
    try:
        return document_from_data(json.loads(text))
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise InputError(f"not an mmrefs JSON document: {exc}", source) from exc
