"""CSL-JSON (the input format of citeproc, pandoc and Zotero), as plain data."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from mmrefs.formats.common import KIND_TO_CSL, name_parts, page_range
from mmrefs.model import Author, Reference


def csl_name(author: Author) -> dict[str, str]:
    parts = name_parts(author)
    if "particle" in parts:
        parts["non-dropping-particle"] = parts.pop("particle")
    return parts


def csl_date(value: str) -> dict[str, Any]:
    parts = [int(p) for p in value.split("-") if p.isdigit()][:3]
    return {"date-parts": [parts]} if parts else {"literal": value}


def csl_item(ref: Reference) -> dict[str, Any]:
    """One CSL item; fields CSL has no variable for go under `custom`, never dropped."""
    item: dict[str, Any] = {"id": ref.key, "type": KIND_TO_CSL[ref.kind]}
    if ref.number is not None:
        item["citation-number"] = ref.number
    item.update(
        {
            "title": ref.title,
            "translated-title": ref.title_translation,
            "author": [csl_name(a) for a in ref.authors],
            "container-title": ref.container,
            "volume": ref.volume,
            "issue": ref.issue,
            "page": page_range(ref),
            "number": ref.article_number,
            "DOI": ref.doi,
            "PMID": ref.pmid,
            "URL": ref.url,
            "publisher": ref.publisher,
            "publisher-place": ref.place,
            "edition": ref.extra_value("edition"),
            "language": ref.language,
            "abstract": ref.abstract,
            "keyword": ", ".join(ref.keywords),
        }
    )
    issued = ref.extra_value("issued") or ref.year
    if issued:
        item["issued"] = csl_date(issued)
    if ref.extra_value("accessed"):
        item["accessed"] = csl_date(ref.extra_value("accessed"))
    custom = {
        "et-al": ref.et_al or None,
        "container-title-translated": ref.container_translation,
        "author-translated": [csl_name(a) for a in ref.authors_translation],
        "type-code": ref.type_code,
        "source": str(ref.loc),
    }
    item["custom"] = {k: v for k, v in custom.items() if v}
    return {k: v for k, v in item.items() if v not in ("", [], {}, None)}


def render_csljson(refs: Iterable[Reference]) -> str:
    return json.dumps([csl_item(r) for r in refs], ensure_ascii=False, indent=2) + "\n"
