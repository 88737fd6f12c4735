"""Crossref REST API: `/works` bibliographic queries, `filter=doi:` batches, `/works/{doi}`.

Field mapping follows the recorded samples in ../shared/api-samples (titles and container
titles are arrays; dates are `date-parts`; notices come as `updated-by`/`update-to`; a
non-English work may carry its English title in `original-title`, and a subtitle apart).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import quote

from mmrefs.model import Author, Notice, Record, Reference
from mmrefs.providers.base import Fetch, PayloadError, plain, prose
from mmrefs.text import as_int

SELECT = (
    "DOI,title,original-title,subtitle,author,container-title,short-container-title,ISSN,"
    "issued,published-print,published-online,volume,issue,page,article-number,type,"
    "updated-by,update-to,relation,abstract,score"
)
NOTICE_RELATIONS = ("is-retracted-by", "is-corrected-by", "has-expression-of-concern")
DOI_BATCH = 60  # DOIs per `filter=doi:` request …
FILTER_CHARS = 3000  # … and at most this many characters of filter, well under URL limits
SEARCH_ROWS = 5


def bibliographic_text(ref: Reference) -> str:
    """A citation string for `query.bibliographic`: what Crossref's matcher is tuned for."""
    first = ref.authors[0] if ref.authors else None
    name = (first.literal or first.family) if first else ""
    title = ref.title_translation if ref.language == "zh" and ref.title_translation else ref.title
    container = ref.container_translation or ref.container
    parts = [name, title, container, ref.year, ref.volume, ref.first_page or ref.article_number]
    return " ".join(p for p in parts if p)


def query_params(text: str, year: str = "", rows: int = SEARCH_ROWS) -> dict[str, str]:
    """One bibliographic search; a known year narrows it to ±1 year (print and online
    dates differ by one at most)."""
    params = {"query.bibliographic": text, "rows": str(rows), "select": SELECT}
    y = as_int(year[:4])
    if y is not None:
        params["filter"] = f"from-pub-date:{y - 1},until-pub-date:{y + 1}"
    return params


def doi_batches(dois: Iterable[str]) -> list[list[str]]:
    """Sorted DOIs cut into `filter=doi:` batches that keep every URL short."""
    batches: list[list[str]] = []
    size = 0
    for doi in sorted(set(dois)):
        cost = len(quote(doi, safe="")) + 5
        if not batches or len(batches[-1]) >= DOI_BATCH or size + cost > FILTER_CHARS:
            batches.append([])
            size = 0
        batches[-1].append(doi)
        size += cost
    return batches


def _year(item: dict[str, Any]) -> str:
    for name in ("issued", "published-print", "published-online"):
        parts = (item.get(name) or {}).get("date-parts") or [[]]
        if parts and parts[0] and parts[0][0]:
            return str(parts[0][0])
    return ""


def _author(data: dict[str, Any]) -> Author:
    if "family" not in data:
        return Author(literal=plain(str(data.get("name", ""))))
    return Author(
        family=plain(str(data["family"])),
        given=plain(str(data.get("given", ""))),
        suffix=plain(str(data.get("suffix", ""))),
    )


def _texts(values: Any) -> list[str]:
    if not isinstance(values, list):
        return []
    return [t for t in (plain(str(v)) for v in values) if t]


def _first(values: Any) -> str:
    texts = _texts(values)
    return texts[0] if texts else ""


def _titles(item: dict[str, Any]) -> tuple[str, ...]:
    """Every title variant but the first: further titles, the original-language title, and
    the title with its subtitle (Crossref keeps subtitles apart; prints join them)."""
    titles = _texts(item.get("title"))
    variants = titles[1:] + _texts(item.get("original-title"))
    variants += [f"{titles[0]}: {sub}" for sub in _texts(item.get("subtitle")) if titles]
    return tuple(dict.fromkeys(v for v in variants if v not in titles[:1]))


def _notice(data: dict[str, Any], source: str) -> Notice:
    return Notice(
        str(data.get("type", "")),
        str(data.get("DOI", "")).lower(),
        str(data.get("label", "")),
        str(data.get("source", source)),
    )


def _notices(item: dict[str, Any], doi: str) -> tuple[Notice, ...]:
    """Notices about this work; a `new_version` pointing back at the work itself is not."""
    out = [
        _notice(n, "crossref")
        for n in item.get("updated-by") or []
        if isinstance(n, dict) and str(n.get("DOI", "")).lower() != doi
    ]
    relation = item.get("relation") or {}
    for name in NOTICE_RELATIONS:
        for rel in relation.get(name) or []:
            out.append(Notice(name, str(rel.get("id", "")).lower(), name, "crossref-relation"))
    return tuple(out)


def _updates(item: dict[str, Any], doi: str) -> tuple[Notice, ...]:
    """What this record is a notice for (a corrigendum's `update-to`), never itself."""
    return tuple(
        _notice(n, "crossref")
        for n in item.get("update-to") or []
        if isinstance(n, dict) and str(n.get("DOI", "")).lower() != doi
    )


def record_from_crossref(item: dict[str, Any]) -> Record:
    """One Crossref work → Record (pure; the mapping table of this provider)."""
    doi = str(item.get("DOI", "")).lower()
    return Record(
        source="crossref",
        doi=doi,
        title=_first(item.get("title")),
        authors=tuple(_author(a) for a in item.get("author") or [] if isinstance(a, dict)),
        container=_first(item.get("container-title")),
        container_short=_first(item.get("short-container-title")),
        year=_year(item),
        volume=str(item.get("volume", "")),
        issue=str(item.get("issue", "")),
        pages=str(item.get("page", "")),
        article_number=str(item.get("article-number", "")),
        type=str(item.get("type", "")),
        notices=_notices(item, doi),
        score=float(item.get("score") or 0.0),
        abstract=prose(str(item.get("abstract", ""))),
        titles=_titles(item),
        issn=tuple(_texts(item.get("ISSN"))),
        updates=_updates(item, doi),
    )


def _message(text: str) -> Any:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PayloadError(f"Crossref sent invalid JSON: {exc.msg} at {exc.pos}") from exc
    if not isinstance(data, dict) or "message" not in data:
        raise PayloadError("Crossref reply has no `message`")
    return data["message"]


def records_from_list(text: str) -> list[Record]:
    message = _message(text)
    items = message.get("items") if isinstance(message, dict) else None
    if not isinstance(items, list):
        raise PayloadError("Crossref work-list without `items`")
    return [record_from_crossref(i) for i in items if isinstance(i, dict)]


def refusal(status: int, text: str) -> str:
    """What Crossref said when it refused a request (a JSON `message` list, or text)."""
    try:
        message = json.loads(text).get("message")
    except (json.JSONDecodeError, AttributeError):
        return f"HTTP {status}: {text.strip()[:80]}"
    if isinstance(message, list) and message and isinstance(message[0], dict):
        return f"HTTP {status}: {message[0].get('message', message[0].get('type', ''))}"
    return f"HTTP {status}: {str(message)[:80]}"


class Crossref:
    """The provider: three request shapes over one injected `fetch`."""

    def __init__(self, base_url: str, fetch: Fetch) -> None:
        self.base = base_url.rstrip("/")
        self.fetch = fetch

    def _list(self, params: dict[str, str]) -> list[Record]:
        """A list request; a refusal (400, or a 404 with a JSON body) is an error, never
        an empty result."""
        reply = self.fetch(f"{self.base}/works", params, "list", records_from_list)
        if reply.status != 200:
            raise PayloadError(
                f"Crossref refused a list request: {refusal(reply.status, reply.text)}"
            )
        return list(reply.data)

    def search(self, ref: Reference) -> list[Record]:
        return self._list(query_params(bibliographic_text(ref), ref.year))

    def search_text(self, text: str) -> list[Record]:
        """A raw reference string as printed (an entry mmrefs could not parse)."""
        return self._list(query_params(" ".join(text.split())[:500]))

    def works(self, doi: str) -> Record | None:
        reply = self.fetch(f"{self.base}/works/{quote(doi, safe='/')}", {}, "single", _message)
        if reply.status == 404:
            return None
        if reply.status != 200:
            raise PayloadError(f"Crossref answered {refusal(reply.status, reply.text)} for {doi}")
        return record_from_crossref(reply.data) if isinstance(reply.data, dict) else None

    def by_dois(self, dois: Sequence[str]) -> dict[str, Record]:
        """One batch of DOIs (from `doi_batches`) in one list request."""
        params = {
            "filter": ",".join(f"doi:{d}" for d in dois),
            "rows": str(len(dois)),
            "select": SELECT,
        }
        return {r.doi: r for r in self._list(params)}
