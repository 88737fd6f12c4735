"""Author–year citations in running text: `(Smith et al., 2015; Lee and Kim, 2014a)`,
narrative `Lin et al. (2012)`, `(Smith, 2015, p. 3)`, `(e.g., van der Berg & Lin, 2012)`,
Chinese `(张三等, 2019)` and `张三等(2019)`.

Only the printed form is read here: names, `et al.`, year, suffix letter and locator of
every cited work. Which list entry each one means is decided against the list
(`authorkeys.py`), so that a citation the list cannot answer becomes a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LETTER = r"[^\W\d_\u3400-\u9fff]"
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|du|la|le|dos|das|ter|ten|zu|St\.?)"
SURNAME = (
    rf"(?:{_PARTICLE}\s+){{0,3}}(?:[dDlL]['’]|O['’])?[{_UPPER}]{_LETTER}*"
    rf"(?:[-'’][{_UPPER}]?{_LETTER}+)*"
)
CJK_NAME = r"[\u3400-\u9fff]{1,4}?"
_ET_AL = r"(?:\s*et\s+al\.?|\s+and\s+colleagues)"
_AND = r"(?:\s*,?\s+(?:and|&)\s+|\s*&\s*)"
LATIN_NAMES = rf"{SURNAME}(?:\s*,\s*{SURNAME})*(?:{_AND}{SURNAME})?{_ET_AL}?"
NARRATIVE_NAMES = rf"{SURNAME}(?:{_AND}{SURNAME}|{_ET_AL})?"
CJK_NAMES = rf"{CJK_NAME}(?:\s*[和与及、]\s*{CJK_NAME})?(?:等人?)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?:[a-z](?![a-z]))?|n\.\s?d\.|in\s+press"
YEARS = rf"(?:{YEAR})(?:\s*[,，]\s*(?:{YEAR}|[a-z](?![\w.])))*"
LOCATOR = r"(?:pp?\.?|chap\.|ch\.|sec\.|para\.|fig\.|§)\s*[\w\-–]+(?:\s*[-–]\s*\w+)?"
_PREFIX = re.compile(
    r"^(?:e\.\s?g\.|i\.\s?e\.|cf\.|see(?:\s+also)?|for\s+(?:a\s+)?(?:review|example)s?"
    r"(?:\s+see)?|reviewed\s+(?:in|by)|as\s+in|also|but\s+see)[,:]?\s*",
    re.IGNORECASE,
)
WORK = re.compile(
    rf"(?P<names>{LATIN_NAMES}|{CJK_NAMES})\s*[,，]?\s*(?P<years>{YEARS})"
    rf"(?:\s*[,，:]\s*(?P<loc>{LOCATOR}))?"
)
PARENS = re.compile(r"[(（](?P<inner>[^()（）\n]{4,400})[)）]")
NARRATIVE = re.compile(
    rf"(?P<names>{NARRATIVE_NAMES}|{CJK_NAMES})(?:['’]s)?\s*[(（]\s*(?P<years>{YEARS})"
    rf"(?:\s*[,，]\s*(?P<loc>{LOCATOR}))?\s*[)）]"
)
_SEPARATOR = re.compile(r"\s*[,，;；]?\s*")
_SPLIT_NAMES = re.compile(r"\s*(?:,?\s+(?:and|&)\s+|&|,|[和与及、])\s*")
_YEAR_ITEM = re.compile(r"(?P<year>1[6-9]\d\d|20\d\d|n\.\s?d\.|in\s+press)?(?P<suffix>[a-z]?)$")
_NOT_NAMES = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Spring Summer Autumn Fall Winter "
    "Fig Figs Figure Figures Table Tables Eq Equation Section Chapter Phase Version Appendix "
    "Supplementary Suppl In From Since Until By After Before During Between Around About "
    "Circa Then Recently Previously Later Earlier Accessed Retrieved Published Updated "
    "Received Accepted Copyright Vol Volume No Issue The This That These Those"
)
NOT_NAMES = frozenset(_NOT_NAMES.split())


@dataclass(frozen=True, slots=True)
class CitedWork:
    """One work as a citation names it: surnames as printed, `et al.`, year and letter."""

    names: tuple[str, ...]
    et_al: bool
    year: str
    suffix: str = ""
    locator: str = ""


@dataclass(frozen=True, slots=True)
class AuthorYearMark:
    """A citation in the text: its span, the works it names, and whether it is narrative
    (`Lin et al. (2012)`: the names are part of the sentence)."""

    text: str
    start: int
    end: int
    works: tuple[CitedWork, ...]
    narrative: bool


def split_names(phrase: str) -> tuple[tuple[str, ...], bool]:
    """`Smith, Lee and Kim` → (`Smith`, `Lee`, `Kim`); `et al.`/`等` say more authors."""
    et_al = bool(re.search(r"et\s+al\.?|and\s+colleagues|等人?$", phrase))
    core = re.sub(r"\s*(?:et\s+al\.?|and\s+colleagues)\s*$|等人?$", "", phrase.strip())
    return tuple(n for n in _SPLIT_NAMES.split(core) if n), et_al


def works_of(names: str, years: str, locator: str | None) -> list[CitedWork]:
    """One CitedWork per year of `2014a, b, 2015`, all by the same names."""
    people, et_al = split_names(names)
    if not people or any(n in NOT_NAMES for n in people):
        return []
    out: list[CitedWork] = []
    year = ""
    for item in re.split(r"\s*[,，]\s*", years.strip()):
        parts = _YEAR_ITEM.match(item.strip())
        if parts is None:
            return []
        year = re.sub(r"\s+", " ", parts.group("year") or year)
        out.append(CitedWork(people, et_al, year, parts.group("suffix"), locator or ""))
    return out


def parenthetical_works(inner: str) -> list[CitedWork]:
    """Works named inside one pair of parentheses: `;`-separated parts, each an optional
    `e.g.`/`see` prefix then works separated by commas; other parts are not citations."""
    works: list[CitedWork] = []
    for part in re.split(r"\s*[;；]\s*", inner.strip()):
        pos = _PREFIX.match(part)
        at = pos.end() if pos else 0
        while at < len(part):
            found = WORK.match(part, at)
            if found is None:
                break
            works += works_of(found.group("names"), found.group("years"), found.group("loc"))
            at = _SEPARATOR.match(part, found.end()).end()  # type: ignore[union-attr]
    return works


def find_author_year(text: str) -> Iterator[AuthorYearMark]:
    """Every author–year citation of one block, left to right, none overlapping."""
    found: list[AuthorYearMark] = []
    for match in NARRATIVE.finditer(text):
        works = works_of(match.group("names"), match.group("years"), match.group("loc"))
        if works:
            found.append(AuthorYearMark(match.group(0), *match.span(), tuple(works), True))
    for match in PARENS.finditer(text):
        inner = match.group("inner")
        if not re.search(r"\d{4}|n\.\s?d\.|in\s+press", inner):
            continue
        works = parenthetical_works(inner)
        if works:
            found.append(AuthorYearMark(match.group(0), *match.span(), tuple(works), False))
    found.sort(key=lambda m: m.start)
    end = -1
    for mark in found:
        if mark.start >= end:
            end = mark.end
            yield mark
