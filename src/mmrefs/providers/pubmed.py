"""NCBI E-utilities for PubMed: ECitMatch batches, ESummary batches, ESearch fallback.

ECitMatch answers one line per citation (`journal|year|volume|page|author|key|PMID`); any
last field that is not digits (`NOT_FOUND`, `AMBIGUOUS …`) is no match. ESummary JSON
carries the DOI in `articleids` and notices in `pubtype`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from mmrefs.keys import romanize
from mmrefs.model import Author, Notice, Record, Reference
from mmrefs.providers.base import Fetch, PayloadError, plain

SUMMARY_BATCH = 200
CITMATCH_BATCH = 50
NOTICE_TYPES = {
    "Retracted Publication": "retraction",
    "Retraction of Publication": "retraction-notice",
    "Expression of Concern": "expression_of_concern",
    "Published Erratum": "erratum",
    "Corrected and Republished Article": "correction",
}
_PIPE = re.compile(r"[|\r\n]")


def citation_line(ref: Reference, key: str) -> str:
    """One `bdata` line; pipes inside values would shift the fields, so they are removed."""
    first = ref.authors[0] if ref.authors else None
    author = ""
    if first is not None and not first.literal:
        author = f"{romanize(first.family)} {first.given.replace('.', '').replace(' ', '')[:2]}"
    journal = ref.container_translation or ref.container
    fields = [
        journal.lower(),
        ref.year[:4],
        ref.volume,
        ref.first_page or ref.article_number,
        author.strip().lower(),
        key,
    ]
    return "|".join(_PIPE.sub(" ", f) for f in fields) + "|"


def pmids_from_citmatch(text: str) -> dict[str, str]:
    """key → PMID for every matched line. Every line of a reply echoes the seven fields
    that were sent; a shorter line means the body was cut off, which is a `PayloadError`
    (a fault to retry), not "no match"."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split("|")
        if line.strip() and len(parts) < 7:
            raise PayloadError(f"ECitMatch reply cut short: {line[:60]!r}")
        if len(parts) >= 7 and parts[6].strip().isdigit():
            found[parts[5]] = parts[6].strip()
    return found


def _author(name: str) -> Author:
    words = name.split()
    if len(words) >= 2 and words[-1].isupper() and len(words[-1]) <= 4:
        return Author(family=" ".join(words[:-1]), given=words[-1])
    return Author(literal=name)


def record_from_summary(doc: dict[str, Any]) -> Record:
    ids = {a.get("idtype"): str(a.get("value", "")) for a in doc.get("articleids") or []}
    notices = tuple(
        Notice(NOTICE_TYPES[t], source="pubmed")
        for t in doc.get("pubtype") or []
        if t in NOTICE_TYPES
    )
    year = re.search(r"\d{4}", str(doc.get("pubdate", "")))
    return Record(
        source="pubmed",
        pmid=str(doc.get("uid", "")),
        doi=ids.get("doi", "").lower(),
        title=plain(str(doc.get("title", ""))).rstrip("."),
        authors=tuple(
            _author(str(a.get("name", ""))) for a in doc.get("authors") or [] if a.get("name")
        ),
        container=str(doc.get("fulljournalname", "")),
        container_short=str(doc.get("source", "")),
        year=year.group(0) if year else "",
        volume=str(doc.get("volume", "")),
        issue=str(doc.get("issue", "")),
        pages=str(doc.get("pages", "")),
        article_number=str(doc.get("elocationid", "")) if not doc.get("pages") else "",
        type=", ".join(doc.get("pubtype") or []),
        notices=notices,
    )


def records_from_summary(text: str) -> dict[str, Record]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PayloadError(f"ESummary sent invalid JSON: {exc.msg} at {exc.pos}") from exc
    result = data.get("result") if isinstance(data, dict) else None
    if not isinstance(result, dict):
        raise PayloadError("ESummary reply has no `result`")
    out: dict[str, Record] = {}
    for uid in result.get("uids", []):
        doc = result.get(str(uid))
        if isinstance(doc, dict) and "error" not in doc:
            out[str(uid)] = record_from_summary(doc)
    return out


class PubMed:
    def __init__(self, base_url: str, fetch: Fetch) -> None:
        self.base = base_url.rstrip("/")
        self.fetch = fetch

    def citmatch(self, refs: Sequence[tuple[str, Reference]]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(refs), CITMATCH_BATCH):
            lines = [citation_line(ref, key) for key, ref in refs[start : start + CITMATCH_BATCH]]
            params = {"db": "pubmed", "retmode": "xml", "bdata": "\r".join(lines)}
            reply = self.fetch(f"{self.base}/ecitmatch.cgi", params, "eutils", pmids_from_citmatch)
            if reply.status == 200:
                found.update(reply.data)
        return found

    def summaries(self, pmids: Iterable[str]) -> dict[str, Record]:
        wanted = sorted(set(pmids), key=int)
        found: dict[str, Record] = {}
        for start in range(0, len(wanted), SUMMARY_BATCH):
            params = {
                "db": "pubmed",
                "retmode": "json",
                "id": ",".join(wanted[start : start + SUMMARY_BATCH]),
            }
            reply = self.fetch(f"{self.base}/esummary.fcgi", params, "eutils", records_from_summary)
            if reply.status == 200:
                found.update(reply.data)
        return found

    def search(self, ref: Reference) -> list[str]:
        """PMIDs for a title (+ first author) search; the fallback when ECitMatch misses."""
        term = f'"{ref.title}"[ti]' if ref.title else ""
        if ref.authors and ref.authors[0].family:
            term += f" AND {romanize(ref.authors[0].family)}[au]"
        params = {"db": "pubmed", "retmode": "json", "retmax": "3", "term": term}
        reply = self.fetch(f"{self.base}/esearch.fcgi", params, "eutils", pmids_from_search)
        return list(reply.data) if reply.status == 200 else []


def pmids_from_search(text: str) -> list[str]:
    """The id list of an ESearch JSON reply."""
    try:
        return [str(i) for i in json.loads(text)["esearchresult"]["idlist"]]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise PayloadError(f"ESearch reply unreadable: {exc}") from exc
