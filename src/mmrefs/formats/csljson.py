"""CSL-JSON (the input format of citeproc, pandoc and Zotero), as plain data.

The English version of a Chinese entry is written for two kinds of reader: as the
top-level variables `original-title`, `original-container-title` and `original-author`
(which bilingual GB/T 7714 styles print) for citeproc-js and pandoc, and as the same
Extra lines in `note`, because Zotero's CSL-JSON import keeps `note` (as Extra) but has
no field for the `original-*` variables. `translated-title` (CSL 1.0.2) also holds the
English title.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from mmrefs.formats.common import (
    ET_AL,
    KIND_TO_CSL,
    abbreviated,
    full_family,
    page_range,
    translation_abbreviated,
)
from mmrefs.formats.zotero_extra import extra_lines
from mmrefs.model import Author, Reference
from mmrefs.names import display_given
from mmrefs.text import as_int


def csl_name(author: Author) -> dict[str, str]:
    """`family` with its particle (`de la Puente`) and `given` with its suffix (`L. D., Jr`).

    Zotero's CSL-JSON import reads only `family`, `given` and `literal`, so a particle or
    suffix in fields of their own would be lost there; in this form Zotero keeps them
    (as it does from BibTeX and RIS), and citeproc-js and pandoc split them back into
    `non-dropping-particle` and `suffix` when they read the item.
    """
    if author.literal:
        return {"literal": author.literal}
    name = {"family": full_family(author), "given": display_given(author.given)}
    if author.suffix and name["given"]:
        name["given"] += f", {author.suffix}"
    elif author.suffix:
        name["suffix"] = author.suffix
    return {k: v for k, v in name.items() if v}


def csl_names(authors: Sequence[Author], et_al: bool) -> list[dict[str, str]]:
    """The names, then `{"literal": "others"}` where the printed list said "et al.": the
    form pandoc writes for BibTeX's `and others` and its citeproc prints as "et al."."""
    return [csl_name(a) for a in authors] + ([{"literal": ET_AL}] if et_al else [])


def csl_date(value: str) -> dict[str, Any]:
    parts = [n for n in map(as_int, value.split("-")) if n is not None][:3]
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
            "original-title": ref.title_translation,
            "author": csl_names(ref.authors, abbreviated(ref)),
            "original-author": csl_names(ref.authors_translation, translation_abbreviated(ref)),
            "container-title": ref.container,
            "original-container-title": ref.container_translation,
            "volume": ref.volume,
            "issue": ref.issue,
            "page": page_range(ref),
            "number": ref.article_number or ref.extra_value("document_number"),
            "DOI": ref.doi,
            "PMID": ref.pmid,
            "URL": ref.url,
            "publisher": ref.publisher,
            "publisher-place": ref.place,
            "edition": ref.extra_value("edition"),
            "language": ref.language,
            "abstract": ref.abstract,
            "keyword": ", ".join(ref.keywords),
            "note": "\n".join(extra_lines(ref)),
        }
    )
    issued = ref.extra_value("issued") or ref.year
    if issued:
        item["issued"] = csl_date(issued)
    if ref.extra_value("accessed"):
        item["accessed"] = csl_date(ref.extra_value("accessed"))
    custom = {"type-code": ref.type_code, "source": str(ref.loc)}
    item["custom"] = {k: v for k, v in custom.items() if v}
    return {k: v for k, v in item.items() if v not in ("", [], {}, None)}


def render_csljson(refs: Iterable[Reference]) -> str:
    return json.dumps([csl_item(r) for r in refs], ensure_ascii=False, indent=2) + "\n"
