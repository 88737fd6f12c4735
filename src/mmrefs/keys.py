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
    if has_cjk(title[:2]):
        return romanize(title[:2])
    for word in re.findall(r"[^\W_]+", ascii_fold(title)):
        if word.lower() not in STOP_WORDS:
            return romanize(word)
    return ""


def base_key(ref: Reference) -> str:
    """The unsuffixed key; an entry without author or year still gets a readable key."""
    authors = (
        ref.authors_translation if ref.language == "zh" and ref.authors_translation else ref.authors
    )
    title = ref.title_translation or ref.title
    parts = [author_part(authors) or "anon", re.sub(r"\D", "", ref.year)[:4], title_part(title)]
    return "".join(parts) or "ref"


def assign_keys(refs: Iterable[Reference], taken: Iterable[str] = ()) -> tuple[Reference, ...]:
    """Give each reference a unique key; later clashes get a, b, … (aa after z).

    The next suffix to try is remembered per base key, so a library with many clashing
    keys stays linear instead of re-trying every suffix from `a`.
    """
    used = {k.lower() for k in taken}
    next_suffix: dict[str, int] = {}
    out = []
    for ref in refs:
        base = base_key(ref)
        key = base
        n = next_suffix.get(base.lower(), 0)
        while key.lower() in used:
            key = base + _suffix(n)
            n += 1
        next_suffix[base.lower()] = n
        used.add(key.lower())
        out.append(replace(ref, key=key))
    return tuple(out)


def _suffix(n: int) -> str:
    letters = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(97 + rem) + letters
    return letters
