"""What the registries say, kept: fill a resolved reference from its records, with provenance.

`enrich` is pure. For every field it either keeps what was printed, fills what the print
lacks, or (only with `--prefer registry`) replaces a printed value that disagrees; each
filled or replaced field is named in `provenance` with the registry it came from, and a
replaced printed value is kept in `extra` as `printed_<field>`, so nothing printed is ever
lost or silently overwritten. The disagreements themselves are the resolution's
`resolve.mismatch.*` findings. Verified identifiers (DOI, PMID) are facts about the work,
not styling, so they are always taken (a differing printed DOI stays as `printed_doi`).

Additions with no field of their own in `Reference` go into `extra`: `journal_full` (the
registry's full journal title beside a printed abbreviation) and `issn`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from mmrefs.identifiers import normalize_doi
from mmrefs.match.compare import titles_of
from mmrefs.match.signature import author_key, fold, number_key
from mmrefs.model import Document, Record, Reference, Resolution, ResolutionStatus
from mmrefs.text import expand_page_range, has_cjk


class Prefer(StrEnum):
    """Whose value an export keeps where print and registry disagree (`--prefer`)."""

    PRINTED = "printed"
    REGISTRY = "registry"


@dataclass
class _Edit:
    """The changes to one reference, built field by field."""

    changes: dict[str, Any] = field(default_factory=dict)
    provenance: list[tuple[str, str]] = field(default_factory=list)
    extra: list[tuple[str, str]] = field(default_factory=list)

    def fill(self, name: str, value: Any, source: str) -> None:
        self.changes[name] = value
        self.provenance.append((name, source))

    def replace(self, ref: Reference, name: str, value: Any, source: str) -> None:
        self.extra.append((f"printed_{name}", str(getattr(ref, name))))
        self.fill(name, value, source)


def _first(records: Sequence[Record], name: str) -> tuple[str, str]:
    """(value, source) of the first record that has the field."""
    return next(((str(getattr(r, name)), r.source) for r in records if getattr(r, name)), ("", ""))


def _same(name: str, printed: str, found: str) -> bool:
    """Equal once spelling is gone: `158-76`/`158-176`, `Vol. 9`/`9`, case and accents."""
    if name == "pages":
        return expand_page_range(printed) == expand_page_range(found)
    if name in ("volume", "issue"):
        return number_key(printed) == number_key(found)
    return fold(printed) == fold(found)


def _scalars(edit: _Edit, ref: Reference, records: Sequence[Record], prefer: Prefer) -> None:
    for name in ("title", "year", "volume", "issue", "pages", "article_number", "abstract"):
        value, source = _first(records, name)
        printed = str(getattr(ref, name))
        if not value or _same(name, printed, value):
            continue
        if not printed:
            edit.fill(name, value, source)
        elif prefer == Prefer.REGISTRY and name != "abstract":
            edit.replace(ref, name, value, source)
    if "pages" in edit.changes:
        first, last = expand_page_range(edit.changes["pages"])
        edit.changes |= {"first_page": first, "last_page": last}


def _journal(edit: _Edit, ref: Reference, records: Sequence[Record], prefer: Prefer) -> None:
    """The full journal title beside the printed abbreviation, or instead of it."""
    full, source = _first(records, "container")
    if not full or fold(full) == fold(ref.container):
        return
    if not ref.container:
        edit.fill("container", full, source)
    elif prefer == Prefer.REGISTRY:
        edit.replace(ref, "container", full, source)
    else:
        edit.extra.append(("journal_full", full))
        edit.provenance.append(("journal_full", source))


def _agree(printed: Sequence[Any], found: Sequence[Any]) -> bool:
    """Every printed name is the registry's name at that position (mangled first names
    excepted: the first author's disagreement is a finding of its own)."""
    mine = [author_key(a)[0] for a in printed[1:]]
    theirs = [author_key(a)[0] for a in found[1 : len(printed)]]
    return len(found) >= len(printed) and mine == theirs


def _authors(edit: _Edit, ref: Reference, records: Sequence[Record], prefer: Prefer) -> None:
    """The full list: printed names kept, the names behind `et al.` added."""
    richest = max(records, key=lambda r: len(r.authors))
    found = richest.authors
    if len(found) <= len(ref.authors) and (prefer == Prefer.PRINTED or not found):
        return
    if not ref.authors:
        edit.fill("authors", found, richest.source)
    elif prefer == Prefer.REGISTRY:
        edit.extra.append(("printed_authors", "; ".join(a.family for a in ref.authors)))
        edit.fill("authors", found, richest.source)
    elif _agree(ref.authors, found):
        edit.fill("authors", (*ref.authors, *found[len(ref.authors) :]), richest.source)
    else:
        return
    edit.changes["et_al"] = False


def _translation(edit: _Edit, ref: Reference, records: Sequence[Record]) -> None:
    """A Chinese entry without an English title gets the registry's English title."""
    if not has_cjk(ref.title) or ref.title_translation:
        return
    for record in records:
        english = next((t for t in titles_of(record) if not has_cjk(t)), "")
        if english:
            edit.fill("title_translation", english, record.source)
            return


def _identifiers(edit: _Edit, ref: Reference, res: Resolution, records: Sequence[Record]) -> None:
    source = next((r.source for r in records if r.doi == res.doi), "crossref")
    if res.doi and normalize_doi(ref.doi) != res.doi:
        if ref.doi:
            edit.extra.append(("printed_doi", ref.doi))
        edit.fill("doi", res.doi, source)
    if res.pmid and ref.pmid != res.pmid:
        edit.fill("pmid", res.pmid, "pubmed")
    with_issn = next((r for r in records if r.issn), None)
    if with_issn and not ref.extra_value("issn"):
        edit.extra.append(("issn", ", ".join(with_issn.issn)))
        edit.provenance.append(("issn", with_issn.source))


def enrich(
    ref: Reference, resolution: Resolution | None, prefer: Prefer = Prefer.PRINTED
) -> Reference:
    """The reference with what its verified records add; unchanged unless resolved."""
    if resolution is None or resolution.status != ResolutionStatus.RESOLVED:
        return ref
    records = [r for r in (resolution.record, *resolution.candidates) if r is not None]
    records = list(dict.fromkeys(records))
    if not records:
        return ref
    edit = _Edit()
    _identifiers(edit, ref, resolution, records)
    _scalars(edit, ref, records, prefer)
    _journal(edit, ref, records, prefer)
    _authors(edit, ref, records, prefer)
    _translation(edit, ref, records)
    if not edit.changes and not edit.extra:
        return ref
    return replace(
        ref,
        **edit.changes,
        extra=(*ref.extra, *edit.extra),
        provenance=(*ref.provenance, *edit.provenance),
    )


def enrich_document(
    doc: Document, resolutions: Sequence[Resolution], prefer: Prefer = Prefer.PRINTED
) -> Document:
    """Every reference of a document enriched from its resolution (matched by key)."""
    by_key = {r.key: r for r in resolutions}
    refs = tuple(enrich(ref, by_key.get(ref.key), prefer) for ref in doc.references)
    return replace(doc, references=refs)
