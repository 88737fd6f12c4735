"""Read other tools' bibliographies (CSV, BibTeX, RIS, CSL-JSON, mmrefs JSON) as Documents.

Dedupe compares a review against a user's library and merged database exports, so every
common interchange format comes in through here. Each reader keeps a record's line and raw
text; a record that cannot be read becomes a FailedEntry with its line, never a gap.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import count
from typing import Any

from mmrefs.errors import InputError
from mmrefs.formats.bibtex import read_bibtex
from mmrefs.formats.csvrows import read_csv, row_text
from mmrefs.formats.jsonmodel import document_from_data
from mmrefs.formats.ris import RisRecord, read_ris
from mmrefs.ingest.document import parse_document
from mmrefs.ingest.fieldmap import authors_from_names, reference_from_fields
from mmrefs.keys import assign_keys
from mmrefs.model import Author, Document, FailedEntry, Finding, Reference, Severity, SourceLoc

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


def document_from_csv(text: str, source: str) -> Document:
    """A header row then one record per row (the dedupe benchmark's format)."""
    table = read_csv(text, source)
    refs: list[Reference] = []
    failures = list(table.failures)
    for first, last, row in table.rows:
        loc = SourceLoc(source, first, last if last != first else None)
        if len(row) != len(table.header):
            reason = f"{len(row)} cells where the header has {len(table.header)}"
            failures.append(FailedEntry(row_text(row), loc, reason))
            continue
        fields = dict(zip(table.header, row, strict=True))
        key = (fields.get(table.id_column) if table.id_column else "") or f"row{loc.line}"
        refs.append(reference_from_fields(fields, key, row_text(row), loc))
    failures.sort(key=lambda f: f.loc.line)
    return Document(source, "library", tuple(refs), tuple(failures))


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
