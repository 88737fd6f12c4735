"""The locator at an entry's end: date, volume, issue and pages in each style's shape.

`2017 Jul 12;7(3):1460-70` (NLM), `7(3), 1460–1470` (APA), `7 (3): 1460–70` (Chicago),
`vol. 7, no. 3, pp. 1460–1470, Jul. 2017` (IEEE), `7, 1460–1470 (2017)` (Nature, APS),
`2017, 7 (3), 1460–1470` (ACS), `(2017) 7:1460` (Frontiers), `12 Suppl 1:S5-9` (NLM's
supplement, read as the issue). Labelled parts (`vol.`, `no.`, `pp.`) are read first;
what is left is read positionally.
"""

from __future__ import annotations

import re
from typing import Any

from mmrefs.ingest.normalize import locator_fields
from mmrefs.ingest.places import is_place
from mmrefs.ingest.styles.base import CALENDAR_MONTH_NAMES, MONTH, MONTH_NAMES, YEAR

# Cell Press's supplementary pages after a range's last page: `1264–1273.e1`.
_SUPPLEMENT_PAGE = r"(?:\.e\d{1,3}\b)?"
# A page: letters are taken whole (`{0,4}+`), since a digit must follow them and giving
# one back leaves a letter there; patterns that try it at many places fail sooner.
_PAGE = r"[A-Za-z]{0,4}+\d+[A-Za-z]?"
PAGES = (
    rf"{_PAGE}{_SUPPLEMENT_PAGE}(?:\s*[-–]+\s*{_PAGE}{_SUPPLEMENT_PAGE})?"
    rf"(?:\s*,\s*(?!{YEAR}\b){_PAGE}(?:\s*[-–]\s*{_PAGE})?)*"
)
# Every branch led by a literal, so that SRE scans for their first letters in C. GOST
# (Russian lists) labels the pages with a capital: `2017. Vol. 7, No. 3. P. 14-18`; German
# lists with `S.` (`Seite`): `Zeitschrift 34 (3), S. 4–19`.
# French, Spanish and Portuguese lists label the issue `nº`/`n°` (`Bulletin, nº 282, 57-84`).
_LABEL_WORDS = re.compile(
    r"Vol|vol|No\b|no\b|No\.|no\.|Issue|issue|p\.|P\.|S\.|pp|Art|art|nº|n°|Nº|N°"
)
# ABNT (Brazil's NBR 6023) labels volume and number with a letter: `v. 12, n. 3, p. 45-67`.
# Asked apart, after substring tests: `n` and `v` in `_LABEL_WORDS` would stop its scan at
# every such letter of every locator.
_ABNT_WORDS = re.compile(r"[vn]\.\s?\d")


def abnt_labelled(text: str) -> bool:
    """Whether `text` holds ABNT's lettered volume or number (`v. 12`, `n. 3`)."""
    return ("v." in text or "n." in text) and _ABNT_WORDS.search(text) is not None


# Each with the words one of which its pattern needs (cheaper to test than a search).
# Cochrane's article number is labelled `Art. No.:` (`Issue 1. Art. No.: CD006936`).
# An issue's number may meet the pages' colon (Chicago: `27, no. 1: 1–29`).
_LABELLED = (
    (
        "volume",
        re.compile(
            r"(?:^|[\s,;.])(?:[Vv]ol\.|[Vv]ol\b|[Vv]olume\b|v\.(?=\s?\d))\s*"
            r"(?P<v>[\w.-]+?)(?=[,;.\s]|$)"
        ),
        ("ol", "v."),
    ),
    (
        "issue",
        re.compile(
            r"(?:^|[\s,;.])(?:[Nn]o\.|[Nn]o\b|[Ii]ssue\b|n\.(?=\s?\d)|(?:nº|n°|Nº|N°)\.?)\s*"
            r"(?P<v>Suppl\.?\s*\d+|[\w./-]+?)(?=[,;\s]|\.?$|(?<=\d):)"
        ),
        ("o", "ssue", "n.", "º", "°"),
    ),
    (
        "pages",
        re.compile(
            rf"(?:^|[\s,;.:])(?:pp?\.?|P\.|S\.|[Aa]rt(?:icle)?\.?(?:\s+[Nn]o\.?:?)?)\s*(?P<v>{PAGES})"
        ),
        ("p", "P.", "S.", "rt"),
    ),
)
# A month (or range, `Sep-Oct 2017`, `Jul.-Aug. 2017`) may come before the year.
# A meeting's days after the month (PIER, IEEE: `Sep. 12-16, 2011`) are its date's.
_DATE = re.compile(
    rf"(?:\(\s*)?(?:{MONTH}(?:\s*[-/]\s*{MONTH})?\s+(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?,?\s+)?)?(?P<year>{YEAR})[a-z]?"
    rf"(?:\s+{MONTH}(?:\s*[-/]\s*{MONTH})?(?:\s+\d{{1,2}})?)?(?:\s*\))?"
)
_ONLINE = re.compile(r"\b(?:[Pp]ublished|[Ee]pub)(?:\s+online)?(?:\s+ahead\s+of\s+print)?\b")
# A month (and day) left once the date is read or known, or a range of two (`May/Jun.`);
# a full date with its year when the year was known already and is printed again (a
# magazine's `The Example, May 4, 2015.`). Without a day the number may be a page
# (`Example Letters, July, 1804`).
_MONTH_ALONE = re.compile(
    rf"(?<![\w])(?:{MONTH_NAMES})\.?(?:\s*[-/]\s*(?:{MONTH_NAMES})\.?)?"
    rf"(?:\s+\d{{1,2}}(?:,?\s+{YEAR}\b)?)?(?=[\s,;.)]|$)"
)
# A day before its month and nothing else, the year printed before the title (a
# magazine's or a newspaper's issue in author-date lists: `Widget Policy, 16 May,
# http://…`): the date's, not a volume and a month.
# A season is no day's month (`Widget Review 12 Fall`: a volume and its season).
_DAY_MONTH = re.compile(rf"\d{{1,2}}\s+(?:{CALENDAR_MONTH_NAMES})\.?")
# Prechecks: words `_ONLINE` and `_MONTH_ALONE` need, found by a pattern led by literals
# (scanned in C) rather than by theirs, which are led by `\\b` or a lookbehind.
_ONLINE_WORDS = re.compile(r"ublished|pub")
_MONTH_WORD = re.compile(MONTH_NAMES)
_YEARISH = re.compile(YEAR)  # `_DATE`'s year, led by literals
_RUNS = re.compile(r"\s{2,}|[^\S ]")  # white space `\\s+ → " "` would change
_PAGES_ONLY = re.compile(PAGES)
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_DATE_END = re.compile(r"\s*(?:[;:,.)]|$)")
# Front matter's pages in lower-case roman numerals (`9:iv-vi`, an editorial), only
# after a separator; never a run of six letters, which `cannot_be_locator` refuses.
_ROMAN = r"[ivxlc]{1,5}"
# A volume in Roman figures before its issue's parenthesis, as Spanish and Italian
# journals print APA's locator (`Revista, VIII(1), 131-151`): a numeral as written (not
# an acronym of its letters, `ICCV(2)`), two letters or more or `I`, `V`, `X` (a lone `C`
# or `L` is a journal's section: `Acta Crystallogr, C(39)`). Read only after a comma
# (`parts._LOCATOR_START`): a series' or a part's numeral after a space stays in its name
# (`Perkin Trans. II(1)`, `Table II(1)`).
ROMAN_VOLUME = r"(?=[IVX]\(|[IVXLC]{2})C{0,3}(?:L?X{0,3}|XL|XC)(?:V?I{0,3}|IV|IX)(?<=[IVXLC])"
_ROMAN_VOLUME = re.compile(ROMAN_VOLUME)
# `12 Suppl 1:S5` (NLM): the supplement is the issue, as `12(Suppl 1)` prints it; an
# edition in parentheses (`(5th ed)`, Harvard's and IEEE's books) is none. The
# separator may be doubled where a part between was taken (Chicago's `12, no. 3
# (May): 45`, left as `12, : 45`). Older NLM lists part the volume from the pages with
# a `;` and a space as they part the year from it (`1988; 42; 293-6`); a `;` with no
# space after a day is NLM's date's end (`2005 Sep 24;1569-92`).
_POSITIONAL = re.compile(
    rf"^(?:(?P<volume>{_PAGE}|Suppl\.?\s*\d*|{ROMAN_VOLUME}(?=\(\d))"
    r"(?:\s+(?P<supplement>Suppl\.?(?:\s*\d+)?))?"
    r"(?=[\s(:,;]|$))?\s*(?:\(\s*(?!\d+\w*\s+ed(?:n|ition)?\b)(?P<issue>[^()]{1,25}?)\s*\))?"
    r"\s*(?P<sep>(?:[:,]|;(?=\s))(?:\s*[:,])?\s*)?"
    rf"(?P<pages>{PAGES}|(?:(?<=[:,])|(?<=[:,]\s)){_ROMAN}(?:-{_ROMAN})?)?$"
)


# A volume and a page range parted by a space alone, as some nursing and social-science
# lists print them after the journal (`Journal of Widget Studies 31 61-68`): unlike
# `99 1802`, the range's dash says which number is the pages. Figures only, the volume
# no year's (`2001 61-68` is a date and pages, not a volume).
_BARE_VOLUME_RANGE = re.compile(r"(?!(?:1[5-9]|20)\d\d )\d{1,4} \d{1,5}-\d{1,5}")


def take_labelled(text: str, fields: dict[str, Any]) -> str:
    """`vol. 7`, `no. 3`, `pp. 1-9`, `Article 12`: parts that say what they are."""
    if not _LABEL_WORDS.search(text) and not abnt_labelled(text):
        return text
    for name, pattern, needs in _LABELLED:
        if not any(word in text for word in needs):  # spare a search led by `(?:^|…)`
            continue
        match = pattern.search(text)
        if match:
            fields[name] = match.group("v").strip(" .")
            text = text[: match.start()] + " " + text[match.end() :]
    return text


def take_date(text: str, fields: dict[str, Any], worded: bool = True) -> str:
    """Remove the publication date: one in parentheses, else the first year that ends a
    part (`2017;`, `2017,`, `Jul. 2017`), never a page (`1802-24`) or a bare number run.
    `worded` False: the caller knows `text` holds no `_PART_WORDS` word (so no `Epub`)."""
    if worded and _ONLINE_WORDS.search(text):
        text = _ONLINE.sub(" ", text)
    year = _YEARISH.search(text)
    if year is None:  # every date holds a year: spare the scan
        return text
    chosen = paren_date(text) or part_date(text, year.start())
    if chosen is None:
        return text
    fields.setdefault("year", chosen.group("year"))
    start = chosen.start()
    if text[start : start + 1].isalpha():  # a day before the month: `16 January 2020`
        start = day_start(text, start)
    return text[:start] + " " + text[chosen.end() :]


def paren_date(text: str) -> re.Match[str] | None:
    """The first date in parentheses. A date holds a `(` only as its first character, so
    no date can cover one: each `(` is where a scan of the dates would try one, and trying
    each `(` alone finds the first without scanning the text between."""
    at = text.find("(")
    while at >= 0:
        match = _DATE.match(text, at)
        if match:
            return match
        at = text.find("(", at + 1)
    return None


_MONTH_STOP = re.compile(rf"(?P<year>{YEAR})\s+(?:{MONTH_NAMES})(?=\.\s+\d{{1,4}}\s+\()")


def part_date(text: str, year: int) -> re.Match[str] | None:
    """The first date that ends a part (`2017;`, `Jul. 2017,`) and follows no number, in
    text with no date in parentheses. Such a date starts with a month or its year, so the
    scan starts at the first month or year (`year`) rather than at every character."""
    month = _MONTH_WORD.search(text, 0, year)
    for match in _DATE.finditer(text, month.start() if month else year):
        after = text[match.end() : match.end() + 2]
        if after.startswith("-") or not _DATE_END.match(after):
            # NLM's month and its stop before the volume (`2010 Oct. 9 (3):155-61`): the
            # number is no day
            short = _MONTH_STOP.match(text, match.start()) if after[1:] == "(" else None
            if short is None:
                continue
            match = short
        at = match.start()  # the last character before the date that is no white space
        while at > 0 and text[at - 1].isspace():
            at -= 1
        if not text[at - 1 : at].isdigit():
            return match
        if text[match.start()].isalpha() and day_start(text, match.start()) < match.start():
            return match  # British and Chicago's day first: `STAT, 16 January 2020.`
    return None


def day_start(text: str, at: int) -> int:
    """Where a day of the month printed before the month at `at` starts (`16 January
    2020`: one or two digits and a space, after a separator or the start; a meeting's
    range of days, `1–3 May 2017`, too), else `at`."""
    end = at
    while end > 0 and text[end - 1] == " ":
        end -= 1
    start = end
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    if end == at or not 1 <= end - start <= 2:
        return at
    if start >= 2 and text[start - 1] in "-–" and text[start - 2].isdigit():
        # a meeting's days (MDPI: `1–3 May 2017`)
        first = start - 1
        while first > 0 and text[first - 1].isdigit():
            first -= 1
        if 1 <= start - 1 - first <= 2:
            start = first
    if start > 0 and text[start - 1] not in " ,;(":
        return at
    return start


# Words some part of a locator takes (`_LABEL_WORDS`, `_ONLINE_WORDS`, `_MONTH_WORD` as
# one alternation: each is led by literals, so one matches where any of them does).
_PART_WORDS = re.compile(rf"{_LABEL_WORDS.pattern}|{_ONLINE_WORDS.pattern}|{MONTH_NAMES}")
_LONG_RUN = re.compile(r"[^\W\d_]{6,}")


def cannot_be_locator(text: str, worded: bool | None = None) -> bool:
    """True only when `read_locator` would give None: six letters in a row, with no `(`,
    `Suppl` or word a part takes. Nothing but a date then removes letters (one at most,
    after its year), and `_POSITIONAL` holds no run of five letters outside `Suppl` and a
    parenthesised issue. Title words after a split point fail at once, not in ~7 µs.
    `worded`: whether `_PART_WORDS` finds a word in `text`, when the caller knows."""
    if worded is None:
        worded = _PART_WORDS.search(text) is not None or abnt_labelled(text)
    return (
        not worded
        and "(" not in text
        and "Suppl" not in text
        and _LONG_RUN.search(text) is not None
    )


# A word of ASCII letters that opens the text and ends before a character no word takes.
_LEADING_WORD = re.compile(r"[A-Za-z]+(?!\w)")
# A volume in Roman figures before its issue's slash (`LXXVII/271`, `_DOTTED_ISSUE`) or
# its issue's parenthesis (`ROMAN_VOLUME`).
_UPPER_ROMAN = re.compile(r"[IVXLC]{1,7}")


def opens_with_stray_word(text: str, worded: bool = True) -> bool:
    """True only when `read_locator` would give None: the text opens with a word of
    letters (`Lett 76, 1454`, a journal's word before its volume) that no part takes. Only
    a label, a month or `Published`/`Epub` at its start could take it, each a part word
    (or `p`, one letter), or the supplement volume `_POSITIONAL` reads (`Suppl 2`); any
    other volume or page needs a digit after at most four letters.
    `worded` False: the caller knows `text` holds no part word at all."""
    word = _LEADING_WORD.match(text)
    return (
        word is not None
        and word.end() > 1
        and word.group() != "Suppl"
        and not (text[word.end() : word.end() + 1] == "/" and _UPPER_ROMAN.fullmatch(word[0]))
        and not (text[word.end() : word.end() + 1] == "(" and _ROMAN_VOLUME.fullmatch(word[0]))
        and (not worded or _PART_WORDS.search(text, 0, word.end()) is None)
    )


# A season alone in parentheses after the volume, where the issue goes (a quarterly's
# `31 (Winter): 91-106`); with a year it is a date (`31 (Winter 1989)`), taken before.
_SEASON_ISSUE = re.compile(r"(?<=\d)\s*\((Spring|Summer|Autumn|Fall|Winter)\)")


def take_season(text: str, fields: dict[str, Any]) -> str:
    """`text` without a season printed as the issue (`_SEASON_ISSUE`), which goes to
    `fields` as the issue; `text` as it was when it holds none."""
    season = _SEASON_ISSUE.search(text)
    if season is None:
        return text
    fields["issue"] = season.group(1)
    return text[: season.start()] + " " + text[season.end() :]


# Elsevier's and IEICE's physics and engineering journals print the year in parentheses
# between the volume and the pages, with no other separator: `Nucl. Phys. B 123 (1999)
# 456`, `IEEE Trans. 20 (2018) 870-875`. The year then says which number is which.
_VOLUME_YEAR_PAGES = re.compile(
    rf"\s*(?P<volume>{_PAGE}) +\((?P<year>{YEAR})\)(?:,\s*| +)(?P<pages>{PAGES})[\s.]*"
)


def volume_year_pages(text: str) -> dict[str, Any] | None:
    """The fields of a `_VOLUME_YEAR_PAGES` locator (`123 (1999) 456`), or None."""
    match = _VOLUME_YEAR_PAGES.fullmatch(text)
    if match is None:
        return None
    fields: dict[str, Any] = {"volume": match["volume"], "year": match["year"]}
    fields.update(locator_fields(match["pages"]))
    return fields


# GOST 7.1's full form parts a locator's pieces with a stop and a dash.
GOST_DASH = re.compile(r"\.\s+[—–]\s+")
# The same typed with a hyphen (`Thorax. - 1983. - Vol. 38. - P. 778-784.`), as plain-text
# GOST lists print it: only before a year, a number or a GOST label, so that a range's or
# a name's hyphen stays.
_GOST_HYPHEN = re.compile(r"\.\s-\s(?=\d|(?:Vol|No|P|Iss|Т|С|№)\b)")
# GOST's labels in Cyrillic, as Russian lists print a Russian journal's locator (`2016.
# Т. 61, № 5. С. 32-42.`, `2016. т. 61, № 5-6, с. 32-42.`): `Т.` (том) the volume, `№`
# and `Вып.` (выпуск) the issue, `С.` (страницы) the pages, each before its number.
_CYRILLIC_LABEL = re.compile(r"(?<![^\s,.;])(?:[ТтСс]\.|№|Вып\.)\s?(?=\d)")
# The same labels transliterated (`2011. T. 5, № 3. S. 22–29`, for `Т.` and `С.`), read so
# only beside the `№` no Latin style prints: a lone `S.` or `T.` is some other list's.
_TRANSLITERATED_LABEL = re.compile(r"(?<![^\s,.;])(?:T\.|S\.)\s?(?=\d)")
_LATIN_LABELS = {
    "T.": "Vol. ",
    "S.": "P. ",
    "Т.": "Vol. ",
    "т.": "Vol. ",
    "С.": "P. ",
    "с.": "P. ",
    "№": "No. ",
    "Вып.": "No. ",
}


def latin_label(match: re.Match[str]) -> str:
    """The Latin GOST label (`Vol.`, `No.`, `P.`) for a `_CYRILLIC_LABEL`."""
    return _LATIN_LABELS[match.group().rstrip()]


def range_marks(text: str) -> str:
    """`text` with the other marks lists print between a range's pages read as its `-`:
    the tilde of Chinese lists' English entries (`A31~A33`, full-width `～` folded to it)
    and the minus sign of PDFs (`2127 − 35`, spaced, which `refparse.prepare` leaves)."""
    return text.replace("~", "-").replace("\u2212", "-")


# ACM's locator: the volume, the issue, the month and year in parentheses, then the pages
# or the article's number and its page count (`7, 3 (March 2017), 1460–1470`, `7, 3,
# Article 12 (March 2017), 20 pages`).
_ACM = re.compile(
    rf"\s*(?P<volume>{_PAGE}),\s*(?P<issue>[\w-]{{1,8}}),?\s+(?:Article\s+(?P<article>\w+)\s+)?"
    rf"\((?:{MONTH}\s+)?(?P<year>{YEAR})\),\s*(?:(?P<pages>{PAGES})|\d+\s+pages)[\s.]*"
)


def acm_locator(text: str, with_date: bool) -> dict[str, Any] | None:
    """The fields of an `_ACM` locator (the year only `with_date`), or None."""
    match = _ACM.fullmatch(text) if text.lstrip()[:1].isdigit() else None
    if match is None:
        return None
    fields: dict[str, Any] = {"volume": match["volume"], "issue": match["issue"]}
    if with_date:
        fields["year"] = match["year"]
    if match["article"]:
        fields.update(pages=match["article"], article_number=match["article"])
    else:
        fields.update(locator_fields(match["pages"]))
    return fields


# German lists' volume, a periodical's year of running (`Jahrgang`: `46. Jg.`, `Jg. 46`),
# and issue (`Heft 2`, and `H. 2` or `Nr. 2` after a `Jg.`), which `_LABELLED` reads as
# `Vol.`/`No.`.
_JAHRGANG = re.compile(r"(?<![\w.])(?:(?P<before>\d+)\.\s*Jg\.|Jg\.\s*(?P<after>\d+))")
_HEFT = re.compile(r"(?<![\w.])(?:Heft|H\.|Nr\.)\s*(?=\d)")


def german_parts(text: str) -> str:
    """`text` with German labels of volume and issue as `_LABELLED` reads them
    (`Zeitschrift, 46. Jg., H. 2, S. 209–237` → `…, Vol. 46, No. 2, S. 209–237`); a bare
    `H.` is an initial unless a `Jg.` says the parts are German."""
    volume = _JAHRGANG.sub(lambda m: f"Vol. {m['before'] or m['after']}", text)
    if volume == text and "Heft" not in text:
        return text
    return _HEFT.sub("No. ", volume) if volume != text else text.replace("Heft", "No.")


# A journal's city printed in its date's parentheses (Spanish and Latin American lists'
# Chicago: `Revista de Ejemplo, LXXVII/271 (Madrid, 2017): 791-821`). Led by its `(`.
_PAREN_PLACE = re.compile(
    rf"\((?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){{0,2}}),\s(?=(?:{YEAR})\))"
)


def paren_place(text: str, fields: dict[str, Any]) -> str:
    """`text` with a `_PAREN_PLACE` city taken into `fields` as the place, when the place
    lexicon names it (`places.is_place`: no season or month is one), the date's year left
    in its parentheses; `text` as it was else."""
    at = text.find("(")
    while at >= 0:
        match = _PAREN_PLACE.match(text, at)
        if match and is_place(match["place"]):
            fields["place"] = match["place"]
            return f"{text[:at]}({text[match.end() :]}"
        at = text.find("(", at + 1)
    return text


def read_locator(text: str, with_date: bool = True) -> dict[str, Any] | None:
    """Fields of a locator, or None when text is left that no part explains."""
    fields: dict[str, Any] = {}
    if "Jg" in text or "Heft" in text:
        text = german_parts(text)
    if ". - " in text:
        text = _GOST_HYPHEN.sub(". ", text)
    if not text.isascii():  # O(1): dashes and the minus sign are no ASCII
        if "–" in text or "—" in text:
            if ". —" in text or ". –" in text:  # GOST's parts: `2017. — Vol. 7. — P. 14–18`
                text = GOST_DASH.sub(". ", text)
            text = text.replace("–", "-").replace("—", "-")
        if "\u2212" in text:
            text = range_marks(text)
        if "№" in text or "Т." in text or "т." in text or "С." in text or "с." in text:
            text = _CYRILLIC_LABEL.sub(latin_label, text)
            if "No. " in text and ("T." in text or "S." in text):
                text = _TRANSLITERATED_LABEL.sub(latin_label, text)
    if "~" in text:
        text = range_marks(text)
    if " (" in text and (") " in text or ")," in text):  # what the next two need
        if "(" in text[:2]:  # AMS's series before the volume: `(4) 148 (1987), 101–115`
            text = ams_series(text)
        elsevier = volume_year_pages(text) if with_date else None
        if elsevier is not None:
            return elsevier
        acm = acm_locator(text, with_date) if ")," in text else None  # what `_ACM` needs
        if acm is not None:
            return acm
    if "(" in text and ", " in text:
        text = paren_place(text, fields)
    # One search for the words that labels, `Published` and months need: most locators
    # hold none, and then no step that takes one need look (removing text leaves a space
    # where it was, so it never makes a word).
    worded = _PART_WORDS.search(text) is not None or abnt_labelled(text)
    if cannot_be_locator(text, worded) or opens_with_stray_word(text, worded):
        return None
    if worded:
        text = take_labelled(text, fields)
    if with_date:
        text = take_date(text, fields, worded)
    elif ";" in text[4:7]:
        text = nlm_year(text)
    if worded and _MONTH_WORD.search(text):
        if _DAY_MONTH.fullmatch(text.strip(" .,;")):
            return fields  # a magazine's day and month, its year in the head: no volume
        if "(" in text and "issue" not in fields:
            text = take_season(text, fields)
        text = _MONTH_ALONE.sub(" ", text)
    if "(" in text:
        text = _EMPTY_PARENS.sub(" ", text)
    # `_RUNS` needs two spaces or white space but the plain space, which is unprintable
    if "  " in text or not text.isprintable():
        text = _RUNS.sub(" ", text)
    rest = text.strip(" .,;")
    if "-" in rest[:10] and rest[:1].isdigit() and ":" in rest:
        rest = volume_range(rest, fields)
    if (
        ("." in rest[1:6] or "," in rest[1:6] or "/" in rest[1:9])
        and (rest[:1].isdigit() or rest[:1] in "IVXLC")
        and ":" in rest
    ):
        rest = dotted_issue(rest, fields)
    colon = rest.startswith(":")  # `1992:204` (no volume): what follows the colon is pages
    rest = rest.strip(" :")
    if colon and _PAGES_ONLY.fullmatch(rest):
        rest = f": {rest}"
    if rest:
        match = _POSITIONAL.match(rest)
        if not match or (
            match["volume"]
            and match["pages"]
            and not match["issue"]
            and not match["sep"]
            and not _BARE_VOLUME_RANGE.fullmatch(rest)
        ):
            return None  # `99 1802`: two bare numbers say nothing about which is which
        assign_positional(match, fields)
    pages = fields.pop("pages", "")
    if pages:
        if "- " in pages or " -" in pages:
            pages = _SPACED_RANGE.sub("-", pages)
        fields.update(locator_fields(pages))
    return fields


# A range's hyphen with white space on one side only between its pages (`53, 901- 910.`,
# left by a line broken after the hyphen or a slip of typing): the range is `901-910`.
# Spaced on both sides (`2127 - 35`) it is the list's own typography, kept as printed.
# Tried only from a digit's end, so a run of spaces is crossed once.
_SPACED_RANGE = re.compile(r"(?<=\d)(?:-\s+|\s+-)(?=\d)")


# NLM's date before its volume (`2012;1(1):73-90`), printed again after an author-year
# entry's own year (Turkish lists: `Doe A, 2012. Title. Journal 2012;1(1):73-90.`).
_NLM_YEAR = re.compile(rf"\s*{YEAR};\s*(?=\d)")


def nlm_year(text: str) -> str:
    """`text` without a leading `_NLM_YEAR` (the year was read before the locator), or
    `text` as it was when it opens with none."""
    match = _NLM_YEAR.match(text)
    return text[match.end() :] if match else text


# Two volumes bound as one, a range before the colon of the pages (materials science's
# proceedings journals: `Materials Science Forum, 488–489: pp. 1–8`, NLM's
# `2005;488-489:1-8`); pages never close with a colon. The colon opens a page (`1-8`,
# `pp. 1-8`, or nothing when they were taken), not an article number (`101-105: e12`
# is a page range before one).
_VOLUME_RANGE = re.compile(r"(?P<first>\d{1,4})-(?P<last>\d{1,4})(?=\s*:\s*(?:(?:pp?\.\s*)?\d|$))")


def volume_range(rest: str, fields: dict[str, Any]) -> str:
    """`rest` without a leading `_VOLUME_RANGE`, taken as the volume when its second
    number follows the first closely (a double volume binds two or three neighbours:
    `488-489`; a wider gap is a page range) and the pair is no span of years beside
    the locator's own year (`2005;1998-1999:12-18`; a yearbook's `2004-2005: 33-41`
    with no year of its own is its volume); `rest` as it was else."""
    match = _VOLUME_RANGE.match(rest)
    if match is None:
        return rest
    first, last = int(match["first"]), int(match["last"])
    if not first < last <= first + 3 or len(match["first"]) != len(match["last"]):
        return rest
    if 1800 <= first <= 2099 and "year" in fields:  # a span of years, not two volumes
        return rest
    fields["volume"] = match[0]
    return rest[match.end() :]


# The volume and issue parted by a stop before the pages' colon, as linguistics' and
# other humanities' lists print them (`Language 82.4: 123-145`, `Journal, 25.3:493-531`),
# or by a comma (Italian and Spanish author-date lists: `Studi Esempio 56, 2: 225-49`).
# Spanish and Latin American lists part them by a slash, the volume often in Roman figures
# (`Revista de Ejemplo, LXXVII/271 (2017): 791-821`, `Historia 10/2 (2020): 27-56`).
_DOTTED_ISSUE = re.compile(
    r"(?P<volume>\d{1,4}|[IVXLC]{1,7})(?:\.|,\s?|/)(?P<issue>\d{1,3})(?=\s*:\s*\d)"
)
# AMS's series of a journal in parentheses before its volume (`Ann. Mat. Pura Appl. (4)
# 148 (1987), 101–115`, `(2) 48 (1997), no. 3, 101–115`): no field holds it, no issue.
_AMS_SERIES = re.compile(
    r"\s*\(\d\)\s+(?=\d{1,4}\s+\((?:1[5-9]|20)\d\d\),\s*(?:no\.\s*\d{1,3},\s*)?\d)"
)


def ams_series(text: str) -> str:
    """`text` without a leading `_AMS_SERIES`, or as it was."""
    match = _AMS_SERIES.match(text)
    return text[match.end() :] if match else text


def dotted_issue(rest: str, fields: dict[str, Any]) -> str:
    """`rest` without a leading `_DOTTED_ISSUE` (`25.3:493-531` → `:493-531`), its numbers
    taken as volume and issue; `rest` as it was when there is none, or its first number
    may be a year (`2001.3:45`, a date's year and month)."""
    match = _DOTTED_ISSUE.match(rest)
    if match is None or (len(match["volume"]) == 4 and 1800 <= int(match["volume"]) <= 2099):
        return rest
    fields.setdefault("volume", match["volume"])
    fields.setdefault("issue", match["issue"])
    return rest[match.end() :]


_LONE_PAGE = re.compile(r"[eE]?\d{4,}|[A-Za-z]\d+")


def assign_positional(match: re.Match[str], fields: dict[str, Any]) -> None:
    """`7(3):1460` and kin; a lone number is pages when a separator or its size says so."""
    volume, pages = match.group("volume"), match.group("pages")
    issue = match.group("issue") or match.group("supplement")
    lone = volume and not pages and not issue and not match.group("sep")
    if lone and "volume" not in fields and _LONE_PAGE.fullmatch(volume):
        fields.setdefault("pages", volume)
        return
    if volume:
        fields.setdefault("volume", volume.strip())
    if issue:
        fields.setdefault("issue", issue.strip())
    if pages:
        fields.setdefault("pages", pages.strip())
