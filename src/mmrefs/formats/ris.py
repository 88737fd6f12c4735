"""RIS through rispy; the tag choices follow what Zotero and EndNote read back.

Writing: Zotero's RIS import drops `TT`, `TA` and `LB` (EndNote reads them) but appends
every `M2` line to the item's Extra, so the English version of a Chinese entry also goes
there as Extra lines (`formats.zotero_extra`), one `M2` each. Only those lines: readers
that follow the RIS specification (citation-js) take `M2` of a journal article for its
start page, so a `PMID:` line on every resolved record would land there; the PMID stays
in `AN`, RIS's accession number (Zotero files it as the archive location).

Reading goes line by line before rispy sees a record: rispy glues any line that is not a
tag onto the value before it and skips whatever stands between `ER` and the next `TY`,
so a broken line would silently corrupt a value or vanish. Here each such line is named
with its number instead, and only well-formed lines reach rispy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

import rispy
from rispy.config import LIST_TYPE_TAGS, TAG_KEY_MAPPING

from mmrefs.formats.common import abbreviated, full_family
from mmrefs.formats.zotero_extra import translation_lines
from mmrefs.model import Author, Kind, Reference
from mmrefs.names import display_given

RIS_TYPES = {
    Kind.ARTICLE: "JOUR",
    Kind.BOOK: "BOOK",
    Kind.CHAPTER: "CHAP",
    Kind.THESIS: "THES",
    Kind.CONFERENCE: "CONF",
    Kind.REPORT: "RPRT",
    Kind.WEB: "ELEC",
    Kind.PATENT: "PAT",
    Kind.STANDARD: "STAND",
    Kind.NEWSPAPER: "NEWS",
    Kind.DATASET: "DATA",
    Kind.SOFTWARE: "COMP",
    Kind.OTHER: "GEN",
}
ET_AL_NOTE = "Author list abbreviated (et al.) in the source"
# The kinds whose own number RIS carries in SN, where other kinds carry an ISSN or ISBN:
# Zotero's RIS translator (`RIS.js`) reads SN as a report's `reportNumber` and a patent's
# `patentNumber`; the version read for this imports a standard's TY, STAND, as a report.
NUMBERED_IN_SN = frozenset({Kind.REPORT, Kind.STANDARD, Kind.PATENT})


def ris_name(author: Author) -> str:
    """`Family, Given[, Suffix]` — RIS's documented AU form."""
    if author.literal:
        return author.literal
    parts = [full_family(author), display_given(author.given), author.suffix]
    return ", ".join(p for p in parts if p)


def ris_record(ref: Reference) -> dict[str, Any]:
    """One record as rispy's field dict. RIS has no "et al.": AU lists the names only and
    a note says the list was cut; an article number stands in SP, where pages go."""
    record: dict[str, Any] = {
        "type_of_reference": RIS_TYPES[ref.kind],
        "id": ref.key,
        "authors": [ris_name(a) for a in ref.authors],
        "title": ref.title,
        "translated_title": ref.title_translation,
        "secondary_title": ref.container,
        "year": ref.year,
        "volume": ref.volume,
        "number": ref.issue,
        "start_page": ref.first_page or ref.article_number or ref.pages,
        "end_page": ref.last_page,
        "doi": ref.doi,
        "accession_number": ref.pmid,
        "language": ref.language,
        "publisher": ref.publisher,
        "place_published": ref.place,
        "issn": ref.extra_value("document_number") if ref.kind in NUMBERED_IN_SN else "",
        "edition": ref.extra_value("edition"),
        "access_date": ref.extra_value("accessed"),
        "urls": [ref.url] if ref.url else [],
        "keywords": list(ref.keywords),
        "abstract": ref.abstract,
        "label": str(ref.number) if ref.number is not None else "",
        "translated_author": [ris_name(a) for a in ref.authors_translation],
        "notes": _notes(ref),
        "zotero_extra": translation_lines(ref),
    }
    return {k: v for k, v in record.items() if v not in ("", [], None)}


def _notes(ref: Reference) -> list[str]:
    """N1 lines, which Zotero keeps as a child note and EndNote as notes."""
    notes = []
    if ref.container_translation:
        notes.append(f"Translated journal: {ref.container_translation}")
    if abbreviated(ref):
        notes.append(ET_AL_NOTE)
    return notes


class _PlainRisWriter(rispy.RisWriter):  # type: ignore[misc]
    """rispy's writer, without the record numbers (`1.`) it puts before each TY line,
    which importers do not expect, with one `TA` per translated author (as `AU`) and one
    `M2` per Extra line."""

    DEFAULT_MAPPING: ClassVar[dict[str, str]] = {**TAG_KEY_MAPPING, "M2": "zotero_extra"}
    DEFAULT_LIST_TAGS: ClassVar[list[str]] = [*LIST_TYPE_TAGS, "TA", "M2"]

    def set_header(self, count: int) -> str:
        return ""


def render_ris(refs: Iterable[Reference]) -> str:
    return str(rispy.dumps([ris_record(r) for r in refs], implementation=_PlainRisWriter))


_TAG = re.compile(r"([A-Z][A-Z0-9])  -(?: |$)")
# Meant as a tag, but not `TG  - value`: `PY - 2004`, `XX  bad tag line`, `PY  -2004`.
_TAG_LIKE = re.compile(r"[A-Z][A-Z0-9](?:\s{0,3}-(?:\s|$)|\s{2,}\S)")
# Tags whose values never wrap onto a new line, so a text line after them is not theirs.
_ONE_LINE = "TY ER ID PY Y1 Y2 DA VL IS CP SP EP DO SN AN UR L1 L2 L3 L4 LK LA AU A1 A2 A3 A4 ED ET"
_ONE_LINE_TAGS = frozenset(_ONE_LINE.split())


@dataclass(frozen=True, slots=True)
class RisRecord:
    """One `TY` … `ER` record: rispy's fields, its first line and every line of it."""

    line: int
    end_line: int
    raw: str
    fields: dict[str, Any]
    has_end: bool = True


def read_ris(text: str) -> tuple[list[RisRecord], list[tuple[int, str, str]]]:
    """Records plus the lines that belong to none or cannot be read: (line, text, why).

    A record missing its `ER` ends where the next `TY` begins (or at the end of the file)
    and is read, flagged by `has_end=False`, rather than merged into its neighbour.
    """
    records: list[RisRecord] = []
    problems: list[tuple[int, str, str]] = []
    current: list[tuple[int, str]] = []
    last_end = 0
    for number, line in enumerate(text.removeprefix("\ufeff").split("\n"), 1):
        line = line.rstrip("\r")
        tag = _tag_of(line)
        if tag == "TY" and current:
            records += _record(current, problems, has_end=False)
            current = []
        if tag == "TY" or current:
            current.append((number, line))
            if tag == "ER":
                records += _record(current, problems)
                current, last_end = [], number
        elif line.strip():
            problems.append((number, line, _outside(line, last_end)))
    if current:
        records += _record(current, problems, has_end=False)
    return records, problems


def _tag_of(line: str) -> str:
    match = _TAG.match(line)
    return match.group(1) if match else ""


def _outside(line: str, last_end: int) -> str:
    what = f"tag {_tag_of(line)}" if _tag_of(line) else f"line {_snippet(line)}"
    where = f"after the ER at line {last_end}" if last_end else "before the first TY"
    return f"{what} outside any RIS record ({where}); not read"


def _snippet(line: str) -> str:
    text = line.strip()
    return repr(text if len(text) <= 40 else text[:39] + "…")


def _record(
    lines: list[tuple[int, str]], problems: list[tuple[int, str, str]], has_end: bool = True
) -> list[RisRecord]:
    """The record's well-formed lines through rispy; the others become problems."""
    first = lines[0][0]
    while len(lines) > 1 and not lines[-1][1].strip():
        lines = lines[:-1]
    good: list[str] = []
    last_tag = ""
    for number, line in lines:
        tag = _tag_of(line)
        if not line.strip() or tag == "ER":
            continue
        why = "" if tag else _unreadable(line, last_tag, first)
        if why:
            problems.append((number, line, why))
            continue
        good.append(line)
        last_tag = tag or last_tag
    raw = "\n".join(line for _, line in lines)
    try:
        (fields,) = rispy.loads("\n".join([*good, "ER  - ", ""]))
    except (ValueError, KeyError, IndexError) as exc:
        problems.append((first, raw, f"not a readable RIS record: {exc}"))
        return []
    return [RisRecord(first, lines[-1][0], raw, fields, has_end)]


def _unreadable(line: str, last_tag: str, first: int) -> str:
    """Why a line that is not `TG  - value` cannot continue the value before it, or ''."""
    if _TAG_LIKE.match(line):
        return (
            f"malformed RIS tag line {_snippet(line)} (not `TG  - value`); "
            f"not read into the record of line {first}"
        )
    if last_tag in _ONE_LINE_TAGS:
        return (
            f"line {_snippet(line)} is not a tag and not a continuation: {last_tag} values are "
            f"one line; not read into the record of line {first}"
        )
    return ""
