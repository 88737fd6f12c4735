"""Per-field verdicts: does one field of two signatures agree, fit, conflict, or say nothing,
and how much does that weigh?

Each comparer returns a `Verdict` (agreement, strength, named cue, the values), so the rules
read like the table a person would write, and the evidence shown to the user is the same
object the rules decided on. Names, pages and journals have their own modules; this one
gathers every comparer under the names dedupe and resolve's verification use.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from mmrefs.match.evidence import (
    NOTHING,
    Agreement,
    Cue,
    Strength,
    Verdict,
    agree,
    compatible,
    conflict,
    unknown,
)
from mmrefs.match.pages import pages
from mmrefs.match.people import SAME_NAME, first_author, second_author
from mmrefs.match.signature import Signature
from mmrefs.match.titles import part_conflict
from mmrefs.match.venues import journal_verdict, venue_verdict
from mmrefs.text import as_int

__all__ = [
    "NOTHING",
    "PLAUSIBLE_ISSUE",
    "SAME_NAME",
    "Agreement",
    "Cue",
    "Strength",
    "Verdict",
    "doi",
    "exact_field",
    "first_author",
    "issue",
    "journal",
    "pages",
    "part",
    "pmid",
    "second_author",
    "title_similarity",
    "venue",
    "year",
]
PLAUSIBLE_ISSUE = 60


def _beyond_issues(issue: str) -> bool:
    """A number above `PLAUSIBLE_ISSUE` (a run too long for `as_int` is one)."""
    number = as_int(issue)
    return issue.isdecimal() and (number is None or number > PLAUSIBLE_ISSUE)


_DOI_VERSION = re.compile(r"\.pub\d+$")


def title_similarity(a: Signature, b: Signature) -> float:
    """Best ratio over the printed titles and their translations, 0..1.

    A title cut after its first part (a subtitle dropped by one database) counts as close.
    """
    best = fuzz.ratio(a.title, b.title) if a.title and b.title else 0.0
    if a.alt_title or b.alt_title:
        pairs = ((a.alt_title, b.title), (a.title, b.alt_title), (a.alt_title, b.alt_title))
        best = max([best, *(fuzz.ratio(x, y) for x, y in pairs if x and y)])
    best /= 100
    short, long_ = sorted((a.title, b.title), key=len)
    if best < 0.93 and len(short) >= 40 and long_.startswith(short):
        return 0.93
    return best


def year(a: Signature, b: Signature) -> Verdict:
    """Equal, a year apart (online first, then print), or a strong conflict; a living
    review's versions carry the year of each update."""
    if a.year is None or b.year is None:
        return NOTHING
    gap = abs(a.year - b.year)
    if gap == 0:
        return agree(str(a.year))
    shown = f"{a.year} / {b.year}"
    if gap == 1:
        return compatible(shown, Cue.YEAR_CLOSE)
    if a.living and b.living:
        return compatible(shown, Cue.LIVING, Strength.WEAK)
    return conflict(shown, Strength.STRONG)


def exact_field(x: str, y: str, strength: Strength = Strength.STRONG) -> Verdict:
    """Two volumes (or other numbers): equal, or a conflict of the given strength."""
    if not x or not y:
        return NOTHING
    return agree(x) if x == y else conflict(f"{x} / {y}", strength)


def issue(a: Signature, b: Signature) -> Verdict:
    """Issues 1–60 are compared (a moderate conflict: one copy's issue is often another's
    typo); larger numbers are as often an export's record number or a weekly's running
    number as an issue, and a word (`Suppl`) against a number says nothing."""
    verdict = exact_field(a.issue, b.issue, Strength.MODERATE)
    if not verdict.conflicts:
        return verdict
    if any(map(_beyond_issues, (a.issue, b.issue))):
        return unknown(verdict.detail, Cue.RECORD_NUMBER)
    if a.issue.isdigit() != b.issue.isdigit():
        return unknown(verdict.detail, Cue.DIFFERENT)
    return verdict


def journal(a: Signature, b: Signature) -> Verdict:
    return journal_verdict(a.journal, b.journal)


def venue(a: Signature, b: Signature) -> Verdict:
    return venue_verdict(a.venue, b.venue)


def doi(a: Signature, b: Signature) -> Verdict:
    """One DOI agrees; versions of one Cochrane review (`….pub2` / `….pub3`) fit; two
    different DOIs are two registered works."""
    if not a.doi or not b.doi:
        return NOTHING
    if a.doi == b.doi:
        return agree(a.doi)
    shown = f"{a.doi} / {b.doi}"
    if _DOI_VERSION.sub("", a.doi) == _DOI_VERSION.sub("", b.doi):
        return compatible(shown, Cue.VERSION)
    return conflict(shown, Strength.STRONG, Cue.DIFFERENT_ID)


def pmid(a: Signature, b: Signature) -> Verdict:
    verdict = exact_field(a.pmid, b.pmid)
    if verdict.conflicts:
        return conflict(verdict.detail, Strength.STRONG, Cue.DIFFERENT_ID)
    return verdict


def part(a: Signature, b: Signature) -> Verdict:
    """`… part A` / `… part B`, `phase II` / `phase III`: a strong conflict."""
    differs = part_conflict(a.markers, b.markers)
    if differs:
        return conflict(differs, Strength.STRONG, Cue.PART)
    return NOTHING
