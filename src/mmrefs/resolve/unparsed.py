"""Entries that failed to parse still get resolved: a parse failure is not a resolution failure.

The raw string goes to Crossref's `query.bibliographic` as printed (the matcher is built for
citation strings). A hit is verified on what can be read from the raw string without a
parse: the record's year among its years, its volume and first page (or article number)
among its numbers, its first author's family name among its words, and most of its title's
words. All must hold, so a wrong work is never attached to text mmrefs could not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum

from mmrefs.match.signature import fold
from mmrefs.model import FailedEntry, Match, MatchStatus, Record, Resolution, ResolutionStatus
from mmrefs.providers.crossref import Crossref
from mmrefs.resolve.decide import Failure, ResolveReason
from mmrefs.resolve.resolver import CROSSREF_LANES, attempt
from mmrefs.text import expand_page_range

MIN_TITLE_WORDS = 0.8  # share of the record's title words the raw string must contain


class RawReason(StrEnum):
    """Which evidence carried (or failed) a raw-string candidate."""

    READ_IN_RAW = "raw-string:title-author-year-locator"
    TITLE_ONLY = "raw-string:title-without-author-year-or-locator"
    NOT_IN_RAW = "raw-string:title-not-in-raw"


@dataclass(frozen=True, slots=True)
class Readable:
    """What a raw reference string says without being parsed."""

    words: frozenset[str]
    numbers: frozenset[str]


def readable(raw: str) -> Readable:
    words = frozenset(fold(raw).split())
    return Readable(words, frozenset(n.lstrip("0") or "0" for n in re.findall(r"\d+", raw)))


def unparsed_key(entry: FailedEntry) -> str:
    """The key of a failed entry's resolution (it has no citation key of its own)."""
    return f"unparsed:{entry.loc.file}:{entry.loc.line}"


def _title_share(text: Readable, record: Record) -> float:
    words = [w for w in fold(record.title).split() if len(w) > 2]
    return sum(w in text.words for w in words) / len(words) if words else 0.0


def _checks(text: Readable, record: Record) -> dict[str, bool]:
    """Each field of the record that the raw string must show; absent fields pass."""
    first_page = expand_page_range(record.pages)[0] or record.article_number
    digits = re.sub(r"\D", "", first_page).lstrip("0")
    first = record.authors[0] if record.authors else None
    surname = fold(first.family or first.literal).split()[-1:] if first else []
    return {
        "year": bool(record.year) and record.year in text.numbers,
        "first_author": all(w in text.words for w in surname) and bool(surname),
        "volume": not record.volume or record.volume.lstrip("0") in text.numbers,
        "pages": not digits or digits in text.numbers,
    }


def verify_raw(raw: str, record: Record) -> Match:
    """A candidate from a raw-string search, verified on what the raw string shows."""
    text = readable(raw)
    share = _title_share(text, record)
    checks = _checks(text, record)
    evidence = (("title_words", f"{share:.2f}"), *((k, str(v).lower()) for k, v in checks.items()))
    if share < MIN_TITLE_WORDS:
        return Match(MatchStatus.DIFFERENT, RawReason.NOT_IN_RAW, round(share / 2, 3), evidence)
    if all(checks.values()):
        return Match(MatchStatus.STRONG, RawReason.READ_IN_RAW, round(share, 3), evidence)
    return Match(MatchStatus.WEAK, RawReason.TITLE_ONLY, round(share / 2, 3), evidence)


def decide_unparsed(
    entry: FailedEntry, candidates: Sequence[Record], failure: Failure | None = None
) -> Resolution:
    """One verified work → resolved; two → ambiguous; none → not found (or the failure)."""
    key, number = unparsed_key(entry), entry.number
    verified = [(r, verify_raw(entry.raw, r)) for r in candidates]
    good = [(r, m) for r, m in verified if m.status.merges]
    dois = sorted({r.doi for r, _ in good if r.doi})
    if len(dois) == 1:
        best, match = max(good, key=lambda rm: rm[1].score)
        return Resolution(
            key,
            number,
            ResolutionStatus.RESOLVED,
            best.doi,
            best.pmid,
            match.score,
            match.reason,
            match.evidence,
            (best,),
            record=best,
        )
    if len(dois) > 1:
        status, reason = ResolutionStatus.AMBIGUOUS, ResolveReason.CANDIDATES_DISAGREE
    elif failure is not None:
        status, reason = failure.status, _failure_reason(failure)
    elif any(m.status == MatchStatus.WEAK for _, m in verified):
        status, reason = ResolutionStatus.AMBIGUOUS, ResolveReason.NEAR_MISSES
    else:
        status, reason = ResolutionStatus.NOT_FOUND, ResolveReason.NO_CANDIDATE
    detail = failure.detail if failure else f"{len(candidates)} candidates for the raw string"
    evidence = (("detail", detail),)
    found = tuple(candidates)
    return Resolution(key, number, status, reason=reason, evidence=evidence, candidates=found)


def _failure_reason(failure: Failure) -> ResolveReason:
    offline = failure.status == ResolutionStatus.OFFLINE
    return ResolveReason.OFFLINE if offline else ResolveReason.PROVIDER_ERROR


def resolve_failed_entries(
    entries: Sequence[FailedEntry],
    crossref: Crossref,
    progress: Callable[[str], None] = lambda _: None,
) -> list[Resolution]:
    """One raw-string search per failed entry, three in flight at once (Crossref's polite
    concurrency); decisions are made afterwards, in the entries' order."""
    if not entries:
        return []
    progress(f"Crossref: {len(entries)} unparsed entries")
    pool = ThreadPoolExecutor(CROSSREF_LANES, "crossref-raw")
    try:
        found = list(pool.map(lambda e: attempt(lambda: crossref.search_text(e.raw)), entries))
    finally:
        pool.shutdown(cancel_futures=True)  # Ctrl-C: no request after those in flight
    return [
        decide_unparsed(e, [], f) if isinstance(f, Failure) else decide_unparsed(e, f)
        for e, f in zip(entries, found, strict=True)
    ]
