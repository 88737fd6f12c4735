"""One printed entry → a Reference (or a FailedEntry saying why), whatever its style."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields as dataclass_fields
from functools import lru_cache
from typing import Any

from mmrefs.identifiers import normalize_doi
from mmrefs.ingest.gbt7714 import TYPE_MARK, parse_gbt
from mmrefs.ingest.normalize import language_of, pop_trailing_ids
from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.vancouver import parse_vancouver
from mmrefs.model import FailedEntry, Reference, SourceLoc
from mmrefs.text import fold_fullwidth, strip_italics

_REFERENCE_FIELDS = {f.name for f in dataclass_fields(Reference)}
_EXTRA_ORDER = ("edition", "issued", "accessed", "pmcid", "style")


def prepare(text: str) -> str:
    """Fold full-width punctuation and drop emphasis so both styles see plain ASCII syntax."""
    return fold_fullwidth(strip_italics(text)).replace("．", ". ")


Style = tuple[str, str, Callable[[str], dict[str, Any] | str]]
# Every style mmrefs reads: (name in reasons, name in `extra`, parser).
STYLES: tuple[Style, ...] = (
    ("GB/T 7714", "gbt7714", parse_gbt),
    ("Vancouver", "vancouver", parse_vancouver),
)


def detect_style(text: str) -> str:
    if TYPE_MARK.search(text):
        return "gbt7714"
    return "vancouver"


def candidate_styles(text: str) -> tuple[Style, ...]:
    """The styles an entry may be in: a type code (`[J]`) says GB/T 7714 for certain;
    without one, every style is tried, so a GB/T entry that lost its code is not judged
    by the Vancouver grammar alone."""
    if detect_style(text) == "gbt7714":
        return STYLES[:1]
    return STYLES


def parse_styles(body: str) -> dict[str, Any] | str:
    """Fields from the first style that reads `body` with a title; otherwise one reason
    naming each style tried and what it missed."""
    reasons: list[str] = []
    for name, style, parse in candidate_styles(body):
        parsed = parse(body)
        if isinstance(parsed, str):
            reasons.append(f"{name}: {parsed}")
        elif not parsed.get("title"):
            reasons.append(f"{name}: no title found")
        else:
            parsed["style"] = style
            return parsed
    return joined_reasons(tuple(reasons))


@lru_cache(maxsize=64)
def joined_reasons(reasons: tuple[str, ...]) -> str:
    """One shared string per distinct reason: garbage input fails the same way thousands
    of times, and each FailedEntry (and its finding) then holds a reference, not a copy."""
    return "; ".join(reasons)


def parse_fields(text: str) -> dict[str, Any] | str:
    """Style-specific fields for one entry's text, or the reason it could not be read."""
    body, ids = pop_trailing_ids(prepare(text))
    cited = re.search(
        r"\s*\[(?:cited|accessed)?\s*(\d{4}(?:-\d{1,2}){0,2}[^\]]*)\]\s*\.?\s*$",
        body,
        re.IGNORECASE,
    )
    if cited and not TYPE_MARK.match(body[cited.start() :]):
        ids["accessed"] = cited.group(1).strip()
        body = body[: cited.start()]
    parsed = parse_styles(body)
    if isinstance(parsed, str):
        return parsed
    if ids.get("doi"):
        parsed["doi"] = normalize_doi(ids["doi"])
    for name in ("pmid", "url", "accessed", "pmcid"):
        if ids.get(name):
            parsed.setdefault(name, ids[name])
    return parsed


def build_reference(entry: RawEntry, file: str, fields: dict[str, Any]) -> Reference:
    """Assemble the Reference; style-specific fields without a slot go to `extra`."""
    known = {k: v for k, v in fields.items() if k in _REFERENCE_FIELDS}
    extra = tuple((k, str(fields[k])) for k in _EXTRA_ORDER if fields.get(k))
    return Reference(
        key="",
        number=entry.number,
        raw=entry.text,
        loc=SourceLoc(file, entry.line, entry.end_line),
        language=language_of(str(fields.get("title", ""))),
        extra=extra,
        **known,
    )


def parse_entry(entry: RawEntry, file: str) -> Reference | FailedEntry:
    """Parse one entry; never raises on text, so one bad entry cannot stop a list."""
    try:
        fields = parse_fields(entry.text)
    except RecursionError:  # pragma: no cover - defensive: pathological nesting
        fields = "entry nests too deeply to read"
    if isinstance(fields, str):
        return FailedEntry(
            entry.text, SourceLoc(file, entry.line, entry.end_line), fields, entry.number
        )
    return build_reference(entry, file, fields)
