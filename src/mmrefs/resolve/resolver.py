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
from dataclasses import dataclass, replace
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
from mmrefs.providers.crossref import Crossref
from mmrefs.providers.pubmed import PubMed

Progress = Callable[[str], None]
T = TypeVar("T")


@dataclass
class _State:
    crossref: dict[str, Record]
    pubmed: dict[str, Record]
    pmid_of: dict[str, str]
    failure: str = ""
    offline: bool = False


def _safely(state: _State, action: Callable[[], T]) -> T | None:
    """Provider trouble stops that step, not the run; the reason is kept for the report."""
    try:
        return action()
    except PayloadError as exc:
        state.failure = str(exc)
    except ProviderError as exc:
        state.failure = str(exc)
        state.offline = state.offline or isinstance(exc, Offline)
    return None


def resolve_references(
    refs: Sequence[Reference],
    crossref: Crossref,
    pubmed: PubMed,
    progress: Progress = lambda _: None,
) -> list[Resolution]:
    state = _State({}, {}, {})
    printed = [normalize_doi(r.doi) for r in refs if r.doi]
    progress("Crossref: printed DOIs")
    state.crossref.update(_safely(state, lambda: crossref.by_dois(printed)) or {})
    citable = [
        (r.key, r)
        for r in refs
        if r.container and r.year and r.volume and (r.first_page or r.article_number)
    ]
    progress("PubMed: citation match")
    state.pmid_of.update(_safely(state, lambda: pubmed.citmatch(citable)) or {})
    progress("PubMed: summaries")
    state.pubmed.update(_safely(state, lambda: pubmed.summaries(state.pmid_of.values())) or {})
    dois = {r.doi for r in state.pubmed.values() if r.doi} - set(state.crossref)
    progress("Crossref: DOIs from PubMed")
    state.crossref.update(_safely(state, lambda: crossref.by_dois(dois)) or {})
    out = []
    for n, ref in enumerate(refs, 1):
        progress(f"verify {n}/{len(refs)}")
        out.append(_resolve_one(ref, state, crossref, pubmed))
    return _no_shared_dois(out)


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
    candidates = _candidates(ref, state)
    verified = [(r, verify(ref, r)) for r in candidates]
    if not any(m.status.merges for _, m in verified):
        searched = _safely(state, lambda: crossref.search(ref))
        if isinstance(searched, list):
            candidates += searched
            verified += [(r, verify(ref, r)) for r in searched]
        if searched is not None and not any(m.status.merges for _, m in verified) and ref.title:
            found = _safely(state, lambda: _pubmed_search(ref, pubmed))
            candidates += found or []
            verified += [(r, verify(ref, r)) for r in found or []]
        elif state.offline:
            return _unresolved(
                ref, ResolutionStatus.OFFLINE, "not in the cache; network off", candidates
            )
        elif state.failure:
            return _unresolved(ref, ResolutionStatus.ERROR, state.failure, candidates)
    return _decide(ref, verified, candidates)


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
