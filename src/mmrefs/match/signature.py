"""What a description of a work looks like once spelling no longer matters.

Two exports of one paper differ in case, accents, markup, `&`/`and`, journal abbreviations
and supplement suffixes, page forms and lists, database notes in the title, initials and
scripts (`严治` / `YAN Z`). The normalisers in `folding`, `titles`, `venues`, `pages` and
`people` each remove one of those differences; a `Signature` is their result, computed once
per record, so the comparers only look at what matters.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

from mmrefs.identifiers import normalize_doi
from mmrefs.match.folding import MISSING, fold, missing, number_key
from mmrefs.match.pages import page_keys
from mmrefs.match.people import author_key, is_collective, name_words
from mmrefs.match.titles import (
    TITLE_LIMIT,
    clean_title,
    is_recurring,
    markers,
    related_kind,
    title_key,
)
from mmrefs.match.venues import journal_parts, journal_tokens, venue_of
from mmrefs.model import Reference

__all__ = [
    "MISSING",
    "TITLE_LIMIT",
    "ContentKey",
    "Signature",
    "author_key",
    "content_key",
    "fold",
    "journal_tokens",
    "missing",
    "number_key",
    "signature_of",
    "title_key",
    "year_of",
]
_YEAR = re.compile(r"(?:1[5-9]|20)\d{2}")
_SUPPLEMENT_VOLUME = re.compile(r"(?i)^\s*(?:s\d|suppl|supplement)")


@dataclass(frozen=True, slots=True)
class Signature:
    """The normalised fields of one record, indexed by its position in the input.

    `markers` are the numbers and part letters of the title, `recurring` says the title
    names an item every issue has (`Editorial`), `supplement` that the journal was printed
    with a meeting or supplement suffix, `living` that the venue updates its items in place
    (Cochrane reviews)."""

    index: int
    title: str
    alt_title: str
    related: str
    families: tuple[str, ...]
    initials: tuple[str, ...]
    first_words: tuple[str, ...]
    year: int | None
    volume: str
    issue: str
    first_page: str
    last_page: str
    page_prefix: str
    journal: tuple[str, ...]
    doi: str
    pmid: str
    venue: str
    markers: tuple[str, ...] = ()
    recurring: bool = False
    supplement: bool = False
    living: bool = False


ContentKey = tuple[str, str, tuple[str, ...], int, str, str, tuple[str, ...], str]


def content_key(sig: Signature) -> ContentKey:
    """What a record says, as a sortable key: the one tie-breaker for every decision that
    must not depend on input order or record ids."""
    return (
        sig.title,
        sig.alt_title,
        sig.families,
        sig.year or 0,
        sig.volume,
        sig.first_page,
        sig.journal,
        sig.doi,
    )


def year_of(value: str) -> int | None:
    found = _YEAR.search(value)
    return int(found.group(0)) if found else None


def _titles(ref: Reference) -> tuple[str, str]:
    """(title, second title): the printed title, and its translation or the original
    printed after `TO:`; a record with only a translation is compared on that."""
    printed, original = clean_title(ref.title)
    title = fold(printed)[:TITLE_LIMIT] or title_key(ref.title_translation)
    if ref.title and ref.title_translation:
        return title, title_key(ref.title_translation)
    return title, fold(original)[:TITLE_LIMIT] if original else ""


def _volume(value: str, year: int | None) -> str:
    """`Suppl 2` alone names no volume; a volume equal to the year is the year again."""
    if _SUPPLEMENT_VOLUME.match(value):
        return ""
    volume = number_key(value)
    return "" if volume == str(year) else volume


def signature_of(index: int, ref: Reference) -> Signature:
    title, alt_title = _titles(ref)
    journal, supplement, living = journal_parts(ref.container)
    people = [a for a in ref.authors if not is_collective(a)]
    keys = [author_key(a) for a in people]
    first, last, prefix = page_keys(ref.pages, ref.first_page, ref.last_page, ref.article_number)
    year = year_of(ref.year)
    doi = _doi(ref.doi)
    return Signature(
        index=index,
        title=title,
        alt_title=alt_title,
        related=related_kind(title, " ".join(journal), ref.title),
        families=tuple(k[0] for k in keys if k[0]),
        initials=tuple(k[1] for k in keys if k[0]),
        first_words=name_words(people[0]) if people else (),
        year=year,
        volume=_volume(ref.volume, year),
        issue=_issue(ref.issue),
        first_page=first,
        last_page=last,
        page_prefix=prefix,
        journal=journal,
        doi=sys.intern(doi) if doi else "",
        pmid=ref.pmid.strip(),
        venue=venue_of(ref.kind, journal),
        markers=markers(title),
        recurring=is_recurring(title) if title else False,
        supplement=supplement,
        living=living,
    )


_DOI = re.compile(r"10\.\d{4,9}/[^\s;,]+")


def _doi(value: str) -> str:
    """The DOI in a field that may hold more (`10.5555/x [doi]`, `https://doi.org/…`, two
    DOIs separated by `;`): the first one, normalised."""
    if missing(value):
        return ""
    found = _DOI.search(value)
    return sys.intern(normalize_doi(found.group(0) if found else value))


_MONTHS = re.compile(r"(?i)^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$")


def _issue(value: str) -> str:
    """A month printed as the issue (`May`), or a supplement's number (`Suppl 1`), cannot
    be compared with an issue number."""
    return "" if _MONTHS.match(value) or _SUPPLEMENT_VOLUME.match(value) else number_key(value)
