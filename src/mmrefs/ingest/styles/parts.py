"""The part after the title: a container with its locator, or a publisher, or a host book.

Shared by every grammar, since styles differ far more in where they put the year and the
author block than in how they print a journal, a book's imprint or an edited volume.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from mmrefs.ingest.imprint import LOCAL_HOUSE, ROMANCE_HOUSE
from mmrefs.ingest.normalize import clean_container, locator_fields
from mmrefs.ingest.places import GOST_CITIES, IMPRINT_CITIES, REGION_NAMES, is_place, known_city
from mmrefs.ingest.styles.base import MONTH_NAMES, YEAR
from mmrefs.ingest.styles.heads import abbreviation_before
from mmrefs.ingest.styles.locator import GOST_DASH, PAGES, ROMAN_VOLUME, read_locator
from mmrefs.ingest.styles.people import read_names
from mmrefs.model import Kind

LOCATOR_MAX = 100  # no locator is longer: `vol. 7, no. 3, pp. 1460-1470, Jul. 2017`
# Where a locator may start inside `Container<sep>locator`: a separator run, or a `(`
# after a non-digit (`(?=\()(?<=\D)`, an empty match), each followed by what starts a
# locator. Led by one character class so that SRE scans for it in C; the `(` branch
# takes its `(` (of a locator `\(?\d` can only be `(` and a digit there), which
# `locator_starts` gives back. Scanning the title words costs most, so: the separator run
# is taken whole (`\s*+`: no start is white space, so a shorter run cannot do better),
# and a gate `[\d(A-Zvnpe]|[A-Za-z]{1,4}+\d` (the characters that can start a branch, and
# what the one branch open to any lower-case word needs) turns away a lower-case word at
# once; `{1,4}+` and `{2,8}+` do not give back letters a digit or `\.?\s` cannot follow.
# An issue's `No.` with its capital starts one after a comma only (Japanese engineering
# lists: `Journal, No. 390/V-8, pp. 57-66`); elsewhere, and after a report's or a
# series' word and its comma (`Agency, Technical Report, No. 12.`), it is a report's or
# a series' number (`Title. EXA publication No. 13–0003. 2012.`). An issue's word in
# lower case after the journal alone (`Cochrane Database of Systematic Reviews issue 1`).
_LOCATOR_START = re.compile(
    r"[\s,;:.(](?:(?<=\D\()(?=\d)|(?<=[\s,;:.])\s*+(?=[\d(A-Zvnpei]|[A-Za-z]{1,4}+\d)"
    rf"(?=\(?\d|[A-Za-z]{{1,4}}+\d+\b|[A-Z][a-z]{{2,8}}+\.?\s+\d|[Vv]ol\.|Vol\s|no\.\s|[IVXLC]{{1,7}}+/\d|(?<=,\s){ROMAN_VOLUME}\(\d|"
    r"(?<=,\s)(?<!Report,\s)(?<!Rep\.,\s)(?<!Paper,\s)(?<!Series,\s)No\.\s\d|"
    rf"(?:vol|no|pp|issue)\s+\d|pp?\.\s|[vn]\.\s?\d|[Nn][º°]\.?\s?\d|[Pp]ublished\s|[Ee]pub\s|Suppl|"
    rf"(?:{MONTH_NAMES})\b))"
)
# A locator of a date alone is one only when it starts with the date: `Journal. 2011;`,
# `Journal (2011).`, `Journal, Oct. 2011`, `Site, 16 January 2020` (day first).
_DATED = re.compile(
    rf"(?:[Pp]ublished\s+(?:online\s+)?)?\(?(?:(?:\d{{1,2}}\s+(?=[A-Z]))?[A-Z][a-z]{{2,8}}\.?\s+"
    rf"(?:\d{{1,2}}(?:[-–]\d{{1,2}})?,?\s+)?)?{YEAR}"
    rf"|(?:{MONTH_NAMES})\.?\s*[.,]?\s*$"
)
# APA's editors in parentheses may be printed with no space before the book's title
# (`In A. Editor (Ed.),Book title`). The editors never end inside a run of white space
# (`(?<=\S)|(?=\S)`): the white space the marks after them take would be scanned again
# from each of its characters, time quadratic in a long run's length, for the match an
# end at the run's start finds.
# An editors' mark before `by` (Pleiades: `in Book, Ed. by A. Editor (Publisher, …)`)
# leads the editors after the book, so it closes no editors before it.
_HOST = re.compile(
    r"^(?:[Ii]n|Dans):?\s+(?:(?P<eds>[^()]+?)(?:(?<=\S)|(?=\S))(?:,?\s*\((?:[Ee]ds?|[Ee]ditors?)\.?\)|(?:,\s*(?:[Ee]ditor(?:s|es)?|[Ee]ds?)|(?<=\bal\.)\s*(?:editor(?:s|es)?|eds?)(?!\w))\.?(?![.\s]*by\s)|"
    rf"(?P<hrsg>\s*(?:\({YEAR}[a-z]?\)\s*)?\((?:(?:Hrsg|Hg)\.?|(?:hg|[Dd]ir|[Éé]ds?|[Oo]rgs?|[Cc]oords?|[Cc]omps?|[Rr]ed)\.)\)))"
    r"(?:(?<=\))[,.:]?(?=[A-Z“\"])|\s*[,.:]?\s+))?"
)
_IN = re.compile(r"^(?:[Ii]n|Dans):?\s+")
# ABNT's (and Portuguese and Spanish APA's) host book by the chapter's own author, named
# family name first with initials and no editor's mark (`In: DOE, J. Book.`, `In Doe,
# P. Book.`; more names after `;`): no field holds the book's authors.
_NAME_INITIALS = r"[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+)?,\s(?:[A-ZÀ-Ý]\.\s?){1,3}"
_BOOK_AUTHOR = re.compile(rf"{_NAME_INITIALS}(?:;\s+{_NAME_INITIALS})*\s*(?=[A-ZÀ-Ý¿¡“\"])")
# The host book's editor named initials first, with no editor's mark, and a comma before
# the book (natural-history lists: `In: M. L. Example, Book title, 253–281.`): names of
# one capitalised word each, their commas (`In: A. Roe, B. Poe, Book`: both go), and
# `U.S.`/`U.K.` lead a body's name, not a person's (after the names, no book: none go).
_BOOK_EDITOR = re.compile(
    r"(?:(?!U\.\s?[SK]\.)(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?,\s+){1,6}(?=[A-Z])(?![A-Z]\.\s?[A-Z])"
)
# Where a host book's title ends: a stop, its editors, pages or meeting's date in
# parentheses (IEEE's `Book (A. Smith and B. Jones, Eds.).` too), a `;`, or a comma
# before an imprint, a date, pages or the editors; not before a year and a society's
# acronym, which go on naming a meeting (IEEE: `in Example Conference Proceedings, 2003
# IEEE Springfield, vol. 3`).
_HOST_END = re.compile(
    r"\.\s+|\s+\((?=[Ee]ds?\.|[Ee]ditors?|pp?\.|S\.\s?\d|\d|[Vv]ol\.\s*\d|t\.\s*\d|[^()]{1,120},\s*[Ee]ds?\.\)|"
    rf"(?:{MONTH_NAMES})\s+\d)|;\s+|"
    rf",\s+(?=[A-Z][a-z]+\s*:|\d(?!\d{{3}}\s+[A-Z]{{2,}}\b)|pp?\.|pages\s+\d|"
    rf"(?:{MONTH_NAMES})\.?\s|(?:[A-Z]\.\s*)+[A-Z]|edited\s+by|eds?\.\s|ed\s(?=[A-Z])|"
    rf"[^,.]{{1,40}},\s*Eds?\.)"
)
# The editors after a host book's title, up to the pages or the sentence's stop (not an
# initial's: `edited by A. B. Smith, 255-370.`); Chicago abbreviates `edited by` as
# `ed.` or `ed` (`In Book, ed Ann B. Smith, 255-370.`), names holding no colon or
# question mark (what a book's title after NLM's `eds.` may hold).
# RSC's editors after a host book, initials first and a comma before the publisher's
# name: `in Book, ed. A. B. Editor and C. Other Name, Publisher, Place, 2001, vol. 8,
# pp. 6–8`. Read first, so that the editors' wider pattern does not take the imprint.
_RSC_NAME = r"(?:[A-Z]\.\s*){1,3}[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?"
_RSC_EDITORS = rf"eds?\.\s+{_RSC_NAME}(?:(?:,\s*|,?\s+and\s+){_RSC_NAME}){{0,5}},\s*(?=[A-Z][a-z])"
# The editors end before a place and its colon too (AIP and older physics lists: `in
# Book, edited by A. Editor, New York: Publisher, 1978, pp. 12-15`).
_PLACE_AHEAD = r",\s*(?=[A-Z][^,:;.\d]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,12})?:\s)"
_EDITORS_AFTER = re.compile(
    rf"^(?:{_RSC_EDITORS}|"
    rf"edited\s+by\s+.*?(?:,\s*(?=\d)|{_PLACE_AHEAD}|(?<![\s.][A-Z])\.\s+|$)|"
    rf"ed\.?\s+(?=[A-Z])[^:;?!]*?(?:,\s*(?=\d)|{_PLACE_AHEAD}|(?<![\s.][A-Z])\.\s+|$)|"
    r"\(?[^;:()]*?\b[Ee]ds?\.(?:\)\.?)?\s*[;,]?)\s*"
)
# A host book's edition and volume before its editors or imprint (IEEE: `in Book, 2nd
# ed., vol. 3, A. Editor, Ed. Place: Publisher`), which `_EDITORS_AFTER` would take
# with the editors.
_HOST_EDITION = re.compile(r"(?:^|,\s*)(?P<edition>\d\w*\s+ed(?:n|ition)?)\.?(?=[,;]|\s|$)")
# A host book's version printed as its edition, a sentence of its own (NLM: `In: Eds,
# editors. Handbook of Widgets. Version 5.1.0. Place: Publisher; 2011.`).
_HOST_VERSION = re.compile(r"(?P<edition>[Vv]ersion\s+\d+(?:\.\d+)*)\.?\s+")
# NLM's meeting date after a proceedings' title (`Book. Proceedings of the Meeting; 1992
# Sep 6-10; Place.`): the book's title, stops and all, ends at its `;`.
_MEETING_DATE = re.compile(rf";\s*{YEAR}\s+(?:{MONTH_NAMES})\b")
_DIGIT = re.compile(r"\d")
_HOST_VOLUME = re.compile(r"^(?:[Vv]ol\.|[Vv]olume)\s*(?P<volume>\d+[A-Za-z]?)\s*[,;]\s*")
_PUBLISHER_WORD = re.compile(
    rf"\b(?:Press|Publish\w*|Books?|Verlag|Universit\w+|Inc|Ltd|Scientific|Academic|{ROMANCE_HOUSE}|"
    rf"{LOCAL_HOUSE})\b"
    r"|出版社",
    re.I,
)
# A title's small word before a host's editors' mark (`In The Handbook of Widgets, ed.
# Anne Roe, 45–67.`, Chicago's editors after the book): `of`, `in`, `on` and `to` are no
# name's particles, though short.
_LOWER_WORD = re.compile(
    r"\b(?!and\b|van\b|von\b|der\b|den\b|de\b|la\b|le\b|du\b|da\b)(?:[a-z]{3,}|of|in|on|to)\b"
)
# The editors in parentheses after a host book's title: `(Eds.)`, `(eds. A. Editor)`, and
# Nature's `(eds Editor, A. & Other, B.)` and `(ed. Editor, A.)`, no stop after `eds`.
# (older geology lists: `(edit. by Editor, A. B.)`)
_EDS_PAREN = re.compile(r"\s*\((?:[Ee]ds?\.|[Ee]ds?\s|[Ee]dited\s+by|[Ee]dit\.\s*by)[^()]*\)")
# AIP's `, edited by`, and Pleiades' `, Ed. by` (translated Russian journals: `in Book,
# Ed. by A. Editor (Publisher, Place, 1991), Vol. 29, p. 65`).
_EDS_INLINE = re.compile(r",\s*(?:edited\s+by|eds?\.|Eds?\.\s+by)\s.*$")
_BOOK_PAGES = re.compile(rf"\s+((?:pp?\.\s*)?{PAGES})\s*$")
# AIP's book series volume between the imprint and the page (`in Book, edited by A. Editor
# (Publisher, Place, 1969), Vol. 23, p. 1.`).
_PUBLISHER_TAIL = re.compile(
    r"\s+\((?P<pub>[^()]+)\)\s*(?:,\s*[Vv]ol\.\s*(?P<volume>\d+))?"
    rf"(?:,\s*(?:pp?\.\s*)?(?P<pages>{PAGES}))?\s*\.?$"
)
_YEAR_ALONE = re.compile(rf"{YEAR}[a-z]?")
# Nature's volume of a host book, before or after its editors and before the chapter's
# pages (`in Book (eds …) Vol. 2, 879–902 (Publisher, 2015)`, `In Book Vol. 3 (eds …)
# 920–933 (Publisher, Place, 1912)`), the editors already cut: the book's, not a part of
# its title. Led by `V`, which SRE scans for in C (the space before it is looked behind).
_NATURE_HOST_VOLUME = re.compile(
    rf"(?<=\s)(?:Vol\.|Volume)\s*(?P<volume>\d{{1,4}}[A-Za-z]?)(?:,\s*|\s+)(?=(?:pp?\.\s*)?{PAGES}\s*$)"
)
# and its edition closing the book's title (`in Book 4th edn (eds …)`). Its separators
# are read from their run's start only (`(?<![\s,])`): tried from each character of a long
# run of spaces, the run would be scanned again from each.
_NATURE_HOST_EDITION = re.compile(
    r"(?<![\s,])[\s,]+(?P<edition>\d{1,2}(?:st|nd|rd|th)\s+edn?)\.?\s*$"
)
# A company's suffix after its comma (`Example & Sons, Ltd`) is the publisher's.
# A firm's suffix after its name's comma (`Example Press, Inc.`).
CORPORATE_SUFFIXES = "Ltd|Inc|LLC|plc|Co|GmbH"
_CORPORATE = rf"(?:,\s*(?:{CORPORATE_SUFFIXES})\b\.?)?"
# The state or country after a city, before the colon (`Oxford, England: Publisher`).
_REGION = r"[^,():\d]+?"
# NLM's country in parentheses after a public body's name, the publisher (`Bethesda (MD):
# National Library of Medicine (US); 2004`).
_COUNTRY = r"(?:\s\([A-Z]{2,3}\))?"
# NLM's state in parentheses after a city (`Northfield (MA): Publisher; 2001`).
_STATE = r"(?:\s*\([^().:;\[\]]{1,20}\))?"
# An initial's stop inside a publisher's name, after a word (`Alfred A. Knopf`, `Neil
# M.Davis Associates`), and in a run of initials ending a place before its colon (`Upper
# Saddle River, N.J.:`, `M.:` for Moscow). Neither may start a name: an author's
# initials leading a text (`A. Author, Title`) then fail at once.
_INITIAL_STOP = r"(?<=[a-z]\s[A-Z])\."
_PLACE_INITIAL = r"(?<=\b[A-ZА-ЯЁ])\.(?=(?:[A-ZА-ЯЁ]\.)*:)"
# A place's character: no stop but a saint's or a mount's (`St. Louis: Publisher; 2002`),
# or that of a city Russian and Ukrainian lists abbreviate, before the colon (`M.:`
# Moscow, `SPb.:` St Petersburg, `K.:` Kyiv), in Cyrillic too (`М.:`, `СПб.:`).
# German places abbreviate the river or region after `am`/`im` (`Frankfurt a.M.:`,
# `Frankfurt a. M.:`, `Freiburg i.Br.:`): the `a.`'s and `i.`'s stop, and `Br.`'s.
_GERMAN_PLACE_STOP = r"(?<=\s[ai])\.(?=\s?[A-Z][a-z]?\.:)|(?<=\si\.Br)\.(?=:)|(?<=\si\.\sBr)\.(?=:)"
_PLACE_CHAR = (
    rf"(?:[^.:;\[\]()]|(?<=\b[SMF]t)\.|{_PLACE_INITIAL}|(?<=\b(?:SPb|СПб))\.(?=:)"
    rf"|{_GERMAN_PLACE_STOP})"
)
# AGPS's place in brackets, not printed in the book (`Publisher, [Milton, Qld]`).
_BRACKET_PLACE = r"\[[^\[\]()\d]{2,40}\]"
# A state or country after the city a publisher's comma leads to (`Publisher, Milton,
# Qld`, `Publisher, Oxford, UK`; ACM's `ACM, New York, NY, USA` takes two): one short
# capitalised word, no month, before a comma,
# a parenthesis or the end (a year after a month is a date, not a page); of up to 13
# letters, the longest states' (`Sunderland, Massachusetts`, `Pennsylvania`).
_SHORT_REGION = rf"(?:,\s*(?!(?i:{MONTH_NAMES})\b)[A-Z][A-Za-z]{{1,12}}\.?(?=\s*,|\s*\.?$|\)))?"
# A country or state of two words after the city alone (`The Netherlands`, `United
# Kingdom`, `New Zealand`, `South Africa`, `New Jersey`: one of the few words that open
# them, then a capitalised word), as AIP's and Pleiades' imprints print them:
# `(North-Holland, Amsterdam, The Netherlands, 1991)`. Not after two pieces: a thesis's
# `Dept., University, City, New Zealand` (IEEE) is no publisher's imprint.
_TWO_WORD_REGION = (
    r",\s*(?:The|United|New|South|North|West|Hong|Sri|Costa|Saudi|Czech|Rhode)\s"
    r"[A-Z][A-Za-z]{1,11}(?=\s*,|\s*\.?$|\))"
)
# NLM's publisher naming its parent bodies, commas and all, up to the `;` before the year
# (`Place: Center, Library, Institutes; 2004`); no digit, so no locator is taken for one.
_LISTED = r"[^.:;()\d]+?(?=\s*;)"
# The first pattern's publisher may end in an abbreviation's stop (IEEE: `Kluwer Acad.,
# 1996`), and IEEE's chapter number before the pages (`2007, ch. 3, pp. 13–22`) is
# passed over: no field holds it. After `Place:`, a `, Department` before NLM's `;` is the
# publisher's, not a second place (`Place: University, Department; 1981`); MDPI's and
# ACS's city may carry its state and country (`Publisher: City, ST, Country, 2017`). A page label
# is a word of its own (`Example Group. 2021` holds none), its stop left out by Springer
# (`Publisher, Place, pp 12–18`). A date may stay open (NLM's work updated as it goes, as
# StatPearls: `Place: Publisher; 2023 Jan-.`). An edition's ordinal may be a figure and
# its stop, as Portuguese and German print it (ABNT: `2. ed. São Paulo: Editora, 2019`).
# An edition's ordinal spelled out (`Fourth ed., Publisher, Inc. (1948)`, older lists).
_SPELLED_EDITION = r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Revised)"
_IMPRINTS = (
    re.compile(
        rf"^(?:(?P<edition>(?:\d+(?:\w*\s+|\.\s?)|{_SPELLED_EDITION}\s+)ed)\.\s*)?(?:\[?(?P<place>{_PLACE_CHAR}+?{_STATE})\]?\s*:\s*)?"
        rf"(?P<publisher>(?:[^.:;(),]|{_INITIAL_STOP})+?(?:(?<=[a-z])\.)?{_CORPORATE}{_COUNTRY}|{_LISTED})"
        rf"(?:\s*,\s*(?P<place2>[^.:;(),\d]+?(?:,\s*[A-Z][A-Za-z.]{{1,11}}){{0,2}})(?(place)(?!\s*;)))?"
        r"\s*[;,]\s*"
        rf"(?:(?:{MONTH_NAMES})\.?\s+)?(?P<year>{YEAR})[a-z]?"
        rf"(?:\s+[A-Z][a-z]{{2}})?-?(?:,\s*ch\.\s*\d+)?(?:\s*[:.,;]\s*(?:pp?\.?\s*)?(?P<pages>{PAGES}))?"
        r"(?:\.\s*\d+\s*p)?\s*\.?$"
    ),
    re.compile(
        rf"^\(?(?:(?P<edition>(?:\d+(?:\w*\s+|\.\s?)|{_SPELLED_EDITION}\s+)ed)\.[;,]?\s*)?(?:(?P<place>[^,():]+?(?:,{_REGION})?):\s*)?"
        rf"(?P<publisher>[^,()]+?{_CORPORATE})"
        rf"(?:,\s*(?P<place2>{_BRACKET_PLACE}|(?!pp?\.|pp?\s+\d)[^\s,()\d][^,()\d]*?(?:{_TWO_WORD_REGION}|{_SHORT_REGION}{_SHORT_REGION})))?"
        rf"(?:,\s*(?P<year>{YEAR})[a-z]?)?\)?(?:,?\s*(?:(?<![A-Za-z])pp?(?:\.\s*|\s+))?(?P<pages>{PAGES}))?\.?$"
    ),
)


def locator_starts(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each place a locator may start within the last `LOCATOR_MAX`
    characters, after a non-empty container: the separators, or an empty span before `(`.
    Lazy: the first place usually leaves a locator, and the rest need not be found."""
    for match in _LOCATOR_START.finditer(text, max(0, len(text) - LOCATOR_MAX)):
        start = match.start()
        if start:
            yield start, start if text[start] == "(" else match.end()


_VERSION_WORDS = ("Version", "version")
# A month's name just before a locator's start (PIER: `Suzhou, China, Sep. 12-16, 2011`).
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_NAMES})\.?\Z")
_MONTH_LAST = frozenset("abcdefghijklmnopqrstuvwxyz.")


_DAY_YEAR = re.compile(rf"\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?,?\s+{YEAR}")


def no_start(text: str, start: int, end: int) -> bool:
    """Whether a place `locator_starts` found starts no locator: after a data set's
    `Version` or inside its number (Copernicus, DataCite: `Title, Version 2018, 2018.`,
    `Version 2.1`: the version is the title's), or at a day after its month (`Sep.
    12-16, 2011`: the date starts there)."""
    if text.endswith(_VERSION_WORDS, 0, start):
        return True
    if (
        text[start : start + 1] == "."
        and text[start - 1 : start].isdigit()
        and version_before(text, start)
    ):
        return True  # inside the version's number: `Version 2.1, 2018`
    return text[start - 1 : start] in _MONTH_LAST and month_day(text, start, end)


def month_day(text: str, start: int, end: int) -> bool:
    """Whether a month's name ends at `start` (its stop and all) and a day (or days) and
    a year follow from `end`: the locator starts with the month, not the day."""
    if _DAY_YEAR.match(text, end) is None:
        return False
    month = _MONTH_BEFORE.search(text, max(0, start - 12), start)
    return month is not None and month.start() > 0  # a start before the month to read


# A data set's version closing its title (Copernicus, DataCite: `Title, Version 2018,
# 2018.`): the year after it may be the locator's, though a figure comes before it.
_VERSION_NUMBER = re.compile(r"\b[Vv]ersion\s+\d+(?:\.\d+)*\Z")


def version_before(text: str, start: int) -> bool:
    """Whether `text[:start]` ends with a `_VERSION_NUMBER`."""
    return _VERSION_NUMBER.search(text, max(0, start - 24), start) is not None


def container_locator(
    text: str, with_date: bool = True, starts: Iterable[tuple[int, int]] | None = None
) -> tuple[str, dict[str, Any]] | None:
    """`Container, 7(3), 1460-70` → (container, locator fields), or None when no split of
    the text leaves a readable locator after a non-empty container; `starts`: the
    `locator_starts` of `text`, when a caller has them already."""
    for start, end in locator_starts(text) if starts is None else starts:
        if no_start(text, start, end):
            continue
        fields = read_locator(text[end:], with_date)
        if fields is None:
            continue
        # `start` > 0: the character before it, without copying the text
        dated = _DATED.match(text, end) and not (
            text[start - 1 : start].isdigit() and not version_before(text, start)
        )
        if fields.keys() - {"year"} or not with_date or dated:
            return text[:start], fields
    return None


# What follows the last comma in a match of the second imprint pattern that takes no
# edition: the comma is the place's (or a company suffix's), the year's, the one before
# the pages or one inside them, so a place (and pages), a year (and pages) or pages
# follow it, then the end (a comma inside the place, before its region, is
# `_REGION_COLON`'s). Its lazy, comma-free groups can be split many ways before a failing
# end is found (~170 µs on a long Chicago chapter entry); an end no match can have is
# found at once.
_SECOND_TAIL = re.compile(
    rf"\s*(?:[^\s,()\d][^,()\d]*\)?(?:\s*(?:pp?\.\s*)?{PAGES})?"
    rf"|{YEAR}[a-z]?\)?(?:\s*(?:pp?\.\s*)?{PAGES})?|(?:pp?\.\s*)?{PAGES})\.?$"
)
_EDITION_LEAD = re.compile(
    rf"\(?(?:\d|{_SPELLED_EDITION}\s)"
)  # where the second pattern can take an edition
_REGION_COLON = re.compile(rf"{_REGION}:")  # a place's region and its colon


def may_match_second(text: str) -> bool:
    """False only when `_IMPRINTS[1]` cannot match `text`: a `(` after the first
    character, two `)`, or (without an edition) an end after the last comma that none of
    the pattern's comma-led parts can take (a region and the place's colon, or what
    `_SECOND_TAIL` takes). True leaves the pattern to decide."""
    if "(" in text[1:] or text.count(")") > 1:
        return False
    comma = text.rfind(",")
    if comma < 0 or _EDITION_LEAD.match(text):
        return True
    if _REGION_COLON.match(text, comma + 1):  # the comma may be the place's: `Oxford, England:`
        return True
    return _SECOND_TAIL.match(text, comma + 1) is not None


# A publisher's or a city's name, as ACS prints them: a capital, then letters, spaces,
# hyphens, `&` or an abbreviation's stop; no digit, comma, quote or sentence.
_ACS_NAME = re.compile(r"[A-Z][\w&' -]{1,38}")
_ACS_CITY = re.compile(r"[A-Z][\w'. -]{1,30}")
# MDPI names a publisher's two seats with a slash (`Springer: Berlin/Heidelberg, Germany`),
# each a capitalised word, so an agency pair (`WHO/UNICEF`) is no city.
_ACS_CITIES = re.compile(r"[A-Z][\w'. -]{1,30}/[A-Z][a-z][\w'. -]{1,30}")
# The region after ACS's city: capitalised words (`Exampleland`, `New Zealand`, `ST`), and
# MDPI's state then country (`ST, USA`); a lower-case word makes the piece a publisher's
# name (`Example, Other and Sons`).
_ACS_REGION = re.compile(
    r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}(?:,\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}){0,2}"
)
# The last of a firm's names listed after its first (`Harcourt, Brace and World`).
_LISTED_NAMES = re.compile(r"\s(?:and|&)\s+[A-Z]")


def seats(groups: dict[str, str]) -> bool:
    """Whether the `publisher` read before a region is MDPI's two cities of the firm
    named before the colon (`Springer: Berlin/Heidelberg, Germany`), not NLM's firms
    after a city (`Oxford: Example/Other, UK`)."""
    return (
        _ACS_CITIES.fullmatch(groups["publisher"]) is not None
        and groups["place"] not in IMPRINT_CITIES
    )


def known_city_first(groups: dict[str, str]) -> bool:
    """Whether the name before an imprint's colon is a city's (`places.is_place`, or one
    imprints name) and the one after it none: NLM's `Place: Publisher, Parent` (`London:
    Department of Widgets, Example College London`), not ACS's `Publisher: City, Region`."""
    place, publisher = groups["place"], groups["publisher"]
    return known_city(place) and not known_city(publisher)


# A public body's or a school's word (`Example College London`, `Example Institute`):
# the grammars' evidence that a report's issuer is a body (`sources`).
_BODY_WORD = re.compile(
    r"\b(?:College|School|Institute|Hospital|Foundation|Council|Ministry|Department|Centre|"
    r"Center|Agency)\b"
)


def acs_imprint(groups: dict[str, str]) -> bool:
    """Whether `Place: Publisher, Place2` read by `_IMPRINTS[0]` is ACS's `Publisher:
    City, Region` (`Example-VCH: Springfield, Exampleland`): three short names, the first
    no sentence or quotation (a title's colon would give one)."""
    return bool(
        _ACS_NAME.fullmatch(groups["place"])
        and not known_city_first(groups)
        and (_ACS_CITY.fullmatch(groups["publisher"]) or seats(groups))
        and _ACS_REGION.fullmatch(groups["place2"])
        and ". " not in groups["publisher"]
    )


# The cataloguer's `[S.l.]` (sine loco: no place printed) where an imprint's place
# stands, and its colon: the imprint names its publisher alone.
_NO_PLACE = re.compile(r"\[(?:[Ss]\.\s?[Ll]\.?|[Ss]ine\s+loco|[Ss]\.\s?n\.?\s?l\.?)\]\s*[:,]?\s*")


def imprint(text: str) -> dict[str, Any] | None:
    """`Place: Publisher; YEAR`, `Publisher, Place`, `(Publisher, YEAR)`: a book's imprint;
    NLM's page count after the year (`2000. 232 p.`) is no locator and is dropped."""
    text = text.strip(" .,;")
    no_place = _NO_PLACE.match(text) if text[:1] == "[" else None
    if no_place:  # `[S.l.]: Publisher, YEAR`
        text = text[no_place.end() :]
    if "; " in text[:40]:
        text = semicolon_place(text)
    if text.endswith(")") and text[:1] != "(":
        text = springer_year(text)
    elif text[:1] == "(" and text[-1:] == ")":
        text = paren_year_comma(text)
    edition = _PAREN_EDITION_END.search(text) if "ed" in text[-12:] else None
    if edition:  # IET: `(Publisher, 1993, 2nd edn.)`
        text = f"{text[: edition.start()]})"
    elif ("c" in text or "©" in text) and text[-1:].isdigit():
        text = copyright_year(text)
    volume = _IMPRINT_VOLUME.search(text) if "ol." in text else None
    if volume:  # ACS: `Publisher: City, 1996; Vol. 8, pp 206-210`
        text = text[: volume.start()] + text[volume.end() :]
    match = imprint_match(text)
    if match is None:
        return None
    out = {k: v.strip() for k, v in match.groupdict().items() if v}
    if "pages" in out and "year" not in out:
        stop_year(text, out)
    if edition:
        out["edition"] = edition.group(1)
    if volume:
        out["volume"] = volume.group("volume")
    if "place2" in out and "place" in out and acs_imprint(out):  # `Publisher: City, Region`
        publisher, city = out["place"], out["publisher"]
        out.update(publisher=publisher, place=f"{city}, {out.pop('place2')}")
        return out
    more = out.get("place2", "")
    region = (more in REGION_NAMES or is_place(more)) and not _PUBLISHER_WORD.search(more)
    if more and "place" in out and not region:
        # `Place: House, More`: whether `More` is the house's own (`Example, Other and
        # Sons`, `Centre for Widgets, University of Example`) or a region is the imprint
        # reader's question (`imprint.better_imprint`); the grammar hands it the span. A
        # country's or a state's name stays a region, as before the hand-over (the reader
        # takes `College Station: Example, Texas` for a house, the city's word a house's)
        out["publisher"] = f"{out['publisher']}, {out.pop('place2')}"
    elif "place2" in out and _LISTED_NAMES.search(out["place2"]) and listed_firm(out["place2"]):
        # `Example, Other and Sons, 1969`: a firm's names with no place
        out["publisher"] = f"{out['publisher']}, {out.pop('place2')}"
    regional = "place2" in out
    if regional:
        out["place"] = out.pop("place2")
    place = out.get("place", "")
    acronym = place.isupper() and not place.endswith(".")  # `M.:` is Moscow, `ACS:` a house
    if place and not regional and (volume or _ACS_PAGES.search(text)) and firm_first(out):
        # ACS: `Publisher: City, 2002; Vol. 2, p 2807` (NLM puts its year after a `;`), when
        # the name before the colon is a firm's (`New York: Springer, 2010, Vol. 3` is not)
        out["place"], out["publisher"] = out["publisher"], out["place"]
        return out
    publisher = out.get("publisher", "")
    acs = (_PUBLISHER_WORD.search(place) or acronym) and not _PUBLISHER_WORD.search(publisher)
    # ACS: `Publisher: Place, 2014`. Other houses printed before their city's colon
    # (`Example-Hill: New York`, a US body's `Center: Hyattsville, MD`) are left to the
    # imprint reader (`imprint.better_imprint`), which reads every grammar's imprint.
    if acs:
        out["place"], out["publisher"] = out["publisher"], out["place"]
    if not place and "; " in out.get("publisher", ""):
        house_then_city(out)
    return out


# A city (and its state's code or name) closed by a `;` where NLM prints a colon before
# the publisher (Vancouver reports: `Bethesda, MD; Example Institute, 2017`).
_PLACE_SEMICOLON = re.compile(
    r"(?P<city>[A-Z][^\W\d_][^,;:()\d]{0,30}?)(?:,\s*(?P<region>[A-Z][A-Za-z.]{1,11}))?;\s+(?=[A-Z])"
)


def semicolon_place(text: str) -> str:
    """`text` with the `;` after its leading city (`_PLACE_SEMICOLON`) printed as NLM's
    colon, when no colon follows and the city is one: followed by a region (`region_piece`:
    `Bethesda, MD;`), or alone and a city's name (`places.is_place`, or one imprints name);
    no publisher's word in it. `text` as it was else (Turkish lists' `Publisher; City;
    2011` leads with the house)."""
    lead = _PLACE_SEMICOLON.match(text)
    if lead is None or ":" in text or _PUBLISHER_WORD.search(lead["city"]):
        return text
    city, region = lead["city"], lead["region"]
    if not (region_piece(region) if region else known_city(city)):
        return text
    return f"{text[: lead.end() - 1].rstrip().removesuffix(';')}: {text[lead.end() :]}"


def house_then_city(out: dict[str, str]) -> None:
    """`Publisher; City` read as one publisher (Turkish Vancouver lists: `Example Tıp
    Kitabevleri; İstanbul, 2011`) parted into publisher and place: a house's word before
    the `;`, none after it, and one short name there."""
    name, _, city = out["publisher"].partition("; ")
    year = out.get("pages", "") if city.endswith(";") and "year" not in out else ""
    city = city.removesuffix(";") if year else city  # `Publisher; City; 2011.`
    if (
        _PUBLISHER_WORD.search(name)
        and not _PUBLISHER_WORD.search(city)
        and len(city) <= 30
        and city[:1].isupper()
        and ";" not in city
    ):
        out.update(publisher=name, place=city)
        if len(year) == 4 and year.isdigit() and 1800 <= int(year) <= 2099:
            # NLM's `;` before the year: no page (`Example Yayınevi; Ankara; 2011.`)
            out["year"] = year
            for key in ("pages", "first_page", "last_page"):
                out.pop(key, None)


_PAGE_LABEL_END = ("p", "p.", "pp", "pp.")
_SUFFIX_STOPS = (" Inc.", " Ltd.", " Co.", " Corp.")


def stop_year(text: str, out: dict[str, str]) -> None:
    """The year after the publisher's stop (`Geneva: Example Organization. 2021`, as
    Chinese journals' English lists print an imprint), which `_IMPRINTS[1]` reads as a
    page: a year alone that no page label leads is the imprint's date, the stop the
    publisher's end. So is a year after the publisher's last word and a space alone
    (Springer's physics styles: `New York: Example Press 1971`), as no page follows a
    name without a separator."""
    pages = out["pages"]
    if not _YEAR_ALONE.fullmatch(pages):
        return
    before = text[: text.rfind(pages)]
    spaced = before[-2:-1].isalpha() and before[-1:] == " " and "publisher" in out
    if not spaced and not out.get("publisher", "").endswith("."):
        return
    if before.rstrip(" ,").rpartition(" ")[2] in _PAGE_LABEL_END:
        return
    out["year"] = out.pop("pages")
    publisher = out["publisher"]
    if publisher.endswith(".") and not publisher.endswith(_SUFFIX_STOPS):  # `Example Inc.`
        out["publisher"] = publisher[:-1].rstrip()  # keeps its stop


_AND = re.compile(r"\s(?:and|&)\s")


def listed_firm(names: str) -> bool:
    """Whether the names listed after the publisher's comma with no place before it
    (holding an `and`) are the firm's (`Holt, Rinehart and Winston`), unless they are
    cities imprints name (`Example Press, Cambridge and London`)."""
    return not any(name.strip() in IMPRINT_CITIES for name in _AND.split(names, maxsplit=1))


def firm_first(out: dict[str, str]) -> bool:
    """Whether the name before an imprint's colon (`out["place"]` as read) is the
    publisher's, as ACS prints it: unless it is a city imprints name
    (`New York: Example, 2010, Vol. 3` is NLM's order with a volume after it)."""
    return out["place"] not in IMPRINT_CITIES


_YEAR_ANYWHERE = re.compile(YEAR)
# NLM's web site or database, dated by its copyright after the publisher: `Publisher;
# c2000-01`, `Publisher; c1995-2001`, `Publisher; © 2009`. The first year is its date.
_COPYRIGHT = re.compile(rf"(?<=[;,])\s*(?:c|©\s*)({YEAR})(?:-\d{{2,4}})?$")


def copyright_year(text: str) -> str:
    """`text` with a copyright date closing it (`_COPYRIGHT`) printed as a year alone
    (`Publisher; 2000`), the date the imprint patterns read; `text` as it was otherwise."""
    mark = _COPYRIGHT.search(text, max(0, len(text) - 16))
    return f"{text[: mark.start()]} {mark.group(1)}" if mark else text


# Springer's (LNCS, basic) book imprint: `Publisher, Place (YEAR)`, its year in
# parentheses after the place.
_PAREN_YEAR_END = re.compile(rf"\s+\(({YEAR})[a-z]?\)$")


def springer_year(text: str) -> str:
    """`Publisher, Place (YEAR)` (Springer) as `Publisher, Place, YEAR`, the order the
    imprint patterns read; `text` as it was when it ends in no such year, or what comes
    before the year holds no comma (no place) or a colon or slash (a link's)."""
    year = _PAREN_YEAR_END.search(text, max(0, len(text) - 9))
    head = text[: year.start()].rstrip() if year else ""
    if not year or ", " not in head or ":" in head or "/" in head:  # no place, or a link
        return text
    return f"{head}, {year.group(1)}"


_YEAR_ONLY = re.compile(YEAR)
# IET's edition after the year inside a book's parenthesised imprint: `(Publisher, 1993,
# 2nd edn.)`.
_PAREN_EDITION_END = re.compile(r",\s*(\d+\w*\s+edn?)\.?\)$")


def paren_year_comma(text: str) -> str:
    """A parenthesised imprint (`text`) with its year after a space, no comma (Springer's
    physics styles: `(Publisher, Place 1999)`; IET's `(Publisher 1999)`), as `(Publisher,
    Place, 1999)`, the form the imprint patterns read; padding inside the parentheses
    (`( Publisher 1999 )`, copies from PDFs) goes too."""
    inside = text[1:-1].strip()
    year, name = inside[-4:], inside[:-4]
    if not (name[-1:].isspace() and _YEAR_ONLY.fullmatch(year)):
        return f"({inside})"
    name = name.rstrip()
    if not (name[-1:].isalpha() or name[-1:] in ".&"):  # `(Vol. 2 1999)`: no name's end
        return f"({inside})"
    return f"({name}, {year})"


# ACS's pages after a book's year and a `;` (`Publisher: City, 1998; pp 57-67`).
_ACS_PAGES = re.compile(rf",\s*{YEAR}\s*;\s*pp?\.?\s*\d")
# The volume ACS prints after a book's year, before its pages (`…, 1996; Vol. 8, pp
# 206-210`): taken out, so that the pages follow the year as in any imprint.
_IMPRINT_VOLUME = re.compile(
    rf"(?<={YEAR})\s*[;,]\s*[Vv]ol\.\s*(?P<volume>\d+[A-Za-z]?)(?=\s*,\s*pp?\.?\s*\d|$)"
)


def imprint_match(text: str) -> re.Match[str] | None:
    """The first of `_IMPRINTS` that matches, each tried only where it can: the first
    needs a year (its lazy groups are slow to fail on the many imprints printed without
    one), the second what `may_match_second` allows."""
    if _YEAR_ANYWHERE.search(text):
        match = _IMPRINTS[0].match(text)
        if match:
            return match
    return _IMPRINTS[1].match(text) if may_match_second(text) else None


# A publisher closing a host book's sentence after a comma, no place or year printed
# (Harvard: `in Editor, A. (eds) Book Title, Example University Press.`): a capitalised
# name ending in a publisher's word.
_HOST_PUBLISHER = re.compile(
    r",\s+([A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}?\s+(?:Press|Publishers|Publishing|Books))\.?$"
)


# A city and a house closing a host book's sentence after commas, in either order, no
# year printed there (author-date lists: `In A. Editor (eds.), Book, New York,
# Springer-Verlag.`, `…, Book, Example Press, London.`).
_HOST_PAIR = re.compile(r",\s+([A-Z][^,.;:()\d]{1,40}),\s+([A-Z][^,;:()\d]{1,40}?)\.?$")


# The cuts older imprints print a state or province in (`Cambridge, Mass.`, `Berkeley,
# Calif.`, `Toronto, Ont.`).
_STATE_CUTS = frozenset((
    "Mass", "Calif", "Conn", "Penn", "Ill", "Mich", "Wis", "Minn", "Md", "Va", "Tex", "Fla",
    "Ind", "Pa", "Ga", "Mo", "Colo", "Ore", "Wash", "Ariz", "Okla", "Kan", "Ky", "Tenn", "La",
    "Ala", "Miss", "Neb", "Vt", "Del", "Mont", "Nev", "Ont", "Que", "Qld", "Vic",
))  # fmt: skip
_DOTTED_CODE = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]?\.?")  # `U.K.`, `N.Y.`, `U.S.A.`


def region_piece(piece: str) -> bool:
    """Whether `piece`, printed after a city, is the city's state or country
    (`REGION_NAMES`), a code of capitals (`NY`, `UK`, `U.K.`) or a state's cut
    (`Cambridge, Mass.`), not a house."""
    if piece in REGION_NAMES or piece in _STATE_CUTS:
        return True
    return (piece.isupper() and len(piece) <= 3) or _DOTTED_CODE.fullmatch(piece) is not None


def city_and_house(rest: str) -> tuple[int, str] | None:
    """(where the book's title ends, `Place: Publisher`) for a `_HOST_PAIR` one of whose
    names is a city imprints name (`IMPRINT_CITIES`) and the other no city; None
    otherwise."""
    pair = _HOST_PAIR.search(rest)
    if pair is None:
        return None
    first, second = pair.group(1).strip(), pair.group(2).strip()
    if first in IMPRINT_CITIES and second not in IMPRINT_CITIES:
        if region_piece(second) or any(word in rest for word in _MEETING_WORDS):
            return None  # `…, Paris, France.`: a city and its country (a meeting's place)
        return pair.start(), f"{first}: {second}"
    if second in IMPRINT_CITIES and first not in IMPRINT_CITIES:
        return pair.start(), f"{second}: {first}"
    return None


# Abbreviations that end a host book's title rather than abbreviate inside it.
_BOOK_WORDS = frozenset(("ed", "Ed", "Eds"))


# The abbreviated titles of places, `St.` (Saint) and `Mt.` (Mount), whose stop a
# capitalised name follows inside a book's title (`Gulf of St. Lawrence`).
_PLACE_TITLES = frozenset(("St", "Mt"))


def saint_stop(rest: str, at: int) -> bool:
    """Whether the stop at `at` closes a `_PLACE_TITLES` word of its own (after a space or
    at the start) and one space and a capitalised word follow it."""
    return (
        (at == 2 or rest[at - 3] == " ")
        and rest[at + 1 : at + 2] == " "
        and rest[at + 2 : at + 3].isupper()
        and rest[at + 3 : at + 4].islower()
    )


def host_end(rest: str) -> re.Match[str] | None:
    """The first `_HOST_END` after the host book's title, passing over the stops of its
    abbreviated words (IEEE: `in Proc. Example Conf., 1985, pp. 585–590`)."""
    for stop in _HOST_END.finditer(rest):
        at = stop.start()
        # an initial (`J. Smith, Ed.`) is no abbreviation, whatever `J` abbreviates
        word = at >= 2 and rest[at - 2].isalpha()
        if rest[at] == "." and rest[at - 2 : at] in _PLACE_TITLES and saint_stop(rest, at):
            continue  # `Gulf of St. Lawrence`, `Mt. Example`: a place's name goes on
        if rest[at] != "." or not word or not abbreviation_before(rest, at + 1):
            return stop
        if rest[max(0, at - 3) : at].lstrip(" .,\n\t") in _BOOK_WORDS:  # `5th\ned.`
            return stop
    return None


# APA's (and French lists') pages in parentheses after a host book's title: `(pp. 1–35)`,
# `(p. 51-67)`.
_HOST_PAGES = re.compile(r"\s+\(pp?\.\s*\d[^()]{0,20}\)")


def paged_host_end(rest: str, stop: re.Match[str]) -> re.Match[str]:
    """Where an APA host book's title ends when its pages in parentheses follow it
    (`In A. Editor (Ed.), Book. A subtitle (pp. 1–35). Publisher.`): at those pages,
    though a stop comes first, as French and Spanish titles print a subtitle after a
    stop; `stop` when nothing but the title's words can come before them (no
    parenthesis, no colon after the stop, at most two stops)."""
    pages = _HOST_PAGES.search(rest, stop.end(), stop.end() + 300)
    if pages is None or "(" in rest[: pages.start()] or ":" in rest[stop.end() : pages.start()]:
        return stop
    if rest.count(". ", stop.end(), pages.start()) > 1:
        return stop
    return pages


# IEEE's editors after the host book's title, given names first (`B. Example`, `A.-B.
# Example`); a family name first (`Example, B.`, `Example B`) is Harvard's or NLM's.
_GIVEN_FIRST_NAME = re.compile(r"(?:[A-Z]\.[\s-]*){1,3}[A-Z][a-z]")
_INITIAL = re.compile(r"\b[A-Z]\b")


def book_first(eds: str) -> bool:
    """Whether the `eds` `_HOST` read (`Book, B. Example`, `Book, B. Example and C.
    Other`) is IEEE's book and then its editors: a first piece with no initial, and
    given-first names after its comma."""
    first, comma, names = eds.partition(", ")
    return bool(comma and _GIVEN_FIRST_NAME.match(names) and not _INITIAL.search(first))


def editors_bar(text: str) -> float:
    """The names score a host's editors need. NLM's `In:` (its colon) leads the editors,
    never the book (IEEE's `in Book, A. Editor, Eds.`), so a name the reader doubts (a
    generational suffix before the initials, `Melton III JL`) is still an editor's there."""
    return 0.5 if text.startswith("In:") else 0.75


# A German body's name as Springer's German journals print a report's issuer before its
# city (`Bundesministerium für Widgets, Berlin`, `Bundeszentrale für widgetliche
# Aufklärung, Köln`, `Kompetenz-Centrum Widget beim EXA Hamburg, Hamburg`, `Bundesamt für
# Widgets (BfW), Bonn`): capitalised words, German's particles between them and lower-case
# adjectives (their endings' last letters: `-e`, `-en`, `-er`, `-es`, `-em`), a particle
# at least, maybe the body's acronym in parentheses; not a periodical's name
# (`Zeitschrift für Widgets`).
_GERMAN_PARTICLE = r"(?:für|der|des|die|und|beim|im|am|zum|zur|von|vom|zu)"
# Each word is taken whole, by one branch at most (atomic, possessive): a name that fails
# is given up without trying its words in other branches.
_GERMAN_BODY = re.compile(
    rf"[A-ZÄÖÜ][\w'’.-]*+(?:\s++(?>{_GERMAN_PARTICLE}\b|[A-ZÄÖÜ][\w'’.-]*+|[a-zäöüß]++(?<=[enrsm]))){{1,8}}"
    r"(?:\s\([A-ZÄÖÜ][\w-]{1,10}\))?"  # its acronym (`Bundesamt für Widgets (BfW)`)
)
_GERMAN_PARTICLE_WORD = re.compile(rf"\s{_GERMAN_PARTICLE}\s")
_GERMAN_PERIODICAL = re.compile(
    r"Zeitschrift|Zeitung|Jahrbuch|Blatt\b|Archiv|Mitteilungen|Berichte|Hefte|Journal|Forum"
)


def german_body(name: str) -> bool:
    """Whether `name` is a German body's (`_GERMAN_BODY`) holding a particle, no
    periodical's word."""
    return bool(
        _GERMAN_PARTICLE_WORD.search(name)
        and _GERMAN_BODY.fullmatch(name)
        and not _GERMAN_PERIODICAL.search(name)
    )


def host(text: str) -> tuple[str, str, dict[str, str]] | None:
    """`In: Eds, editors. Book. Place: Pub; 2019` → (book title, the rest, the book's
    edition and volume when printed before its editors)."""
    match = _HOST.match(text)
    if not match:
        return None
    eds = match.group("eds") or ""
    # a German mark without its stop (Springer's `(Hrsg)`) may be a chemical symbol
    # (`In: Mercury (Hg) in …`): the names before it must hold an initial (`Roe V`)
    hrsg = match.group("hrsg") or ""
    symbol = bool(hrsg) and not hrsg.endswith(".)") and _INITIAL.search(eds) is None
    # a German body as the editor, its mark in parentheses (`In: Deutsche Stelle gegen die
    # Widgetgefahren (Eds), Buch (S. 55–64).`): no person's names, but the book's editor
    body = match.group().rstrip(" ,.:").endswith(")") and german_body(eds)
    if eds and (
        symbol
        or (
            not hrsg
            and not body
            and (
                _LOWER_WORD.search(eds)
                or book_first(eds)
                or rsc_editors_follow(text, match)
                or read_names(eds).score < editors_bar(text)
            )
        )
    ):
        match = _IN.match(text)  # `in Book, C. M. Ortiz, Eds.` (IEEE): the book comes first
        assert match is not None
    rest = text[match.end() :]
    if not eds and not match.group("hrsg") and ", " in rest[:40]:
        author = _BOOK_AUTHOR.match(rest) or _BOOK_EDITOR.match(rest)
        if author:  # ABNT: `In: DOE, J. Book. Place: Publisher`; `In: M. L. Roe, Book, 1–9.`
            rest = rest[author.end() :]
    uk = paren_place_publisher(rest)
    if uk:  # UK Harvard: `in A. Editor (ed.) Book (Place, Publisher).`
        return clean_container(rest[: uk[0]]), uk[1], {}
    tail = _PUBLISHER_TAIL.search(rest)
    if tail and dated_imprint(rest, tail):
        tail = None
    if tail:  # Frontiers, Cell, Nature: `in Book (eds …) 48–80 (Publisher, 1987).`
        book = _EDS_INLINE.sub("", _EDS_PAREN.sub("", rest[: tail.start()]))
        pages = tail.group("pages") or ""
        inner = _BOOK_PAGES.search(book)
        if inner and not pages and inner.group(1) == tail.group("pub"):
            inner = None  # Springer: `In: Conference, ABC 2010 (2010)`: the meeting's year
        series = {"volume": tail["volume"]} if tail["volume"] else {}
        volume = _NATURE_HOST_VOLUME.search(book) if "ol" in book else None
        if volume and not series:  # Nature: `in Book (eds …) Vol. 2, 48–80 (Publisher, 1987).`
            series["volume"] = volume["volume"]
            book = f"{book[: volume.start()]} {book[volume.end() :]}".rstrip()
            inner = _BOOK_PAGES.search(book)
        if inner:
            book, pages = book[: inner.start()], inner.group(1)
        edition = _NATURE_HOST_EDITION.search(book) if "ed" in book else None
        if edition:  # Nature: `in Book 4th edn (eds …) 48–80 (Publisher, 2015).`
            series["edition"] = edition["edition"]
            book = book[: edition.start()]
        return clean_container(book), tail.group("pub") + (f", {pages}" if pages else ""), series
    meeting = _MEETING_DATE.search(rest) if ";" in rest else None
    if meeting and ":" not in rest[: meeting.start()]:  # NLM: `Book. Proceedings; 1992 Sep`
        return clean_container(rest[: meeting.start()]), rest[meeting.start() + 1 :].strip(), {}
    stop = host_end(rest)
    if stop and stop.group()[:1] == "." and "(p" in rest:
        stop = paged_host_end(rest, stop)
    if not stop:
        publisher = _HOST_PUBLISHER.search(rest) if ", " in rest else None
        if publisher:  # Harvard: `in Editor (eds) Book, Example University Press.`
            return clean_container(rest[: publisher.start()]), publisher.group(1), {}
        pair = city_and_house(rest) if rest.count(", ") >= 2 else None
        if pair:  # `In Editor (eds.), Book, New York, Springer-Verlag.`
            return clean_container(rest[: pair[0]]), pair[1], {}
        return clean_container(rest), "", {}
    after = rest[stop.start() :].strip(" .,;")
    book_parts: dict[str, str] = {}
    if after[:1] == "(":
        after = host_volume(after, book_parts)
    if " ed" in after:
        after = host_edition(after, book_parts)
    version = _HOST_VERSION.match(after) if after[:1] in "Vv" else None
    if version:  # the host book's version where an edition would be
        book_parts["edition"] = version["edition"]
        after = after[version.end() :]
    after = _EDITORS_AFTER.sub("", _EDITORS_AFTER.sub("", after))
    return clean_container(rest[: stop.start()]), after, book_parts


# APA's volume of a host book in the parentheses after its title, alone or before the
# chapter's pages (`In A. Editor (Ed.), Book (Vol. 2, pp. 12-34). Place: Publisher.`),
# and French's tome (`Dans A. Editor (dir.), Livre (t. 2, p. 12-34).`).
_PAREN_HOST_VOLUME = re.compile(r"\((?:[Vv]ol|t)\.\s*(?P<volume>\d+)(?:\)[.,]?\s*|,\s*(?=pp?\.))")


def host_volume(after: str, book_parts: dict[str, str]) -> str:
    """`after` without a host book's volume in parentheses (`_PAREN_HOST_VOLUME`), which
    goes to `book_parts`; the chapter's pages after it keep their parenthesis."""
    volume = _PAREN_HOST_VOLUME.match(after)
    if volume is None:
        return after
    book_parts["volume"] = volume["volume"]
    rest = after[volume.end() :]
    return rest if ")" in volume[0] else f"({rest}"  # `(pp. 12-34)` as APA prints it


# A book series and its volume after a host book's title, as Springer's LNCS template
# prints them (`In: Editor, A. (eds.) CONFERENCE 2016, LNCS, vol. 9999, pp. 1–13.
# Springer, Heidelberg (2016)`; Springer basic: `Lecture Notes in Computer Science, vol
# 9999`; the old splncs form: `LNCS vol. 1254`): the acronym of one of the proceedings
# series (a closed list: a meeting's acronym, `Proc. Conf. ICASSP, vol. 2`, is the
# book's) or the series' name, then `vol.` and the number; or BibTeX's `plain` order,
# the volume first (`In Book, volume 131 of Series Name, pages 52–71.`). The series is
# no field's; its volume is the `volume`, and the book's title, commas and all, runs up
# to the series.
SERIES_ACRONYMS = frozenset(
    "LNCS LNAI LNBI LNBIP LNEE LNM LNNS LNICST CCIS AISC SIST LIPIcs EPTCS".split()  # noqa: SIM905
)
_SERIES_VOLUME = re.compile(
    rf"(?:[,.]|(?<!\s)\s+of)\s+(?:{'|'.join(sorted(SERIES_ACRONYMS))}|IFIP\s+AICT|"
    r"Lecture\s+Notes\s+in\s+[A-Z][^,.;()]{2,60})"
    r",?\s*[Vv]ol\.?\s*(?P<volume>\d+)\b[,.]?\s*"
    r"|,\s+volume\s+(?P<of_volume>\d+)\s+of\s+[A-Z][^,.;()]{1,80}?[,.]\s*"
)
_LEADING_EDITORS = re.compile(r"^\(\s*[Ee]ds?\.?\)\s*")


def series_host(text: str) -> tuple[str, str, str] | None:
    """`In: Eds (eds.) Book, LNCS, vol. 9999, pp. 1–13. Springer, Place (2016)` → (the
    book's title, the series' volume, what follows the volume); None unless `text` opens
    with `In` and a `_SERIES_VOLUME` follows the book. The editors `_HOST` reads are
    dropped, and a second `(eds)` a list repeats after them."""
    series = _SERIES_VOLUME.search(text)
    if series is None:
        return None
    match = _HOST.match(text)
    if match is None or match.end() >= series.start():
        return None
    book = _LEADING_EDITORS.sub("", text[match.end() : series.start()]).strip(" ,.")
    if not book:
        return None
    return clean_container(book), series["volume"] or series["of_volume"], text[series.end() :]


_RSC_EDITORS_AT = re.compile(_RSC_EDITORS)


def rsc_editors_follow(text: str, match: re.Match[str]) -> bool:
    """Whether the `ed.` that `_HOST` read as closing the editors' names opens RSC's
    editors instead (`in Book Title, ed. A. B. Editor, Publisher, …`): the words before
    it are then the book's title."""
    at = text.find("ed", match.end("eds"), match.end())
    return at > 0 and _RSC_EDITORS_AT.match(text, at) is not None


# UK Harvard's imprint in parentheses at a book's end, place first and no year (the year
# follows the names): `Title (Harmondsworth, Penguin).`, `in A. Editor (ed.) Book (Oxford,
# Example Press).`. A year-less parenthesis is no AIP or Nature imprint, which print one.
_PLACE_PUBLISHER_PAREN = re.compile(
    r"\s+\((?P<place>[A-Z][a-z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*){0,2}),\s+"
    r"(?P<publisher>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|and|of|for|the)){0,5})\)\.?\Z"
)
# The other order UK lists print, publisher first (`Title (HMSO, London).`, `(Example
# Books, Oxford)`): told from the first by the city, one of `IMPRINT_CITIES`, second.
_PUBLISHER_PLACE_PAREN = re.compile(
    r"\s+\((?P<publisher>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|and|of|for|the)){0,5}),\s+"
    r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)\.?\Z"
)

# The colon's order older humanities lists print in the year-less parenthesis (`Title
# (London: Example, Green & Co.).`, `(Amsterdam and Atlanta, GA: Editions Example B.V.)`):
# a place of up to four capitalised words (two cities may be joined by `and`, a space or
# a hyphen between words, which hold none, so that a run splits one way only) and its
# state's or country's code, the colon, then a capitalised name of up to seven words,
# commas, initials and `&` inside it.
_PLACE_COLON_PAREN = re.compile(
    r"\s+\((?P<place>[A-Z][a-z][\w'’.]*(?:(?:[\s-]|\sand\s)[A-Z][\w'’.]*){0,3}"
    r"(?:,\s[A-Z][A-Za-z.]{1,11})?):\s+"
    r"(?P<publisher>[A-Z][\w&'’.-]*(?:,?\s+(?:[A-Z&][\w&'’.-]*|and|of|for|the)){0,6})\)\.?\Z"
)


# A journal's locator before the parenthesis (`Journal 12: 1–5 (Boston: Example
# Meeting).`): a note on the article's meeting or reprint, not a book's imprint closing
# its title. A figure, a colon or comma, then the pages.
_LOCATOR_BEFORE_PAREN = re.compile(r"\d\)?[:,]\s?\d{1,6}(?:\s?[-–]\s?\d{1,6})?\.?\Z")


def colon_paren_place(place: str) -> bool:
    """Whether `place`, read before the colon of a `_PLACE_COLON_PAREN`, is one: its city
    (or the first of two joined by `and`) a city's name (`places.is_place`, or one imprints
    name), or a city followed by its state's code (`Example City, GA`); a title's part
    (`(Part II: Methods)`, `(Series B: Widgets)`) is none."""
    city, _, region = place.partition(", ")
    first = city.split(" and ", 1)[0]
    if known_city(first):
        return not region or region_piece(region)
    return bool(region) and region_piece(region) and first[:1].isupper()


def subtitle_article(name: str) -> bool:
    """Whether `name`, read after a place's colon in parentheses, opens with an article
    and no publisher's word names it: a subtitle (`Gotham (Boston: A Case Study)`), not a
    house (`A. B. Example` is led by an initial)."""
    return name.startswith(("A ", "An ", "The ")) and not _PUBLISHER_WORD.search(name)


def paren_place_publisher(text: str) -> tuple[int, str] | None:
    """Where `text`'s closing `_PLACE_PUBLISHER_PAREN` (or `_PUBLISHER_PLACE_PAREN`)
    starts and its imprint as `Place: Publisher`, the order the imprint patterns read;
    None without one, or when a publisher's word names the first name (`(Example Press,
    Place)`)."""
    if not text.endswith((")", ").")):
        return None
    at = text.rfind(" (")
    if at < 1:
        return None
    swapped = _PUBLISHER_PLACE_PAREN.match(text, at)
    if (
        swapped is not None
        and swapped["place"] in IMPRINT_CITIES
        and swapped["publisher"] not in IMPRINT_CITIES
    ):
        return swapped.start(), f"{swapped['place']}: {swapped['publisher']}"
    match = _PLACE_PUBLISHER_PAREN.match(text, at)
    if match is None and ": " in text[at:]:
        colon = _PLACE_COLON_PAREN.match(text, at)
        if (
            colon is not None
            and _LOCATOR_BEFORE_PAREN.search(text, max(0, at - 24), at) is None
            and colon_paren_place(colon["place"])
            and not subtitle_article(colon["publisher"])
        ):
            return colon.start(), f"{colon['place']}: {colon['publisher']}"
    if match is None or _PUBLISHER_WORD.search(match["place"]):
        return None
    return match.start(), f"{match['place']}: {match['publisher']}"


def dated_imprint(rest: str, tail: re.Match[str]) -> bool:
    """Whether the `_PUBLISHER_TAIL` of a host book is the year of an imprint printed
    before it, no publisher (Springer: `In: Proceedings, pp. 1–37. Publisher, Place
    (2013)`): a year alone after a name (after a page it is the date of Nature's `in
    Proc. Conf. 48–80 (1987)`)."""
    if _YEAR_ALONE.fullmatch(tail["pub"]) is None:
        return False
    return rest[: tail.start()].rstrip()[-1:].isalpha()


def drop_editors(text: str) -> str:
    """`text` without the editors that open it (`A. Editor, Ed. Place: Publisher`)."""
    return _EDITORS_AFTER.sub("", text)


def host_edition(after: str, book_parts: dict[str, str]) -> str:
    """`after` without a host book's edition and the volume after it (`2nd ed., vol. 3,
    `), which go to `book_parts`, when it opens `after` or follows a date or a volume
    (IEEE: `in Proc., May 2019, vol. 68, 3 ed., pp. 1-9`); the edition leaves a comma
    where it stood."""
    edition = _HOST_EDITION.search(after)
    head = after[: edition.start()] if edition else ""
    if edition is None or (head and not _DIGIT.search(head)):
        return after  # after the editors' names (Chicago), `_EDITORS_AFTER` takes it
    book_parts["edition"] = edition["edition"]
    tail = after[edition.end() :].lstrip(" .,;")
    volume = _HOST_VOLUME.match(tail)
    if volume:
        book_parts["volume"] = volume["volume"]
        tail = tail[volume.end() :]
    return f"{head}, {tail}" if head else tail


# A publisher's word (and a body's that issues reports and guides as institutes and
# societies do: a foundation, `Fundación`, `Fundação`, printed alone after the title before
# its year and link: `Title. Example Foundation. 2014. https://…`; a capitalised word after
# `Foundation` names its journal or site, `Example Foundation Journal`, `… Blog`).
_PUBLISHER_WORDS = re.compile(
    r"\b(?:Press|Publish\w*|Books?|Verlag|Universit\w+|Inc|Ltd|LLC|GmbH|Scientific|Academic|"
    rf"{ROMANCE_HOUSE}|{LOCAL_HOUSE}|Institute|Institut|Instytut|Istituto|Instituto|Society|Association|Company|Co|Sons|"
    r"Foundation(?!\s+(?-i:[A-Z]))|Fundaci[oó]n|Funda[cç][aã]o)\b|出版社|大学|研究院",
    re.IGNORECASE,
)


PLACE_COLON = re.compile(
    rf"^(?:[^.:;\d]|(?<=\b[SMF]t)\.|{_PLACE_INITIAL}|(?<=\b(?:SPb|СПб))\.(?=:)|{_GERMAN_PLACE_STOP})"
    r"{2,40}:\s*(?!\d)"
)


def looks_imprint(text: str) -> bool:
    """A publisher (with or without its place), rather than a journal printed without a
    locator (`Nature Middle East.`): a place before a colon, or a publisher's word."""
    if PLACE_COLON.search(text):
        return True
    return _PUBLISHER_WORDS.search(text) is not None and PERIODICAL_WORD.match(text) is None


# A periodical's own word in a Spanish, Portuguese, French or Italian name (`Revista
# Internacional de Ejemplo`, `Boletín del Ministerio`, `Memórias do Instituto Example`):
# such a name is a journal, whatever institute's, university's or ministry's word follows
# it, never a house. Matched at a name's start here, searched in a source by `sources`.
PERIODICAL_WORD = re.compile(
    r"\b(?:Revista|Revue|Rivista|Bolet[íi]n|Boletim|Anales|Anais|Cuadernos|Cadernos|Gaceta|"
    r"Gazeta|Jornal|Archivos|Arquivos|Cahiers|Mem[óo]rias)\b"
)


_IMPRINT_TAIL = re.compile(r",\s*(?P<place>[^,:;]{2,40}):\s*(?P<publisher>[^,:;]{2,80})$")


def split_imprint_tail(fields: dict[str, Any]) -> None:
    """`Proceedings …, Singapore: Publisher` (Elsevier Vancouver): the imprint printed
    inside the container's sentence, before the year."""
    if fields.get("volume") or fields.get("issue"):
        return
    match = _IMPRINT_TAIL.search(fields["container"])
    if match:
        fields["container"] = fields["container"][: match.start()]
        fields.update(
            place=match.group("place").strip(), publisher=match.group("publisher").strip()
        )
        return
    meeting_imprint(fields)


# A proceedings' publisher and place after its name, in commas (Harvard, Springer, ACM:
# `Proceedings of the Example Conference, EXA, Springfield, pp. 338–342`, `…, Example
# Imprint, London, pp. 45–54`): a publisher's word or an acronym (a society's), then a
# place of up to three capitalised words. A meeting's place alone (`Proc. Example Conf.,
# Springfield, IL`) names no publisher, so `meeting_place` drops it.
_MEETING_IMPRINT = re.compile(
    r",\s+(?P<publisher>[A-Z]{3,6}|[A-Z][^,:;()]{0,50}?\b(?:Press|Imprint|Publish\w*|Verlag|"
    r"Books|Publications)\b)"
    r",\s+(?P<place>[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$"
)
_MEETING_WORDS = ("Proceedings", "Proc.", "Conference", "Symposium", "Workshop", "Congress")
_NO_PUBLISHER = frozenset(("USA", "UAE", "USSR", "ROC", "PRC"))


def meeting_imprint(fields: dict[str, Any]) -> None:
    """A proceedings' container without the `_MEETING_IMPRINT` closing it, which goes to
    `publisher` and `place` (unless they were read already)."""
    container = fields.get("container", "")
    if "publisher" in fields or not any(word in container for word in _MEETING_WORDS):
        return
    match = _MEETING_IMPRINT.search(container, max(0, len(container) - 90))
    if match is None or match.start() == 0 or match["publisher"] in _NO_PUBLISHER:
        return
    fields["container"] = container[: match.start()]
    fields.update(publisher=match["publisher"], place=match["place"])


def imprint_fields(rest: str, fields: dict[str, Any]) -> bool:
    pub = imprint(rest)
    if pub is None:
        return False
    store_imprint(pub, fields)
    return True


def stopped_city(pub: dict[str, str]) -> None:
    """`House. City, Country` (Elsevier's lists: `Institute of Example Research. Bergen,
    Norway, pp. 45–108`), read as publisher `House. City` and place `Country`: the city
    after the house's stop goes to the place when the place lexicon names it and the
    place read is its country or state (`places.is_place`, `region_piece`)."""
    publisher, place = pub.get("publisher", ""), pub.get("place", "")
    if ". " not in publisher or not place or ", " in place:
        return
    house, _, city = publisher.rpartition(". ")
    if not house[-3:].isalpha() or not is_place(city):
        return
    if is_place(place) or region_piece(place):
        pub.update(publisher=house, place=f"{city}, {place}")


_TITLE_SMALL_WORD = re.compile(r"\b[^\W\d_A-Z]{3,}\b")
_EDITION_NOTE = re.compile(
    r"(?i:\b(?:edition|edn|ed|vol|volume|reprint\w*|translated|edited|foreword|introduction|"
    r"preface|unpublished|manuscript|presented|available|online|series)\b)"
)


def subtitle_sentence(pub: dict[str, str], fields: dict[str, Any]) -> None:
    """A book's subtitle read as its publisher's first sentence (`Title. Subtitle in
    words. Example forlag, Oslo 1991.`, publisher `Subtitle in words. Example forlag`):
    when the last sentence names a house by a publisher's word (`_PUBLISHER_WORD`) at its
    end or its start (`Example forlag`, `Éditions Exemple`) and the sentences before it,
    each capitalised, name none and hold a title's lower-case word, they go back to the
    title. Not after a host's container, whose sentences are the book's."""
    publisher, title = pub.get("publisher", ""), fields.get("title")
    if ". " not in publisher or not title or "container" in fields:
        return
    before, _, house = publisher.rpartition(". ")
    if not all(sentence[:1].isupper() for sentence in before.split(". ")):
        return  # each sentence capitalised: no number's (`3. edges of networks`)
    words = house.split()
    if not words or _PUBLISHER_WORDS.search(before):
        return
    if not (_PUBLISHER_WORD.fullmatch(words[-1]) or _PUBLISHER_WORD.fullmatch(words[0])):
        return  # the house's word closes or opens its name (`Example Publishing Blog`: a site)
    if _TITLE_SMALL_WORD.search(before) is None:  # `Example Univ. Press` is one name
        return
    if _EDITION_NOTE.search(before):  # `Second edition. Example Press`: no title's words
        return
    fields["title"] = f"{title.rstrip('.')}. {before}"
    pub["publisher"] = house


def store_imprint(pub: dict[str, str], fields: dict[str, Any]) -> None:
    """An imprint's fields into `fields` (a book, unless said otherwise); a publisher
    printed after `Published by` (`Title. Published by Example Press.`) without it."""
    if pub.get("publisher", "").startswith(("Published by ", "published by ")):
        pub["publisher"] = pub["publisher"][13:]
    pages = pub.pop("pages", "")
    if pages:
        fields.update(locator_fields(pages))
    stopped_city(pub)
    subtitle_sentence(pub, fields)
    fields.update({k: v.strip("[] ") for k, v in pub.items()})
    fields.setdefault("kind", Kind.BOOK)


# A preprint server's name and the word `preprint` after it (`bioRxiv preprint`, `medRxiv
# Preprint`), as author-year lists print the server where a journal would stand.
_SERVER_PREPRINT = re.compile(r"(\w{0,12}[Rr][Xx]iv)\s+[Pp]reprint")


def undouble(container: str) -> str:
    """`medRxiv. medRxiv` (a preprint server printed as journal and as publisher) → one;
    `bioRxiv preprint` (`_SERVER_PREPRINT`) → the server's name."""
    if container[-8:].lower() == "preprint":
        server = _SERVER_PREPRINT.fullmatch(container)
        return server.group(1) if server else container
    first, sep, second = container.partition(". ")
    return first if sep and first == second else container


# A GOST host's statement of responsibility after its ` / ` (`// Host / ed. A.B. Sample`,
# `/ под ред. А. А. Иванова`, `/ отв. ред.`, `/ сост.`): its editors or compilers, no
# part of the host's title and never the entry's authors.
_GOST_MAKERS = re.compile(
    r"\s/\s+(?=(?:[Ee]d(?:s|ited)?\b|под\s|(?:отв|науч|гл)\.\s|ред\.|сост\.|пер\.\s))"
)
# An edition closing a host's title (`Host. 2nd ed.`, `Host. – 2-е изд.`): not the title's.
_GOST_EDITION = re.compile(r"[.,]\s+(?:[—–]\s+)?\d+(?:st|nd|rd|th|-?е)\s+(?:ed|изд)\.?\Z")
# A host's place alone in its own area before the year (`// Материалы. – М., 2010.`,
# `. – Новосибирск, 2010`), as GOST prints proceedings with no publisher.
_HOST_TOWN = re.compile(r"\.\s[—–]\s([^\W\d_][^.–—]{0,30})\.?\Z")
# A host's place in Han script (`北京: 出版社`): the Latin-script lexicon names none.
_HAN_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}")


def gost_host(container: str) -> tuple[str, str, str]:
    """GOST 7.1's host after `//` as a grammar read it up to its year (`Host / ed. A.
    Sample. Place: Publisher`, `Сборник / под ред. … – М. : Наука`): (host, place,
    publisher), the host without its makers after ` / ` (`_GOST_MAKERS`) and its edition.
    The imprint is split off only when the name before the colon is a city's
    (`places.known_city`, GOST's `М.`/`СПб.`, a Han city's name), so a journal's series
    (`Izvestiya. Seriya: Fizika`) stays whole; a city alone in its area (`Host. – М.`,
    `_HOST_TOWN`) is the place; a house's name printed without a place (`// Host.
    Example Publishing, 2019.`) is the publisher when a publisher's word names it
    (`_PUBLISHER_WORDS`); place and publisher are "" otherwise."""
    place = publisher = ""
    colon = container.rfind(": ")
    if colon > 0:
        before = container[:colon].rstrip()
        cut = before.rfind(". ", 0, len(before) - 1)
        name = before[cut + 2 :].lstrip("—– ") if cut > 0 else ""
        house = container[colon + 2 :].strip(" .,")
        if house and (gost_place(name) or town_before_house(name, house)):
            place, publisher, container = name, house, before[: cut + 1]
    town = _HOST_TOWN.search(container) if not publisher else None
    if town is not None:  # the grammar may have taken `М.`'s stop as the container's
        name = town[1] if gost_place(town[1]) else f"{town[1]}."
        if gost_place(name):
            place, container = name, container[: town.start()]
    if not publisher and ". " in container:  # `// Proceedings. IEEE, 2019.`: no place
        host, _, house = container.rpartition(". ")
        if ":" not in house and _PUBLISHER_WORDS.search(house) and host.strip():
            publisher, container = house.strip(), host
    maker = _GOST_MAKERS.search(container)
    if maker:
        container = container[: maker.start()]
    container = container.rstrip(" .—–")
    edition = _GOST_EDITION.search(container)
    if edition:
        container = container[: edition.start()]
    return container.strip(), place, publisher


def gost_place(name: str) -> bool:
    """Whether `name` is a city's, as a GOST host's imprint names it (`gost_host`)."""
    return known_city(name) or name in GOST_CITIES or _HAN_PLACE.fullmatch(name) is not None


# GOST 7.1's areas, parted by a stop and a dash (`GOST_DASH`: `Title. – 2-е изд. – М. :
# Наука, 2010. – 310 с.`), and the areas a book's reading sets aside: its extent (`310 с.`,
# `216 p.`, `XII, 310 с. : ил.`, transliterated `384 s.`), a page count and no locator,
# and its edition.
_GOST_EXTENT = re.compile(r"(?:[IVXLC]+,\s)?\d+\s?(?:с|p|pp|стр|л|s)\.?(?:\s:\s?ил\.?)?")
_GOST_EDITION_AREA = re.compile(r"\d+(?:-е|st|nd|rd|th)\s(?:изд|ed)\b[^:]{0,60}")
# The imprint area, a place and its colon before a publisher and the year (`М. : Наука,
# 2010`, `Moscow: Nauka, 2010`, and with no comma `M.: Agropromizdat 2008`).
_GOST_IMPRINT_AREA = re.compile(r"[^:;,\d]{1,40}?\s?:\s?[^:;]{1,120}?,?\s(?:1[5-9]|20)\d\d")
# The space before an imprint's year where its comma is missing (`Agropromizdat 2008`).
_YEAR_COMMA = re.compile(r"(?<=[^\s,])\s(?=(?:1[5-9]|20)\d\d\Z)")
# The same without a publisher: a city's name before the year (`М., 2010`).
_GOST_PLACE_YEAR = re.compile(r"([^:;,\d]{1,40}),\s(?:1[5-9]|20)\d\d")


def gost_book(body: str) -> tuple[str, str] | None:
    """A GOST book in its full form (`Authors Title : info / A. Author. – 2-е изд. – М. :
    Наука, 2010. – 310 с.`) as the grammars read a book (`Authors Title : info. М.:
    Наука, 2010.`), and its edition: the statement of responsibility after ` / ` (the
    authors again), the extent and the edition areas are set aside, GOST's spaced colon
    closed. None unless an area is such an imprint (or a city alone before the year,
    `_GOST_PLACE_YEAR`), or when the statement names editors
    (`/ под ред. …`: an edited book, whose names the grammars must not take)."""
    areas = GOST_DASH.split(body.rstrip(" ."))
    if len(areas) < 2:
        return None
    kept, edition, imprint = [areas[0]], "", False
    for area in areas[1:]:
        if _GOST_EXTENT.fullmatch(area):
            continue
        if _GOST_EDITION_AREA.fullmatch(area):
            edition = area
            continue
        if not imprint and _GOST_IMPRINT_AREA.fullmatch(area):
            imprint = True
            place, _, rest = area.partition(":")
            area = f"{place.rstrip()}: {_YEAR_COMMA.sub(', ', rest.lstrip())}"
        elif not imprint and (alone := _GOST_PLACE_YEAR.fullmatch(area)) and gost_place(alone[1]):
            imprint = True  # a thesis's or proceedings' place alone (`– М., 2010.`)
        kept.append(area)
    if not imprint:
        return None
    head, slash, maker = kept[0].partition(" / ")
    if slash and _GOST_MAKERS.match(f" / {maker}"):
        return None
    return ". ".join([head.rstrip(" ."), *kept[1:]]) + ".", edition


# A town's name of up to three capitalised words (`Los Alamitos`, `Bad Example`).
_TOWN = re.compile(r"[^\W\d_a-z][^\W\d_]+(?:[\s-][^\W\d_a-z][^\W\d_]+){0,2}")


def town_before_house(name: str, house: str) -> bool:
    """Whether `name: house` in a GOST host is a town too small for the lexicon and its
    publisher: a town's shape (`_TOWN`) before a name a publisher's word names
    (`_PUBLISHER_WORDS`: `Los Alamitos: Example Scientific`), not a series' title before
    its subject (`Seriya: Fizika`)."""
    return _TOWN.fullmatch(name) is not None and _PUBLISHER_WORDS.search(house) is not None
