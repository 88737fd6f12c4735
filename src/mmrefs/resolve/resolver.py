"""Resolve a document's references: batch first, search only what remains, verify all.

Order of work (fewest requests): printed DOIs in `filter=doi:` batches; ECitMatch for every
reference with a journal, year, volume and page; ESummary for the PMIDs found; Crossref
batches for the DOIs PubMed reported (retraction notices, cross-check); then one Crossref
bibliographic search per reference still unresolved. Every candidate is verified. Crossref
and PubMed disagreeing, two verified candidates, or one DOI verified for two references
all end as `ambiguous` — never a silent pick.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from mmrefs.errors import Offline, ProviderError
from mmrefs.identifiers import normalize_doi
from mmrefs.match.verify import discrepancies, verify
from mmrefs.model import (
    Finding,
    Match,
    MatchStatus,
    Record,
    Reference,
    Resolution,
    ResolutionStatus,
    Severity,
)
from mmrefs.providers.base import PayloadError
from mmrefs.providers.crossref import DOI_BATCH, Crossref
from mmrefs.providers.pubmed import CITMATCH_BATCH, SUMMARY_BATCH, PubMed

Progress = Callable[[str], None]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a provider step gave nothing: `offline` (network off) or `error` (faults)."""

    status: ResolutionStatus
    reason: str


@dataclass
class _State:
    """What the batch steps found, and which references a failed step left uncovered.

    A failure belongs to the references of the batch that failed, never to the run: one
    truncated reply must not turn every later reference into an error.
    """

    crossref: dict[str, Record] = field(default_factory=dict)
    pubmed: dict[str, Record] = field(default_factory=dict)
    pmid_of: dict[str, str] = field(default_factory=dict)
    failed: dict[str, Failure] = field(default_factory=dict)


def _attempt(action: Callable[[], T]) -> T | Failure:
    """Run one provider call; trouble comes back as (status, reason), never raised."""
    try:
        return action()
    except Offline as exc:
        return Failure(ResolutionStatus.OFFLINE, str(exc))
    except (PayloadError, ProviderError) as exc:
        return Failure(ResolutionStatus.ERROR, str(exc))


def _batched(
    state: _State, keys: Sequence[Sequence[str]], action: Callable[[int], dict[str, T]]
) -> dict[str, T]:
    """Run a batch step chunk by chunk; a failed chunk marks only its own references."""
    found: dict[str, T] = {}
    for n, chunk in enumerate(keys):
        result = _attempt(lambda n=n: action(n))  # type: ignore[misc]
        if isinstance(result, Failure):
            for key in chunk:
                state.failed.setdefault(key, result)
        else:
            found.update(result)
    return found


def _chunks(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def resolve_references(
    refs: Sequence[Reference],
    crossref: Crossref,
    pubmed: PubMed,
    progress: Progress = lambda _: None,
) -> list[Resolution]:
    state = _State()
    progress("Crossref: printed DOIs")
    _crossref_dois(state, {normalize_doi(r.doi): r.key for r in refs if r.doi}, crossref)
    citable = [
        (r.key, r)
        for r in refs
        if r.container and r.year and r.volume and (r.first_page or r.article_number)
    ]
    progress("PubMed: citation match")
    batches = _chunks(citable, CITMATCH_BATCH)
    state.pmid_of.update(
        _batched(state, [[k for k, _ in b] for b in batches], lambda n: pubmed.citmatch(batches[n]))
    )
    progress("PubMed: summaries")
    key_of = {pmid: key for key, pmid in state.pmid_of.items()}
    pmids = _chunks(sorted(key_of, key=int), SUMMARY_BATCH)
    state.pubmed.update(
        _batched(
            state, [[key_of[p] for p in b] for b in pmids], lambda n: pubmed.summaries(pmids[n])
        )
    )
    progress("Crossref: DOIs from PubMed")
    from_pubmed = {r.doi: key_of[p] for p, r in state.pubmed.items() if r.doi and p in key_of}
    _crossref_dois(
        state, {d: k for d, k in from_pubmed.items() if d not in state.crossref}, crossref
    )
    out = []
    for n, ref in enumerate(refs, 1):
        progress(f"verify {n}/{len(refs)}")
        out.append(_resolve_one(ref, state, crossref, pubmed))
    return _no_shared_dois(out)


def _crossref_dois(state: _State, key_of: dict[str, str], crossref: Crossref) -> None:
    dois = _chunks(sorted(key_of), DOI_BATCH)
    found = _batched(
        state, [[key_of[d] for d in b] for b in dois], lambda n: crossref.by_dois(dois[n])
    )
    state.crossref.update(found)


def _candidates(ref: Reference, state: _State) -> list[Record]:
    found: list[Record] = []
    if ref.doi and normalize_doi(ref.doi) in state.crossref:
        found.append(state.crossref[normalize_doi(ref.doi)])
    pmid = state.pmid_of.get(ref.key)
    if pmid and pmid in state.pubmed:
        record = state.pubmed[pmid]
        found.append(record)
        if record.doi in state.crossref:
            found.append(state.crossref[record.doi])
    return found


def _resolve_one(ref: Reference, state: _State, crossref: Crossref, pubmed: PubMed) -> Resolution:
    """Batch candidates first; then the searches; a failure decides only when nothing
    verified, so a reference found despite a failed step is still resolved."""
    candidates = _candidates(ref, state)
    verified = [(r, verify(ref, r)) for r in candidates]
    failure = state.failed.get(ref.key)
    searches: list[Callable[[], list[Record]]] = [lambda: crossref.search(ref)]
    if ref.title:
        searches.append(lambda: _pubmed_search(ref, pubmed))
    for search in searches:
        if any(m.status.merges for _, m in verified):
            break
        found = _attempt(search)
        if isinstance(found, Failure):
            failure = failure or found
            continue
        candidates += found
        verified += [(r, verify(ref, r)) for r in found]
    if failure and not any(m.status.merges for _, m in verified):
        return _unresolved(ref, failure.status, _failure_reason(failure), candidates)
    return _decide(ref, verified, candidates)


def _failure_reason(failure: Failure) -> str:
    if failure.status == ResolutionStatus.OFFLINE:
        return f"not in the cache and the network is off or unreachable ({failure.reason})"
    return failure.reason


def _pubmed_search(ref: Reference, pubmed: PubMed) -> list[Record]:
    """ESearch by title and first author, then ESummary: the fallback for what neither
    ECitMatch nor Crossref found (ECitMatch misses misprinted journal abbreviations)."""
    pmids = pubmed.search(ref)
    return list(pubmed.summaries(pmids).values()) if pmids else []


def _unresolved(
    ref: Reference, status: ResolutionStatus, reason: str, candidates: list[Record]
) -> Resolution:
    return Resolution(ref.key, ref.number, status, reason=reason, candidates=tuple(candidates))


def _decide(
    ref: Reference, verified: list[tuple[Record, Match]], candidates: list[Record]
) -> Resolution:
    good = [(r, m) for r, m in verified if m.status.merges]
    if not good:
        near = [r for r, m in verified if m.status == MatchStatus.WEAK]
        status = ResolutionStatus.AMBIGUOUS if near else ResolutionStatus.NOT_FOUND
        reason = "only near misses" if near else "no candidate verified"
        return Resolution(ref.key, ref.number, status, reason=reason, candidates=tuple(candidates))
    dois = {r.doi for r, _ in good if r.doi}
    contradicted = [r for r, m in verified if r.doi in dois and m.status == MatchStatus.DIFFERENT]
    if contradicted:
        sources = ", ".join(sorted({r.source for r in contradicted}))
        return Resolution(
            ref.key,
            ref.number,
            ResolutionStatus.AMBIGUOUS,
            reason=f"providers disagree: {sources} describes {contradicted[0].doi} as another work",
            candidates=tuple(candidates),
        )
    if len(dois) > 1:
        return Resolution(
            ref.key,
            ref.number,
            ResolutionStatus.AMBIGUOUS,
            reason="verified candidates disagree: " + ", ".join(sorted(dois)),
            candidates=tuple(r for r, _ in good),
        )
    best, match = max(good, key=lambda rm: rm[1].score)
    pmid = next((r.pmid for r, _ in good if r.pmid), "")
    doi = next(iter(dois), "")
    findings = tuple(f for r, _ in good for f in discrepancies(ref, r))
    if ref.doi and doi and normalize_doi(ref.doi) != doi:
        findings += (
            Finding(
                "resolve.mismatch.doi",
                Severity.ERROR,
                f"printed DOI {ref.doi!r} differs from the verified record's {doi!r}",
                (ref.number,) if ref.number is not None else (),
                ref.loc,
            ),
        )
    return Resolution(
        ref.key,
        ref.number,
        ResolutionStatus.RESOLVED,
        doi=doi,
        pmid=pmid,
        confidence=match.score,
        reason=match.reason,
        evidence=match.evidence,
        candidates=tuple(r for r, _ in good),
        findings=_unique(findings),
        record=best,
    )


def _unique(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    return tuple(dict.fromkeys(findings))


def _no_shared_dois(resolutions: list[Resolution]) -> list[Resolution]:
    """One DOI verified for two references means one of them is wrong: neither keeps it."""
    counts = Counter(r.doi for r in resolutions if r.doi)
    return [
        replace(
            r,
            status=ResolutionStatus.AMBIGUOUS,
            doi="",
            pmid="",
            reason=f"{r.doi} also verified for another reference",
        )
        if r.doi and counts[r.doi] > 1
        else r
        for r in resolutions
    ]
