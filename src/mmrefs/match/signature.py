"""What a description of a work looks like once spelling no longer matters.

Two exports of one paper differ in case, accents, markup, `&`/`and`, journal abbreviations,
page forms (`1802-24`/`1802-1824`), initials and scripts (`严治` / `YAN Z`). Each small
normaliser below removes one of those differences, so the rules compare only what matters.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from mmrefs.identifiers import normalize_doi
from mmrefs.keys import romanize
from mmrefs.model import Author, Kind, Reference
from mmrefs.names import PARTICLES, initials, is_suffix
from mmrefs.text import expand_page_range, has_cjk

TITLE_LIMIT = 400  # longer titles are compared on their first 400 characters
MISSING = frozenset({"unknown", "n/a", "na", "none", "null", "-", "--", "nan"})
_TAGS = re.compile(r"<[^>]{1,40}>")
_TEX_COMMANDS = re.compile(r"\\[a-zA-Z]+\s*|[{}$]")
_NON_WORD = re.compile(r"[\W_]+")
_NOTES = re.compile(r"(?:\s*\[[^\[\]]{1,60}\])+[.\s]*$")
_JOURNAL_STOP = frozenset(
    {"the", "of", "and", "for", "in", "on", "at", "to", "a", "an", "und", "fur", "de", "la"}
)
_RELATED = (
    ("retraction", re.compile(r"^(?:retraction|retracted|notice of retraction)\b")),
    ("erratum", re.compile(r"^(?:erratum|errata|corrigendum|correction)\b")),
    ("concern", re.compile(r"^expression of concern\b")),
    ("reply", re.compile(r"^(?:reply|in reply|response|author s reply|authors reply)\b")),
    ("comment", re.compile(r"^(?:comment on|comments on|commentary on)\b")),
)
_MONTH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
_COLLECTIVE = re.compile(
    r"\b(?:group|study|trial|consortium|committee|collaborat\w*|society|association|"
    r"investigators|network|council|task force|working party|organi[sz]ation)\b"
)
_PREPRINT_VENUES = frozenset({"biorxiv", "medrxiv", "arxiv", "chemrxiv", "ssrn", "preprints"})
_CONFERENCE = re.compile(r"\b(?:proceedings|conference|symposium|workshop|congress)\b")


@dataclass(frozen=True, slots=True)
class Signature:
    """The normalised fields of one record, indexed by its position in the input."""

    index: int
    title: str
    alt_title: str
    related: str
    families: tuple[str, ...]
    initials: tuple[str, ...]
    first_words: frozenset[str]
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


def fold(text: str) -> str:
    """Lower-case, accent-free, markup-free words separated by single spaces.

    Non-Latin scripts are kept (a Cyrillic title must not fold to nothing).
    """
    text = _TEX_COMMANDS.sub("", _TAGS.sub(" ", html.unescape(text)))
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    bare = bare.replace("&", " and ").replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    return _NON_WORD.sub(" ", bare).strip()


def missing(value: str) -> bool:
    return value.strip().casefold() in MISSING or not value.strip()


def title_key(title: str) -> str:
    """Folded title without the notes databases append (`[Review] [33 refs]`)."""
    if missing(title):
        return ""
    bare = _NOTES.sub("", title)
    return fold(bare if len(bare) >= 10 else title)[:TITLE_LIMIT]


def related_kind(title: str, container: str) -> str:
    """Notices about a work (erratum, reply, retraction) and preprints are other records."""
    for name, pattern in _RELATED:
        if pattern.search(title):
            return name
    words = set(container.split())
    return "preprint" if words & _PREPRINT_VENUES else ""


def author_key(author: Author) -> tuple[str, str]:
    """(family, first initial); Chinese characters become pinyin so `严` meets `YAN`."""
    if author.literal:
        return romanize(author.literal), ""
    words = [w for w in author.family.split() if not is_suffix(w)]
    while len(words) > 1 and words[0].lower() in PARTICLES:
        words.pop(0)
    given = " ".join(w for w in author.given.split() if not is_suffix(w))
    first = romanize(given)[:1] if has_cjk(given) else initials(given)[:1]
    return romanize(" ".join(words)), first.lower()


def is_collective(author: Author) -> bool:
    """Study groups and committees: one database lists them, another does not."""
    text = " ".join((author.literal, author.family, author.given)).lower()
    return bool(_COLLECTIVE.search(text))


def name_words(author: Author) -> frozenset[str]:
    """Every word of a name, for records that put the family name in the given field."""
    text = " ".join((author.literal, author.family, author.given))
    return frozenset(w for w in (romanize(x) for x in text.split()) if len(w) > 1)


def journal_tokens(container: str) -> tuple[str, ...]:
    if missing(container):
        return ()
    return tuple(w for w in fold(container).split() if w not in _JOURNAL_STOP)


def number_key(value: str, text_allowed: bool = True) -> str:
    """`108`, `Vol. 108`, `108 (Suppl)` → `108`; text volumes keep their folded form, but a
    page without digits (`Suppl`, a mangled `t-8`) says nothing and counts as missing."""
    if missing(value):
        return ""
    digits = re.search(r"\d+", value)
    if digits is None:
        return fold(value) if text_allowed else ""
    return digits.group(0).lstrip("0") or "0"


def page_keys(ref: Reference) -> tuple[str, str, str]:
    """First and last page as digits, and the letter before them: `e12724` (an article
    number) and `1-6` (its PDF pages) must not be compared as if they were one form."""
    pages = "" if missing(ref.pages) or _MONTH.search(ref.pages) else ref.pages
    first, last = ref.first_page, ref.last_page
    if pages and not first:
        first, last = expand_page_range(pages)
    if not first and ref.article_number:
        first = ref.article_number
    prefix = re.match(r"\s*([A-Za-z]?)", first)
    letter = prefix.group(1).lower() if prefix else ""
    return number_key(first, False), number_key(last, False), letter


def year_of(value: str) -> int | None:
    found = re.search(r"(?:1[5-9]|20)\d{2}", value)
    return int(found.group(0)) if found else None


def venue_of(ref: Reference, journal: tuple[str, ...]) -> str:
    """Journal article, conference paper or other: a conference paper and its journal
    version are different records, so the venue is part of the comparison."""
    if ref.kind == Kind.CONFERENCE or _CONFERENCE.search(" ".join(journal)):
        return "conference"
    if ref.kind == Kind.ARTICLE:
        return "journal"
    return ref.kind.value


def signature_of(index: int, ref: Reference) -> Signature:
    title = title_key(ref.title) or title_key(ref.title_translation)
    journal = journal_tokens(ref.container)
    people = [a for a in ref.authors if not is_collective(a)]
    keys = [author_key(a) for a in people]
    first, last, prefix = page_keys(ref)
    year, volume = year_of(ref.year), number_key(ref.volume)  # some exports put the year
    return Signature(
        index=index,
        title=title,
        alt_title=title_key(ref.title_translation) if ref.title else "",
        related=related_kind(title, " ".join(journal)),
        families=tuple(k[0] for k in keys if k[0]),
        initials=tuple(k[1] for k in keys if k[0]),
        first_words=name_words(people[0]) if people else frozenset(),
        year=year,
        volume="" if volume == str(year) else volume,
        issue=number_key(ref.issue),
        first_page=first,
        last_page=last,
        page_prefix=prefix,
        journal=journal,
        doi=normalize_doi(ref.doi) if ref.doi and not missing(ref.doi) else "",
        pmid=ref.pmid.strip(),
        venue=venue_of(ref, journal),
    )
