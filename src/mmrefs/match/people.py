"""People: one author written the ways databases write names.

Case, accents, particles (`van-Kemenade` / `Kemenade`), suffixes and scripts (`严` / `YAN`)
go in the key. What the comparer forgives: typos, swapped name order, family names filed
as given names, a letter an export could not encode (`G?k` for `Gök`), and initials run
into the family name (`Paschoalini Mda, S.` for `Paschoalini, M. da S.`). A different
family name is strong evidence of a different work; a different initial is moderate, since
one database's initials are another's typo.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz

from mmrefs.keys import romanize
from mmrefs.match.evidence import NOTHING, Cue, Strength, Verdict, agree, compatible, conflict
from mmrefs.model import Author
from mmrefs.names import PARTICLES, initials, is_suffix
from mmrefs.text import has_cjk

SAME_NAME = 85.0  # rapidfuzz ratio above which two family names are one spelt differently
LOST = "?"  # stands for a letter an export could not encode
_LOST_LETTERS = re.compile("[?\ufffd]")
_NAME_PARTS = re.compile(r"[\s\-]+")
_COLLECTIVE = re.compile(
    r"\b(?:group|study|trial|consortium|committee|collaborat\w*|society|association|"
    r"investigators|network|council|task force|working party|organi[sz]ation)\b"
)


class Named(Protocol):
    """What the people comparers read from a signature."""

    @property
    def families(self) -> tuple[str, ...]: ...
    @property
    def initials(self) -> tuple[str, ...]: ...
    @property
    def first_words(self) -> tuple[str, ...]: ...


@lru_cache(maxsize=1 << 16)
def family_key(family: str) -> str:
    """`van-Kemenade` → `kemenade`, `G?k` → `g?k` (the lost letter kept as a wildcard)."""
    words = [w for w in _NAME_PARTS.split(family) if w and not is_suffix(w)]
    while len(words) > 1 and words[0].lower() in PARTICLES:
        words.pop(0)
    joined = " ".join(words)
    return LOST.join(romanize(part) for part in _LOST_LETTERS.split(joined))


@lru_cache(maxsize=1 << 14)
def first_initial(given: str) -> str:
    bare = " ".join(w for w in given.split() if not is_suffix(w))
    return (romanize(bare)[:1] if has_cjk(bare) else initials(bare)[:1]).lower()


def author_key(author: Author) -> tuple[str, str]:
    """(family, first initial); Chinese characters become pinyin so `严` meets `YAN`."""
    if author.literal:
        return romanize(author.literal), ""
    return family_key(author.family), first_initial(author.given)


def is_collective(author: Author) -> bool:
    """Study groups and committees: one database lists them, another does not."""
    text = " ".join((author.literal, author.family, author.given)).lower()
    return bool(_COLLECTIVE.search(text))


@lru_cache(maxsize=1 << 16)
def _romanized(word: str) -> str:
    return romanize(word)


def name_words(author: Author) -> tuple[str, ...]:
    """Every word of a name, for records that put the family name in the given field."""
    text = " ".join((author.literal, author.family, author.given))
    return tuple(dict.fromkeys(w for w in map(_romanized, text.split()) if len(w) > 1))


def _wildcard(x: str, y: str) -> bool:
    """`g?k` matches `gok` (a lost letter, sometimes two bytes of one)."""
    pattern, other = (x, y) if LOST in x else (y, x)
    if LOST not in pattern or LOST in other:
        return False
    regex = ".{0,2}".join(re.escape(p) for p in pattern.split(LOST))
    return re.fullmatch(regex, other) is not None


def same_family(x: str, y: str) -> bool:
    return x == y or fuzz.ratio(x, y) >= SAME_NAME or _wildcard(x, y)


def _initials_in_family(fa: str, ia: str, fb: str, ib: str) -> bool:
    """`paschoalinimda s` is `paschoalini m`: the initials were appended to the family."""
    (short, i_short), (long_, _) = sorted(((fa, ia), (fb, ib)), key=lambda p: len(p[0]))
    tail = long_[len(short) :]
    return (
        len(short) >= 4 and long_.startswith(short) and 2 <= len(tail) <= 3 and tail[0] == i_short
    )


def first_author(a: Named, b: Named) -> Verdict:
    """Case, accent and particle differences are gone already. Typos, swapped name order
    (`Tong H` / `Hua T`) and family names filed as given names are tolerated when the
    names still share their parts; an initial that differs is a moderate conflict."""
    if not a.families or not b.families:
        return NOTHING
    fa, fb = a.families[0], b.families[0]
    ia, ib = a.initials[0], b.initials[0]
    if ia and ib and ia != ib and _initials_in_family(fa, ia, fb, ib):
        return compatible(f"{fa} {ia} / {fb} {ib}", Cue.INITIALS_IN_FAMILY)
    if same_family(fa, fb):
        if ia and ib and ia != ib:
            return conflict(f"{fa} {ia} / {fb} {ib}", Strength.MODERATE, Cue.INITIAL)
        if fa == fb:
            return agree(fa)
        return compatible(f"{fa} / {fb}", Cue.LOST_LETTER if LOST in fa + fb else Cue.SPELLING)
    return _rearranged(a, b, fa, fb, ia, ib)


def _rearranged(a: Named, b: Named, fa: str, fb: str, ia: str, ib: str) -> Verdict:
    if fa in b.first_words or fb in a.first_words:
        return compatible(f"{fa} / {fb}", Cue.REARRANGED)
    if ia and ib and fa[:1] == ib and fb[:1] == ia:
        return compatible(f"{fa} {ia} / {fb} {ib}", Cue.SWAPPED)
    if len(a.families) > 1 and len(b.families) > 1 and same_family(a.families[1], b.families[1]):
        return compatible(f"{fa} / {fb}", Cue.COAUTHORS, Strength.WEAK)
    if fa in b.families[:4] or fb in a.families[:4]:
        return compatible(f"{fa} / {fb}", Cue.ORDER, Strength.WEAK)
    return conflict(f"{fa} / {fb}", Strength.STRONG)


def second_author(a: Named, b: Named) -> Verdict:
    """The second author, compared only to confirm the first (never a conflict alone)."""
    if len(a.families) < 2 or len(b.families) < 2:
        return NOTHING
    if same_family(a.families[1], b.families[1]):
        return agree(a.families[1])
    return Verdict(NOTHING.agreement, f"{a.families[1]} / {b.families[1]}")
