"""One record per cluster: the richest value of every field, every identifier, provenance.

Nothing is dropped: values that lose (a second DOI, a shorter title) stay in `extra` next
to the list of merged records and where each was read, so a merge can always be undone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import fields, replace

from mmrefs.identifiers import normalize_doi
from mmrefs.model import Author, DedupeResult, Reference

_TEXT_FIELDS = tuple(
    f.name
    for f in fields(Reference)
    if f.type in ("str", str)
    and f.name not in ("key", "raw", "doi", "pmid", "year", "first_page", "last_page", "pages")
)


def _richest(values: Sequence[str]) -> str:
    """Mixed case beats ALL CAPS, then the longest (an unabbreviated journal, a full title)."""
    present = [v for v in values if v.strip()]
    if not present:
        return ""
    return max(present, key=lambda v: (not v.isupper(), len(v)))


def _richest_authors(refs: Sequence[Reference]) -> Reference:
    """The complete list (not `et al.`) with the fullest given names."""

    def weight(ref: Reference) -> tuple[bool, int, int]:
        return (not ref.et_al, len(ref.authors), sum(len(a.given) for a in ref.authors))

    return max(refs, key=weight)


def _most_common(values: Sequence[str]) -> str:
    present = [v for v in values if v.strip()]
    return Counter(present).most_common(1)[0][0] if present else ""


def merge_records(refs: Sequence[Reference], ids: Sequence[str]) -> Reference:
    """Merge one cluster; `refs[0]` (smallest id) gives the key and the raw text."""
    base = refs[0]
    chosen = {name: _richest([getattr(r, name) for r in refs]) for name in _TEXT_FIELDS}
    people = _richest_authors(refs)
    paged = max(refs, key=lambda r: (bool(r.first_page), bool(r.last_page), len(r.pages)))
    dois = list(dict.fromkeys(normalize_doi(r.doi) for r in refs if r.doi.strip()))
    pmids = list(dict.fromkeys(r.pmid.strip() for r in refs if r.pmid.strip()))
    extra = list(dict.fromkeys(pair for r in refs for pair in r.extra))
    extra += [("doi_alternate", d) for d in dois[1:]] + [("pmid_alternate", p) for p in pmids[1:]]
    extra += [("merged_from", f"{i} ({r.loc})") for i, r in zip(ids, refs, strict=True)]
    authors: tuple[Author, ...] = people.authors
    return replace(
        base,
        **chosen,  # type: ignore[arg-type]
        authors=authors,
        et_al=people.et_al,
        authors_translation=people.authors_translation or base.authors_translation,
        year=_most_common([r.year for r in refs]),
        pages=paged.pages,
        first_page=paged.first_page,
        last_page=paged.last_page,
        doi=dois[0] if dois else "",
        pmid=pmids[0] if pmids else "",
        keywords=tuple(dict.fromkeys(k for r in refs for k in r.keywords)),
        extra=tuple(extra),
    )


def merged_bibliography(refs: Sequence[Reference], result: DedupeResult) -> tuple[Reference, ...]:
    """Every input record once: clusters merged at their first member's position."""
    cluster_of = result.cluster_of()
    out: list[Reference] = []
    for i, ref in enumerate(refs):
        if i not in cluster_of:
            out.append(ref)
            continue
        members = result.clusters[cluster_of[i]]
        if min(members) == i:
            out.append(merge_records([refs[m] for m in members], [result.ids[m] for m in members]))
    return tuple(out)
