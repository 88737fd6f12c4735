"""Candidates → `Resolution`: pure decisions, each with a named reason and its evidence.

Every candidate is verified (`match.verify`). A reference is resolved only when the verified
candidates name one work: Crossref and PubMed disagreeing, two verified DOIs, or one DOI
verified for two references all end as `ambiguous`, never a silent pick. A registry record
that fails verification only because its title is in another language (PubMed's
`[English translation]` against Crossref's original title) is not a disagreement when it
shares the verified record's DOI, first author and locator: it is the same work.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from mmrefs.identifiers import normalize_doi
from mmrefs.match import fields
from mmrefs.match.compare import reference_from_record
from mmrefs.match.signature import signature_of
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


class ResolveReason(StrEnum):
    """Why a reference was left unresolved (a resolved one carries its `VerifyReason`)."""

    NO_CANDIDATE = "no-candidate-verified"
    NEAR_MISSES = "only-near-misses"
    PROVIDERS_DISAGREE = "providers-disagree"
    CANDIDATES_DISAGREE = "verified-candidates-disagree"
    DOI_SHARED = "doi-verified-for-another-reference"
    OFFLINE = "offline"
    PROVIDER_ERROR = "provider-error"


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a provider step gave nothing: `offline` (network off) or `error` (faults)."""

    status: ResolutionStatus
    detail: str


Verified = list[tuple[Record, Match]]


def decide(
    ref: Reference, candidates: Sequence[Record], failure: Failure | None = None
) -> Resolution:
    """The resolution of one reference from every candidate the providers gave for it.

    A failed provider step decides only when nothing verified, so a reference found
    despite a failed step is still resolved."""
    verified = [(r, verify(ref, r)) for r in dict.fromkeys(candidates)]
    good = [(r, m) for r, m in verified if m.status.merges]
    if not good:
        return _unresolved(ref, verified, failure)
    allies = [r for r, m in verified if not m.status.merges and _joins(r, good)]
    dois = {r.doi for r, _ in good} | {r.doi for r in allies}
    dois.discard("")
    against = [r for r, m in verified if r.doi in dois and m.status == MatchStatus.DIFFERENT]
    against = [r for r in against if r not in allies]
    if against:
        detail = f"{against[0].source} describes {against[0].doi} as another work"
        return _ambiguous(ref, ResolveReason.PROVIDERS_DISAGREE, detail, [r for r, _ in verified])
    if len(dois) > 1:
        detail = "verified: " + ", ".join(sorted(dois))
        return _ambiguous(ref, ResolveReason.CANDIDATES_DISAGREE, detail, [r for r, _ in good])
    return _resolved(ref, good, allies, next(iter(dois), ""))


def _joins(record: Record, good: Verified) -> bool:
    return any(same_work(record, g) for g, _ in good)


def same_work(a: Record, b: Record) -> bool:
    """Two registry records of one work: the same DOI, first author, volume and first
    page, whatever language their titles are in."""
    if not a.doi or a.doi != b.doi:
        return False
    sa = signature_of(0, reference_from_record(a))
    sb = signature_of(1, reference_from_record(b))
    volume = fields.exact_field(sa.volume, sb.volume).agreement == fields.Agreement.EQUAL
    return fields.first_author(sa, sb).agrees and volume and fields.pages(sa, sb).agrees


def _unresolved(ref: Reference, verified: Verified, failure: Failure | None) -> Resolution:
    candidates = tuple(r for r, _ in verified)
    if failure is not None:
        reason = (
            ResolveReason.OFFLINE
            if failure.status == ResolutionStatus.OFFLINE
            else ResolveReason.PROVIDER_ERROR
        )
        return _unresolved_as(ref, failure.status, reason, failure.detail, candidates)
    if any(m.status == MatchStatus.WEAK for _, m in verified):
        near = "; ".join(
            f"{r.doi or r.pmid}: {m.reason}" for r, m in verified if m.status == MatchStatus.WEAK
        )
        return _unresolved_as(
            ref, ResolutionStatus.AMBIGUOUS, ResolveReason.NEAR_MISSES, near, candidates
        )
    detail = f"{len(candidates)} candidates, none verified" if candidates else "no candidate"
    return _unresolved_as(
        ref, ResolutionStatus.NOT_FOUND, ResolveReason.NO_CANDIDATE, detail, candidates
    )


def _unresolved_as(
    ref: Reference,
    status: ResolutionStatus,
    reason: ResolveReason,
    detail: str,
    candidates: tuple[Record, ...],
) -> Resolution:
    return Resolution(
        ref.key,
        ref.number,
        status,
        reason=reason,
        evidence=(("detail", detail),),
        candidates=candidates,
    )


def _ambiguous(
    ref: Reference, reason: ResolveReason, detail: str, candidates: list[Record]
) -> Resolution:
    return _unresolved_as(ref, ResolutionStatus.AMBIGUOUS, reason, detail, tuple(candidates))


def _resolved(ref: Reference, good: Verified, allies: list[Record], doi: str) -> Resolution:
    best, match = max(good, key=lambda rm: rm[1].score)
    records = [best, *(r for r, _ in good if r is not best), *allies]
    findings = [f for r, _ in good for f in discrepancies(ref, r)]
    findings += [
        f for r in allies for f in discrepancies(ref, r) if f.code.startswith("resolve.notice")
    ]
    if ref.doi and doi and normalize_doi(ref.doi) != doi:
        findings.insert(0, _doi_finding(ref, doi))
    sources = ", ".join(dict.fromkeys(r.source for r in records))
    return Resolution(
        ref.key,
        ref.number,
        ResolutionStatus.RESOLVED,
        doi=doi,
        pmid=next((r.pmid for r in records if r.pmid), ""),
        confidence=match.score,
        reason=match.reason,
        evidence=(*match.evidence, ("sources", sources)),
        candidates=tuple(records),
        findings=_one_per_code(findings),
        record=best,
    )


def _doi_finding(ref: Reference, doi: str) -> Finding:
    label = f"[{ref.number}] " if ref.number is not None else ""
    return Finding(
        "resolve.mismatch.doi",
        Severity.ERROR,
        f"{label}doi: printed {ref.doi!r}, verified record says {doi!r}",
        (ref.number,) if ref.number is not None else (),
        ref.loc,
        (("printed", ref.doi), ("record", doi)),
    )


def _one_per_code(findings: list[Finding]) -> tuple[Finding, ...]:
    """Both registries often report one disagreement; the best record's wording wins."""
    seen: dict[str, Finding] = {}
    for finding in findings:
        seen.setdefault(finding.code, finding)
    return tuple(seen.values())


def unshare_dois(resolutions: Sequence[Resolution]) -> list[Resolution]:
    """One DOI verified for two references means one of them is wrong: neither keeps it."""
    counts = Counter(r.doi for r in resolutions if r.doi)
    return [
        replace(
            r,
            status=ResolutionStatus.AMBIGUOUS,
            doi="",
            pmid="",
            reason=ResolveReason.DOI_SHARED,
            evidence=(*r.evidence, ("detail", f"{r.doi} also verified for another reference")),
            findings=(),
            record=None,
        )
        if r.doi and counts[r.doi] > 1
        else r
        for r in resolutions
    ]
