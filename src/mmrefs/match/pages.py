"""Pages: the field databases mangle most, so it is read carefully and weighed lightly.

One article's pages arrive as `1802-24`, `1802 -- 1824`, a list in any order
(`233-8, 230-5, 246-51` / `233-238+230-235+246-251`), an article number (`e12724`,
`CD006828`) against its PDF pages (`1-6`), online-first pages (`1-8`, with no volume yet)
against the printed ones, or a spreadsheet's date (`01-Jun` for `1-6`). A list is read as
its lowest range; a date says nothing. Two printed ranges that do not overlap are a
moderate conflict: enough to keep look-alikes apart, not enough to split a record that
agrees on everything else (databases misprint pages more than anything).
"""

from __future__ import annotations

import re
import sys
from typing import Protocol

from mmrefs.match.evidence import (
    NOTHING,
    Cue,
    Strength,
    Verdict,
    agree,
    compatible,
    conflict,
    unknown,
)
from mmrefs.match.folding import missing, number_key
from mmrefs.text import as_int, below, expand_page_range, normalize_dashes

_MONTH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
_LIST = re.compile(r"\s*(?:[,;+&]|\band\b)\s*")
_RANGE = re.compile(r"[A-Za-z]{0,3}\d\w*(?:\s*-{1,2}\s*[A-Za-z]{0,3}\d\w*)?")
_PREFIX = re.compile(r"\s*([A-Za-z]?)")
_PLAIN = re.compile(r"\s*(\d+)\s*(?:-{1,2}\s*(\d+)\s*)?")


class Located(Protocol):
    """What the page comparer reads from a signature."""

    @property
    def first_page(self) -> str: ...
    @property
    def last_page(self) -> str: ...
    @property
    def page_prefix(self) -> str: ...
    @property
    def volume(self) -> str: ...


def _ranges(pages: str) -> list[tuple[str, str]]:
    found = (_RANGE.search(piece) for piece in _LIST.split(normalize_dashes(pages)))
    return [expand_page_range(m.group(0)) for m in found if m]


def _lowest(ranges: list[tuple[str, str]]) -> tuple[str, str]:
    def start(pair: tuple[str, str]) -> int:
        digits = re.search(r"\d+", pair[0])
        number = as_int(digits.group(0)) if digits else 0
        return sys.maxsize if number is None else number  # no page: last

    return min(ranges, key=start)


def page_keys(pages: str, first: str, last: str, article_number: str) -> tuple[str, str, str]:
    """First and last page as digits, and the letter before them: `e12724` (an article
    number) and `1-6` (its PDF pages) must not be compared as if they were one form."""
    plain = _PLAIN.fullmatch(pages)
    if plain:
        return _plain_range(plain.group(1), plain.group(2) or "")
    if not missing(pages):
        if _MONTH.search(pages):
            return "", "", ""
        ranges = _ranges(pages)
        first, last = _lowest(ranges) if ranges else ("", "")
    if not first and article_number:
        first = article_number
    prefix = _PREFIX.match(first)
    letter = prefix.group(1).lower() if prefix else ""
    return number_key(first, False), number_key(last, False), letter


def _plain_range(first: str, last: str) -> tuple[str, str, str]:
    """`1802-24` → (`1802`, `1824`), the common form, without the general parser."""
    if last and len(last) < len(first):
        longer = first[: len(first) - len(last)] + last
        last = last if below(longer, first) else longer
    return number_key(first, False), number_key(last, False), ""


def _overlap(a: Located, b: Located) -> bool:
    a1, b1 = as_int(a.first_page), as_int(b.first_page)
    if a1 is None or b1 is None:
        return False
    a2, b2 = as_int(a.last_page), as_int(b.last_page)
    return a1 <= (b1 if b2 is None else b2) and b1 <= (a1 if a2 is None else a2)


def _online_first(a: Located, b: Located) -> bool:
    """`1-8` with no volume yet, against the printed pages of the issue."""
    return any(
        x.first_page == "1" and not x.volume and y.first_page != "1" for x, y in ((a, b), (b, a))
    )


def pages(a: Located, b: Located) -> Verdict:
    """Equal first pages agree; overlapping ranges (`488` / `487-488`) are close; an
    article number against printed pages (`e12724` / `1-6`) cannot be compared."""
    if not a.first_page or not b.first_page:
        return NOTHING
    if a.first_page == b.first_page:
        return agree(a.first_page)
    shown = f"{a.first_page} / {b.first_page}"
    prefixes = a.page_prefix + b.page_prefix
    if a.page_prefix != b.page_prefix and all(p in "eac" for p in (a.page_prefix, b.page_prefix)):
        return unknown(shown, Cue.ARTICLE_NUMBER)
    if _overlap(a, b):
        return compatible(shown, Cue.OVERLAP)
    if _online_first(a, b):
        return conflict(shown, Strength.WEAK, Cue.ONLINE_FIRST)
    if a.page_prefix != b.page_prefix and "s" in prefixes:
        return conflict(shown, Strength.MODERATE, Cue.SUPPLEMENT)
    return conflict(shown, Strength.MODERATE, Cue.RANGES)
