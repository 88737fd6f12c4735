"""Enrichment: what each field becomes for each `--prefer`, and where it came from.

Rows: (id, reference changes, record changes, prefer, expected reference fields,
expected provenance, expected extra). Invented works only (10.5555 DOIs, made-up PMIDs).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from mmrefs.model import Author, Document, Record, Resolution, ResolutionStatus
from mmrefs.resolve.enrich import Prefer, enrich, enrich_document
from tests.unit.resolve.works import DOI, RECORD, REF

P, G = Prefer.PRINTED, Prefer.REGISTRY
FULL = RECORD.authors
PUBMED = Record(
    source="pubmed",
    pmid="900007",
    doi=DOI,
    title=RECORD.title,
    authors=FULL,
    abstract="BACKGROUND: Nanoparticles. RESULTS: They home.",
    issn=("0000-0000",),
)

Fields = dict[str, Any]
CASES: list[tuple[str, Fields, Fields, Prefer, Fields, dict[str, str], dict[str, str]]] = [
    ("full author list behind et al.", {}, {}, P,
     {"authors": (REF.authors[0], *FULL[1:]), "et_al": False}, {"authors": "crossref"}, {}),
    ("printed names are kept as printed", {}, {}, P,
     {"authors": (Author("KOWALCZYK", "A B"), *FULL[1:])}, {}, {}),
    ("co-authors in another order: print kept", {"authors": (Author("KOWALCZYK", "A B"),
     Author("MBEKI", "L"))}, {}, P, {"et_al": True}, {"authors": "printed"}, {}),
    ("co-authors in another order: registry asked for", {"authors": (Author("KOWALCZYK", "A B"),
     Author("MBEKI", "L"))}, {}, G, {"authors": FULL, "et_al": False}, {"authors": "crossref"},
     {"printed_authors": "KOWALCZYK; MBEKI"}),
    ("missing volume and pages are filled", {"volume": "", "pages": "", "first_page": "",
     "last_page": ""}, {}, P, {"volume": "270", "pages": "158-176", "first_page": "158",
     "last_page": "176"}, {"volume": "crossref", "pages": "crossref"}, {}),
    ("a short page range is the same range", {}, {}, G, {"pages": "158-76"},
     {"pages": "printed"}, {}),
    ("printed volume disagrees: kept", {"volume": "27"}, {}, P, {"volume": "27"},
     {"volume": "printed"}, {}),
    ("printed volume disagrees: registry asked for", {"volume": "27"}, {}, G,
     {"volume": "270"}, {"volume": "crossref"}, {"printed_volume": "27"}),
    ("full journal title beside the abbreviation", {}, {}, P, {"container": "J Control Release"},
     {"journal_full": "crossref"}, {"journal_full": "Journal of Controlled Release"}),
    ("full journal title instead of it", {}, {}, G,
     {"container": "Journal of Controlled Release"}, {"container": "crossref"},
     {"printed_container": "J Control Release"}),
    ("verified DOI over a mistyped printed one", {"doi": "10.5555/case.l"}, {}, P,
     {"doi": DOI}, {"doi": "crossref"}, {"printed_doi": "10.5555/case.l"}),
    ("English title for a Chinese entry", {"title": "载硼替佐米纳米颗粒", "title_translation": ""},
     {"title": "载硼替佐米纳米颗粒", "titles": (RECORD.title,)}, P,
     {"title": "载硼替佐米纳米颗粒", "title_translation": RECORD.title},
     {"title_translation": "crossref", "title": "printed"}, {}),
]  # fmt: skip


def resolved(*records: Record, pmid: str = "") -> Resolution:
    return Resolution(
        REF.key,
        REF.number,
        ResolutionStatus.RESOLVED,
        DOI,
        pmid,
        1.0,
        candidates=records,
        record=records[0],
    )


@pytest.mark.parametrize(
    ("ref_changes", "record_changes", "prefer", "fields", "origins", "extra"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_enrichment_table(
    ref_changes: dict[str, Any],
    record_changes: dict[str, Any],
    prefer: Prefer,
    fields: dict[str, Any],
    origins: dict[str, str],
    extra: dict[str, str],
) -> None:
    ref = replace(REF, **ref_changes)
    out = enrich(ref, resolved(replace(RECORD, **record_changes)), prefer)
    assert {k: getattr(out, k) for k in fields} == fields
    assert {k: out.origin(k) for k in origins} == origins
    assert {k: out.extra_value(k) for k in extra} == extra
    assert out.raw == ref.raw and out.loc == ref.loc  # what was printed is never lost


def test_abstract_issn_and_pmid_come_from_pubmed() -> None:
    out = enrich(REF, resolved(PUBMED, RECORD, pmid="900007"))
    assert (out.abstract, out.origin("abstract")) == (PUBMED.abstract, "pubmed")
    assert (out.pmid, out.origin("pmid")) == ("900007", "pubmed")
    assert (out.extra_value("issn"), out.origin("issn")) == ("0000-0000", "pubmed")


def test_a_printed_abstract_is_never_replaced() -> None:
    ref = replace(REF, abstract="As printed.")
    assert enrich(ref, resolved(PUBMED), Prefer.REGISTRY).abstract == "As printed."


@pytest.mark.parametrize("status", [s for s in ResolutionStatus if s != ResolutionStatus.RESOLVED])
def test_only_a_resolved_reference_is_touched(status: ResolutionStatus) -> None:
    res = replace(resolved(RECORD), status=status)
    assert enrich(REF, res) is REF and enrich(REF, None) is REF


def test_a_document_is_enriched_by_key() -> None:
    other = replace(REF, key="other", number=8)
    doc = Document("review.txt", "reflist", (REF, other))
    out = enrich_document(doc, [resolved(RECORD)])
    assert out.references[0].et_al is False and out.references[1] is other
