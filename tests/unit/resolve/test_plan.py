"""The plan: which reference goes into which request (fewest requests, failures local)."""

from __future__ import annotations

from dataclasses import replace

from mmrefs.model import Reference
from mmrefs.providers.crossref import DOI_BATCH, doi_batches
from mmrefs.providers.pubmed import FETCH_BATCH
from mmrefs.resolve.plan import (
    Batch,
    candidates_of,
    citable,
    doi_owners,
    doi_requests,
    followup_dois,
    make_plan,
    pmid_owners,
    pmid_requests,
)
from tests.unit.resolve.works import DOI, OTHER, RECORD, REF


def refs(n: int) -> list[Reference]:
    return [replace(REF, key=f"k{i}", number=i) for i in range(n)]


def test_every_citable_reference_goes_into_one_ecitmatch_request() -> None:
    many = [*refs(139), replace(REF, key="novol", volume="")]
    plan = make_plan(many)
    assert len(plan.citations) == 1 and len(plan.citations[0]) == 139
    numbered = replace(REF, pages="", first_page="", article_number="e12")
    assert citable(numbered) and not citable(replace(REF, volume=""))


def test_two_references_printing_one_doi_both_wait_for_its_batch() -> None:
    printed = [replace(REF, key="a", doi=DOI.upper()), replace(REF, key="b", doi=f"doi:{DOI}")]
    assert doi_owners(printed) == {DOI: ("a", "b")}
    assert doi_requests(doi_owners(printed)) == (Batch((DOI,), ("a", "b")),)


def test_doi_batches_keep_urls_short() -> None:
    many = [f"10.5555/case.{i}" for i in range(150)]
    batches = doi_batches(many)
    assert [len(b) for b in batches] == [DOI_BATCH, DOI_BATCH, 150 - 2 * DOI_BATCH]
    long = [f"10.5555/{'x' * 200}.{i}" for i in range(30)]
    assert all(sum(len(d) + 9 for d in b) <= 3400 for b in doi_batches(long))


def test_pmids_are_fetched_in_batches_of_two_hundred() -> None:
    owners = pmid_owners({f"k{i}": [str(900000 + i)] for i in range(450)})
    batches = pmid_requests(owners)
    assert [len(b.ids) for b in batches] == [FETCH_BATCH, FETCH_BATCH, 50]
    assert batches[0].keys[0] == "k0"


def test_crossref_is_asked_only_for_dois_it_was_not_asked_about() -> None:
    pubmed = {"900001": replace(RECORD, source="pubmed", pmid="900001"),
              "900002": replace(RECORD, source="pubmed", pmid="900002", doi=OTHER)}  # fmt: skip
    found = followup_dois({"a": "900001", "b": "900002"}, pubmed, fetched=[DOI])
    assert found == {OTHER: ("b",)}


def test_batch_candidates_of_one_reference() -> None:
    ref = replace(REF, doi=DOI)
    pubmed = replace(RECORD, source="pubmed", pmid="900001", doi=OTHER)
    crossref = {DOI: RECORD, OTHER: replace(RECORD, doi=OTHER)}
    found = candidates_of(ref, crossref, {"900001": pubmed}, {ref.key: "900001"})
    assert found == [RECORD, pubmed, crossref[OTHER]]
