"""Bibliographic field dictionaries (BibTeX, CSV, RIS, CSL-JSON) → Reference.

Every foreign format ends as a flat `{field: value}` dict; one table says which mmrefs field
each name fills, and everything else is kept in `extra` so nothing a user exported is lost.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from mmrefs.ingest.authors import parse_family_first
from mmrefs.model import Author, Kind, Reference, SourceLoc
from mmrefs.text import collapse_spaces, expand_page_range, has_cjk

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "primary_title", "ti"),
    "container": ("journal", "journaltitle", "container-title", "secondary_title", "booktitle"),
    "year": ("year", "date", "issued", "py"),
    "volume": ("volume",),
    "issue": ("number", "issue"),
    "pages": ("pages", "page"),
    "doi": ("doi",),
    "pmid": ("pmid", "accession_number"),
    "url": ("url",),
    "publisher": ("publisher",),
    "place": ("address", "location", "publisher-place", "place_published"),
    "abstract": ("abstract",),
    "language": ("language", "langid"),
}
KIND_NAMES = {
    "article": Kind.ARTICLE,
    "article-journal": Kind.ARTICLE,
    "jour": Kind.ARTICLE,
    "journal article": Kind.ARTICLE,
    "inproceedings": Kind.CONFERENCE,
    "conference": Kind.CONFERENCE,
    "proceedings": Kind.CONFERENCE,
    "paper-conference": Kind.CONFERENCE,
    "conf": Kind.CONFERENCE,
    "cpaper": Kind.CONFERENCE,
    "book": Kind.BOOK,
    "incollection": Kind.CHAPTER,
    "inbook": Kind.CHAPTER,
    "chapter": Kind.CHAPTER,
    "chap": Kind.CHAPTER,
    "phdthesis": Kind.THESIS,
    "mastersthesis": Kind.THESIS,
    "thesis": Kind.THESIS,
    "thes": Kind.THESIS,
    "techreport": Kind.REPORT,
    "report": Kind.REPORT,
    "rprt": Kind.REPORT,
    "online": Kind.WEB,
    "webpage": Kind.WEB,
    "elec": Kind.WEB,
}
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def kind_of(name: str) -> Kind:
    return KIND_NAMES.get(name.strip().lower(), Kind.OTHER)


def authors_from_text(value: str) -> tuple[tuple[Author, ...], bool]:
    """`Last, First and Last, First` (BibTeX/CSV) or `Last, F.; Last, F.` lists."""
    value = collapse_spaces(value.strip())
    if not value:
        return (), False
    names = _AND.split(value) if _AND.search(value) or ";" not in value else value.split(";")
    et_al = names[-1].strip().lower() in ("others", "et al", "et al.")
    out = []
    for name in names[:-1] if et_al else names:
        name = name.strip().strip("{}")
        if not name:
            continue
        if "," in name:
            parts = [p.strip() for p in name.split(",")]
            suffix = parts[1] if len(parts) > 2 else ""
            out.append(Author(family=parts[0], given=parts[-1], suffix=suffix))
        elif has_cjk(name):
            out.append(parse_family_first(name))
        else:
            words = name.split()
            family = words[-1] if words else name
            out.append(Author(family=family, given=" ".join(words[:-1])))
    return tuple(out), et_al


def reference_from_fields(
    fields: Mapping[str, str],
    key: str,
    raw: str,
    loc: SourceLoc,
    authors: tuple[tuple[Author, ...], bool] | None = None,
) -> Reference:
    """A Reference from a flat field dict; unknown fields go to `extra` unchanged."""
    lowered = {k.lower(): v.strip() for k, v in fields.items() if v and v.strip()}
    used: set[str] = set()
    values: dict[str, str] = {}
    for target, names in FIELD_NAMES.items():
        for name in names:
            if name in lowered and target not in values:
                values[target] = lowered[name]
                used.add(name)
    people, et_al = authors if authors is not None else authors_from_text(lowered.get("author", ""))
    used.update({"author", "entrytype", "id", "type"})
    first, last = expand_page_range(values.get("pages", ""))
    kind = kind_of(lowered.get("entrytype") or lowered.get("type", ""))
    if kind == Kind.OTHER and values.get("container") and "booktitle" not in used:
        kind = Kind.ARTICLE
    extra = tuple((k, v) for k, v in lowered.items() if k not in used)
    return Reference(
        key=key,
        number=None,
        raw=raw,
        loc=loc,
        kind=kind,
        authors=people,
        et_al=et_al,
        first_page=first,
        last_page=last,
        extra=extra,
        **values,  # type: ignore[arg-type]
    )
