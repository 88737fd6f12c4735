"""NCBI E-utilities for PubMed: one ECitMatch POST, EFetch (or ESummary) POSTs, ESearch.

ECitMatch answers one line per citation (`journal|year|volume|page|author|key|PMID`); any
last field that is not digits (`NOT_FOUND`, `AMBIGUOUS …`) is no match. EFetch XML is the
record source (`pubmed_xml`): it carries all ESummary does plus the abstract, full names,
ISSNs and the original-language title. ESummary JSON stays as the lighter fallback. Long id
lists go as POST form bodies, as NCBI asks for large requests.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import partial
from typing import Any

from mmrefs.keys import romanize
from mmrefs.model import Author, Notice, Record, Reference
from mmrefs.providers.base import Fetch, Parse, PayloadError, plain, unbracket
from mmrefs.providers.pubmed_xml import NOTICE_TYPES, pmids_from_esearch_xml, records_from_efetch
from mmrefs.text import has_cjk

FETCH_BATCH = 200  # ids per EFetch/ESummary POST (NCBI's advice for one request)
CITMATCH_BATCH = 1000  # citations per ECitMatch POST: a whole reference list in one request
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


def pmids_from_citmatch(text: str, sent: Sequence[str] = ()) -> dict[str, str]:
    """key → PMID for every matched line. Every line of a reply echoes the seven fields
    that were sent, one line per citation; a shorter line, or a citation `sent` that no
    line echoes, means the body was cut off: a `PayloadError` (a fault to retry), never
    "no match"."""
    found: dict[str, str] = {}
    echoed: set[str] = set()
    for line in text.splitlines():
        parts = line.split("|")
        if line.strip() and len(parts) < 7:
            raise PayloadError(f"ECitMatch reply cut short: {line[:60]!r}")
        if len(parts) >= 7:
            echoed.add(parts[5])
            if parts[6].strip().isdigit():
                found[parts[5]] = parts[6].strip()
    missing = [key for key in sent if key not in echoed]
    if missing:
        raise PayloadError(f"ECitMatch reply cut short: no line for {missing[0]!r}")
    return found


def _author(name: str) -> Author:
    words = name.split()
    if len(words) >= 2 and words[-1].isupper() and len(words[-1]) <= 4:
        return Author(family=" ".join(words[:-1]), given=words[-1])
    return Author(literal=name)


def record_from_summary(doc: dict[str, Any]) -> Record:
    """One ESummary document → Record (no abstract; initials only)."""
    ids = {a.get("idtype"): str(a.get("value", "")) for a in doc.get("articleids") or []}
    notices = tuple(
        Notice(NOTICE_TYPES[t], source="pubmed")
        for t in doc.get("pubtype") or []
        if t in NOTICE_TYPES
    )
    year = re.search(r"\d{4}", str(doc.get("pubdate", "")))
    vernacular = plain(str(doc.get("vernaculartitle", "")))
    return Record(
        source="pubmed",
        pmid=str(doc.get("uid", "")),
        doi=ids.get("doi", "").lower(),
        title=unbracket(plain(str(doc.get("title", "")))),
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
        titles=(unbracket(vernacular),) if vernacular else (),
        issn=tuple(dict.fromkeys(str(doc[k]) for k in ("issn", "essn") if doc.get(k))),
    )


def records_from_summary(text: str) -> dict[str, Record]:
    """PMID → Record for every document of an ESummary reply that is not an error."""
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
    """The provider: ECitMatch, EFetch/ESummary and ESearch over one injected `fetch`."""

    def __init__(self, base_url: str, fetch: Fetch) -> None:
        self.base = base_url.rstrip("/")
        self.fetch = fetch

    def _ask(self, tool: str, params: dict[str, str], parse: Parse, post: bool = True) -> Any:
        """One E-utility call; an HTTP refusal (400, 414, …) is an error, never "nothing
        found", so the references it concerned are reported, not silently missed."""
        reply = self.fetch(f"{self.base}/{tool}", params, "eutils", parse, post=post)
        if reply.status != 200:
            raise PayloadError(f"NCBI {tool} answered HTTP {reply.status}: {reply.text[:80]!r}")
        return reply.data

    def citmatch(self, refs: Sequence[tuple[str, Reference]]) -> dict[str, str]:
        """key → PMID for up to CITMATCH_BATCH citations, in one POST."""
        lines = [citation_line(ref, key) for key, ref in refs]
        params = {"db": "pubmed", "retmode": "xml", "bdata": "\r".join(lines)}
        parse = partial(pmids_from_citmatch, sent=[key for key, _ in refs])
        return dict(self._ask("ecitmatch.cgi", params, parse))

    def records(self, pmids: Sequence[str]) -> dict[str, Record]:
        """Full records (EFetch XML) for up to FETCH_BATCH PMIDs, in one POST."""
        params = {"db": "pubmed", "retmode": "xml", "id": ",".join(pmids)}
        return dict(self._ask("efetch.fcgi", params, records_from_efetch))

    def summaries(self, pmids: Sequence[str]) -> dict[str, Record]:
        """Light records (ESummary JSON, no abstracts) for up to FETCH_BATCH PMIDs."""
        params = {"db": "pubmed", "retmode": "json", "id": ",".join(pmids)}
        return dict(self._ask("esummary.fcgi", params, records_from_summary))

    def search(self, ref: Reference) -> list[str]:
        """PMIDs for a title (+ first author) search; the fallback when ECitMatch misses.
        A Chinese entry is searched by its English title, as PubMed indexes it."""
        title = ref.title_translation if has_cjk(ref.title) else ref.title
        term = f'"{title}"[ti]' if title else ""
        if ref.authors and ref.authors[0].family:
            term += f" AND {romanize(ref.authors[0].family)}[au]"
        params = {"db": "pubmed", "retmode": "json", "retmax": "3", "term": term}
        return list(self._ask("esearch.fcgi", params, pmids_from_search, post=False))


def pmids_from_search(text: str) -> list[str]:
    """The id list of an ESearch reply, JSON (`retmode=json`) or XML."""
    if text.lstrip().startswith("<"):
        return pmids_from_esearch_xml(text)
    try:
        return [str(i) for i in json.loads(text)["esearchresult"]["idlist"]]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise PayloadError(f"ESearch reply unreadable: {exc}") from exc
