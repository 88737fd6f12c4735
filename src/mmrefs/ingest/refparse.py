"""One printed entry → a Reference (or a FailedEntry saying why), whatever its style."""

from __future__ import annotations

import re
from dataclasses import fields as dataclass_fields
from typing import Any

from mmrefs.ingest.gbt7714 import TYPE_MARK
from mmrefs.ingest.normalize import language_of, squeeze
from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.steps import run_steps
from mmrefs.ingest.styles.choose import parse_styles
from mmrefs.ingest.styles.trailers import peel
from mmrefs.keys import key_base
from mmrefs.model import FailedEntry, Finding, Reference, Severity, SourceLoc
from mmrefs.text import fold_fullwidth, strip_italics

_REFERENCE_FIELDS = {f.name for f in dataclass_fields(Reference)}
_EXTRA_ORDER = ("edition", "issued", "accessed", "pmcid", "style", "style_score", "problem")
LOW_SCORE = 0.8  # a reading scored below this is reported for a person to check
_CITED = re.compile(
    r"\s*\[(?:cited|accessed)?\s*(\d{4}(?:-\d{1,2}){0,2}[^\]]*)\]\s*\.?\s*$", re.IGNORECASE
)


def ends_in_bracket(body: str) -> bool:
    """Whether `body` ends `]`, `].` or `] .`: what `_CITED` needs, checked without
    trying its leading `\\s*` at every position of the entry."""
    body = body.rstrip()
    return body.endswith("]") or (body.endswith(".") and body[:-1].rstrip().endswith("]"))


def prepare(text: str) -> str:
    """Fold full-width punctuation and drop emphasis so both styles see plain ASCII syntax."""
    if "*" in text:
        text = strip_italics(text)
    if text.isascii():  # nothing full-width to fold: spaces only
        return squeeze(text)
    return fold_fullwidth(text).replace("．", ". ")


def parse_fields(text: str) -> dict[str, Any] | str:
    """Style-specific fields for one entry's text, or the reason it could not be read."""
    body, ids = peel(prepare(text))
    cited = _CITED.search(body) if ends_in_bracket(body) else None
    if cited and not TYPE_MARK.match(body[cited.start() :]):
        ids["accessed"] = cited.group(1).strip()
        body = body[: cited.start()]
    parsed = parse_styles(body, bool(ids.get("doi") or ids.get("url")))
    if isinstance(parsed, str):
        return parsed
    if ids.get("doi"):
        parsed["doi"] = ids["doi"]
    for name in ("pmid", "url", "accessed", "pmcid"):
        if ids.get(name):
            parsed.setdefault(name, ids[name])
    fields, problems = run_steps(parsed)
    if problems:
        fields["problem"] = "; ".join(str(p) for p in problems)
    return fields


def build_reference(entry: RawEntry, file: str, fields: dict[str, Any]) -> Reference:
    """Assemble the Reference; style-specific fields without a slot go to `extra`. It is
    born with its base key (`keys.key_base`), so that `assign_keys` copies only the
    references whose keys clash."""
    known = {k: v for k, v in fields.items() if k in _REFERENCE_FIELDS}
    extra = tuple((k, str(fields[k])) for k in _EXTRA_ORDER if fields.get(k))
    language = language_of(str(fields.get("title", "")))
    key = key_base(
        known.get("authors", ()),
        known.get("authors_translation", ()),
        language,
        known.get("year", ""),
        known.get("title", ""),
        known.get("title_translation", ""),
    )
    return Reference(
        key=key,
        number=entry.number,
        raw=entry.text,
        loc=SourceLoc(file, entry.line, entry.end_line),
        language=language,
        extra=extra,
        **known,
    )


_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_PARTIAL_IDS = ("doi", "pmid", "pmcid", "url", "accessed")


def partial_fields(text: str) -> tuple[tuple[str, str], ...]:
    """What can still be read from an entry no grammar explains: the identifiers its
    trailers carry and the last plausible year, so a failure keeps its best evidence."""
    body, ids = peel(prepare(text))
    found = [(name, str(ids[name])) for name in _PARTIAL_IDS if ids.get(name)]
    years = _YEAR.findall(body)
    return tuple(found + ([("year", years[-1])] if years else []))


def parse_entry(entry: RawEntry, file: str) -> Reference | FailedEntry:
    """Parse one entry; never raises on text, so one bad entry cannot stop a list."""
    try:
        fields = parse_fields(entry.text)
    except RecursionError:  # pragma: no cover - defensive: pathological nesting
        fields = "entry nests too deeply to read"
    if isinstance(fields, str):
        loc = SourceLoc(file, entry.line, entry.end_line)
        return FailedEntry(entry.text, loc, fields, entry.number, partial_fields(entry.text))
    return build_reference(entry, file, fields)


def reading_findings(ref: Reference) -> list[Finding]:
    """Warnings about how an entry was read: a low-scoring reading (which grammar won and
    its score, so a person can check it) and values a normalising step left as printed."""
    out = []
    number = (ref.number,) if ref.number is not None else ()
    score = ref.extra_value("style_score")
    if score and float(score) < LOW_SCORE:
        message = f"read as {ref.extra_value('style')} with low confidence ({score}); check it"
        out.append(Finding("parse.low_confidence", Severity.WARNING, message, number, ref.loc))
    if ref.extra_value("problem"):
        message = ref.extra_value("problem")
        out.append(Finding("parse.step", Severity.WARNING, message, number, ref.loc))
    return out
