"""Crossref REST API: `/works` bibliographic queries, `filter=doi:` batches, `/works/{doi}`.

Field mapping follows the recorded samples in ../shared/api-samples (titles and container
titles are arrays; dates are `date-parts`; notices come as `updated-by`/`update-to`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from mmrefs.model import Author, Notice, Record, Reference
from mmrefs.providers.base import Fetch, PayloadError, plain

SELECT = (
    "DOI,title,author,container-title,short-container-title,issued,published-print,"
    "published-online,volume,issue,page,article-number,type,updated-by,update-to,relation,score"
)
NOTICE_RELATIONS = ("is-retracted-by", "is-corrected-by", "has-expression-of-concern")
DOI_BATCH = 40


def bibliographic_text(ref: Reference) -> str:
    """A citation string for `query.bibliographic`: what Crossref's matcher is tuned for."""
    first = ref.authors[0] if ref.authors else None
    name = (first.literal or first.family) if first else ""
    title = ref.title_translation if ref.language == "zh" and ref.title_translation else ref.title
    container = ref.container_translation or ref.container
    parts = [name, title, container, ref.year, ref.volume, ref.first_page or ref.article_number]
    return " ".join(p for p in parts if p)


def query_params(ref: Reference, rows: int = 5) -> dict[str, str]:
    params = {"query.bibliographic": bibliographic_text(ref), "rows": str(rows), "select": SELECT}
    if ref.year[:4].isdigit():
        year = int(ref.year[:4])
        params["filter"] = f"from-pub-date:{year - 1},until-pub-date:{year + 1}"
    return params


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


def _first(values: Any) -> str:
    return plain(str(values[0])) if isinstance(values, list) and values else ""


def _notices(item: dict[str, Any]) -> tuple[Notice, ...]:
    out = [
        Notice(
            str(n.get("type", "")),
            str(n.get("DOI", "")).lower(),
            str(n.get("label", "")),
            str(n.get("source", "crossref")),
        )
        for n in item.get("updated-by") or []
        if isinstance(n, dict)
    ]
    relation = item.get("relation") or {}
    for name in NOTICE_RELATIONS:
        for rel in relation.get(name) or []:
            out.append(Notice(name, str(rel.get("id", "")).lower(), name, "crossref-relation"))
    return tuple(out)


def record_from_crossref(item: dict[str, Any]) -> Record:
    """One Crossref work → Record (pure; the mapping table of this provider)."""
    return Record(
        source="crossref",
        doi=str(item.get("DOI", "")).lower(),
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
        notices=_notices(item),
        score=float(item.get("score") or 0.0),
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


class Crossref:
    """The provider: three request shapes over one injected `fetch`."""

    def __init__(self, base_url: str, fetch: Fetch) -> None:
        self.base = base_url.rstrip("/")
        self.fetch = fetch

    def search(self, ref: Reference) -> list[Record]:
        reply = self.fetch(f"{self.base}/works", query_params(ref), "list", records_from_list)
        return list(reply.data) if reply.status == 200 else []

    def works(self, doi: str) -> Record | None:
        reply = self.fetch(f"{self.base}/works/{quote(doi, safe='/')}", {}, "single", _message)
        if reply.status == 404:
            return None
        if reply.status != 200:
            raise PayloadError(f"Crossref answered HTTP {reply.status} for {doi}")
        return record_from_crossref(reply.data) if isinstance(reply.data, dict) else None

    def by_dois(self, dois: Iterable[str]) -> dict[str, Record]:
        """Many DOIs in few list requests (`filter=doi:a,doi:b`)."""
        wanted = sorted(set(dois))
        found: dict[str, Record] = {}
        for start in range(0, len(wanted), DOI_BATCH):
            batch = wanted[start : start + DOI_BATCH]
            params = {
                "filter": ",".join(f"doi:{d}" for d in batch),
                "rows": str(len(batch)),
                "select": SELECT,
            }
            reply = self.fetch(f"{self.base}/works", params, "list", records_from_list)
            if reply.status == 200:
                found.update((r.doi, r) for r in reply.data)
        return found
