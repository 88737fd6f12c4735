"""Resolve a document's references: carry out the plan, Crossref and PubMed side by side.

Crossref and NCBI are separate rate buckets, so they run at the same time: the printed-DOI
batches go to Crossref while PubMed's ECitMatch and EFetch run on their own thread, and up
to three Crossref list requests are in flight at once (the polite pool's concurrency; the
client keeps each bucket's rate and concurrency). Only the network waits overlap: every
decision is made afterwards on the main thread by the pure `decide`, so results never
depend on timing. A failed request marks only the references of its batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from mmrefs.errors import Offline, ProviderError
from mmrefs.model import Record, Reference, Resolution, ResolutionStatus
from mmrefs.providers.base import PayloadError, Searcher
from mmrefs.providers.crossref import Crossref
from mmrefs.providers.pubmed import PubMed
from mmrefs.resolve.decide import Failure, ResolveReason, decide, unshare_dois
from mmrefs.resolve.plan import (
    Batch,
    Plan,
    candidates_of,
    doi_requests,
    followup_dois,
    make_plan,
    pmid_owners,
    pmid_requests,
)

Progress = Callable[[str], None]
T = TypeVar("T")
Pending = tuple[Batch, "Future[dict[str, Record] | Failure]"]
# One wording whether --offline was asked or the network did not answer, so the outputs of
# an offline build do not depend on the machine's network (the run's summary says which).
OFFLINE_DETAIL = "not in the cache; resolved by a run that reaches the providers"
CROSSREF_LANES = 3  # list requests in flight at once (Crossref's polite-pool concurrency)
SEARCHABLE = frozenset(
    {
        ResolveReason.NO_CANDIDATE,
        ResolveReason.NEAR_MISSES,
        ResolveReason.OFFLINE,
        ResolveReason.PROVIDER_ERROR,
    }
)


def attempt(action: Callable[[], T]) -> T | Failure:
    """Run one provider call; trouble comes back as (status, detail), never raised."""
    try:
        return action()
    except Offline:  # why (--offline, or no answer) is the run's to say, not each reference's
        return Failure(ResolutionStatus.OFFLINE, OFFLINE_DETAIL)
    except (PayloadError, ProviderError) as exc:
        return Failure(ResolutionStatus.ERROR, str(exc))


@dataclass
class Found:
    """What the steps found so far, and which references a failed step left uncovered.

    Written on the main thread only; worker threads return values."""

    crossref: dict[str, Record] = field(default_factory=dict)
    pubmed: dict[str, Record] = field(default_factory=dict)
    pmid_of: dict[str, str] = field(default_factory=dict)
    searched: dict[str, list[Record]] = field(default_factory=dict)
    failed: dict[str, Failure] = field(default_factory=dict)

    def fail(self, keys: Sequence[str], failure: Failure) -> None:
        for key in keys:
            self.failed.setdefault(key, failure)

    def candidates(self, ref: Reference) -> list[Record]:
        batch = candidates_of(ref, self.crossref, self.pubmed, self.pmid_of)
        return batch + self.searched.get(ref.key, [])

    def decide(self, ref: Reference) -> Resolution:
        return decide(ref, self.candidates(ref), self.failed.get(ref.key))


@dataclass
class Lanes:
    """The two request lanes: Crossref (several list requests at once) and NCBI (one)."""

    crossref: Crossref
    pubmed: PubMed
    xref: ThreadPoolExecutor
    ncbi: ThreadPoolExecutor

    def dois(
        self, batches: Sequence[Batch]
    ) -> list[tuple[Batch, Future[dict[str, Record] | Failure]]]:
        return [
            (b, self.xref.submit(attempt, lambda b=b: self.crossref.by_dois(b.ids)))
            for b in batches
        ]


@contextmanager
def lanes_for(crossref: Crossref, pubmed: PubMed) -> Iterator[Lanes]:
    """The two lanes for one run. On the way out requests not yet sent are cancelled. Left
    by an exception (Ctrl-C included), the lanes are not waited for: the caller is told at
    once, and may stop the client so that the requests in flight do not retry."""
    xref = ThreadPoolExecutor(CROSSREF_LANES, "crossref")
    ncbi = ThreadPoolExecutor(1, "ncbi")
    wait = False
    try:
        yield Lanes(crossref, pubmed, xref, ncbi)
        wait = True
    finally:
        xref.shutdown(wait=wait, cancel_futures=True)
        ncbi.shutdown(wait=wait, cancel_futures=True)


def _collect(
    found: Found, pending: list[tuple[Batch, Future[dict[str, Record] | Failure]]]
) -> None:
    for batch, future in pending:
        result = future.result()
        if isinstance(result, Failure):
            found.fail(batch.keys, result)
        else:
            found.crossref.update(result)


def resolve_references(
    refs: Sequence[Reference],
    crossref: Crossref,
    pubmed: PubMed,
    progress: Progress = lambda _: None,
    more: Sequence[Searcher] = (),
) -> list[Resolution]:
    """Every reference's DOI/PMID, verified; the requests of one step overlap in time.
    `more` are further registries, asked in order for what Crossref and PubMed left."""
    found = Found()
    with lanes_for(crossref, pubmed) as lanes:
        progress("Crossref and PubMed: batches")
        _batches(found, lanes, make_plan(refs))
        decided = {r.key: found.decide(r) for r in refs}
        progress("Crossref: searches")
        todo = [r for r in refs if decided[r.key].reason in SEARCHABLE]
        _searches(found, lanes, todo)
        decided |= {r.key: found.decide(r) for r in todo}
        progress("PubMed: searches")
        todo = [r for r in todo if r.title and decided[r.key].reason in SEARCHABLE]
        _pubmed_searches(found, lanes, todo)
        decided |= {r.key: found.decide(r) for r in todo}
        for registry in more:
            todo = [r for r in todo if decided[r.key].reason in SEARCHABLE]
            progress(f"{type(registry).__name__}: searches")
            _more_searches(found, registry, todo)
            decided |= {r.key: found.decide(r) for r in todo}
    return unshare_dois([decided[r.key] for r in refs])


def _more_searches(found: Found, registry: Searcher, refs: Sequence[Reference]) -> None:
    """A further registry's search for each reference still unverified."""
    for ref in refs:
        result = attempt(lambda r=ref: registry.search(r))  # type: ignore[misc]
        if isinstance(result, Failure):
            found.fail([ref.key], result)
        else:
            found.searched.setdefault(ref.key, []).extend(result)


def _batches(found: Found, lanes: Lanes, plan: Plan) -> None:
    """Printed DOIs (Crossref) while ECitMatch and EFetch run (NCBI), then Crossref for
    the DOIs PubMed reported."""
    printed = lanes.dois(plan.printed_dois)
    _pubmed_batches(found, lanes, plan.citations)
    fetched = [d for b in plan.printed_dois for d in b.ids]
    more = doi_requests(followup_dois(found.pmid_of, found.pubmed, fetched))
    _collect(found, printed + lanes.dois(more))


def _pubmed_batches(
    found: Found, lanes: Lanes, citations: Sequence[Sequence[tuple[str, Reference]]]
) -> None:
    """ECitMatch then EFetch, on the NCBI lane; the main thread waits for the PMIDs'
    DOIs, which the next Crossref batches need."""
    for batch in citations:
        result = lanes.ncbi.submit(attempt, lambda b=batch: lanes.pubmed.citmatch(b)).result()
        if isinstance(result, Failure):
            found.fail([k for k, _ in batch], result)
        else:
            found.pmid_of.update(result)
    owners = pmid_owners({k: [p] for k, p in found.pmid_of.items()})
    _pubmed_records(found, lanes, pmid_requests(owners))


def _pubmed_records(found: Found, lanes: Lanes, batches: Sequence[Batch]) -> None:
    """EFetch each batch; if EFetch keeps failing, ESummary's lighter records (no
    abstracts) are better than none."""

    def fetch(batch: Batch) -> dict[str, Record] | Failure:
        full = attempt(lambda: lanes.pubmed.records(batch.ids))
        if isinstance(full, Failure):
            light = attempt(lambda: lanes.pubmed.summaries(batch.ids))
            return full if isinstance(light, Failure) else light
        return full

    for batch in batches:
        result = lanes.ncbi.submit(fetch, batch).result()
        if isinstance(result, Failure):
            found.fail(batch.keys, result)
        else:
            found.pubmed.update(result)


def _searches(found: Found, lanes: Lanes, refs: Sequence[Reference]) -> None:
    """One bibliographic search per unverified reference, three in flight at once."""
    pending = [(r, lanes.xref.submit(attempt, lambda r=r: lanes.crossref.search(r))) for r in refs]
    for ref, future in pending:
        result = future.result()
        if isinstance(result, Failure):
            found.fail([ref.key], result)
        else:
            found.searched.setdefault(ref.key, []).extend(result)


def _pubmed_searches(found: Found, lanes: Lanes, refs: Sequence[Reference]) -> None:
    """ESearch by title and first author, then one EFetch for every PMID it gave: the
    fallback for what neither ECitMatch nor Crossref found (misprinted journals)."""
    hits: dict[str, list[str]] = {}
    for ref in refs:
        result = lanes.ncbi.submit(attempt, lambda r=ref: lanes.pubmed.search(r)).result()
        if isinstance(result, Failure):
            found.fail([ref.key], result)
        elif result:
            hits[ref.key] = result
    owners = pmid_owners(
        {k: [p for p in pmids if p not in found.pubmed] for k, pmids in hits.items()}
    )
    _pubmed_records(found, lanes, pmid_requests(owners))
    for key, pmids in hits.items():
        found.searched.setdefault(key, []).extend(
            found.pubmed[p] for p in pmids if p in found.pubmed
        )
