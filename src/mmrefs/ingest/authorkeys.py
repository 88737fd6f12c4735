"""Which list entry an author–year citation means: surnames + year + suffix letter.

Each entry of an unnumbered list gets a key: its authors' surnames (in comparable forms,
particle-blind: `van der Berg` is also `Berg`; Chinese names whole, `张三`), the year and
the letter that tells `2014a` from `2014b`, and how many authors it prints. A cited work
maps to an entry only when exactly one fits; otherwise the miss says why (no entry by that
author, the author listed with another year, a letter needed, several fit), so it becomes
a finding rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from mmrefs.ingest.authoryear import CitedWork
from mmrefs.model import Author, Document
from mmrefs.names import PARTICLES, display_family
from mmrefs.text import ascii_fold, has_cjk

_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)([a-z])?(?![\da-z])|(n\.\s?d\.)|(in\s+press)")
_INITIALS = re.compile(r"^(?:[A-Z]\.?\s*-?\s*){1,4}$|^[A-Z]{1,3}$")
# Where the author block ends: before a long sentence, after Vancouver initials followed
# by a word (`Zhou Y. Niches …`), or before Chinese text.
_TITLE_START = re.compile(
    r"\.\s+(?=[A-Z][^.]{25,})|(?<=\s[A-Z])\.\s+(?=[A-Z][a-z])|(?<=\s[A-Z]{2})\.\s+(?=[A-Z][a-z])"
    r"|[.．。]\s*(?=[\u3400-\u9fff])"
)
_HEAD_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|、|，)\s*")


class Matched(StrEnum):
    """How a cited work was tied to its entry."""

    SURNAME_YEAR = "surname-year"
    SURNAME_YEAR_SUFFIX = "surname-year-suffix"
    AUTHOR_COUNT = "surname-year-author-count"


class Missed(StrEnum):
    """Why a cited work was tied to no entry."""

    NO_AUTHOR = "no-entry-by-author"
    OTHER_YEAR = "author-listed-with-other-year"
    SUFFIX_NEEDED = "year-letter-needed"
    SEVERAL = "several-entries-fit"


@dataclass(frozen=True, slots=True)
class EntryKey:
    """What an entry offers for matching; `number` is its position in the list."""

    number: int
    first: frozenset[str]
    second: frozenset[str]
    year: str
    suffix: str
    authors: int


@dataclass(frozen=True, slots=True)
class Tie:
    """A cited work's outcome: the entry numbers and the reason (one number when matched)."""

    numbers: tuple[int, ...]
    reason: Matched | Missed

    @property
    def matched(self) -> bool:
        return isinstance(self.reason, Matched)


@lru_cache(maxsize=4096)
def name_forms(name: str) -> frozenset[str]:
    """Comparable forms of one surname: folded whole, and without leading particles (kept
    once per name: a long paper cites the same names thousands of times)."""
    if has_cjk(name):
        return frozenset({re.sub(r"\s+", "", name)})
    words = display_family(name).split()
    core = list(words)
    while len(core) > 1 and core[0].lower().strip("'’") in PARTICLES:
        core.pop(0)
    forms = {_fold(" ".join(words)), _fold(" ".join(core)), _fold(words[-1] if words else "")}
    return frozenset(f for f in forms if f)


def _fold(text: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_fold(text).lower())


def year_of(raw: str) -> tuple[str, str]:
    """The entry's year and letter: a year in parentheses (`(2014a)`) first, else the first
    year printed; `n.d.` and `in press` count as years."""
    paren = re.search(r"\((1[6-9]\d\d|20\d\d)([a-z])?\)", raw)
    found = paren or _YEAR.search(raw)
    if found is None:
        return "", ""
    if found.lastindex and found.lastindex >= 3:
        return re.sub(r"\s+", " ", found.group(found.lastindex)).lower(), ""
    return found.group(1), found.group(2) or ""


def head_names(raw: str) -> list[str]:
    """Surnames from the start of an entry (up to its year or first title-like sentence):
    `Smith, J., Lee, K., 2015.` and `Smith J, Lee K.` both give Smith, Lee."""
    year = _YEAR.search(raw)
    head = raw[: year.start() if year else 200]
    head = _TITLE_START.split(head, maxsplit=1)[0]
    names: list[str] = []
    for part in _HEAD_SPLIT.split(head.strip(" .([")):
        words = [w for w in part.split() if not _INITIALS.match(w)]
        if words and not _INITIALS.match(part.strip()):
            names.append(" ".join(words).strip(". "))
    return [n for n in names if n and n.lower() not in {"et al", "et al."}]


def key_of(number: int, raw: str, families: Sequence[str], year: str = "") -> EntryKey:
    """An entry's key from its raw text, and from its parsed authors when there are any."""
    names = head_names(raw)
    got_year, suffix = year_of(raw)
    year = year or got_year
    if year and not suffix:
        letter = re.search(rf"{re.escape(year)}([a-z])(?![a-z])", raw)
        suffix = letter.group(1) if letter else ""
    first = name_forms(names[0]) if names else frozenset()
    second = name_forms(names[1]) if len(names) > 1 else frozenset()
    if families:
        first |= name_forms(families[0])
        second |= name_forms(families[1]) if len(families) > 1 else frozenset()
    return EntryKey(number, first, second, year, suffix, max(len(names), len(families)))


def _printed_family(author: Author) -> str:
    """The name a citation uses: the family name, or the whole name for a Chinese one."""
    if author.literal:
        return author.literal
    return author.family + author.given if has_cjk(author.family) else author.family


def keys_from_document(doc: Document) -> list[EntryKey]:
    """Keys of every entry, parsed or failed, by list position."""
    keys = [
        key_of(
            ref.number,
            ref.raw,
            [_printed_family(a) for a in ref.authors],
            ref.year,
        )
        for ref in doc.references
        if ref.number is not None
    ]
    keys += [key_of(f.number, f.raw, []) for f in doc.failures if f.number is not None]
    return sorted(keys, key=lambda k: k.number)


def fits_name(cited: str, forms: frozenset[str]) -> bool:
    """Whether a cited surname is one of an author's forms. A Chinese name is read without
    delimiters (`研究表明张三等`), so it fits when it ends with the entry's whole name."""
    if has_cjk(cited):
        flat = re.sub(r"\s+", "", cited)
        return any(flat == f or (len(f) >= 2 and flat.endswith(f)) for f in forms)
    return bool(name_forms(cited) & forms)


def fits_people(work: CitedWork, key: EntryKey) -> bool:
    """The first name fits the first author and a second cited name the second author."""
    if not fits_name(work.names[0], key.first):
        return False
    return len(work.names) < 2 or not key.second or fits_name(work.names[1], key.second)


def fits_count(work: CitedWork, key: EntryKey) -> bool:
    """`et al.` for several authors, two names for two, one name for one."""
    if work.et_al:
        return key.authors >= 2
    return key.authors == len(work.names)


class KeyIndex:
    """Entry keys by year, so each cited work compares with a handful of entries."""

    def __init__(self, keys: Sequence[EntryKey]) -> None:
        self.keys = tuple(keys)
        self.by_year: dict[str, list[EntryKey]] = {}
        for key in keys:
            self.by_year.setdefault(key.year, []).append(key)

    def tie(self, work: CitedWork) -> Tie:
        """The one entry `work` means, or why there is none."""
        same = [k for k in self.by_year.get(work.year, []) if fits_people(work, k)]
        if not same:
            other = tuple(k.number for k in self.keys if fits_people(work, k))
            return Tie(other, Missed.OTHER_YEAR if other else Missed.NO_AUTHOR)
        if work.suffix:
            same = [k for k in same if k.suffix == work.suffix]
            if not same:
                return Tie((), Missed.OTHER_YEAR)
        if len(same) == 1:
            matched = Matched.SURNAME_YEAR_SUFFIX if work.suffix else Matched.SURNAME_YEAR
            return Tie((same[0].number,), matched)
        counted = [k for k in same if fits_count(work, k)]
        if len(counted) == 1:
            return Tie((counted[0].number,), Matched.AUTHOR_COUNT)
        lettered = not work.suffix and any(k.suffix for k in same)
        reason = Missed.SUFFIX_NEEDED if lettered else Missed.SEVERAL
        return Tie(tuple(k.number for k in same), reason)
