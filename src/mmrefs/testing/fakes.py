"""Provider payloads in the wire formats of ../shared/api-samples (see FORMATS.md there).

Works are described from the bundled review's printed references. Their DOIs use the
prefix 10.5555, which Crossref's documentation uses for example DOIs, so no test claims a
real work's identifier; PMIDs are small made-up numbers for the same reason.
"""

from __future__ import annotations

import json
from typing import Any

from mmrefs.model import Reference


def crossref_work(ref: Reference, doi: str, **changes: Any) -> dict[str, Any]:
    """A `/works` item shaped like the recorded samples (arrays, date-parts, sequence)."""
    authors: list[dict[str, Any]] = [
        {
            "given": a.given,
            "family": a.family.title(),
            "sequence": "first" if n == 0 else "additional",
            "affiliation": [],
        }
        for n, a in enumerate(ref.authors)
    ]
    item: dict[str, Any] = {
        "DOI": doi,
        "title": [ref.title],
        "author": authors,
        "container-title": [ref.container],
        "short-container-title": [ref.container],
        "issued": {"date-parts": [[int(ref.year)]]},
        "volume": ref.volume,
        "issue": ref.issue,
        "page": ref.pages or ref.article_number,
        "type": "journal-article",
        "score": 42.5,
    }
    item.update(changes)
    return {k: v for k, v in item.items() if v not in ("", None)}


def work_list(items: list[dict[str, Any]]) -> str:
    return json.dumps(
        {
            "status": "ok",
            "message-type": "work-list",
            "message-version": "1.0.0",
            "message": {
                "facets": {},
                "total-results": len(items),
                "items": items,
                "items-per-page": len(items),
                "query": {"start-index": 0, "search-terms": None},
            },
        }
    )


def summary(docs: dict[str, dict[str, Any]]) -> str:
    return json.dumps(
        {"header": {"type": "esummary", "version": "0.3"}, "result": {"uids": list(docs), **docs}}
    )


def summary_doc(ref: Reference, pmid: str, doi: str, **changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "uid": pmid,
        "pubdate": ref.year,
        "source": ref.container,
        "authors": [
            {
                "name": f"{a.family.title()} {a.given.replace(' ', '')}",
                "authtype": "Author",
                "clusterid": "",
            }
            for a in ref.authors
        ],
        "title": ref.title + ".",
        "volume": ref.volume,
        "issue": ref.issue,
        "pages": ref.pages,
        "pubtype": ["Journal Article"],
        "articleids": [
            {"idtype": "pubmed", "idtypen": 1, "value": pmid},
            {"idtype": "doi", "idtypen": 3, "value": doi},
        ],
        "fulljournalname": ref.container,
    }
    doc.update(changes)
    return doc
