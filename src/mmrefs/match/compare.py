"""One printed reference against one registry record: every field compared once.

The per-field comparers are the ones dedupe uses, so `DE LA PUENTE` meets `de la Puente`,
`530-4` meets `530-534` and `Int J Hematol` meets `International Journal of Hematology`
the same way everywhere. Every title variant each side offers is compared (original,
translation, title with subtitle). `verify` decides on the `Comparison`; `compare` is
memoised because `verify` and `discrepancies` ask for the same pair.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from mmrefs.identifiers import normalize_doi
from mmrefs.match import fields
from mmrefs.match.fields import Verdict
from mmrefs.match.signature import Signature, author_key, signature_of, title_key
from mmrefs.model import (
    Author,
    Kind,
    Record,
    Reference,
    SourceLoc,
)
from mmrefs.names import initials
from mmrefs.text import expand_page_range, has_cjk

_NOWHERE = SourceLoc("provider record", 0)


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


def _with_container(record: Record) -> Record:
    return replace(record, container=record.container_short)
