"""Entries that failed to parse: a raw-string hit is verified on what the raw string shows."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from mmrefs.model import Author, FailedEntry, MatchStatus, ResolutionStatus, SourceLoc
from mmrefs.resolve.decide import Failure, ResolveReason
from mmrefs.resolve.unparsed import RawReason, decide_unparsed, unparsed_key, verify_raw
from tests.unit.resolve.works import DOI, OTHER, RECORD

RAW = (
    "KOWALCZYK A B HALVORSEN T et al Bortezomib loaded nanoparticles home to the myeloma "
    "bone marrow niche J J Control Release 2018 270 3 158 76"
)  # the comma-less run a broken PDF extraction leaves behind

# (id, raw string, record changes, status, reason)
CASES: list[tuple[str, str, dict[str, Any], MatchStatus, RawReason]] = [
    ("everything readable", RAW, {}, MatchStatus.STRONG, RawReason.READ_IN_RAW),
    ("article number instead of pages", RAW.replace("158 76", "e2307852"),
     {"pages": "", "article_number": "e2307852"}, MatchStatus.STRONG, RawReason.READ_IN_RAW),
    ("another year", RAW, {"year": "2019"}, MatchStatus.WEAK, RawReason.TITLE_ONLY),
    ("another volume", RAW, {"volume": "271"}, MatchStatus.WEAK, RawReason.TITLE_ONLY),
    ("another first page", RAW, {"pages": "185-193"}, MatchStatus.WEAK, RawReason.TITLE_ONLY),
    ("another first author", RAW, {"authors": (Author("Nowak", "E"),)}, MatchStatus.WEAK,
     RawReason.TITLE_ONLY),
    ("another title", RAW, {"title": "Renal outcomes of cast nephropathy in a regional cohort"},
     MatchStatus.DIFFERENT, RawReason.NOT_IN_RAW),
]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "changes", "status", "reason"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_raw_string_verification(
    raw: str, changes: dict[str, Any], status: MatchStatus, reason: RawReason
) -> None:
    match = verify_raw(raw, replace(RECORD, **changes))
    assert (match.status, match.reason) == (status, reason), match.evidence


ENTRY = FailedEntry(RAW, SourceLoc("review.txt", 88), "no title found", number=12)


@pytest.mark.parametrize(
    ("candidates", "failure", "status", "reason", "doi"),
    [
        ([RECORD], None, ResolutionStatus.RESOLVED, RawReason.READ_IN_RAW, DOI),
        ([RECORD, replace(RECORD, doi=OTHER)], None, ResolutionStatus.AMBIGUOUS,
         ResolveReason.CANDIDATES_DISAGREE, ""),
        ([replace(RECORD, year="2019")], None, ResolutionStatus.AMBIGUOUS,
         ResolveReason.NEAR_MISSES, ""),
        ([], None, ResolutionStatus.NOT_FOUND, ResolveReason.NO_CANDIDATE, ""),
        ([], Failure(ResolutionStatus.OFFLINE, "off"), ResolutionStatus.OFFLINE,
         ResolveReason.OFFLINE, ""),
    ],
    ids=["one work", "two works", "near miss", "nothing", "offline"],
)  # fmt: skip
def test_a_failed_entry_is_resolved_only_on_one_verified_work(
    candidates: list[Any], failure: Failure | None, status: ResolutionStatus, reason: str, doi: str
) -> None:
    res = decide_unparsed(ENTRY, candidates, failure)
    assert (res.status, res.reason, res.doi) == (status, reason, doi)
    assert (res.key, res.number) == (unparsed_key(ENTRY), 12) == ("unparsed:review.txt:88", 12)
