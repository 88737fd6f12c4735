"""RIS through rispy; the tag choices follow what Zotero and EndNote read back."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import rispy

from mmrefs.formats.common import full_family
from mmrefs.model import Author, Kind, Reference
from mmrefs.names import display_given

RIS_TYPES = {
    Kind.ARTICLE: "JOUR",
    Kind.BOOK: "BOOK",
    Kind.CHAPTER: "CHAP",
    Kind.THESIS: "THES",
    Kind.CONFERENCE: "CONF",
    Kind.REPORT: "RPRT",
    Kind.WEB: "ELEC",
    Kind.PATENT: "PAT",
    Kind.STANDARD: "STAND",
    Kind.NEWSPAPER: "NEWS",
    Kind.DATASET: "DATA",
    Kind.SOFTWARE: "COMP",
    Kind.OTHER: "GEN",
}


def ris_name(author: Author) -> str:
    """`Family, Given[, Suffix]` — RIS's documented AU form."""
    if author.literal:
        return author.literal
    parts = [full_family(author), display_given(author.given), author.suffix]
    return ", ".join(p for p in parts if p)


def ris_record(ref: Reference) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type_of_reference": RIS_TYPES[ref.kind],
        "id": ref.key,
        "authors": [ris_name(a) for a in ref.authors],
        "title": ref.title,
        "translated_title": ref.title_translation,
        "secondary_title": ref.container,
        "year": ref.year,
        "volume": ref.volume,
        "number": ref.issue,
        "start_page": ref.first_page or ref.article_number or ref.pages,
        "end_page": ref.last_page,
        "doi": ref.doi,
        "accession_number": ref.pmid,
        "language": ref.language,
        "publisher": ref.publisher,
        "place_published": ref.place,
        "edition": ref.extra_value("edition"),
        "access_date": ref.extra_value("accessed"),
        "urls": [ref.url] if ref.url else [],
        "keywords": list(ref.keywords),
        "abstract": ref.abstract,
        "label": str(ref.number) if ref.number is not None else "",
        "translated_author": "; ".join(ris_name(a) for a in ref.authors_translation),
        "notes": [f"Translated journal: {ref.container_translation}"]
        if ref.container_translation
        else [],
    }
    if ref.et_al:
        record["notes"] = record["notes"] + ["Author list abbreviated (et al.) in the source"]
    return {k: v for k, v in record.items() if v not in ("", [], None)}


class _PlainRisWriter(rispy.RisWriter):  # type: ignore[misc]
    """rispy numbers records (`1.`) before each TY line; importers expect none."""

    def set_header(self, count: int) -> str:
        return ""


def render_ris(refs: Iterable[Reference]) -> str:
    return str(rispy.dumps([ris_record(r) for r in refs], implementation=_PlainRisWriter))
