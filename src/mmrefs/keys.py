"""Citation keys: family name + year + first title word, like Better BibTeX, stable per run.

Keys must be unique case-insensitively (BibTeX and Zotero compare them so) and stable
across runs, so they depend only on the references and their order, never on a clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from mmrefs.model import Author, Reference
from mmrefs.names import split_particle
from mmrefs.text import ascii_fold, has_cjk

STOP_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "on",
        "in",
        "and",
        "for",
        "to",
        "with",
        "by",
        "at",
        "from",
        "de",
        "la",
        "le",
        "les",
        "der",
        "die",
        "das",
        "el",
        "un",
        "une",
    }
)

# The first word of ASCII text that is not a stop word, found in one search: on ASCII
# text a word (`[^\W_]+`) is a run of letters and digits, and its romanized form is its
# lower case, so `title_part` needs neither `ascii_fold` nor `romanize` for such a title.
# The lookarounds make it a whole run that is not, case-insensitively, a stop word.
_STOP = "|".join(sorted(STOP_WORDS))
_FIRST_WORD = re.compile(rf"(?<![A-Za-z0-9])(?!(?i:{_STOP})(?![A-Za-z0-9]))[A-Za-z0-9]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=16384)
def romanize(text: str) -> str:
    """ASCII letters and digits only; Chinese characters become pinyin.

    Memoised: a long list repeats surnames and title openings, and pinyin conversion costs
    tens of microseconds a call."""
    if has_cjk(text):
        from pypinyin import lazy_pinyin  # its phrase dictionary costs 0.1 s: load on use

        text = "".join(lazy_pinyin(text))
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def author_part(authors: Iterable[Author]) -> str:
    first = next(iter(authors), None)
    if first is None:
        return ""
    return _first_author_part(first)


def _first_author_part(first: Author) -> str:
    """The key's author part from the first author alone (`author_part` minus the
    iteration, which `key_base` does not need: its authors are a tuple)."""
    if first.literal:
        words = [w for w in re.findall(r"[\w']+", first.literal) if w.lower() not in STOP_WORDS]
        return romanize(words[0]) if words else ""
    return _family_part(first.family)


@lru_cache(maxsize=16384)
def _family_part(family: str) -> str:
    """The family name without its particle (`van`, `de la`), romanized; memoised as
    surnames repeat."""
    _, core = split_particle(family)
    return romanize(core)


def title_part(title: str) -> str:
    """The first title word that is not a stop word, romanized; a Chinese title gives the
    pinyin of its first two characters.

    Folding a whole title (`ascii_fold`) costs several microseconds, and most titles are
    ASCII or have their first word before their first accent or Greek letter, so only
    what comes before the first non-ASCII character is read when that settles it
    (`_ascii_head_word`); the full fold is the fallback.
    """
    if title.isascii():
        return _first_word(title)
    if has_cjk(title[:2]):
        return romanize(title[:2])
    head = _ascii_head_word(title)
    return head if head is not None else _first_word(ascii_fold(title))


def _first_word(text: str) -> str:
    """The first non-stop word of ASCII `text`, lower-cased (which is what `romanize`
    makes of an ASCII word), or "" if it has none."""
    found = _FIRST_WORD.search(text)
    return found.group().lower() if found else ""


def _ascii_head_word(title: str) -> str | None:
    """`_first_word(ascii_fold(title))` if the ASCII part before the first non-ASCII
    character decides it, else None.

    Folding maps each character on its own (NFKD decomposes character by character and
    only reorders combining marks, which the fold drops), so the folded title begins with
    that ASCII part unchanged. A word there that ends before the cut is followed by an
    ASCII separator, hence is a whole word of the folded title too; a word that reaches
    the cut might continue into what the first non-ASCII character folds to (`abcé` →
    `abce`), so it and anything after it need the full fold.
    """
    cut = _NON_ASCII.search(title)
    end = cut.start() if cut else len(title)
    found = _FIRST_WORD.search(title, 0, end)
    return found.group().lower() if found and found.end() < end else None


def base_key(ref: Reference) -> str:
    """The unsuffixed key; an entry without author or year still gets a readable key."""
    return key_base(
        ref.authors,
        ref.authors_translation,
        ref.language,
        ref.year,
        ref.title,
        ref.title_translation,
    )


def key_base(
    authors: tuple[Author, ...],
    authors_translation: tuple[Author, ...],
    language: str,
    year: str,
    title: str,
    title_translation: str,
) -> str:
    """`base_key` from the fields it reads, so that a reader can give a reference its base
    key when it builds it (and `assign_keys` then copies only the references that clash).

    Called once per reference, so the common cases skip work that cannot change their
    result: a plain year needs no regex, an ASCII title no folding (`title_part`).
    """
    if language == "zh" and authors_translation:
        authors = authors_translation
    author = (_first_author_part(authors[0]) if authors else "") or "anon"
    if not (year.isascii() and year.isdigit()):  # a plain year (almost all) skips the regex
        year = re.sub(r"\D", "", year)
    title = title_translation or title
    words = _first_word(title) if title.isascii() else title_part(title)
    return author + year[:4] + words or "ref"


class KeyRing:
    """The keys given so far in one list, handing out the next unique one for a base key:
    later clashes get a, b, … (aa after z).

    The next suffix to try is remembered per base key, so a library with many clashing
    keys stays linear instead of re-trying every suffix from `a`. A reader that builds its
    references one by one takes each key from the ring before the reference is built, so
    no frozen reference is copied to change its key (`assign_keys` must copy the ones
    that clash, and a large library has thousands of them)."""

    __slots__ = ("_next", "_used")

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._used = {k.lower() for k in taken}
        self._next: dict[str, int] = {}

    def take(self, base: str) -> str:
        """The first key `base`, `base`a, `base`b, … not given yet, now given."""
        key = base
        low = base.lower()
        n = self._next.get(low, 0)
        while key.lower() in self._used:
            key = base + _suffix(n)
            n += 1
        self._next[low] = n
        self._used.add(key.lower())
        return key


def assign_keys(refs: Iterable[Reference], taken: Iterable[str] = ()) -> tuple[Reference, ...]:
    """Give each reference a unique key (`KeyRing`), none of `taken`. A reference that
    holds its key already is kept as it is (it is frozen); the others are copied."""
    ring = KeyRing(taken)
    out = []
    for ref in refs:
        key = ring.take(base_key(ref))
        out.append(ref if ref.key == key else replace(ref, key=key))
    return tuple(out)


@lru_cache(maxsize=1024)
def _suffix(n: int) -> str:
    """Letters for the nth clash: a … z, aa, ab, …; memoised as every clashing base key
    walks the same few."""
    letters = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(97 + rem) + letters
    return letters
