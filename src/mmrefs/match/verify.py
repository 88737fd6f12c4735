"""Verify a provider's candidate against the printed reference, and say what disagrees.

Every candidate goes through this cascade, even one found by a DOI printed in the reference
(a printed DOI may be mistyped). Each pair's fields are compared once, in `match.compare`.

The cascade is a table (`RULES`): the first rule whose test holds names the verdict. Two
rules accept a record despite a hard disagreement, because a printed reference can be
wrong: a mangled first author (a surname cut short, a letter split off as an initial) when
the printed DOI or the whole locator and the exact title carry the proof, and a page or
article number off by a digit or two when the exact title, every listed author, journal,
year, volume and issue agree. The disagreement is then a `resolve.mismatch.*` finding.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from mmrefs.match.compare import Comparison, compare
from mmrefs.match.fields import Agreement
from mmrefs.model import (
    Finding,
    Match,
    MatchStatus,
    Record,
    Reference,
    Severity,
)

MIN_TITLE = 0.90


SAME_TITLE = 0.99


class VerifyReason(StrEnum):
    """Which rule decided a candidate (the `reason` of its `Match`)."""

    TITLE_AUTHOR_LOCATOR = "title-author-locator"
    TITLE_AUTHOR = "title-author"
    TITLE_LOCATOR = "title-locator"
    FOREIGN_TITLE = "foreign-title:author-year-volume-pages"
    MANGLED_AUTHOR_BY_DOI = "printed-first-author-mangled:doi-title-year-journal"
    MANGLED_AUTHOR_BY_LOCATOR = "printed-first-author-mangled:title-year-journal-volume-pages"
    PAGES_OFF = "printed-pages-off:title-authors-journal-year-volume-issue"
    YEAR_UNCONFIRMED = "year-close-without-volume-and-pages"
    TITLE_ONLY = "title-only"
    RECORD_IS_NOTICE = "record-is-a-notice"
    FIELDS_DIFFER = "fields-differ"
    TITLE_DIFFERS = "title-differs"


def _agrees(c: Comparison, *names: str) -> bool:
    return all(c.v[n].agrees for n in names)


def _equal(c: Comparison, *names: str) -> bool:
    return all(c.v[n].agreement == Agreement.EQUAL for n in names)


def _titled(c: Comparison) -> bool:
    """The title carries the match and nothing is in plain conflict."""
    return c.title >= MIN_TITLE and not c.hard


def _year_unconfirmed(c: Comparison) -> bool:
    close = c.v["year"].agreement == Agreement.CLOSE
    return _titled(c) and close and not _agrees(c, "pages", "volume")


def _title_author_locator(c: Comparison) -> bool:
    return _titled(c) and _agrees(c, "first_author") and _title_locator(c)


def _title_author(c: Comparison) -> bool:
    return _titled(c) and _agrees(c, "first_author")


def _title_locator(c: Comparison) -> bool:
    return _titled(c) and (_agrees(c, "pages") or _agrees(c, "volume"))


def _foreign_title(c: Comparison) -> bool:
    """Titles in different scripts: the people and the whole locator carry the proof."""
    people = _agrees(c, "first_author", "volume") and _equal(c, "year", "pages")
    return c.foreign and not c.hard and people


def _mangled_by_doi(c: Comparison) -> bool:
    """The printed DOI leads to the exact title, year and journal; only the printed
    first author is a mangled form of the record's."""
    proof = c.by_doi and c.same_title and _equal(c, "year") and _agrees(c, "journal")
    return proof and c.mangled and c.hard == {"first_author"}


def _mangled_by_locator(c: Comparison) -> bool:
    proof = c.same_title and _equal(c, "year", "volume", "pages") and _agrees(c, "journal")
    return proof and c.mangled and c.hard == {"first_author"}


def _pages_off(c: Comparison) -> bool:
    """Everything agrees but a page or article number a digit or two away."""
    proof = c.same_title and c.all_authors and _equal(c, "year", "volume")
    proof = proof and _agrees(c, "journal") and not c.v["issue"].conflicts
    return proof and c.pages_near and c.hard == {"pages"}


RULES: tuple[tuple[MatchStatus, VerifyReason, Callable[[Comparison], bool]], ...] = (
    (MatchStatus.DIFFERENT, VerifyReason.RECORD_IS_NOTICE, lambda c: c.notice),
    (MatchStatus.WEAK, VerifyReason.YEAR_UNCONFIRMED, _year_unconfirmed),
    (MatchStatus.EXACT, VerifyReason.TITLE_AUTHOR_LOCATOR, _title_author_locator),
    (MatchStatus.STRONG, VerifyReason.TITLE_AUTHOR, _title_author),
    (MatchStatus.STRONG, VerifyReason.TITLE_LOCATOR, _title_locator),
    (MatchStatus.WEAK, VerifyReason.TITLE_ONLY, _titled),
    (MatchStatus.STRONG, VerifyReason.FOREIGN_TITLE, _foreign_title),
    (MatchStatus.STRONG, VerifyReason.MANGLED_AUTHOR_BY_DOI, _mangled_by_doi),
    (MatchStatus.STRONG, VerifyReason.MANGLED_AUTHOR_BY_LOCATOR, _mangled_by_locator),
    (MatchStatus.STRONG, VerifyReason.PAGES_OFF, _pages_off),
    (MatchStatus.DIFFERENT, VerifyReason.FIELDS_DIFFER, lambda c: bool(c.hard)),
    (MatchStatus.DIFFERENT, VerifyReason.TITLE_DIFFERS, lambda c: True),
)


def decide_match(c: Comparison) -> tuple[MatchStatus, VerifyReason]:
    """The first rule of `RULES` that holds."""
    return next((status, reason) for status, reason, test in RULES if test(c))


def verify(ref: Reference, record: Record) -> Match:
    """`exact`/`strong`: accept; `weak`: a near miss, never attached; `different`."""
    c = compare(ref, record)
    status, reason = decide_match(c)
    evidence = (("title", f"{c.title:.3f}"), *((k, x.shown()) for k, x in c.v.items()))
    if c.hard:
        evidence += (("conflicts", ", ".join(sorted(c.hard))),)
    return Match(status, reason, round(_confidence(c), 3), evidence)


def _confidence(c: Comparison) -> float:
    support = sum(
        0.1 for k in ("first_author", "year", "volume", "pages", "journal") if _agrees(c, k)
    )
    return min(1.0, 0.5 * c.title + support)


def discrepancies(ref: Reference, record: Record) -> tuple[Finding, ...]:
    """Findings for every field where the printed reference and the record differ."""
    c = compare(ref, record)
    out: list[Finding] = []
    if c.title < SAME_TITLE and not c.foreign:
        out.append(_finding("title", ref.title, record.title, ref))
    for name, verdict in c.v.items():
        if name != "journal" and verdict.agreement in (Agreement.CONFLICT, Agreement.CLOSE):
            out.append(_finding(name, _printed(ref, name), _found(record, name), ref))
    for name, printed in (("volume", ref.volume), ("pages", ref.pages or ref.article_number)):
        if not printed and _found(record, name):
            out.append(_finding(name, "(missing)", _found(record, name), ref))
    out += [_notice(n.kind, n.doi, record, ref) for n in record.notices]
    return tuple(out)


def _label(ref: Reference) -> str:
    return f"[{ref.number}] " if ref.number is not None else ""


def _notice(kind: str, doi: str, record: Record, ref: Reference) -> Finding:
    return Finding(
        f"resolve.notice.{kind}",
        Severity.ERROR if "retract" in kind else Severity.WARNING,
        f"{_label(ref)}{record.source} lists a {kind} notice for {record.doi or record.pmid}"
        + (f": {doi}" if doi else ""),
        (ref.number,) if ref.number is not None else (),
        ref.loc,
        (("notice", kind), ("notice_doi", doi)),
    )


def _finding(name: str, printed: str, found: str, ref: Reference) -> Finding:
    return Finding(
        f"resolve.mismatch.{name}",
        Severity.WARNING,
        f"{_label(ref)}{name}: printed {printed!r}, record says {found!r}",
        (ref.number,) if ref.number is not None else (),
        ref.loc,
        (("printed", printed), ("record", found)),
    )


def _printed(ref: Reference, name: str) -> str:
    if name == "first_author":
        return ref.authors[0].family if ref.authors else ""
    return str(getattr(ref, {"pages": "first_page"}.get(name, name), ""))


def _found(record: Record, name: str) -> str:
    if name == "first_author":
        return record.authors[0].family if record.authors else ""
    if name == "pages":
        return record.pages or record.article_number
    return str(getattr(record, name, ""))
