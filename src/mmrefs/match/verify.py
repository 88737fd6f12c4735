"""Verify a provider's candidate against the printed reference, and say what disagrees.

Every candidate goes through this cascade, even one found by a DOI printed in the reference
(a printed DOI may be mistyped). The per-field comparers are the ones dedupe uses, so
`DE LA PUENTE` meets `de la Puente`, `530-4` meets `530-534` and `Int J Hematol` meets
`International Journal of Hematology` the same way everywhere.

The cascade is a table (`RULES`): the first rule whose test holds names the verdict. Two
rules accept a record despite a hard disagreement, because a printed reference can be
wrong: a mangled first author (a surname cut short, a letter split off as an initial) when
the printed DOI or the whole locator and the exact title carry the proof, and a page or
article number off by a digit or two when the exact title, every listed author, journal,
year, volume and issue agree. The disagreement is then a `resolve.mismatch.*` finding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from mmrefs.identifiers import normalize_doi
from mmrefs.match import fields
from mmrefs.match.fields import Agreement, Verdict
from mmrefs.match.signature import Signature, author_key, signature_of, title_key
from mmrefs.model import (
    Author,
    Finding,
    Kind,
    Match,
    MatchStatus,
    Record,
    Reference,
    Severity,
    SourceLoc,
)
from mmrefs.names import initials
from mmrefs.text import expand_page_range, has_cjk

MIN_TITLE = 0.90
SAME_TITLE = 0.99
_NOWHERE = SourceLoc("provider record", 0)


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


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the rules look at, computed once per (reference, record)."""

    title: float  # best similarity over every pair of title variants
    same_title: bool  # some pair of variants is identical once folded
    v: dict[str, Verdict]
    hard: frozenset[str]  # fields in plain conflict
    by_doi: bool  # the record carries the DOI printed in the reference
    foreign: bool  # no title variant in a common script: titles cannot be compared
    all_authors: bool  # every printed author is the record's author at that position
    mangled: bool  # the printed first author is a cut or split form of the record's
    pages_near: bool  # printed first page or article number within two digit edits
    notice: bool  # the record is a correction/retraction notice, the print is not


def titles_of(record: Record) -> tuple[str, ...]:
    """The record's title and every variant a registry gave."""
    return tuple(dict.fromkeys(t for t in (record.title, *record.titles) if t))


def is_notice(record: Record) -> bool:
    """The record is itself a correction or retraction notice (it `updates` other works)."""
    return bool(record.updates)


def reference_from_record(record: Record) -> Reference:
    first, last = expand_page_range(record.pages)
    return Reference(
        key=record.doi or record.pmid,
        number=None,
        raw="",
        loc=_NOWHERE,
        kind=Kind.ARTICLE,
        title=record.title,
        authors=record.authors,
        container=record.container or record.container_short,
        year=record.year,
        volume=record.volume,
        issue=record.issue,
        pages=record.pages,
        first_page=first,
        last_page=last,
        article_number=record.article_number,
        doi=record.doi,
        pmid=record.pmid,
    )


def _verdicts(a: Signature, b: Signature, short: Signature | None) -> dict[str, Verdict]:
    journal = fields.journal(a, b)
    if journal.conflicts and short is not None:
        journal = fields.journal(a, short)
    return {
        "first_author": fields.first_author(a, b),
        "year": fields.year(a, b),
        "volume": fields.exact_field(a.volume, b.volume),
        "issue": fields.issue(a, b),
        "pages": fields.pages(a, b),
        "journal": journal,
    }


def _titles(ref: Reference, record: Record, printed: Signature) -> tuple[float, bool, bool]:
    """(best similarity, identical once folded, no common script) over every title
    variant each side offers: original, translation, title with subtitle."""
    mine = [t for t in (ref.title, ref.title_translation) if t]
    theirs = titles_of(record)
    scores = (fields.title_similarity(printed, _one_title(printed, t)) for t in theirs)
    best = max(scores, default=0.0)
    same = any(title_key(a) == title_key(b) != "" for a in mine for b in theirs)
    shared = any(has_cjk(a) == has_cjk(b) for a in mine for b in theirs)
    return best, same, bool(mine and theirs and not shared)


def _one_title(sig: Signature, title: str) -> Signature:
    """`sig` with `title` as its only title, to score one variant at a time (built by
    `replace`, so it follows the signature's fields as they change)."""
    return replace(sig, index=-1, title=title_key(title), alt_title="")


@lru_cache(maxsize=512)
def compare(ref: Reference, record: Record) -> Comparison:
    """The comparison the rules decide on; the journal is also tried in its short form.

    Memoised (both sides are frozen values): `verify` and `discrepancies` ask for the same
    pair, and every candidate of one reference shares its printed signature."""
    printed = _printed_signature(ref)  # Chinese entries also offer their English title
    found = signature_of(1, reference_from_record(record))
    short = None
    if record.container_short:
        short = signature_of(2, reference_from_record(_with_container(record)))
    v = _verdicts(printed, found, short)
    title, same, unshared = _titles(ref, record, printed)
    return Comparison(
        title=title,
        same_title=same,
        v=v,
        hard=frozenset(k for k in ("first_author", "volume", "pages", "year") if v[k].conflicts),
        by_doi=bool(ref.doi and record.doi and normalize_doi(ref.doi) == record.doi),
        foreign=unshared or (has_cjk(ref.title) and not ref.title_translation),
        all_authors=_all_authors(printed, found),
        mangled=_mangled(ref.authors, record.authors),
        pages_near=_near(printed.first_page, found.first_page),
        notice=is_notice(record) and not printed.related,
    )


@lru_cache(maxsize=64)
def _printed_signature(ref: Reference) -> Signature:
    return signature_of(0, ref)


def _all_authors(a: Signature, b: Signature) -> bool:
    pairs = list(zip(a.families, b.families, strict=False))
    return len(pairs) == len(a.families) > 0 and all(
        x == y or fuzz.ratio(x, y) >= fields.SAME_NAME for x, y in pairs
    )


def _mangled(printed: tuple[Author, ...], record: tuple[Author, ...]) -> bool:
    """`OYAJOB I B O` for `Oyajobi B O` (a letter split off), `ZHA` for `Zhang` (cut)."""
    if not printed or not record or printed[0].literal or record[0].literal:
        return False
    mine, _ = author_key(printed[0])
    theirs, _ = author_key(record[0])
    if not mine or mine == theirs:
        return False
    split = initials(printed[0].given)[:1].lower()
    cut = len(mine) >= 3 and theirs.startswith(mine) and len(theirs) - len(mine) <= 3
    return cut or (bool(split) and mine + split == theirs)


def _near(a: str, b: str) -> bool:
    """Two page or article numbers a digit or two apart (`1802`/`1892`, `158`/`185`); one-
    and two-digit pages are too short to tell a slip from another page."""
    if not (a.isdigit() and b.isdigit()) or a == b or min(len(a), len(b)) < 3:
        return False
    return abs(len(a) - len(b)) <= 1 and Levenshtein.distance(a, b) <= 2


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


def _with_container(record: Record) -> Record:
    return replace(record, container=record.container_short)
