"""Which reference goes into which request: a pure plan, so the fewest requests are made.

Order of work: printed DOIs in `filter=doi:` batches (Crossref) and, at the same time, one
ECitMatch POST for every reference with journal, year, volume and page, then EFetch for the
PMIDs found (PubMed); then Crossref batches for the DOIs PubMed reported (retraction
notices, cross-check); then one bibliographic search per reference still unverified, and
PubMed's ESearch as the last fallback. Each batch knows the references it serves, so a
failed batch marks only those.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from mmrefs.identifiers import normalize_doi
from mmrefs.model import Record, Reference
from mmrefs.providers.crossref import doi_batches
from mmrefs.providers.pubmed import CITMATCH_BATCH, FETCH_BATCH

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Batch:
    """One request's worth of ids, and the references that wait for its answer."""

    ids: tuple[str, ...]
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    """The batch requests of a run, in the order they can be sent."""

    printed_dois: tuple[Batch, ...]
    citations: tuple[tuple[tuple[str, Reference], ...], ...]


def chunks(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def citable(ref: Reference) -> bool:
    """ECitMatch needs a journal, year, volume and first page (or article number)."""
    return bool(
        ref.container and ref.year and ref.volume and (ref.first_page or ref.article_number)
    )


def doi_owners(refs: Iterable[Reference]) -> dict[str, tuple[str, ...]]:
    """Printed DOI → the references printing it (two references may print one DOI)."""
    owners: dict[str, list[str]] = defaultdict(list)
    for ref in refs:
        if ref.doi:
            owners[normalize_doi(ref.doi)].append(ref.key)
    return {doi: tuple(keys) for doi, keys in owners.items()}


def doi_requests(owners: Mapping[str, Sequence[str]]) -> tuple[Batch, ...]:
    """`filter=doi:` batches for these DOIs, each with the references it serves."""
    return tuple(
        Batch(tuple(batch), tuple(dict.fromkeys(k for d in batch for k in owners[d])))
        for batch in doi_batches(owners)
    )


def make_plan(refs: Sequence[Reference]) -> Plan:
    cited = [(r.key, r) for r in refs if citable(r)]
    return Plan(
        doi_requests(doi_owners(refs)),
        tuple(tuple(batch) for batch in chunks(cited, CITMATCH_BATCH)),
    )


def pmid_owners(pmid_of: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """key → PMIDs found for it, turned into PMID → the references waiting for it."""
    owners: dict[str, list[str]] = defaultdict(list)
    for key, pmids in pmid_of.items():
        for pmid in pmids:
            owners[pmid].append(key)
    return {pmid: tuple(keys) for pmid, keys in owners.items()}


def pmid_requests(owners: Mapping[str, Sequence[str]]) -> tuple[Batch, ...]:
    """EFetch batches for these PMIDs, each with the references it serves."""
    ordered = sorted(owners, key=lambda p: (len(p), p))
    return tuple(
        Batch(tuple(batch), tuple(dict.fromkeys(k for p in batch for k in owners[p])))
        for batch in chunks(ordered, FETCH_BATCH)
    )


def followup_dois(
    pmid_of: Mapping[str, str], pubmed: Mapping[str, Record], fetched: Iterable[str]
) -> dict[str, tuple[str, ...]]:
    """DOIs PubMed reported that Crossref was not yet asked about → their references."""
    done = set(fetched)
    owners: dict[str, list[str]] = defaultdict(list)
    for key, pmid in pmid_of.items():
        record = pubmed.get(pmid)
        if record is not None and record.doi and record.doi not in done:
            owners[record.doi].append(key)
    return {doi: tuple(keys) for doi, keys in owners.items()}


def candidates_of(
    ref: Reference,
    crossref: Mapping[str, Record],
    pubmed: Mapping[str, Record],
    pmid_of: Mapping[str, str],
) -> list[Record]:
    """The batch answers that concern one reference: the work at its printed DOI, the
    PubMed record ECitMatch found, and Crossref's record of that record's DOI."""
    found: list[Record] = []
    if ref.doi and normalize_doi(ref.doi) in crossref:
        found.append(crossref[normalize_doi(ref.doi)])
    record = pubmed.get(pmid_of.get(ref.key, ""))
    if record is not None:
        found.append(record)
        if record.doi in crossref:
            found.append(crossref[record.doi])
    return found
