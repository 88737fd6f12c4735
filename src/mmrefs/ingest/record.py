"""Metadata records (`- VernacularTitle:…`, `- Author:` lines, `- From: Journal 2025;29(31):…`).

Record exports put one field per `- Name:value` line, but authors run over several lines
with affiliation markers and `;` separators, and some labels lose their colon
(`- CountryChina`), so labels are matched by name, not by punctuation.
"""

from __future__ import annotations

import re
from typing import Any

from mmrefs.ingest.authors import parse_given_first
from mmrefs.ingest.steps import run_steps
from mmrefs.model import Author, FailedEntry, Kind, Reference, SourceLoc

LABELS = (
    "VernacularTitle",
    "Title",
    "Author",
    "Publication Type",
    "Keywords",
    "From",
    "Country",
    "Language",
    "Abstract",
    "DOI",
    "PMID",
)
_LABEL_RE = re.compile(
    r"^\s*-\s*(?P<label>" + "|".join(re.escape(x) for x in LABELS) + r")\s*:?\s*(?P<value>.*)$"
)
FROM = re.compile(
    r"^(?P<journal>.+?)\s+(?P<year>(?:1[5-9]|20)\d{2})\s*;\s*(?P<volume>[^(:]*)"
    r"(?:\((?P<issue>[^)]*)\))?\s*(?::\s*(?P<pages>\S+))?\s*$"
)
_LANGUAGES = {
    "chinese": "zh",
    "english": "en",
    "japanese": "ja",
    "german": "de",
    "french": "fr",
    "spanish": "es",
    "korean": "ko",
    "russian": "ru",
}


def is_record(text: str) -> bool:
    """Whether a file is a metadata record rather than a reference list."""
    labels = {m.group("label") for line in text.splitlines() if (m := _LABEL_RE.match(line))}
    return len(labels & {"Author", "From", "Abstract", "VernacularTitle", "Title"}) >= 2


def collect_fields(lines: list[str]) -> dict[str, tuple[str, int]]:
    """Label → (value, line); unlabelled lines continue the previous label's value."""
    fields: dict[str, tuple[str, int]] = {}
    current = ""
    for lineno, line in enumerate(lines, start=1):
        match = _LABEL_RE.match(line)
        if match:
            current = match.group("label")
            fields[current] = (match.group("value").strip(), lineno)
        elif current and line.strip():
            value, start = fields[current]
            fields[current] = (f"{value}\n{line.strip()}".strip(), start)
    return fields


def parse_record_authors(block: str) -> tuple[Author, ...]:
    """Names separated by `;`, with digit affiliation markers and trailers dropped."""
    block = re.sub(r"Author\s+Information\s*$", "", block.strip())
    names = []
    for piece in re.split(r"\s*;\s*", block.replace("\n", " ")):
        piece = re.sub(r"(?:\s+\d+(?:\s*,\s*\d+)*)+$", "", piece).strip(" ,")
        if piece:
            names.append(parse_given_first(piece))
    return tuple(names)


def source_fields(source: str) -> dict[str, Any] | None:
    """`- From: Journal 2025;29(31):6743-6752` → journal, year, volume, issue, pages."""
    match = FROM.match(source)
    if not match:
        return None
    out: dict[str, Any] = {k: (match.group(k) or "").strip() for k in ("year", "volume", "issue")}
    out["container"] = match.group("journal").strip()
    out["pages"] = match.group("pages") or ""
    return out


def record_draft(fields: dict[str, tuple[str, int]], title: str) -> dict[str, Any]:
    """The printed fields of a record, before the shared normalising steps."""
    out: dict[str, Any] = {"title": title.replace("\n", " ")}
    if "VernacularTitle" in fields and "Title" in fields:
        out["title"] = fields["VernacularTitle"][0]
        out["title_translation"] = fields["Title"][0]
    out["authors"] = parse_record_authors(fields.get("Author", ("", 0))[0])
    out.update(source_fields(fields.get("From", ("", 0))[0]) or {})
    out["doi"] = fields.get("DOI", ("", 0))[0]
    out["pmid"] = fields.get("PMID", ("", 0))[0]
    return out


def parse_record(text: str, file: str) -> Reference | FailedEntry:
    """Parse a record file into one Reference (failed when it has no title at all)."""
    fields = collect_fields(text.splitlines())
    first_line = min((line for _, line in fields.values()), default=1)
    loc = SourceLoc(file, first_line, len(text.splitlines()))
    title = fields.get("Title", fields.get("VernacularTitle", ("", 0)))[0]
    if not title:
        return FailedEntry(text, loc, "record has no Title or VernacularTitle line")
    out, problems = run_steps(record_draft(fields, title))
    source = fields.get("From", ("", 0))[0]
    extra = [
        (name.lower().replace(" ", "_"), fields[name][0])
        for name in ("Publication Type", "Country")
        if name in fields
    ]
    if source and not FROM.match(source):
        extra.append(("from", source))
    extra += [("problem", str(p)) for p in problems]
    keywords = tuple(k.strip() for k in fields.get("Keywords", ("", 0))[0].split(";") if k.strip())
    language = fields.get("Language", ("", 0))[0].strip().lower()
    return Reference(
        key="",
        number=None,
        raw=text,
        loc=loc,
        kind=Kind.ARTICLE,
        keywords=keywords,
        abstract=fields.get("Abstract", ("", 0))[0],
        language=_LANGUAGES.get(language, language),
        extra=tuple(extra),
        **out,
    )
