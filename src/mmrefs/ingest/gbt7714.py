"""GB/T 7714 entries: `AUTHORS. TITLE [J]. JOURNAL, YEAR, VOL(ISSUE): PAGES.` and kin.

The type code (`[J]`, `[M]`, `[EB/OL]`, …) anchors the parse: what stands before it is
authors and title, what follows is the publication part whose shape the code decides.
Chinese entries may carry their English version in parentheses; it becomes the translation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import pairwise
from typing import Any

from mmrefs.ingest.authors import (
    CJK_COMPOUND_FAMILIES,
    PINYIN_TERMS,
    is_pinyin,
    parse_author_list,
    pinyin_syllables,
    split_author_list,
)
from mmrefs.ingest.normalize import clean_container, clean_title, locator_fields, quote
from mmrefs.ingest.styles.people import (
    TRANSLITERATED,
    acronym_closed_body,
    country_agency,
    is_body,
    read_names,
)
from mmrefs.model import Author, Kind
from mmrefs.names import PARTICLES
from mmrefs.text import has_cjk

# A space may stand inside the brackets (`[ J ]`, `[J ]`): PDF text of Chinese journals
# spaces its full-width brackets so. `[L]` is no code of the standard's, but Chinese lists
# mark a law, a regulation or a government's notice so (法律, 法规), dated as `[Z]` is.
TYPE_MARK = re.compile(
    r"\s*\[ ?(?P<code>(?:J|M|C|D|R|S|P|N|G|A|Z|L|CM|DB|CP|EB|DS)(?:/(?:OL|MT|DK|CD))?) ?\]"
)
# `TYPE_MARK` without its `\s*`: led by `[`, which SRE scans for in C.
_CODE = re.compile(TYPE_MARK.pattern.removeprefix(r"\s*"))


def find_type_mark(text: str) -> re.Match[str] | None:
    """`TYPE_MARK.search(text)`, which tries its `\\s*` at every position: the first
    `[code]`, matched from where the white space before it begins (a later code cannot
    start its match before an earlier one, whose `[` is no white space)."""
    if "[" not in text:
        return None
    found = _CODE.search(text)
    if found is None:
        return None
    at = found.start()
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return TYPE_MARK.match(text, at)


KINDS = {
    "J": Kind.ARTICLE,
    "M": Kind.BOOK,
    "C": Kind.CONFERENCE,
    "D": Kind.THESIS,
    "R": Kind.REPORT,
    "S": Kind.STANDARD,
    "P": Kind.PATENT,
    "N": Kind.NEWSPAPER,
    "G": Kind.BOOK,
    "EB": Kind.WEB,
    "DB": Kind.DATASET,
    "DS": Kind.DATASET,
    "CP": Kind.SOFTWARE,
    "A": Kind.OTHER,
    "CM": Kind.OTHER,
    "Z": Kind.OTHER,
    "L": Kind.OTHER,
}
_YEAR = r"(?:1[5-9]|20)\d{2}[a-z]?"
PERIODICAL = re.compile(
    rf"^(?P<container>.+?)\s*[,.]\s*(?P<year>{_YEAR})(?P<date>-\d{{1,2}}(?:-\d{{1,2}})?)?"
    r"(?:\s*,\s*(?P<volume>[^,:()]+?))?\s*,?\s*(?:\((?P<issue>[^()]*)\))?"
    r"\s*(?:(?::|(?<=\))\s)\s*(?P<pages>[^;:]+?))?\s*\.?\s*$"
)
# Words that name a host, never a city (`Conference Proceedings, New York: IEEE`).
_HOST_WORDS = r"[^,.:]*\b(?:Proceedings|Conference|Symposium|Workshop|Congress|Meeting|Journal)\b"
# A year of the Republic of China's era, as books printed in Taiwan date their imprint
# (`台北: 示例书局, 民国60年`, `民國六十年`, `民60`), alone or after the common era's year
# in parentheses (`1971(民国60年)`): no year of the common era is read from it (the
# guides' labels take only a printed four-digit year).
_ROC_DATE = r"民[国國]?\s?(?:\d{1,3}|[〇一二三四五六七八九十]{1,4})\s?年?"
PUBLISHED = re.compile(
    rf"^(?:(?P<before>.*)(?:(?<!\b[A-Z])\.\s*|(?<=[?!])\s+)(?!\s))?"
    rf"(?:(?P<place>(?!{_HOST_WORDS})[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*[A-Z][a-z]{{3,}}"
    rf"(?: [A-Z][a-z]+)?"
    rf"|[A-Z][a-z]+,?\s?D\.\s?C\.(?:,\s*[A-Z]{{2,3}})?"
    rf"|[^.:,?!]*?[^.:,?!\s](?:,\s*[A-Z]{{2}})?(?:,\s*(?:USA|UK|PRC))?)\s*:\s*)?"
    rf"(?P<publisher>(?:[^.:,?!]|(?<=\b[A-Z])\.)*?(?:[^.:,?!\s]|(?<=\b[A-Z])\.))"
    rf"\s*(?(place)[,.]|,)"
    rf"\s*(?:(?P<year>{_YEAR})(?:\s*[(（]{_ROC_DATE}[)）])?|{_ROC_DATE})"
    r"(?:\.\s*(?:0?[1-9]|1[0-2])(?=\s*+(?:\.\s*)?$)|[.,]\s*(?:0?[1-9]|1[0-2])(?=\s*:\s*\d))?"
    rf"(?:\s*+(?::|\.(?=\s*\d[\d\s~\-–—+]*+(?:\.\s*)?$)|,(?=\s*\d+\s*[~\-–—]\s*\d+\s*+(?:\.\s*)?$))"
    r"\s*(?P<pages>[^,;:.\s]++(?:\s++[^,;:.\s]++)*+))?"
    r"\s*+(?:\.\s*)?$"
)  # pages after `YEAR:` (2015) or `YEAR.` (GB/T 7714-1987 and -2005: `1957.15-18`, digits),
# or a range after `YEAR,` (`北京: 科学出版社, 1980, 92–95`, as lists print the colon so);
# a place may name its state in full (`Springfield,Illinois:`, one or two words each),
# or its country after the state's short form (`Piscataway, NJ, USA:`, `New York, USA:`,
# as English proceedings in Chinese lists print it), or be the capital of the United States
# with its district's stops (`Washington D.C., USA:`, `Washington, D.C.:`);
# a publisher may hold initials (`U.S.Department of Commerce`), so no stop after one
# capital letter ends the part before the imprint. After a place, a stop may close the
# publisher (`London: Example. 1999.`); the Republic's year may stand for the year or
# follow it (`_ROC_DATE`); a month after the year (`2001.9`) is no page, nor
# one before the pages (`1988.11:44`, `1986,11:89`, as reprints of Chinese classics print
# the printing's month), which no book's volume stands in (GB/T prints it in the title).
# The same without initials in a publisher, for a part before the imprint that ends in
# one capital (`Handbook: Vol A. New York: Wiley, 2001`): tried when `PUBLISHED` fails.
PUBLISHED_PLAIN = re.compile(
    PUBLISHED.pattern.replace(r"(?<!\b[A-Z])\.", r"\.").replace(r"|(?<=\b[A-Z])\.", "")
)
_ONLINE_DATES = re.compile(
    r"\((?P<issued>\d{4}(?:\s*[-–.]\s*\d{1,2}){0,2})\)\s*(?:\[(?P<cited>[\d\s–.-]+)\])?[\s.]*$"
)
_DATE = r"(?:1[5-9]|20)\d{2}(?:\s*[-–—]\s*\d{1,2}){0,2}"
# A part that is a date alone (`[P]. 2006-12-13.`, `[Z]. 1991-06-05`), or the update and
# citation dates of GB/T 7714-2005 (`[EB/OL]. 1998-08-16/1998-10-01.`), after an optional
# patent's country and number (`中国专利:881056073, 1989-07-26`) or a URL.
_DATE_ONLY = re.compile(
    rf"^(?:(?P<before>[^()]*?)\s*[,.:]\s*)??\(?(?P<issued>{_DATE})\)?"
    rf"(?:\s*(?:\[(?P<cited>{_DATE})\]|/(?P<cited2>{_DATE})))?[\s.]*$"
)
# Kinds whose part after the code may be a date alone: patents, documents and archives,
# standards, online works, data and software (not books, journals, theses or reports,
# whose part names a publisher or a journal; online, they may print a date alone,
# `_BARE_DATE`: `[R/OL]. 2019[2021-05-02]. URL`, its access date and URL peeled).
_BARE_DATE = re.compile(rf"{_DATE}[\s.]*")
_DATED_ONLY = frozenset({"P", "Z", "L", "A", "S", "EB", "DB", "DS", "CP", "CM"})
# A patent's number after its title (`题名:国别,专利号[P]`, GB/T 7714-2015 8.1.1), and a
# standard's before it (`GB/T 16159-1996, 题名[S]`, GB/T 7714-2005).
_PATENT_NUMBER = re.compile(
    r"\s*:\s*(?:[^\W\d_]{1,8}\s*,\s*)?(?P<number>[A-Z]{0,2}\d[\d.]{5,}[A-Z]?\d?)(?P<year>)$"
)
# A standard's designation: its body's letters (`GB/T`, `HJ`; `ISO/IEC`, `DIN EN ISO`;
# maybe a hyphen after them, `SNI-03-1726-2002`, or the words of a series, `AATCC Test
# Method 84-2000`), its number (maybe led by a letter, as Chinese industry standards
# print it: `JTG E42`, `JTG B 01`) and parts (`SNI 03-1726`), then its year after a dash,
# or after a colon as the international bodies print it (`ISO 14001:2015`, `IEC
# 60601-1:2005`, `EN 1992-1-1:2004`).
_STANDARD_DESIGNATION = (
    r"(?P<number>[A-Z]{1,5}(?:/[A-Z]{1,3})?(?:\s[A-Z]{2,4}(?:/[A-Z]{1,3})?){0,2}"
    r"(?:\s[A-Z][a-z]+){0,2}(?:-|\s*)(?:[A-Z]\s?)?\d+"
    r"(?:\.\d+)*(?:-\d+)*\s*(?:[-—–]\s*|:)(?P<year>(?:19|20)\d\d))"
)
_STANDARD_NUMBER = re.compile(
    rf"^{_STANDARD_DESIGNATION}(?:\s*[,，.]\s*|\s+(?=[\u4e00-\u9fff]|[A-Z][a-z]))"
)  # or a space before a title (`GB/T 2659—1986 世界各国…[S]`, GB/T 7714-2015's own;
# `ISO 14001:2015 Environmental …[S]`)
# An ASTM-like designation before the title (`ASTM D3398-00, Standard test method …[S]`,
# as Chinese lists of civil engineering and materials print American standards): the
# body's letters, a space or a hyphen, the standard's letter and number (maybe its
# metric twin after a slash), and the two digits of its year after a dash, which say
# no year alone (`-00`).
_LETTERED = r"[A-Z]{2,5}[\s-]?[A-Z]\s?\d{1,5}(?:/[A-Z]\s?\d{1,5}M?)?-\d\d[a-z]?"
_LETTERED_STANDARD = re.compile(rf"^(?P<number>{_LETTERED})(?P<year>)\s*[,，.]\s*(?=\S)")
# A designation without its year before the title, parted by a space (`UIC Code 518
# Testing and Approval of …[S]`, `ISO 9001 Quality management …[S]`, as Chinese railway
# and engineering lists print foreign codes): the body's capitals, maybe a series' word
# (`Code`), the number and its parts, then a capitalised word of the title. A year is
# no such number (`WHO 2010 Widget guidelines[S]`: the title's own words).
_YEARLESS_STANDARD = re.compile(
    r"^(?P<number>[A-Z]{2,5}(?:/[A-Z]{1,3})?(?:\s[A-Z][a-z]{1,10})?\s(?!(?:19|20)\d\d\b)"
    r"\d{2,6}(?:-\d{1,4})*)"
    r"(?P<year>)\s+(?=[A-Z][a-z])"
)
# A standard's designation alone where the names stand (`GB/T 1234-2005. Title[S].`,
# `ASTM D1234-05. Title[S].`): a stop, not a comma, parted it from the title.
_DESIGNATION_ALONE = (
    re.compile(rf"{_STANDARD_DESIGNATION}\.?"),
    re.compile(rf"(?P<number>{_LETTERED})(?P<year>)\.?"),
)
# A standard's number after its title and a colon (`题名: GB/T 7714—2015[S]`, GB/T 7714-2015).
_STANDARD_NUMBER_END = re.compile(rf"\s*:\s*{_STANDARD_DESIGNATION}$")

# A report's number after its title and a comma (`Guidelines …, PB 91-194001[R]`, GB/T
# 7714-2015's own example): capitals, then digits.
_REPORT_NUMBER = re.compile(r"\s*,\s*(?P<number>[A-Z]{1,6}[\s-]?\d[\d-]{3,}[A-Z]?)(?P<year>)$")


def designation_alone(names: str) -> re.Match[str] | None:
    """A standard's designation read where the names stand (`_DESIGNATION_ALONE`), or
    None."""
    for pattern in _DESIGNATION_ALONE:
        found = pattern.fullmatch(names.strip())
        if found:
            return found
    return None


def document_number(code: str, title: str) -> re.Match[str] | None:
    """A patent's, a standard's or a report's number printed with its title (`number`
    and `year` groups; `year` is empty for a patent or report, whose number holds none)."""
    if code.startswith("P"):
        return _PATENT_NUMBER.search(title)
    if code.startswith("R"):
        return _REPORT_NUMBER.search(title, max(0, len(title) - 30))
    if code.startswith("S"):
        return (
            _STANDARD_NUMBER.match(title)
            or _STANDARD_NUMBER_END.search(title, max(0, len(title) - 40))
            or _LETTERED_STANDARD.match(title)
            or _YEARLESS_STANDARD.match(title)
        )
    return None


_TITLE_EDITION = re.compile(
    r"[(（]\s*(\d+\s*版|[^()]{0,6}\d+\s*版|\d+(?:st|nd|rd|th)\s+ed(?:n|ition)?)\.?\s*[)）]\s*$"
)
# A book's edition printed as its own sentence after the title and before the type code
# (`Title. 2nd ed. Prepared by the Example Party[M]`, where GB/T prints it after the
# code): the edition, and the statement of responsibility or of the edition after it
# (`Prepared by`, `Edited by`, `Revised and enlarged`, `With corrections`, `rev. by` in
# lower case), leave the title; capitalised words of another kind after it are the
# title's own part (`Title. 2nd ed. Widget methods in practice[M]`, `… 3rd edn.
# Oxford[M]`: the title is kept whole, as before).
_EDITION_SENTENCE = re.compile(
    r"\.\s+(\d{1,2}(?:st|nd|rd|th)\s+ed(?:n|ition)?)\."
    r"(?:\s(?:[a-z]|(?:Prepared|Edited|Compiled|Revised|Translated|Written|Updated"
    r"|Reprinted|With|By)\b)[^.]*)?$"
)
# A version named by its year (`示例诊疗指南(2020版)`, `(2018 版)`), as Chinese clinical
# guidelines and consensus statements are titled: part of the title, no edition.
_YEAR_VERSION = re.compile(r"(?<!\d)(?:19|20)\d\d\s*版$")
_CITED_ONLY = re.compile(r"\[\s*(\d{4}(?:\s*[-–]\s*\d{1,2}){0,2})\s*\][\s.]*")
# An online work's date without its parentheses, then the citation date (`2019[2021-05-02]`).
_BARE_DATES = re.compile(rf"({_DATE})\s*{_CITED_ONLY.pattern}")
# What the part after the type code should look like: periodicals ([J], [N]), the rest.
PUBLICATION_SHAPE = {True: "'Journal, YEAR, VOL(ISSUE): PAGES'", False: "'Place: Publisher, YEAR'"}
# The last words of a body's name in the author slot (`looks_like_names`): a name of
# five ideographs or more is no person's unless it ends so.
_ORG_SUFFIX = re.compile(
    r"(?:委员会|协会|学会|中心|医院|大学|研究所|研究院|组|部|局|厅|署|院|所|司|处|室|站|馆|会|"
    r"公司|集团|政府|办公室)$"
)
# More of them: an organisation's `组织` (`世界卫生组织`-like names, traditional `組織`), a
# website's `网` and a news agency's or a publisher's `社`, as GB/T lists print them before a
# web page's or a report's title. A title's words end so too (`基于示例物联网. 部件研究`), so
# not after a title's opening (`_TITLE_LEAD`).
_SITE_SUFFIX = re.compile(r"(?:组织|組織|网|網|社)$")
# How a title's first words open (`基于…`, `关于…`, `浅析…`, `…的…`), which no body's name does.
_TITLE_LEAD = re.compile(r"(?:基于|关于|浅谈|浅析|试论|面向)|[^的]*的")


def site_named(names: str) -> bool:
    """Whether a name of the block is a body's only by `_SITE_SUFFIX` (`示例新闻网`): as
    many titles end so (`示例物联网`, `脂肪组织`), such a name is an author only before a
    title, never as the whole of an article's untitled author slot."""
    return any(
        has_cjk(piece)
        and len(piece.replace(" ", "")) > 4
        and _SITE_SUFFIX.search(piece) is not None
        and _ORG_SUFFIX.search(piece) is None
        for piece in split_author_list(names)[0]
    )


# A stop closing the author block; PDF text may lose the space after it (`SMITH J.Title`).
# Without the space, the title opens with two letters, an ideograph, a quote (`李勇.“一带
# 一路”…`), a capital word of one letter (`et al.T lymphocytes…`) or a number counting
# something in ideographs (`等.120例…`, `2型糖尿病`) or a span of years (`等.1977—2008年
# 中国…`, as Chinese titles of trends open; Chinese text may space the digits off the
# ideographs, `等.2014—2023 年中国…`) or a year and a capitalised word (`EPA.2004
# Edition of …`, as an agency's yearly report opens), which no name holds. After `et al`
# (its stop maybe spaced off, `,et al .X-ray …`, as PDF text of Chinese journals prints
# it) the stop closes the names whatever the title opens with; a comma after it goes too
# (`Sample A, et al., Title`).
_NAME_STOP = re.compile(
    r"[.．](?:\s+|(?=[^\W\d_]{2}|[\u4e00-\u9fff“\"‘《]|[A-Z]\s|\d{1,4}(?:\s?[-—–~～]\s?\d{1,4})?\s?[\u4e00-\u9fff]"
    r"|(?:19|20)\d\d\s[A-Z][a-z])"
    r"|(?:(?<=\bet al[.．])|(?<=\bet al\s[.．]))[,，]?\s*)"
)
_NAMES_MAX = 600
# A name of ideographs alone: one a nationality marks foreign is kept whole (`[英]蔼理士`);
# one with a middle dot or Latin initials is split by `parse_cjk_name` already.
_PLAIN_CJK = re.compile(r"[\u4e00-\u9fff]{2,8}")
# What GB/T 7714-2005 lists print before a foreign author's name: the nationality (`[英]`).
_NATIONALITY = re.compile(r"^[\[(]\s*[\u4e00-\u9fff]{1,2}\s*[\])]\s*")
# A role after the author list: `…, eds.`, `主编` or `, 主编` (the names are the book's
# editors); and the translators a foreign book's authors are followed by (`(美)Arms
# William 施伯乐等(译)`, GB/T 7714-1987's order), who are no authors: one or more, parted
# by commas, maybe `等`, after the authors' own role (`Moore D F 著,黄文治,等译`).
_ROLE = re.compile(
    r"(?:\s*,\s*|\s+)(?:eds?|editors?)\.?$"
    r"|(?<=[\u4e00-\u9fff]{2})(?:\s*[,，]\s*)?(?:等)?(?:主编|编著|编)$"
    r"|(?<=[A-Za-z])\s*(?:著\s*)?[,，;；]?\s*[\u4e00-\u9fff·]{2,12}"
    r"(?:\s*[,，、]\s*[\u4e00-\u9fff·]{2,12})*(?:\s*[,，]?\s*等)?\s*[(（]?译[)）]?$"
)
# A foreign family name in Chinese with its initials in Latin (`彼得罗夫AV`).
_CJK_INITIALS = re.compile(r"[\u4e00-\u9fff]{2,8}[A-Z]{1,3}")
_LOWER_OK = frozenset({"of", "and", "for", "the", "on", "in", "de", "la", "van", "von", "et"})
_PUNCTUATION = re.compile(r"[:?!()\[\]]")


# Chinese names parted by spaces alone (`张三 李四 王五`), as some lists print them: each
# of two ideographs or more (a space inside one name, `李 立`, leaves a lone ideograph).
_SPACED_CJK_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})+(?:\s*等)?")


def looks_like_names(prefix: str) -> bool:
    """Whether the text before the first full stop is an author list, not a title."""
    if " " in prefix and _SPACED_CJK_NAMES.fullmatch(prefix):
        return True  # `张三 李四 王五`
    pieces, et_al = split_author_list(prefix)
    if not pieces:
        return et_al
    for piece in pieces:
        if has_cjk(piece):
            plain = piece.replace(" ", "")
            if not (
                2 <= len(plain) <= 4
                or _ORG_SUFFIX.search(piece)
                or (_SITE_SUFFIX.search(piece) and not _TITLE_LEAD.match(plain))
                or TRANSLITERATED.fullmatch(plain)
                or _CJK_INITIALS.fullmatch(plain)
            ):
                return False
            continue
        words = piece.split()
        if len(pieces) == 1 and piece[-1:] == ")" and acronym_closed_body(piece):
            continue  # `Example Health Organization (EHO)`: a body and its short form
        # `_PUNCTUATION` in the piece is in one of its words: none of it is white space
        if len(words) > 8 or _PUNCTUATION.search(piece):
            return False
        if len(pieces) > 1 and lower_pinyin_given(words):
            continue  # `Li jie, Li Guoqiang. Title`: a given name typed in lower case
        for word in words:
            if word[:1].islower() and word.lower() not in _LOWER_OK and not initials_after(words):
                return False
    return True


# A family and a given name in lower case between the commas of a list (`Li jie, …`).
_LOWER_GIVEN = re.compile(r"(?:^|(?<=,))(\s*[A-Z][a-z]{0,5}) ([a-z]{1,8})(?=\s*(?:,|$))")


def capitalised_given(match: re.Match[str]) -> str:
    """`_LOWER_GIVEN`'s name with its given name capitalised when both words are pinyin
    (`lower_pinyin_given`), so that it reads as the list's other names do; as printed
    otherwise."""
    family, given = match.group(1), match.group(2)
    if not lower_pinyin_given([family.strip(), given]):
        return match.group()
    return f"{family} {given.capitalize()}"


def lower_pinyin_given(words: list[str]) -> bool:
    """Whether `words` are a Chinese family and a given name in pinyin typed in lower case
    (`Li jie`), as English lists of Chinese authors may print one name of several: both
    words pinyin, the family capitalised. The caller asks it of a list of names only: a
    title of two such words (`Tai chi`) stands alone before its stop, and a list of them
    (`Tai chi, Qi gong. Title`) is none of names (`PINYIN_TERMS`)."""
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and words[1].isalpha()
        and words[1].islower()
        and is_pinyin(words[0])
        and is_pinyin(words[1])
        and f"{words[0].capitalize()} {words[1].capitalize()}" not in PINYIN_TERMS
    )


# A Chinese author's name in ideographs in parentheses after its pinyin (`Guo Y(郭勇),
# Xu SY(徐叔云). Title`), as the English lists of Chinese journals print them: the
# original of the name before it, no part of the list's names. PDF text of those lists
# may glue the family to its initials (`GuoY(郭勇)`, `WangYW(王岳五) ZhangHB(张海波)`),
# and may part the names by spaces alone.
_NAME_ORIGINAL = re.compile(r"(?<=[A-Za-z])\s*[(（]\s*[\u4e00-\u9fff]{2,4}\s*[)）]")
_GLUED_INITIALS = re.compile(r"\b([A-Z][a-z]{1,5})([A-Z]{1,3})(?=\s*[(（]\s*[\u4e00-\u9fff])")
_ET_AL_PIECE = re.compile(r"et\.?\s*al\.?|等")


def without_originals(prefix: str) -> str:
    """`prefix` without the ideographs in parentheses after its pinyin names
    (`_NAME_ORIGINAL`), each replaced by the comma that parts names, a glued family
    parted from its initials (`GuoY(郭勇)` → `Guo Y`). Only when every name of the
    block has its original and reads as a family and a given name or initials: a
    title's parentheses hold other words, a glossed term is one word."""
    originals = _NAME_ORIGINAL.findall(prefix)
    rest = _NAME_ORIGINAL.sub(",", _GLUED_INITIALS.sub(r"\1 \2", prefix))
    pieces = [piece for piece in rest.split(",") if piece.strip()]
    named = [piece for piece in pieces if not _ET_AL_PIECE.fullmatch(piece.strip())]
    if len(named) != len(originals) or not all(" " in piece.strip() for piece in named):
        return prefix  # `Yiqi(益气) Huoxue(活血)`: terms glossed, no family and initials
    return without_trailing_commas(rest.replace(",,", ","))


def without_trailing_commas(text: str) -> str:
    """`text` without the commas (and the spaces around them) left at its end where the
    originals were (`Guo Y, Xu SY,` → `Guo Y, Xu SY`); unchanged when none ends it. No
    pattern: `(?:\\s*,\\s*)+$` read a run of `, , ,` inside the names every way its spaces
    could split (exponential in the run)."""
    core = text.rstrip()
    if not core.endswith(","):
        return text
    while core.endswith(","):
        core = core[:-1].rstrip()
    return core


def initials_after(words: list[str]) -> bool:
    """`slemon G R`: a family name typed in lower case, then capital initials only."""
    return len(words) > 1 and words[0].isalpha() and all(_INITIAL.fullmatch(w) for w in words[1:])


_INITIAL = re.compile(r"[A-Z]{1,3}")
# Family-first names with spaced dotted initials, joined by `&` (`Dixit A. K. & Stiglitz
# J. E.`, as English entries in Chinese lists print them): a stop after a family and its
# initials (`_INITIALS_END`, searched only in the 40 characters up to the stop: searched
# unbounded it would be quadratic) that another initial or an `&` follows (`_MORE_NAME`)
# is inside the names. Not after initials alone (`A. B. Example`:
# given names first, no GB/T name).
_INITIALS_END = re.compile(r"[^\W\d_]{2}[\w'’\-]*(?:,\s*|\s+)(?:[A-Z]\.[\s\-]*)*[A-Z]\Z")
# What follows such a stop inside the names: `&`, or more initials and then `&`, a comma
# or the capital of the title after the names; never initials before a lower-case word
# (`Example J. E. coli infections`: a title's binomial, `U.S. health`). APA's names
# (`Example, J. H. , Other, C. and Third, C. Title[M]`, as lists of Chinese journals of
# linguistics and sociology print English entries) put a comma between family and
# initials, and a comma or `and` after them.
_MORE_NAME = re.compile(r"\s*(?:&|,|and\s|(?:[A-Z]\.[\s-]*)++(?:&|,|(?=[A-Z\u4e00-\u9fff])))")


# A name given first with a dotted initial among family-first names (`M Sample, I.
# Example, Other K, et al. Title`, as English entries of Chinese lists print a name
# copied from its source): the stop after a lone initial that follows a comma, when a
# family and a comma come next, is inside the names. A family then `&` or `and` only
# when a name follows them (`Sample, A., S. Example & K. Other. Title`, `… and Other,
# K.`): a title's first word often comes before `and` (`Example, J. Language and
# widgets[M]`), and a person's name after it rarely.
_GIVEN_INITIAL = re.compile(r",\s*[A-Z]\Z")
_FAMILY_THEN_COMMA = re.compile(
    r"[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)?\s*"
    r"(?:,|(?:&|and\s)\s*(?:(?:[A-Z]\.[\s-]*)+[A-Z][^\W\d_]"  # `& K. Other`
    r"|[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)?,\s*[A-Z]\b))"  # `and Other, K.`
)
# APA 6's last name given first after `&` or `and` (`Example, P. & R. Other. Title`,
# `Sample, A., S. Example & K. Other. Title`): the stop after its initial, when a family
# and its stop or comma follow, is inside the names.
_LAST_GIVEN_INITIAL = re.compile(r"(?:&|\band)\s*(?:[A-Z]\.[\s-]*)*[A-Z]\Z")
_FAMILY_THEN_STOP = re.compile(r"[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)?\s*[.,]")


# Names given first with dotted initials (`F. Sample, G. Example. Title[J]`, as English
# entries of Chinese lists print them from their sources): the block opens with an
# initial and a family, and the stop after each initial (`_LONE_INITIAL`: at the start,
# after a comma, `&`, `and` or another initial), when more initials or a family and its
# stop, comma or `and` follow (`_GIVEN_FIRST_NEXT`), is inside the names.
_GIVEN_FAMILY_END = r"[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)?\s*(?:[.,&]|and\s)"
_GIVEN_FIRST_NEXT = re.compile(rf"(?:[A-Z]\.\s?){{0,2}}{_GIVEN_FAMILY_END}")
_GIVEN_FIRST_LEAD = re.compile(rf"(?:[A-Z]\.\s?){{1,3}}{_GIVEN_FAMILY_END}")
_LONE_INITIAL = re.compile(r"(?:^|[,&]\s*|\band\s+|\.\s?)[A-Z]\Z")


# A country's dotted abbreviation opening a body's name (`U.S.Department of Example
# highway administration. Title[R]`, `U.K. Example Office.`): its stops end no names,
# and the body's name it opens may hold words in lower case.
_COUNTRY_ABBREVIATION = re.compile(r"[A-Z]\.\s?(?:[A-Z]\.\s?)*[A-Z](?=\.)")
# A body's name that a country's dotted initials close (`The State Example Commission of
# P. R. China`, `Ministry of Example of the P.R. China`): an initial after `of` or `the`,
# which no person's initials follow, so its stop is inside the name.
_BODY_OF_INITIALS = re.compile(r"\b(?:of|the)\s+(?:[A-Z]\.\s?)*[A-Z]\Z")
# What follows such a stop inside the name: the next initial, or the country's word and
# its stop (`R. China.`); the last initial's stop before the title (`of the P.R.C. Title`)
# closes the name.
_BODY_NAME_GOES_ON = re.compile(r"[A-Z]\.|[A-Z][a-z]+\s*[.．]")


def split_authors_title(head: str) -> tuple[str, str]:
    """Split `AUTHORS. TITLE` at the first full stop that closes a plausible author list;
    a nationality before the names and a role after them (`eds.`, `主编`) are dropped. A
    body's name opened by a country's abbreviation (`body_after_country`) comes first."""
    if head[:1] in "[(（【" or head[1:4].find("·") >= 0:
        classical = classical_head(head)
        if classical is not None:
            return classical
    if head[:1] in "[(" and not reign_lead(head):
        head = _NATIONALITY.sub("", head)
    if head[1:2] == "." and _COUNTRY_ABBREVIATION.match(head):
        body = body_after_country(head)
        if body is not None:
            return body
    for match in _NAME_STOP.finditer(head, 0, _NAMES_MAX):  # no author block is longer
        at = match.start()
        if _MORE_NAME.match(head, match.end()) and _INITIALS_END.search(head, max(0, at - 40), at):
            continue  # `Dixit A. K. & Stiglitz J. E. Title`: an initial's stop, inside the names
        if (
            "A" <= head[at - 1 : at] <= "Z"
            and _GIVEN_INITIAL.search(head, max(0, at - 6), at)
            and _FAMILY_THEN_COMMA.match(head, match.end())
        ):
            continue  # `Sample A, I. Example, Other K. Title`: an initial given first
        if (
            "A" <= head[at - 1 : at] <= "Z"
            and _LAST_GIVEN_INITIAL.search(head, max(0, at - 12), at)
            and _FAMILY_THEN_STOP.match(head, match.end())
        ):
            continue  # `Sample, P. & R. Other. Title`: the last name given first
        if (
            head[1:2] == "."
            and "A" <= head[at - 1 : at] <= "Z"
            and _GIVEN_FIRST_LEAD.match(head) is not None
            and _LONE_INITIAL.search(head, max(0, at - 8), at)
            and _GIVEN_FIRST_NEXT.match(head, match.end())
        ):
            continue  # `F. Sample, G. Example. Title`: every name given first
        if (
            "A" <= head[at - 1 : at] <= "Z"
            and _BODY_OF_INITIALS.search(head, max(0, at - 16), at)
            and _BODY_NAME_GOES_ON.match(head, match.end())
        ):
            continue  # `Commission of P. R. China`: a country's initials inside a body's name
        prefix = head[: match.start()]
        if "ed" in prefix or "编" in prefix or "译" in prefix:
            prefix = _ROLE.sub("", prefix)
        if (")" in prefix or "）" in prefix) and _NAME_ORIGINAL.search(prefix):
            prefix = without_originals(prefix)
        if looks_like_names(prefix):
            return prefix, head[match.end() :]
    if has_cjk(head[:1]) and ("," in head or "，" in head):
        return comma_closed_names(head) or ("", head)
    if has_cjk(head[:1]) and "·" in head[2:5]:
        return dot_closed_name(head) or ("", head)
    if "Committee " in head[:60]:
        committee = _NUMBERED_COMMITTEE.match(head)
        if committee is not None:  # `ACI Committee 318, Building Code …[S]`
            return committee.group("names"), head[committee.end() :]
    return "", head


# A numbered committee of a standards body closed by a comma (`Example Committee 318,
# Title[S]`, as lists of civil engineering print the American Concrete Institute's codes):
# the body's capitalised words, `Committee` and its number are the author, no title's
# words (a title never opens with a committee's number and a comma). A year is no
# committee's number (`Advisory Committee 2005, Guidelines …[R]`: a title's words).
_NUMBERED_COMMITTEE = re.compile(
    r"(?P<names>[A-Z][A-Za-z]{0,15}(?: [A-Z][A-Za-z]{0,15}){0,3} Committee "
    r"(?!(?:19|20)\d\d\b)[A-Z]?\d{1,5}[A-Z]?)"
    r"\s*,\s*(?=\S)"
)


# The dynasty GB/T lists of Chinese classics (TCM, history, literature) print before an
# old work's author (`清·吴谦`, `[清]吴谦`, `(汉)张仲景`, `南北朝·雷斅撰`): the author's
# era, no part of the name nor a nationality (a nationality marks a foreign name, which is
# kept whole; a dynasty's author is Chinese). Traditional forms too (`漢`, `東漢`, `民國`).
_DYNASTY = (
    r"(?:先秦|春秋|战国|戰國|秦|西汉|西漢|东汉|東漢|汉|漢|三国|三國|魏|蜀|西晋|西晉|东晋|東晉|晋|晉"
    r"|南北朝|南朝|北朝|刘宋|劉宋|宋|齐|齊|梁|陈|陳|北魏|北齐|北齊|北周|隋|唐|五代|后唐|後唐|后周|後周"
    r"|北宋|南宋|辽|遼|金|元|明|清|民国|民國)"
)
_DYNASTY_LEAD = rf"(?:{_DYNASTY}\s*[·・•]|[\[(（【]\s*{_DYNASTY}\s*[\])）】])\s*(?=[\u4e00-\u9fff])"


@cache
def dynasty_pattern() -> re.Pattern[str]:
    """`_DYNASTY_LEAD` compiled when first needed: its many alternatives cost import time
    that the few entries of old works would not repay."""
    return re.compile(_DYNASTY_LEAD)


# The author of an old work after its dynasty: a name of two to four ideographs, maybe
# `等`, the role its edition prints (`撰`, `著`, `编`, `辑`, `注`, `撰次`, …, all roles an
# old work's maker takes; a gazetteer's `修`, `纂`; maybe after a comma or a space:
# `王示明,修`, `吴谦 撰`, `吴谦,等编`),
# maybe the modern editors of the edition after `//` (`//王兴法辑校`, GB/T 7714-2005's
# mark before a host, which no author is), then the stop. The name is the shortest such
# run, so that a role glued to it is no part of it.
_CLASSICAL_NAME = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?:\s?[,，]?\s?(?P<et_al>等))?"
    r"(?:(?:\s?[,，]\s?|\s)?(?:撰注|撰辑|撰次|撰|原著|著|编撰|编著|编纂|编|纂修|修纂|重修|修|纂|辑|述|集注"
    r"|校注|注))?"
    r"(?://[^.．/]{1,30})?\s*[.．]\s*(?P<title>\S.*)"
)


def classical_head(head: str) -> tuple[str, str] | None:
    """`(name, title)` of a GB/T head of an old Chinese work whose author's dynasty leads
    it (`_DYNASTY_LEAD`): the one name without its dynasty, role and edition's editors
    (`_CLASSICAL_NAME`), `等` kept as the list's et al. None when no dynasty leads or
    what follows it is no such single name (the caller reads the head as any other); and
    for a dot-joined lead, when the name opens with no common family or spells a foreign
    sound: `唐·`, `金·` are also a foreign given name's first part (`唐·德里罗`)."""
    lead = dynasty_pattern().match(head)
    if lead is None:
        return None
    found = _CLASSICAL_NAME.match(head, lead.end())
    if found is None:
        return None
    name = found.group("name")
    if head[:1] not in "[(（【" and (
        (name[0] not in _COMMON_FAMILIES and name[:2] not in CJK_COMPOUND_FAMILIES)
        or transliterated(name[1:])
    ):
        return None  # `唐·德里罗`, `金·凯瑞`: a foreign given name's sound (Don, Kim), no era
    name = found.group("name") + (",等" if found.group("et_al") else "")
    return name, found.group("title")


# The reign a local gazetteer's edition is named by, in brackets before its title
# (`(雍正)示例通志`, `[光绪]示例县志`): the title's first words, no author's nationality.
_REIGN_LEAD = re.compile(
    r"[\[(（]\s*(?:洪武|永乐|宣德|正统|景泰|天顺|成化|弘治|正德|嘉靖|隆庆|万历|天启|崇祯|顺治|康熙|雍正"
    r"|乾隆|嘉庆|道光|咸丰|同治|光绪|宣统|民国)\s*[\])）]"
)


def reign_lead(text: str) -> bool:
    """Whether `text` opens with a reign's name in brackets (`_REIGN_LEAD`)."""
    return _REIGN_LEAD.match(text) is not None


def dynasty_lead(text: str) -> bool:
    """Whether `text` opens with an author's dynasty (`[清]`, `清·`): no nationality."""
    return dynasty_pattern().match(text) is not None


# A Chinese name closed by a middle dot where the stop was lost (`范示华·示例盆地天然气的
# 赋存形成及类型`, as copies of Chinese lists print a full-width stop): a name of two to
# four ideographs led by a common family, then a title of nine ideographs or more with no
# dot of its own (a transliterated foreign name, `布鲁诺·拉图尔`, is short on both sides).
_DOT_CLOSED_NAME = re.compile(r"([\u4e00-\u9fff]{2,4})·([\u4e00-\u9fff][^·]{8,})")


def dot_closed_name(head: str) -> tuple[str, str] | None:
    """`(name, title)` of a GB/T head whose one Chinese name a middle dot closes
    (`_DOT_CLOSED_NAME`); None otherwise."""
    match = _DOT_CLOSED_NAME.fullmatch(head)
    if match is None or match.group(1)[0] not in _COMMON_FAMILIES:
        return None
    if transliterated(match.group(1)[1:]):
        return None  # `史蒂夫·乔布斯传记…`: a foreign name's first part, no Chinese name
    return match.group(1), match.group(2)


# Ideographs that spell foreign names' sounds (`史蒂夫`, `马克思`, `林肯`) and seldom stand
# in a Chinese given name: a name before a middle dot with one is a foreign name's part.
_TRANSLITERATION_MARKS = frozenset("克斯尔蒂夫肯丁特姆伊")


def transliterated(given: str) -> bool:
    """Whether the ideographs after a family (`蒂夫` of `史蒂夫`) hold one that spells a
    foreign name's sound (`_TRANSLITERATION_MARKS`): when unsure, no Chinese name."""
    return any(char in _TRANSLITERATION_MARKS for char in given)


# Chinese names closed by a comma where the stop was lost (`张三,李四,土壤分析法`, as PDF
# text of Chinese lists prints them): names of two to four ideographs, the title a run of
# five or more with no comma, which no name is.
_COMMA_CLOSED_NAMES = re.compile(
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:\s*[,，]\s*[\u4e00-\u9fff]{2,4})*(?:\s*[,，]\s*等)?)"
    r"\s*[,，]\s*(?P<title>[\u4e00-\u9fff][^,，]{4,})"
)


def comma_closed_names(head: str) -> tuple[str, str] | None:
    """`(names, title)` of a GB/T head whose Chinese names a comma closes instead of the
    stop (`_COMMA_CLOSED_NAMES`), when no stop closes any (the caller has looked), and
    each name opens with a common family (`_COMMON_FAMILIES`): a title that lists nouns
    (`中国,美国,日本经济比较研究`) is no names. None otherwise."""
    match = _COMMA_CLOSED_NAMES.fullmatch(head)
    if match is None or sum(map(has_cjk, match.group("title")[:5])) < 5:
        return None
    for name in _CJK_LIST_SEPARATOR.split(match.group("names")):
        name = name.strip()
        if (
            name != "等"
            and name[:1] not in _COMMON_FAMILIES
            and name[:2] not in CJK_COMPOUND_FAMILIES
        ):
            return None
    return match.group("names"), match.group("title")


_CJK_LIST_SEPARATOR = re.compile(r"[,，]")
# The commonest Chinese families (about nine in ten Chinese bear one), and the two-ideograph
# families: a name read without the stop that closes names opens with one of them.
_COMMON_FAMILIES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
    "欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴"
    "蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席"
    "卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟"
    "邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强"
    "帅屠豆朴盖练廉禹井祖漆巴丰支卿狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜"
    "羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯"
    "元束檀衣信展阴昝智幸奉植衡富尧闭由"
)


def body_after_country(head: str) -> tuple[str, str] | None:
    """`(body, title)` when `head` opens with a body's name that a country's abbreviation
    opens (`U.S.Department of Example highway administration. Title`): the first stop
    after the abbreviation whose text before it `is_body`, within the stops of a short
    block (a person's initials, `M.K.Example and Y.Other, Title.`, are no body's); None
    otherwise."""
    country = _COUNTRY_ABBREVIATION.match(head)
    if country is None:
        return None
    for match in _NAME_STOP.finditer(head, country.end() + 1, _NAMES_MAX // 4):
        prefix = head[: match.start()]
        if is_body(prefix) and not looks_like_person_list(prefix):
            return prefix, head[match.end() :]
        return None  # only the first stop after the abbreviation may close the body
    return None


def looks_like_person_list(prefix: str) -> bool:
    """Whether `prefix` joins names with `and`, `&` or a comma: a body's name holds none."""
    return " and " in prefix or "&" in prefix or "," in prefix


# A family and its initials parted by a comma among GB/T's names (`Sample J G, Example,
# J.`): a lone family, then initials alone, which no GB/T name is, before the next
# comma or the end; initials run together (`LI`) may be a family in capitals.
_LONE_INITIALS = re.compile(r",\s*[A-Z](?:(?:\.\s?|\s)[A-Z]){0,2}\.?\s*(?:,|$)")
_COMMA_INITIALS = re.compile(
    r"(?:^|(?<=,))(\s*[A-Z][^\W\d_]+),\s*([A-Z](?:(?:\.\s?|\s)[A-Z]){0,2}\.?)(?=\s*(?:,|$))"
)


# Undotted initials parted from their family by a comma, and every name parted from the
# next by one too (`Doe, AB, Roe, CD, Poe, EF, et al.`, as lists of Chinese journals of
# medicine print English names): families with lower-case letters and runs of one to
# three capitals alternate, so each run is the initials of the family before it.
_RUN_OF_INITIALS = re.compile(r"[A-Z]{1,3}")
_COUNTRY_RUNS = frozenset({"UK", "US", "USA", "EU", "UN", "NZ", "UAE", "PRC", "ROC"})
_MIXED_FAMILY = re.compile(r"[A-Z][^\W\d_]+(?:[-'’ ][A-Z]?[^\W\d_]+)?")


def comma_parted_runs(names: str) -> str | None:
    """`names` with each family joined to the run of initials after its comma (`Doe, AB,
    Roe, CD, et al` → `Doe AB, Roe CD, et al`) when the whole block alternates a family
    in mixed case and a run of capitals (`_RUN_OF_INITIALS`), with two names or more, or
    one before `et al`; None otherwise. Families in capitals (`ZHANG, LI`) are two
    names, not one with initials; a country's short form (`_COUNTRY_RUNS`) is no
    person's initials, nor a run after a body's name (`is_body`) a person's."""
    pieces = [piece.strip() for piece in names.split(",")]
    et_al = bool(pieces) and _ET_AL_PIECE.fullmatch(pieces[-1]) is not None
    if et_al:
        pieces.pop()
    if len(pieces) % 2 or len(pieces) < (2 if et_al else 4):
        return None
    families, runs = pieces[0::2], pieces[1::2]
    if not all(
        _MIXED_FAMILY.fullmatch(family) and not family.isupper() and not is_body(family)
        for family in families
    ):
        return None  # `Example Laboratory, MIT, …`: bodies and their short forms
    if not all(_RUN_OF_INITIALS.fullmatch(run) and run not in _COUNTRY_RUNS for run in runs):
        return None  # `Example Agency, UK, Other Agency, US`: bodies and their countries
    joined = ", ".join(f"{family} {run}" for family, run in zip(families, runs, strict=True))
    return f"{joined}, et al" if et_al else joined


def gbt_names(names: str, family_first: bool = False) -> tuple[tuple[Author, ...], bool]:
    """`parse_author_list`, with the Western names a list printed as their sources do
    (`spelled_name`) read as persons, not kept whole, and a family parted from its
    initials by a comma (`_COMMA_INITIALS`) joined again. `family_first`: the entry opens
    with its author's nationality (`(美)Arms William`), which GB/T prints before a foreign
    name it orders family first."""
    if " " in names and _SPACED_CJK_NAMES.fullmatch(names):
        names = ", ".join(names.split())  # `张三 李四 王五`: names parted by spaces alone
    if "," in names and names.isascii():
        names = _LOWER_GIVEN.sub(capitalised_given, names)  # `Li jie, Li Guoqiang`
    apa = apa_names(names) if "," in names and names[:1].isupper() else None
    if apa is not None:
        return apa
    if names[1:2] == "." and " and " in names and _GIVEN_FIRST_LEAD.match(names):
        given = read_names(names, False)  # `F. Sample, G. H. Example and K. Other`
        if given.score >= 0.9 and given.authors:
            return given.authors, given.et_al
    runs = comma_parted_runs(names) if names.count(",") > 1 and names.isascii() else None
    if runs is not None:
        names = runs  # `Doe, AB, Roe, CD`: each run of capitals its family's initials
    elif "," in names and _LONE_INITIALS.search(names):  # led by `,`: one scan in C
        names = _COMMA_INITIALS.sub(r"\1 \2", names)
    elif _COUNTRY_ABBREVIATION.match(names) and is_body(names):
        return (Author(family="", literal=names.strip()),), False  # `U.S. Example Agency`
    elif one_body_name(names):
        return (Author(family="", literal=names.strip(" .")),), False  # `EXA Working Group`
    authors, et_al = parse_author_list(names)
    if any(author.literal for author in authors):
        hyphened = syllables_family_first(authors) or initials_family_first(authors)
        authors = tuple(spelled_name(author, family_first, hyphened) for author in authors)
    if not names.isascii():
        authors = tuple(map(short_body, authors))
    return authors, et_al


# APA's first name, inverted with dotted initials, then a comma, `&` or `and`
# (`Example, J. H. , Other, C. and Third, C.`, `Sample, P. & R. Other`): English entries
# of Chinese lists of linguistics and sociology print their names as APA does.
_APA_LEAD = re.compile(
    r"[A-Z][^\W\d_]+(?:[-'’ ][A-Z][^\W\d_]+)?,\s*(?:[A-Z]\.[\s-]*)*[A-Z]\.\s*(?:,|&|and\s)"
)


# A person's initials closing a name (`Example AB`, `Center M. M.`): no body's last word.
_NAME_END_INITIALS = re.compile(r"(?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})")


def one_body_name(names: str) -> bool:
    """Whether a block with no separator is one body's name (`Example Working Group No.2`,
    `ITA Working Group`), which GB/T's reading of a family in capitals and given names
    after it (`ZHANG San`) would split: `is_body`, ending in no initials; or a country's
    and an agency's short forms (`US EPA`: `people.country_agency`), which GB/T's reading
    of a family and its initials would split."""
    if not names.isascii() or "," in names or ";" in names or "&" in names or " " not in names:
        return False
    tokens = names.split()
    if len(tokens) == 2 and country_agency(tokens):
        return True  # `US EPA`: a country's short form and an agency's, no `US` with initials
    return _NAME_END_INITIALS.fullmatch(tokens[-1]) is None and is_body(names)


def apa_names(names: str) -> tuple[tuple[Author, ...], bool] | None:
    """The authors and `et al` of a block APA's names open (`_APA_LEAD`), read as the
    author-date grammars read them (inverted first, given first after it: `Sample, A.,
    S. Example & K. Other`); None for another block, or one that reads poorly."""
    if _APA_LEAD.match(names) is None or not names.isascii():
        return None
    read = read_names(names, True, inverted_first=True)
    if read.score < 0.9 or not read.authors:
        return None
    return read.authors, read.et_al


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_DOTTED_INITIAL = re.compile(r"[A-Z]\.")


def capitalised(word: str) -> bool:
    """`Example`, `Müller`: a capital, then two lower-case letters or more, in any script."""
    return len(word) > 2 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.?")
_SYLLABLES = re.compile(r"[A-Z][a-z]{1,4}-[A-Z][a-z]{1,4}")
# A given name of two syllables joined by a hyphen, the second in lower case (`Ki-young`,
# `Xuan-fu`), as Korean and Wade-Giles names are spelled: no Western family is (`Smith-
# Jones` capitalises both parts), so the word before it is the family.
_LOWER_SYLLABLES = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


# The last ideograph of a body's short Chinese name that `parse_author_list` splits as a
# person's (`新华网`, `新华社`, `国务院`, `教育部`, `统计局`): a web site, a news agency, a
# ministry or an office, as the authors of GB/T's [EB/OL], [N] and [R] entries.
_SHORT_BODY_END = frozenset("网社部院局署厅")


def short_body(author: Author) -> Author:
    """A three-ideograph name ending in a body's ideograph (`_SHORT_BODY_END`), which no
    person's given name ends with, kept whole; any other name as given."""
    family, given = author.family, author.given
    if len(family) == 1 and len(given) == 2 and given[-1] in _SHORT_BODY_END and has_cjk(given):
        return Author(family="", literal=family + given)
    return author


def syllables_family_first(authors: tuple[Author, ...]) -> bool:
    """Whether a name the list kept whole is a pinyin family, then a given name of two
    short syllables joined by a hyphen (`Han Ki-Young`): a list prints all its names in
    one order, so its other names of that shape are family first too, though their
    family is no pinyin (`Lim Jun-Seok`, as Korean names are spelled)."""
    for author in authors:
        words = author.literal.split()
        if len(words) == 2 and _SYLLABLES.fullmatch(words[1]) and is_pinyin(words[0]):
            return True
    return False


def initials_family_first(authors: tuple[Author, ...]) -> bool:
    """Whether the list prints a name family first with its initials (`Example H`, GB/T's
    own order): its Chinese names spelled out in pinyin (`Yang Qi`) are family first
    too, as the list printed its names in one order."""
    return any(
        author.family and author.given and _RUN_INITIALS.fullmatch(author.given)
        for author in authors
    )


_RUN_INITIALS = re.compile(r"[A-Z](?:\s?[A-Z]){0,2}")

# Western given names that spell one pinyin syllable but lead no Chinese name as its
# family (`Ben Lin, Example H`: given first, as the source prints it).
_WESTERN_GIVEN_SYLLABLES = frozenset({"ben", "dan", "ken"})


def spelled_name(author: Author, family_first: bool = False, hyphened: bool = False) -> Author:
    """A name of two or three capitalised words that GB/T's family-first reading kept
    whole, for want of initials: `Li Yiu-On` (a Chinese family of one pinyin syllable,
    then a given name of two short syllables joined by a hyphen, as Cantonese and Wade-
    Giles spell them: GB/T's order; `pinyin_names` reads names all in pinyin), `Ana
    Example` (a Western name given first, as its source prints it, unless `family_first`),
    `Ana B Example` (a middle initial between a given name and the family). A body's
    name stays whole. `hyphened`: the list prints such names family first
    (`syllables_family_first`, `initials_family_first`), and so a name of two pinyin
    syllables (`Yang Qi`) too, unless it opens with a Western given name
    (`_WESTERN_GIVEN_SYLLABLES`: `Ben Lin`)."""
    words = author.literal.split()
    if not 2 <= len(words) <= 3 or words[0].lower() in PARTICLES or is_body(author.literal):
        return author
    if len(words) == 3 and _INITIAL.fullmatch(words[0]) and words[1] in PARTICLES:
        return Author(" ".join(words[1:]), words[0])  # `M von Example`: a particle's family
    if len(words) == 2 and _DOTTED_INITIAL.fullmatch(words[0]) and capitalised(words[1]):
        return Author(words[1], words[0][0])  # `I. Example`: one initial, given first
    if len(words) == 3 and all(map(_MIDDLE_INITIAL.fullmatch, words[:2])) and capitalised(words[2]):
        return Author(words[2], " ".join(words[:2]))  # `K L Example 著`: as its source
    if len(words) == 2 and _LOWER_SYLLABLES.fullmatch(words[1]) and _NAME_WORD.fullmatch(words[0]):
        return Author(words[0], words[1])  # `Lim Ki-young`, `Li Xuan-fu`: family first
    if len(words) == 3 and not (family_first or hyphened) and all(map(_NAME_WORD.fullmatch, words)):
        if korean_family_first(words):
            return Author(words[0], " ".join(words[1:]))  # `Park Sung Example`: family first
        if spelled_given_first(words):
            return Author(words[2], " ".join(words[:2]))  # `Seung Hyuk Example`: as printed
    if len(words) == 3:
        if not (_MIDDLE_INITIAL.fullmatch(words[1]) and _NAME_WORD.fullmatch(words[0])):
            return author
        return Author(words[2], " ".join(words[:2])) if _NAME_WORD.fullmatch(words[2]) else author
    if not (_NAME_WORD.fullmatch(words[0]) and _NAME_WORD.fullmatch(words[1])):
        return author
    if family_first or (_SYLLABLES.fullmatch(words[1]) and (hyphened or is_pinyin(words[0]))):
        return Author(words[0], words[1])
    if (
        hyphened
        and one_syllable(words[0])
        and one_syllable(words[1])
        and words[0].lower() not in _WESTERN_GIVEN_SYLLABLES
    ):
        return Author(words[0], words[1])  # `Yang Qi, Example H`: the list's order
    return Author(words[1], words[0])


# The commonest Korean families as they are romanised: a three-word name led by one and
# not closed by one is printed family first (`Park Sung Example`, as Korean sources
# print it), not given first.
_KOREAN_FAMILIES = frozenset(
    """Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim
    Im Han Oh Seo Suh Shin Sin Kwon Hwang Ahn An Song Yoo Yu Hong Jeon Jun Ko Go Moon Mun
    Yang Son Bae Baek Paik Heo Huh Nam Noh Roh Ha Kwak Sung Cha Joo Ju Woo Min Ryu Yoo Na
    Jin Ji Um Chae Won Chun Bang Kong Hyun Ham Byun Yeom Yeo Chu Do Seok Seol Ma Gil Pyo
    Myung Ki Ban Geum Ok Yook Maeng Je Mo Tak Kook Eo Eun""".split()  # noqa: SIM905
)


# Syllables Korean given names are spelled with (`Sung`, `Hyuk`, `Jae`): the word after a
# Korean family must be one for the name to be read family first (`Park Sung Example`);
# `Lee Ann Example`, `Min Example Other` are no Korean names printed family first.
_KOREAN_GIVEN_SYLLABLES = frozenset(
    """Sung Seung Min Jae Hyuk Won Hoon Hun Jun Joon Young Yeong Ho Soo Su Hee Hui Jin Ji
    Woo Hyun Eun Yeon Kyung Kyoung Sang Dong Chul Cheol Myung Tae Ki Hwa Suk Seok Sook Mi
    Ja Ok Yong Gyu Kyu Hye Bo In Il Hak Wook Uk Kwang Byung Byeong Chang Nam Yun Yoon Jong
    Jung Jeong Chan Hyo Seon Sun Gun Geun Keun Kun Han Hong Hwan Sik Shik Sei Se Dae Do
    Du Doo Gi Gil Goo Gu Hae Hak Hyeon Hyung Hyeong Jeon Joo Ju Kang Kyeong Mun Moon Myeong
    Na Ra Rae Ryong Sam Seo Seong Shin Sin Sok Sung Taek Ung Wan Wha Yeol Yeop Yoo Yu Yul
    Chae Cheon Choon Chun Bin Bong Bum Beom Deok Duk Gwang Gyeong Heon Heung Hwi Hoo""".split()  # noqa: SIM905
)
# Vietnamese names are printed family first (`Nguyen Van Example`), their middle word
# often `Van` or `Thi`: no given name of two words before the family.
_VIETNAMESE_FAMILIES = frozenset(
    "Nguyen Tran Le Pham Hoang Huynh Vu Vo Dang Bui Do Ho Ngo Duong Ly Phan Trinh".split()  # noqa: SIM905
)


def korean_family_first(words: list[str]) -> bool:
    """Whether three capitalised words are a Korean name printed family first (`Park Sung
    Example`, as Korean sources print it): a Korean family (`_KOREAN_FAMILIES`), then a
    Korean given syllable (`_KOREAN_GIVEN_SYLLABLES`), the last word no Korean family.
    When unsure (`Lee Ann Example`) the name is not split family first."""
    return (
        words[0] in _KOREAN_FAMILIES
        and words[1] in _KOREAN_GIVEN_SYLLABLES
        and words[2] not in _KOREAN_FAMILIES
    )


def spelled_given_first(words: list[str]) -> bool:
    """Whether three capitalised words (`_NAME_WORD`s) are a given name of two words before
    the family (`Seung Hyuk Example`, as Korean names are spelled, `Mary Ann Example`), which copies
    of foreign articles in Chinese databases print as their sources do: the last word is
    no pinyin syllable, so no Chinese name spelled family first (`Wang Xiao Ming`) ends
    there; nor is a Vietnamese name (`_VIETNAMESE_FAMILIES`, or `Van`/`Thi` in the middle:
    `Nguyen Van Example`), printed family first, which stays whole when unsure; a Korean
    family last (`Do Hyang Kim`) is a Korean name given first, as before."""
    vietnamese = words[0] in _VIETNAMESE_FAMILIES and words[2] not in _KOREAN_FAMILIES
    if vietnamese or words[1] in {"Van", "Thi"}:
        return False
    return not one_syllable(words[2])


def one_syllable(word: str) -> bool:
    """Whether `word` is one pinyin syllable (`Yang`, `Qi`): a Chinese family or given
    name; `Ana`, `Example` are none."""
    return word.lower() in pinyin_syllables()


def opening_paren(text: str, close_at: int) -> int:
    """Index of the parenthesis opening the one at `close_at`, or -1 (`matching_paren`
    read backwards)."""
    depth = 0
    for idx in range(close_at, -1, -1):
        depth += {")": 1, "(": -1}.get(text[idx], 0)
        if depth == 0:
            return idx
    return -1


def matching_paren(text: str, open_at: int) -> int:
    """Index of the parenthesis closing the one at `open_at`, or -1."""
    depth = 0
    for idx in range(open_at, len(text)):
        depth += {"(": 1, ")": -1}.get(text[idx], 0)
        if depth == 0:
            return idx
    return -1


def pop_translation(tail: str) -> tuple[str, dict[str, Any]]:
    """Remove the English version a Chinese entry appends from its tail: in parentheses
    (`(GAN J, … [J]. Journal …)`), in brackets after the entry (`… 2016-03-01(06). [QU C F.
    Title[N]. Daily, 2016-03-01(06).]`) or plain after its stop (`… 40(2): 101-105. WANG X.
    Title[J]. Journal, 2019, 40(2): 101-105.`)."""
    inner_mark = find_type_mark(tail)
    if not inner_mark:
        return uncoded_version(tail) if tail.endswith(("]", "].", "] .", "] ")) else (tail, {})
    open_at = tail.rfind("(", 0, inner_mark.start())
    close_at = matching_paren(tail, open_at) if open_at >= 0 else -1
    if close_at >= inner_mark.end():
        rest = (tail[:open_at] + tail[close_at + 1 :]).replace(" ,", ",")
        found = translation_fields(tail[open_at + 1 : close_at])
        return (rest, found) if found else (tail, {})
    bracket = _BRACKETED_VERSION.search(tail)
    if bracket and bracket.start("inner") < inner_mark.start():
        found = translation_fields(bracket.group("inner"))
        return (tail[: bracket.start()], found) if found else (tail, {})
    for stop in _VERSION_STOP.finditer(tail, 0, inner_mark.start()):
        if stop.end() - stop.start() == 1 and (
            stop.start() > _GLUED_VERSION_REACH or not _IMPRINT_MARK.search(tail, 0, stop.start())
        ):
            continue  # a glued stop so far on is inside the English, not the Chinese's end;
            # one before any comma or colon (`//示例会议2015.ROE A.Book[C]`) ends no imprint
        if not has_cjk(tail[: stop.start()]):
            continue  # `[A]. Editor A. Book[C]. …`: an English entry's own host, no version
        found = translation_fields(tail[stop.end() :], names_needed=True)
        if found:  # the English copy starts with its names after a stop of the Chinese
            return tail[: stop.start() + 1], found
    return tail, {}


# An English version in brackets without a type code that ends a Chinese entry (`… 2010.
# [LIU Q, PENG S L, Title of the book. Beijing: Example Press, 2010. ]`, as 自然资源学报 and
# 干旱区研究 print it): GB/T's names in capitals with their initials (or a pinyin given
# name), parted by commas, maybe `et al`; a comma or a stop; the year of an author-date
# entry; the title to its first stop.
_VERSION_NAME = r"[A-Z][A-Z'’\-]+(?:(?:\s+[A-Z]){1,3}|\s+[A-Z][a-z]+(?:-[a-z]+)?)"
_UNCODED_VERSION = re.compile(
    r"\s*\[\s*(?P<names>" + _VERSION_NAME + r"(?:\s*,\s*" + _VERSION_NAME + r")*"
    r"(?:\s*,\s*et\s+al)?)\s*[.,]\s*(?:(?:1[5-9]|20)\d\d[a-z]?\s*[.,]\s*)?"
    r"(?P<title>[A-Z][^\[\]]*?[^\s.])\s*[.?!]\s+"
    r"(?P<rest>[^\[\]]*?)\s*\]\s*\.?\s*$"
)


def uncoded_version(tail: str) -> tuple[str, dict[str, Any]]:
    """`tail` without the English version in brackets that ends it (`_UNCODED_VERSION`),
    and that version's names, title and journal; `(tail, {})` when there is none, or
    when what precedes it holds no ideograph (an English entry's bracket is its own)."""
    open_at = tail.rfind("[")
    if open_at < 1 or tail.find("]", open_at) != tail.rfind("]"):
        return tail, {}  # one `]` after the last `[`: what the pattern needs, in linear time
    if has_cjk(tail[open_at:]) or not has_cjk(tail[:open_at]):
        return tail, {}
    found = _UNCODED_VERSION.match(tail, open_at)
    if found is None:
        return tail, {}
    while open_at > 0 and tail[open_at - 1].isspace():
        open_at -= 1
    rest = found.group("rest")
    periodical = PERIODICAL.match(rest) if _YEAR_IN.search(rest) else None
    return tail[:open_at], {
        "authors_translation": gbt_names(found.group("names"))[0],
        "title_translation": clean_title(found.group("title")),
        "container_translation": clean_container(periodical.group("container"))
        if periodical
        else "",
    }


# An English version in brackets that ends the entry: `[QU C F. Title[N]. Daily, …]`.
# The spaces before the bracket are tried from the first of their run only (the
# lookbehind) and every run is read once (possessive), so that a long run of spaces costs
# no quadratic time.
_BRACKETED_VERSION = re.compile(
    r"(?<!\s)\s*+\[(?P<inner>[^\[\]]+\[[A-Z]{1,2}(?:/OL)?\][^\[\]]*)\]\s*+\.?\s*+$"
)
# Where an unbracketed English version may start: a stop, then a Latin capital; the stop
# may touch the capital when it closes the Chinese entry's locator or imprint (a digit, an
# ideograph or a newspaper's page in parentheses before it), as 石油学报 prints the two
# versions run together (`…36(9):1156-1166.DOE Jia,ROE Feng,et al.Title[J].Acta …`,
# `…示例大学,2017.DOE Jia.Title[D].Chengdu:…`); a stop inside Latin words
# (`J.Widget`) still needs its space.
_VERSION_STOP = re.compile(r"\.\s+(?=[A-Z])|(?<=[\d\u4e00-\u9fff)])\.(?=[A-Z])")
# How far into the part after the code such a glued stop is tried: the Chinese entry's
# journal and locator, or its imprint, are short; each stop tried reads the rest, so a
# bound keeps a long run of glued stops (`1.A1.A…`) from costing time squared.
_GLUED_VERSION_REACH = 200
# What a Chinese entry's locator or imprint holds before a glued stop can close it
# (`例子学报,2015,36(9):1-5`, `成都:例子大学,2017`, `示例日报,2016-03-01(06)`): a comma or
# a colon, ASCII or full width.
_IMPRINT_MARK = re.compile(r"[,:，：]")


# The year an author-date English version prints after its names (`DOE J, ROE K, 2015.
# Title[J]. …`): no name.
_NAMES_YEAR = re.compile(r"[,.]\s*(?:1[5-9]|20)\d\d[a-z]?\Z")
# The year such a version prints after its names' stop (`DOE Jia, ROE Jie. 2015. Title[J]`),
# which the names' split leaves before the title.
_TITLE_YEAR = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?\.\s*(?=\S)")
# The locator an author-date version's journal prints without a year (`Acta Exempli
# Sinica, 36(9): 1156-1166.`): no part of the journal's name. Every run is read once
# (possessive), and the spaces before the comma from their run's start only, so that long
# runs of spaces cost no more than linear time.
_YEARLESS_LOCATOR = re.compile(
    r"(?<=[^\s,])\s*+,\s*+\d++\s*+(?:\(\s*+[\w\-–]++\s*+\)\s*+)?+(?::\s*+[\w\-–]++\s*+)?+"
    r"\.?\s*+\Z"
)


def translation_fields(inner: str, names_needed: bool = False) -> dict[str, Any] | None:
    """Authors, title and journal of an English version (`NAMES. Title[J]. Journal, …`);
    the repeated locator is dropped. None when `inner` holds no type code, or no names
    when `names_needed`."""
    mark = find_type_mark(inner)
    if mark is None:
        return None
    head = inner[: mark.start()].strip()
    if "\u2043" in head:  # `FENG Zh⁃ ingming`: a word the page's line broke, joined again
        head = _BROKEN_WORD.sub("", head)
    names, title = split_authors_title(head)
    if names_needed and (not names or has_cjk(names) or not title):
        return None
    if names[-1:].isdigit() or names[-2:-1].isdigit():  # `DOE J, ROE K, 2015a`
        names = _NAMES_YEAR.sub("", names).rstrip()
    year = _TITLE_YEAR.match(title) if names and title[:1].isdigit() else None
    title = title[year.end() :] if year else title  # `DOE Jia, ROE Jie. 2015. Title[J]`
    authors, _ = gbt_names(names) if names else ((), False)
    after = inner[mark.end() :].lstrip(". ")
    periodical = PERIODICAL.match(after) if _YEAR_IN.search(after) else None
    container = periodical.group("container") if periodical else after
    if periodical is None and mark.group("code").split("/")[0] in {"J", "N"}:  # `Acta, 36(9): 1-5.`
        container = _YEARLESS_LOCATOR.sub("", container)
    return {
        "authors_translation": authors,
        "title_translation": clean_title(title),
        "container_translation": clean_container(container),
    }


_YEAR_IN = re.compile(r"(?:1[5-9]|20)\d\d")
# The hyphen bullet (U+2043) and the space a PDF's line break left inside a word of an
# English version (`FENG Zh⁃ ingming`, Chinese journals' typesetting): between two
# lower-case letters it parts no words, and the names' split fails on the broken one.
_BROKEN_WORD = re.compile(r"(?<=[a-z])\u2043\s*(?=[a-z])")


def host_title(before: str) -> str:
    """`ORTIZ C M, ZHONG P E. Book title. 2 版` (a host with its editors and edition) →
    `Book title`."""
    before = re.sub(
        r"(?:[.．]|(?<=[?!]))\s*\d+\s*(?:版|th ed|nd ed|rd ed|st ed|ed)\.?$", "", before
    )
    names, title = split_authors_title(before)
    if _DIGIT.search(names) or _MEETING_WORD.search(names):  # `Proc.7th Int.Conf.on …`,
        return before  # `Sixth Int. Conf. on …`: an ordinal's or a meeting's stops, no editors
    if title[:1] == "(":  # `Editor, E. (ed.) Book`: the editors' role, then the book
        role = _HOST_ROLE.match(title)
        title = title[role.end() :] if role else title
    return title if names and title else before


_DIGIT = re.compile(r"\d")
# A spelled ordinal or a meeting's abbreviated word in what split from a host's title as
# its editors (`Sixth Int. Conf. on …`, `Proc. Annual Meeting`): the host's own words.
# An ordinal counts only before a meeting's word (`Second Example, ROE B.` is an
# editor whose family is `Second`).
_MEETING_WORD = re.compile(
    r"\b(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh"
    r"|Twelfth|[A-Z][a-z]+(?:teenth|tieth))\s+(?:Annual\s+|Annu\.\s*)?(?:Int|Intl"
    r"|International|Conf|Conference|Symp|Symposium|Workshop|Meeting|Congress|Proc"
    r"|Colloquium|Seminar)|Int|Intl|Proc|Conf|Symp|Annu)\b"
)


_DATE_DASH = re.compile(r"\s*[-–—]\s*")


def dashed(date: str) -> str:
    """A printed date with its parts joined by plain hyphens (`1991—06—05` → `1991-06-05`)."""
    return _DATE_DASH.sub("-", date)


def online_fields(tail: str, hosted: bool) -> dict[str, Any] | None:
    """`[EB/OL]//Site. (2021-03-01)[2024-05-02]`: the dates, and the site or publisher."""
    dates = _ONLINE_DATES.search(tail)
    if not dates:
        cited = _CITED_ONLY.fullmatch(tail)  # `[EB/OL]. [2018-04-02]. URL`: no date of its own
        if cited is None:
            bare = _BARE_DATES.fullmatch(tail)  # `[R/OL]. 2019[2021-05-02]. URL`
            if bare is None:
                return None
            issued = dashed(bare.group(1))
            return {"issued": issued, "year": issued[:4], "accessed": dashed(bare.group(2))}
        return {"accessed": dashed(cited.group(1))}
    issued = dashed(dates.group("issued").replace(".", "-"))  # `(2020.03.01)`: stops too
    fields: dict[str, Any] = {"issued": issued, "year": issued[:4]}
    if dates.group("cited"):
        fields["accessed"] = dashed(dates.group("cited").strip().replace(".", "-"))
    tail = (tail[: dates.start()] + tail[dates.end() :]).strip(" .,")
    if tail:
        fields["container" if hosted else "publisher"] = clean_container(tail)
    return fields


# A year that PDF text split with a space (`中国史研究, 1 998(3): 167-173`), after the
# journal's comma and before the issue or the volume's comma.
_SPLIT_YEAR = re.compile(r",\s*(\d{1,3}) (\d{1,3})(?=\s*[(,])")


def joined_year(tail: str) -> str:
    """`tail` with a year split by a space (`_SPLIT_YEAR`) joined again; as given when the
    digits joined are no year."""
    found = _SPLIT_YEAR.search(tail)
    if found is None or not re.fullmatch(_YEAR, found.group(1) + found.group(2)):
        return tail
    return tail[: found.start(2) - 1] + tail[found.start(2) :]


# A newspaper's date in Chinese (`2018年1月12日`), or with its day's `日` typed after the
# digits (`2018-01-12日`).
_CJK_DATE = re.compile(r"(?<!\d)(\d{4})\s*(?:年|-)\s*(\d{1,2})\s*(?:月|-)\s*(\d{1,2})\s*日")


# The locator before the year (`世界林业研究, 23(4): 2010, 65-69.`): the year moved to its
# GB/T place, between the journal and the volume, the comma before the pages made a colon.
_YEAR_AFTER_LOCATOR = re.compile(
    rf"^(?P<journal>[^,]+),\s*(?P<locator>\d+\s*\(\s*\w+\s*\))\s*:\s*(?P<year>{_YEAR})\s*,\s*"
    r"(?=\d)"
)


def year_before_locator(tail: str) -> str:
    """`tail` with the year before the volume (`_YEAR_AFTER_LOCATOR`); as given when the
    year does not follow the locator."""
    found = _YEAR_AFTER_LOCATOR.match(tail)
    if found is None:
        return tail
    journal, locator, year = found.group("journal", "locator", "year")
    return f"{journal}, {year}, {locator}: {tail[found.end() :]}"


# The journal's comma before the year lost (`Can Example J 1985,24(1):1 - 10.`), as
# copied lists print it: the year follows the journal's last word after a space alone,
# and a volume or an issue follows the year.
_YEAR_WITHOUT_COMMA = re.compile(rf"^(?P<journal>[^,]*[^\W\d_])\s+(?P<year>{_YEAR})(?=\s*[,(])")


def comma_before_year(tail: str) -> str:
    """`tail` with the comma before its year (`_YEAR_WITHOUT_COMMA`); as given when there
    is a comma already or no such year."""
    found = _YEAR_WITHOUT_COMMA.match(tail)
    if found is None:
        return tail
    return f"{found.group('journal')}, {tail[found.start('year') :]}"


# The volume and issue spelled out (`, Vol.12, No.3: 45-56`) or the pages after a comma
# (`, 12(3), 45-56`), as English entries of Chinese lists print them: GB/T's `12(3): 45`.
_SPELLED_LOCATOR = re.compile(
    r",\s*Vol\.?\s*(?P<volume>\d+)\s*,?\s*(?:No|Issue)\.?\s*(?P<issue>\w+)\s*[:,]\s*(?=\S)"
    r"|,\s*(?P<volume2>\d+)\s*\(\s*(?P<issue2>\w+)\s*\)\s*,\s*(?=[A-Za-z]?\d+\s*(?:[-–~]|\.?\s*$))",
    re.I,
)


def gbt_locator(tail: str) -> str:
    """`tail` with a spelled or comma-led locator (`_SPELLED_LOCATOR`) in GB/T's form; as
    given when it holds none."""
    found = _SPELLED_LOCATOR.search(tail)
    if found is None:
        return tail
    volume = found.group("volume") or found.group("volume2")
    issue = found.group("issue") or found.group("issue2")
    return f"{tail[: found.start()]}, {volume}({issue}): {tail[found.end() :]}"


def iso_date(found: re.Match[str]) -> str:
    """A `_CJK_DATE` match as `YYYY-MM-DD`."""
    year, month, day = found.groups()
    return f"{year}-{month:0>2}-{day:0>2}"


# The year before the journal (`[J] 1998,Example Transactions A(4):1221~1235`), as copies
# from the Qikan database print foreign articles: the year, a comma, the journal with
# no comma of its own, the issue in parentheses (a number, maybe lettered: `(4)`, `(S1)`;
# a note, `(Online)`, `(自然科学版)`, is the journal's) and the pages after a colon (or
# none). The journal ends in no space, so a run of spaces is read one way (linear).
_YEAR_BEFORE_JOURNAL = re.compile(
    rf"^\s*(?P<year>{_YEAR})\s*,\s*(?P<journal>[^\W\d_][^,()]*?)(?<!\s)\s*"
    r"(?P<issue>\(\s*(?:\d{1,4}[A-Za-z]?|[A-Za-z]{1,2}\d{1,3})\s*\))"
    r"\s*(?::|(?=\.?\s*$))"
)


def year_before_journal(tail: str) -> str:
    """`tail` in GB/T's order (`Journal, YEAR(ISSUE): PAGES`) when its year comes first
    (`_YEAR_BEFORE_JOURNAL`); as given otherwise."""
    found = _YEAR_BEFORE_JOURNAL.match(tail)
    if found is None:
        return tail
    journal, year, issue = found.group("journal", "year", "issue")
    pages = tail[found.end() :].strip(" .")
    return f"{journal}, {year}{issue}: {pages}" if pages else f"{journal}, {year}{issue}"


def mended_periodical(tail: str, newspaper: bool) -> str:
    """A periodical part that `PERIODICAL` refused, with the slips real lists print mended:
    a year split by a space, the year after the locator, the comma before the year lost,
    a newspaper's date in Chinese;
    "" when none is found (no second match is worth trying)."""
    for mend in (
        joined_year,
        year_before_locator,
        comma_before_year,
        gbt_locator,
        year_before_journal,
    ):
        mended = mend(tail)
        if mended != tail:
            return mended
    if newspaper and "日" in tail:
        return _CJK_DATE.sub(iso_date, tail, 1)
    return ""


# The journal's city and a colon before its name (`[J]. 北京:经济研究, 2004(1): 4-15`), as
# some Chinese lists print a journal the way GB/T prints a book's imprint: two or three
# ideographs, no body's word at their end (`_NOT_CITY_END`), then the journal's own
# ideographs. A longer head (`中国科学: 地球科学`, a journal's series) is the journal's.
_CITY_BEFORE_JOURNAL = re.compile(
    r"(?P<city>[\u4e00-\u9fff]{2,3})\s*[:：]\s*(?P<journal>[\u4e00-\u9fff].*)"
)


# Ends of a discipline's or a field's name (`物理学`, `地质`, `工程`, `教育`), which a
# journal's own head before its colon holds (`物理学:进展与评论`) and no city's name does.
_FIELD_END = frozenset("学质论术业程究息境育料械筑济")


def journal_city(head: str) -> bool:
    """Whether the ideographs before a journal's colon are its city (`北京:经济研究`): no
    body's word (`_NOT_CITY_END`) nor a field's (`_FIELD_END`) ends them."""
    return head[-1] not in _NOT_CITY_END and head[-1] not in _FIELD_END


# What GB/T lists print in parentheses after a journal's name that is no part of it: its
# ISSN (`Renewable Example (S0960-1481)`, `示例学报(ISSN 1000-1234)`: the `S` is the
# 1987 edition's mark of a serial), or its Chinese name after its English one (`Acta
# Example Sinica (示例学报)`, as the English lists of Chinese journals print it); a
# Chinese name's own parentheses (`示例学报(自然科学版)`) stay.
_JOURNAL_ISSN = re.compile(r"(?<!\s)\s*[(（]\s*(?:ISSN:?\s*|S)?\d{4}-?\d{3}[\dXx]\s*[)）]\s*$")
_JOURNAL_ORIGINAL = (
    r"(?<=[A-Za-z.])\s*[(（]\s*[\u4e00-\u9fff][\u4e00-\u9fff（）()]{1,30}\s*[)）]\s*$"
)


@cache
def journal_original_pattern() -> re.Pattern[str]:
    """`_JOURNAL_ORIGINAL` compiled when first needed (its classes of ideographs cost
    import time; few journals end in a parenthesis)."""
    return re.compile(_JOURNAL_ORIGINAL)


def journal_without_glosses(container: str) -> str:
    """A journal's name without the ISSN or Chinese name printed after it in parentheses
    (`_JOURNAL_ISSN`, `_JOURNAL_ORIGINAL`); an edition's name in ideographs (`(中文版)`,
    `(自然科学版)`: ending in `版`) is the journal's own part, no gloss, and stays."""
    if not container.endswith((")", "）")):
        return container
    container = _JOURNAL_ISSN.sub("", container)
    if container.isascii() or container.rstrip(" )）").endswith("版"):
        return container  # `Journal of Example University (自然科学版)`: the journal's edition
    return journal_original_pattern().sub("", container)


def periodical_fields(tail: str, newspaper: bool = False) -> dict[str, Any] | None:
    """`Journal, YEAR, VOL(ISSUE): PAGES` ([J], [N]); a newspaper's `YYYY-MM-DD(3)` is its
    page (版次), not an issue."""
    match = PERIODICAL.match(tail) or PERIODICAL.match(mended_periodical(tail, newspaper))
    if not match:
        return None
    fields = {k: v.strip() for k, v in match.groupdict().items() if v and k != "pages"}
    fields["container"] = clean_container(journal_without_glosses(match.group("container")))
    city = _CITY_BEFORE_JOURNAL.match(fields["container"]) if "：" in tail or ":" in tail else None
    if city is not None and journal_city(city.group("city")):
        fields["place"], fields["container"] = city.group("city", "journal")
    pages = match.group("pages") or ""
    if match.group("date"):
        fields["issued"] = match.group("year") + match.group("date")
        if newspaper and not pages and not match.group("volume"):
            pages = fields.pop("issue", "")
    fields.pop("date", None)
    locator = _LOCATOR_AS_PAGES.fullmatch(pages) if "(" in pages else None
    if locator is not None and not match.group("volume") and not match.group("issue"):
        fields["volume"], fields["issue"] = locator.groups()  # `Journal, 2016: 137(1).`
        return fields
    fields.update(locator_fields(pages))
    return fields


# A volume and its issue after the year's colon, no pages after them (`Journal, 2016:
# 137(1).`, as lists copy an online article's locator): `PERIODICAL` reads them as the
# pages, which hold no parentheses.
_LOCATOR_AS_PAGES = re.compile(r"(\d{1,4})\s*\(\s*(\d{1,4}|[A-Za-z]?\d{1,3}[A-Za-z]?)\s*\)")


def date_only_fields(tail: str) -> dict[str, Any] | None:
    """A part that holds a date and little else (`_DATE_ONLY`): patents, documents
    ([Z], [A/OL]) and online works of GB/T 7714-2005."""
    match = _DATE_ONLY.match(tail)
    if match is None:
        return None
    issued = dashed(match.group("issued"))
    fields: dict[str, Any] = {"issued": issued, "year": issued[:4]}
    cited = match.group("cited") or match.group("cited2")
    if cited:
        fields["accessed"] = dashed(cited)
    before = (match.group("before") or "").strip(" .,")
    if before.startswith(("http://", "https://")):
        fields["url"] = before
    elif _ISSUED_NUMBER.fullmatch(before):
        fields["document_number"] = before
    elif before:
        fields["publisher"] = before
    return fields


# A number the work was issued under, printed alone before its date: a Chinese official
# document's (`国发〔2015〕40号`: the issuer's short form, the year in brackets, the
# number) or a standard's (`GB/T 7714-2015`), which names no publisher.
_ISSUED_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,12}\s*[\[〔(（]\s*(?:19|20)\d\d\s*[\]〕)）]\s*第?\s*\d+\s*号"
    r"|[A-Z]{1,4}(?:/[A-Z])?\s*\d+(?:\.\d+)*\s*[-—–]\s*(?:19|20)\d\d"
)


# A Chinese official document's number in parentheses closing its title (`关于…的通知
# (国发〔2015〕40号)[EB/OL]`), as lists print a notice's title from its source: the
# number is the document's, no word of the title.
_TITLE_DOCUMENT = re.compile(
    r"\s*[(（]\s*(?P<number>[\u4e00-\u9fff]{1,12}\s*[\[〔(（]\s*(?:19|20)\d\d\s*[\]〕)）]"
    r"\s*第?\s*\d+\s*号)\s*[)）]$"
)


# A Chinese place name alone before the publisher (no edition statement is one).
_CJK_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}(?<![版本译校])")
# An edition closed by a comma instead of a stop (`[M]. 2nd, New York: Springer, 1989.`).
_EDITION_COMMA = re.compile(r"^(\d+\s*(?:st|nd|rd|th|版)(?:\s*ed(?:n|ition)?\.?)?)\s*,\s*", re.I)
# A host with its meeting's place and year but no publisher (`[C]//Proceedings of …,
# Zhuhai, 2002: 263-270.`, `//全国…学术文集,珠海,2002:263-270.`), as real lists print
# proceedings whose publisher they do not know.
_HOST_PLACE_YEAR = re.compile(
    r"^(?P<host>[^,，]{5,}?)\s*,\s*"
    r"(?!(?:Springer|Elsevier|Wiley|Pergamon|Academic|Routledge|Sage)\b)"
    r"(?P<place>[\u4e00-\u9fff]{2,6}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?<!Press)"
    r"(?:,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)?|[A-Z]{2},\s*USA)"
    rf"\s*,\s*(?P<year>{_YEAR})(?:\s*:\s*(?P<pages>[^,;:.]+?))?\s*\.?\s*$"
)


# The publisher before its place (`高等教育出版社, 北京. 2000: 45–47.`, `Academic Press, San
# Diego, 2000`), as some lists print the imprint: said to be a publisher by its last word
# (a house's, or a publishing body's: `Example Publishing`, `Example Concrete Institute`,
# as lists of Chinese civil engineering print the American institutes whose codes they
# cite). The place may name its state, short or in full (`Farmington Hills, Michigan`);
# pages follow the year after a colon, or a range after a comma (`Beijing, 2001, 13–15`,
# as `PUBLISHED` reads it); the pages and the closing stop meet no run of spaces they
# share (linear on any run). A unit of the body after its comma is no place (`Example
# Research Institute, Department of Widgets, 2010`: the publisher's own words).
_PUBLISHER_PLACE = re.compile(
    r"^(?P<publisher>[^,.:;]+?(?:出版社|出版公司|书局|书店|印书馆|Press|Publishers?|Publishing"
    r"|Institute))"
    r"\s*,\s*(?![^\d,.:;]{0,30}?\b(?:Department|Division|School|Faculty|Laborator(?:y|ies)"
    r"|College|Universit(?:y|ies)|Cent(?:er|re)|Office|Ministry|Bureau|Branch|Section)\b)"
    r"(?P<place>[^\d,.:;]{2,30}?(?:,\s*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?))?)"
    rf"\s*[.,]\s*(?P<year>{_YEAR})"
    r"(?:(?:\s*:|\s*,(?=\s*\d+\s*[-–—~]\s*\d+\s*(?:\.\s*)?$))\s*"
    r"(?P<pages>[^,;:.\s](?:[^,;:.]*[^,;:.\s])?))?\s*(?:\.\s*)?$"
)


# A firm's abbreviated word closing the publisher before the year's comma (`Example
# Group Inc.,2002`, `Example Ltd., 1999`): its stop is no end of a part, so it goes.
_FIRM_STOP = re.compile(rf"(?:(?<=\bInc)|(?<=\bLtd)|(?<=\bCo))\.(?=\s*,\s*{_YEAR})")


# A report's number word before its stop (`[R]. Report No. EX-1999/02, 1999.`, `Technical
# Report No. 12, 2001`): what follows it is the report's number, no publisher, and the
# stop is the word's own, closing no part.
_NUMBER_WORD = re.compile(r"(?:[A-Z][A-Za-z]{1,12}\s+){0,3}(?:No|Nr)")
# A report's number printed alone where its publisher would stand (`[R]. AIAA-2004-5246,
# 2004.`, `[R]. NASA TM X-64790, 1973.`, `[R]. NREL/TP-500-12345, 2010.`): an agency's
# letters in capitals, maybe a series' letters after a space or a slash, then the number
# (after a hyphen or a space), its parts joined by hyphens; no lower-case letter. Read
# on 40 characters at most (`number_alone`), so its backtracking stays bounded.
_NUMBER_ALONE = re.compile(
    r"[A-Z][A-Z\d]*(?:[ /][A-Z][A-Z\d]*){0,2}[ -](?:[A-Z]{1,3}-)?\d{2,}(?:-\d+)*"
)


def number_alone(publisher: str) -> bool:
    """Whether a report's `publisher` is its number (`_NUMBER_ALONE`)."""
    return len(publisher) <= 40 and _NUMBER_ALONE.fullmatch(publisher) is not None


def published_fields(base: str, tail: str, hosted: bool) -> dict[str, Any] | None:
    """`[Host|edition.] Place: Publisher, YEAR[: PAGES]` (books, theses, proceedings), or a
    host with its place and year alone (`_HOST_PLACE_YEAR`), or `Publisher, Place, YEAR`
    (`_PUBLISHER_PLACE`). A meeting's paper whose host is printed with its year and
    nothing between (`[C]//22nd Example Workshop, 2023: 22-29.`, `[C]//第十届示例会议论文集,
    2023`) names its proceedings there, no publisher: GB/T's `//` opens the host."""
    tail = _EDITION_COMMA.sub(r"\1. ", tail, 1) if tail[:1].isdigit() else tail
    firm = _FIRM_STOP.search(tail) if ".," in tail or "., " in tail else None
    if firm:  # `Example Group Inc.,2002`: the firm's stop, which closes no part
        tail = tail[: firm.start()] + tail[firm.end() :]
    match = PUBLISHED.match(tail) or PUBLISHED_PLAIN.match(tail)
    if not match:  # a meeting's place and year after the code of its proceedings too
        if hosted:
            return host_place_year(tail)
        if base == "R":
            return report_imprint(tail) or publisher_place(tail)
        return body_imprint(host_place_year(tail)) if base == "C" else publisher_place(tail)
    fields: dict[str, Any] = {}
    before = (match.group("before") or "").strip()
    if base == "R" and match.group("place") is None and _NUMBER_WORD.fullmatch(before):
        fields = {"document_number": match.group("publisher").strip(), "year": match.group("year")}
        return fields | locator_fields(match.group("pages") or "")  # `[R]. Report No. X, 1999`
    if base == "R" and match.group("place") is None and not before:
        number = match.group("publisher").strip()
        if number_alone(number):  # `[R]. AIAA-2004-5246, 2004.`: the number, no publisher
            fields = {"document_number": number, "year": match.group("year")}
            return fields | locator_fields(match.group("pages") or "")
    if before and (base in {"C", "G", "A"} or hosted):
        fields["container"] = clean_container(host_title(before))
    elif before and match.group("place") is None and _CJK_PLACE.fullmatch(before):
        fields["place"] = before  # `北京. 科学出版社, 1993`: a stop typed for the colon
    elif before:
        volume = _BOOK_VOLUME.match(before)
        if volume:  # `[M]. Vol I. Beijing: …`: the volume of a set, before the imprint
            fields["volume"] = unicodedata.normalize("NFKC", volume.group(1))
            before = before[volume.end() :]
        edition = edition_statement(before)
        if edition:
            fields["edition"] = edition
    fields.update(
        {k: match.group(k).strip() for k in ("place", "publisher", "year") if match.group(k)}
    )
    if fields.get("publisher") == fields.get("container"):
        del fields["publisher"]  # `[M/OL]//medRxiv. medRxiv, 2016`: the server, printed twice
    elif base in {"C", "A"} and "container" in fields and meeting_place(fields):
        fields["place"] = fields.pop("publisher")  # `//论文集. 北京, 2010`, `[A]. 论文集[C]. 北京`
    elif hosted and "container" in fields and meeting_town(fields):
        fields["place"] = fields.pop("publisher")  # `//Proc. Example Conf. Exampleville, 2000`
    elif (
        hosted
        and base in {"C", "A"}
        and not before
        and match.group("place") is None
        and not house_host(fields.get("publisher", ""))  # `[C]//Example Press, 2023`: a house
    ):
        fields["container"] = clean_container(host_title(fields.pop("publisher")))
    elif base == "C" and not before and match.group("pages") and meeting_named(fields):
        # `[C].成都:示例会议(年会),2012:10-14.`: the proceedings where the house would stand
        fields["container"] = clean_container(fields.pop("publisher"))
    fields.update(locator_fields(match.group("pages") or ""))
    return fields


# A meeting's or its proceedings' word (`年会`, `研讨会`, `论文集`, `Proceedings`), which
# names no publishing house. Not `_HOST_NAME` (a host's words, for `body_imprint`): that
# one names journals and transactions too, and no meeting's `年会`, `研讨会` or `论坛`.
_MEETING_NAME = re.compile(
    r"会议|年会|研讨会|论坛|论文集|文集|\b(?:Proceedings|Conference|Symposium|Workshop|"
    r"Congress|Colloquium)\b"
)


# A body a meeting's name may lead (`示例论坛组委会`, `示例会议秘书处`, `示例会议论文集编委会`,
# `示例会议中心`, `示例论坛网`, `Widget Workshop Organizers`; not `Proceedings of the Widget
# Society`, the proceedings): the publisher.
_MEETING_BODIES = (
    "组委会",
    "委员会",
    "编委会",
    "秘书处",
    "学会",
    "协会",
    "筹备组",
    "办公室",
    "中心",
    "网",
)
_MEETING_BODY_WORD = re.compile(
    r"\b(?:Committee|Organi[sz]ers|Secretariat|Society|Association|Office|Cent(?:er|re))\Z"
)


def meeting_named(fields: dict[str, Any]) -> bool:
    """Whether a proceedings' `[C]` printed without GB/T's `//` names the meeting where its
    publisher would stand, after the meeting's place (`[C].成都:示例会议(年会),2012:10-14.`,
    as lists that do not know the house print it): a meeting's word (`_MEETING_NAME`) and
    no house's (`house_host`) in it. A house after the place stays the publisher (`[C].
    北京:示例出版社,2012`), and so does a body's name (`示例学会`, `示例论坛组委会`,
    `Widget Workshop Organizers`); the caller asks only where pages follow (a paper's:
    `[C].成都:示例会议,2012.` may be the proceedings the meeting published)."""
    publisher = fields.get("publisher", "")
    return (
        "place" in fields
        and _MEETING_NAME.search(publisher) is not None
        and not house_host(publisher)
        and not publisher.endswith(_MEETING_BODIES)
        and (_MEETING_BODY_WORD.search(publisher) is None or "Proceedings" in publisher)
    )


# A publishing house's name where a meeting paper's host would stand (`[C]//Example
# Press, 2023: 22-29.`, `[C]//示例出版社, 2023`, `[C]//Springer, 2023`): a house's
# closing word, or one word a known house is named by (`is_house_word`), as lists that
# drop the proceedings' title print the house alone; a meeting's host names no house.
_HOUSE_HOST = re.compile(
    r"(?:\b(?:Press|Publish\w*|Verlag|Books|Inc|Ltd|GmbH|LLC|Co)\.?|出版社|书局|書局|出版公司)\Z"
)


def house_host(text: str) -> bool:
    """Whether a host printed alone before its year is a publishing house (`_HOUSE_HOST`,
    `is_house_word`), which stays the publisher."""
    return _HOUSE_HOST.search(text) is not None or is_house_word(text)


# A Chinese city's name (two or three ideographs) where a host's publisher would stand
# (`[C]//示例会议论文集. 北京, 2010: 12-15.`): the meeting's place, as `_HOST_PLACE_YEAR`
# reads it after a comma; a publisher or a body ends in its own word (`出版社`, `学会`).
_CITY = re.compile(r"[\u4e00-\u9fff]{2,3}")
_NOT_CITY_END = frozenset("社馆局店会所院部司心")


# A town's one word where a host's publisher would stand (`//Sixth Int. Conf. on Widgets.
# Exampleville, 2000: 31-38.`): the meeting's place, as GB/T lists print proceedings whose
# publisher they do not know; the publishers printed by one such word are no town.
_TOWN = re.compile(r"[A-Z][a-zà-ÿ]{3,}")
_ONE_WORD_PUBLISHERS = frozenset(
    """Springer Elsevier Wiley Pergamon Routledge Sage Balkema Kluwer Birkhäuser Thieme
    Karger Hanser Teubner Vieweg Macmillan Blackwell Butterworth Heinemann Longman
    Academic Emerald Pearson Prentice Scitech Trans Tech Taylor Bentham Hindawi Mdpi
    Frontiers Nature Science Cell Oxford Cambridge Princeton Harvard Yale Brill Praeger
    Chapman Ashgate Artech Curran Karnac Bloomsbury Mouton IEEE ACM SPIE""".split()  # noqa: SIM905
)
# A meeting's word in a host (`Proc.`, `Conf.`, `Symposium`): only a meeting has a town.
_MEETING_HOST = re.compile(
    r"\b(?:Proc|Proceedings|Conf|Conference|Symp|Symposium|Congress|Workshop|Meeting|"
    r"Colloquium|Forum|Summit)\b"
)


def is_house_word(word: str) -> bool:
    """Whether a word is a known publisher's one word (`_ONE_WORD_PUBLISHERS`), its
    diacritics dropped as copies often drop them (`Birkhauser` for `Birkhäuser`)."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return word in _ONE_WORD_PUBLISHERS or plain in _ASCII_PUBLISHERS


_ASCII_PUBLISHERS = frozenset(
    unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode()
    for w in _ONE_WORD_PUBLISHERS
)


def meeting_town(fields: dict[str, Any]) -> bool:
    """Whether a host's publisher, printed without a place, is one capitalised word no
    publisher is named by (`_TOWN`, `is_house_word`) after a host that names a meeting
    (`_MEETING_HOST`): the meeting's town. A hosted book (`//ROE A. Handbook. Praeger`)
    has no town, so its one word stays the publisher."""
    publisher = fields.get("publisher", "")
    if "place" in fields or _TOWN.fullmatch(publisher) is None:
        return False
    if _MEETING_HOST.search(fields.get("container", "")) is None:
        return False
    return not is_house_word(publisher)


def meeting_place(fields: dict[str, Any]) -> bool:
    """Whether a host's publisher, printed without a place, is the meeting's Chinese city
    (`_CITY`)."""
    publisher = fields.get("publisher", "")
    if "place" in fields or _CITY.fullmatch(publisher) is None:
        return False
    return publisher[-1] not in _NOT_CITY_END


# A report's series and number before its imprint, GB/T 7714-1987's report (`[R]. Special
# Report 79, Example Research Board, Washington D C, 1964`, `Tech Rep No.1, Example
# Bureau, Place, State 1947`): the series' word and number, the body that issued it, its
# place (maybe its state after a comma), the year after a comma or a space. The body
# and the place end in no space and the place's words take one space each, so a run of
# spaces is read one way only (linear in its length).
_REPORT_SERIES = re.compile(
    r"^(?P<number>[^,:]*?\b(?:Report|Rep|Paper|Note|Memorandum|Bulletin|Series)\.?\s*"
    r"(?:No\.?\s*)?[A-Za-z.-]*\d[\w.-]*)\s*,\s*(?P<publisher>[^,:\s][^,:]+[^,:\s])\s*,\s*"
    r"(?P<place>(?=[^,:\d]{2})[^,:\d\s]+(?:\s[^,:\d\s]+)*(?:,\s*[A-Z][a-z]+)?)"
    rf"(?:\s?,\s*|\s+)(?P<year>{_YEAR})\s*\.?\s*$"
)


def report_imprint(tail: str) -> dict[str, Any] | None:
    """A report's series and number, publisher, place and year (`_REPORT_SERIES`), or its
    body, place and year alone (`host_place_year` whose host is a body, `body_imprint`);
    None otherwise."""
    match = _REPORT_SERIES.match(tail)
    if match is None:
        found = body_imprint(host_place_year(tail))
        return found if found is not None and "publisher" in found else None
    fields = {k: match.group(k).strip() for k in ("publisher", "place", "year")}
    return fields | {"document_number": match.group("number").strip()}


# What names a host, never a publisher (`Proceedings of the Example Society`).
_HOST_NAME = re.compile(
    r"\b(?:Proceedings|Proc|Conference|Conf|Symposium|Workshop|Congress|Meeting|Journal|"
    r"Transactions)\b|会议|论文集|文集"
)


def body_imprint(fields: dict[str, Any] | None) -> dict[str, Any] | None:
    """`host_place_year`'s fields with a host that is a body's name (`[C]. The Example
    Society of London, London, 1955`: GB/T's `[C]` without `//` is the whole proceedings,
    after which its imprint stands) as the publisher; a host's name (`Proceedings of …`)
    stays the container."""
    if fields is None:
        return None
    host = fields.get("container", "")
    if host and not fields.get("publisher") and is_body(host) and not _HOST_NAME.search(host):
        fields["publisher"] = fields.pop("container")
    return fields


def publisher_place(tail: str) -> dict[str, Any] | None:
    """The fields of `Publisher, Place. YEAR[: PAGES]` (`_PUBLISHER_PLACE`); None otherwise."""
    match = _PUBLISHER_PLACE.match(tail)
    if match is None:
        return None
    fields = {k: match.group(k).strip() for k in ("publisher", "place", "year")}
    return fields | locator_fields(match.group("pages") or "")


# A host with its year and pages alone (`[C]//Proceedings of the Example Conference on
# Widgets. 2016: 770-778.`), as Google Scholar's GB/T export and the lists copied from
# it print proceedings: no place, no publisher; the host closed by a stop (a comma may
# close an author-date entry's editors, after which `numeric_order` put the year).
_HOST_YEAR = re.compile(
    rf"^(?P<host>\S.{{4,}}?)\s*\.\s*(?P<year>{_YEAR})(?:\s*:\s*(?P<pages>[^,;:.]+?))?\s*\.?\s*$"
)


def host_year(tail: str) -> dict[str, Any] | None:
    """A host with its year and pages alone (`_HOST_YEAR`); None otherwise."""
    match = _HOST_YEAR.match(tail)
    if match is None:
        return None
    fields = {"container": clean_container(match.group("host")), "year": match.group("year")}
    return fields | locator_fields(match.group("pages") or "")


def host_place_year(tail: str) -> dict[str, Any] | None:
    """A host, its place and year, and pages (`_HOST_PLACE_YEAR`), with the publisher
    that may close the host (`_HOST_THEN_PUBLISHER`); None otherwise."""
    match = _HOST_PLACE_YEAR.match(tail)
    if match is None:
        return None
    host = match.group("host")
    fields: dict[str, Any] = {"place": match.group("place"), "year": match.group("year")}
    publisher = _HOST_THEN_PUBLISHER.search(host) if ". " in host else None
    if publisher and city_before_country(publisher.group("publisher"), fields["place"]):
        # `//Host. Zurich, Switzerland, 2016`, `//Host. New Orleans, LA, USA, 2016`
        host = host[: publisher.start()]
        fields["place"] = f"{publisher.group('publisher')}, {fields['place']}"
    elif publisher and host.count(" ", 0, publisher.start()) >= 2:  # `//Conference on X.
        # Springer, Cham, 2016`
        host = host[: publisher.start()]
        fields["publisher"] = publisher.group("publisher")
    fields["container"] = clean_container(host)
    fields.update(locator_fields(match.group("pages") or ""))
    return fields


# GB/T 7714-1987's analytic entry (`Part[A]. In: Editors. Proceedings[C]. Place: Publisher,
# YEAR. pages`), as English entries of Chinese lists print proceedings whose publisher they
# do not know: the host led by `In:`, then the meeting's place (a city, maybe its state or
# country) and the year alone, the pages after a stop or a colon.
_IN_LEAD = re.compile(r"In\s*:\s*")
_MEETING_PLACE_YEAR = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:\s*,\s*(?:[A-Z]{2,3}|[A-Z][a-z]+"
    rf"(?:[ -][A-Z][a-z]+)?))?)\s*,\s*(?P<year>{_YEAR})"
    r"(?:\s*[:.]\s*(?P<pages>\d+(?:\s*[-–~]\s*\d+)?))?\s*\.?\s*$"
)


def meeting_place_year(after: str) -> dict[str, Any] | None:
    """The meeting's place, year and pages after an analytic entry's host code
    (`_MEETING_PLACE_YEAR`); None when the part names a publisher or reads otherwise."""
    match = _MEETING_PLACE_YEAR.match(after)
    if match is None:
        return None
    fields = {"place": match.group("place"), "year": match.group("year")}
    return fields | locator_fields(match.group("pages") or "")


# Countries a meeting's city is printed with (`//IBM Research. Zurich, Switzerland, 2016`):
# the words after the host's stop are the city, not a publisher, when one of them follows.
_COUNTRIES = frozenset(
    """USA UK China Japan Korea Germany France Italy Spain Portugal Canada Australia
    Switzerland Austria Netherlands Belgium Sweden Norway Denmark Finland Poland Russia
    India Singapore Brazil England Scotland Greece Turkey Israel Mexico Egypt Iran Malaysia
    Thailand Taiwan Ireland Hungary Romania Argentina Chile Indonesia Vietnam Pakistan
    Luxembourg Slovenia Croatia Serbia Ukraine Qatar""".split()  # noqa: SIM905
)


def city_before_country(word: str, place: str) -> bool:
    """Whether the words before a country (`_COUNTRIES`, or a state and `USA`) are its
    city (`Zurich, Switzerland`), not a publisher printed with its country as GB/T copies
    print a house's seat (`Springer, Germany`): a known house's word is no city."""
    if place not in _COUNTRIES and not place.endswith(", USA"):
        return False
    return not is_house_word(word)


# A publisher closing the host before its place (`//European Conference on Widgets.
# Springer, Cham, 2016: 21-37.`, `Springer, Berlin, Heidelberg`), as Google Scholar's
# GB/T export prints proceedings: a short name of capitalised words after a stop that
# closes a host of three words or more (`Proc. SPIE` is one host).
_HOST_THEN_PUBLISHER = re.compile(r"\.\s+(?P<publisher>[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3})$")


# Statements between the code and the imprint that are no edition: a translator's
# (`李华, 译`, `潘光旦译注`) and a thesis's degree (`硕士学位论文`).
_NOT_EDITION = re.compile(r"(?:译|译注|编译|校|trans)\.?$|学位论文|thesis|dissertation", re.I)
# A host and its imprint joined by a comma (`[C]//Proceedings …, Los Alamitos, CA: IEEE
# Press, 2018: 101-109`): the imprint from the place before its colon.
_HOST_COMMA_IMPRINT = re.compile(
    rf"^(?P<host>.+?),\s*(?=[^,.:]{{2,40}}(?:,\s*[A-Z]{{2}})?\s*:\s*[^.:,]+?,\s*{_YEAR}\b)"
)


# The volume of a set between a book's code and its imprint (`[M]. Vol I. Beijing: …`,
# `[M]. Vol.Ⅳ. South-China Ed. Fuzhou: …`, as the English entries of Chinese lists print
# a volume of a pharmacopoeia or a flora): a Roman or Arabic number after `Vol`.
_BOOK_VOLUME = re.compile(r"Vol\.?\s*([IVXLC]{1,5}|[Ⅰ-Ⅻ]|\d{1,3})\b\.?\s*")


def edition_statement(before: str) -> str:
    """The statements between a book's title and its imprint, as its edition (`2版`,
    `2nd ed`), without those that are no edition (`_NOT_EDITION`)."""
    kept = [p for p in re.split(r"\.\s*", before) if p.strip() and not _NOT_EDITION.search(p)]
    return ". ".join(p.strip() for p in kept)


_WHITE_RUN = re.compile(r"\s+")


# A preprint's part (`arXiv preprint arXiv:1409.01234, 2014`, Google Scholar's GB/T
# export; `arXiv:1409.01234, 2014`): the server, the identifier, the year.
_ARXIV_PREPRINT = re.compile(
    r"^(?:arXiv(?:\s+preprint|\s+e-prints?)?[,\s]*)?arXiv\s*:\s*"
    r"(?P<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)"
    rf"\s*[,.]\s*(?P<year>{_YEAR})\s*\.?\s*$"
)


def parse_publication(code: str, tail: str, linked: bool = False) -> dict[str, Any] | None:
    """Fields of the part after the type code, by the shape the code implies; `linked`:
    a URL or DOI was peeled from the entry, so an online work may print nothing else
    (`[EB/OL]. [2018-04-02]. URL`, whose access date was peeled too). A web page may print
    nothing after its code even so: a list copied from a web page loses its links
    (`题名[EB/OL].`); an online journal or book still names its journal or imprint."""
    if "\n" in tail:  # a run of line breaks would cost the imprint pattern time squared
        tail = _WHITE_RUN.sub(" ", tail)
    tail = tail.strip().lstrip(".").strip()
    if tail.endswith(".."):  # `2001..`: a stop typed twice
        tail = tail.rstrip(".") + "."
    online = code.startswith("EB") or code.endswith("/OL")
    if not tail and online and (linked or code.startswith("EB")):
        return {}
    hosted = tail.startswith("//")
    tail = tail.lstrip("/").strip()
    if online:
        dated = online_fields(tail, hosted)
        if dated is not None:
            return dated
    base = code.split("/")[0]
    if "arXiv" in tail:
        preprint = _ARXIV_PREPRINT.match(tail)
        if preprint:  # `[J]. arXiv preprint arXiv:1409.01234, 2014.`
            number = preprint.group("id")
            return {"container": "arXiv", "pages": number, "article_number": number} | {
                "year": preprint.group("year")
            }
    host_mark = find_type_mark(tail) if base == "A" else None
    if host_mark:  # GB/T 7714-2005: `Part[A]. Editors. Book[C]. Place: Publisher, YEAR: pages`
        book = tail[: host_mark.start()].strip(" ./")
        lead = _IN_LEAD.match(book)
        book = book[lead.end() :] if lead else book  # `In: Editors. Book[C]`: no part of it
        after = tail[host_mark.end() :].strip(" .")
        meeting = meeting_place_year(after)
        if meeting is not None:  # `[A].In:Proceedings[C].Place, YEAR.pages`
            meeting["container"] = clean_container(host_title(book))
            return meeting
        tail = f"{book}. {after}"
    if base in {"J", "N"}:
        found = periodical_fields(tail, base == "N")
    else:
        found = published_fields(base, tail, hosted)
        comma = _HOST_COMMA_IMPRINT.match(tail) if found is None and hosted else None
        if comma:  # `//Host, Place, ST: Publisher, YEAR`: the host ends at that comma
            found = published_fields(base, f"{comma.group('host')}. {tail[comma.end() :]}", True)
        if found is None and hosted:  # `//Proceedings of …. 2016: 770-778.`
            found = host_year(tail)
    if found is None and base in _DATED_ONLY and not hosted:
        return date_only_fields(tail)
    if (
        found is None
        and online
        and not hosted
        and base not in {"J", "N"}
        and _BARE_DATE.fullmatch(tail)
    ):
        return date_only_fields(tail)  # `[R/OL]. 2019[2021-05-02]. URL`: the date alone
    return found


# A periodical part that opens with its year: the code was typed after the journal's
# name (`Title. 地理研究[J], 2021, 40(4): 1134-1145`), not after the title.
_YEAR_FIRST = re.compile(rf"\s*,\s*{_YEAR}\s*,")
_LAST_TITLE_STOP = re.compile(r".*[.．]\s*(?=\S)")


def code_after_journal(title: str, tail: str) -> tuple[str, str]:
    """The title without the journal it ends with, and the journal joined to the
    periodical part; as given when the title has no stop to split at."""
    stop = _LAST_TITLE_STOP.match(title)
    if stop is None:
        return title, tail
    return title[: stop.end()].rstrip(" .．"), title[stop.end() :] + tail


def untitled_journal(names: str, title: str, tail: str) -> tuple[str, str]:
    """`NAMES. Journal[J], 2019, 363(6425): 340-341.`: an article printed without its
    title (lists of Chinese materials journals print their English entries so), whose
    code follows the journal: the part after the names, with no stop of its own, is the
    journal. As given when no names were found or the part holds a stop."""
    if not names or not title or _LAST_TITLE_STOP.match(title):
        return title, tail
    return "", title + tail


# The language note between an English entry and the Chinese original it translates, in
# parentheses after it (`… 2004 (in Chinese) (王某. 题名[M]. 北京: 出版社, 2004)`), as
# Chinese computing journals print their references.
_IN_CHINESE_THEN = re.compile(
    r"\s*[(\[]\s*in Chinese(?: with English abstract)?\s*[)\]]\s*[.,]?\s*(?=\()", re.I
)


def chinese_original(text: str) -> tuple[str, str] | None:
    """`(Chinese original, English version)` of an English entry that a language note and
    its Chinese original in parentheses close (`_IN_CHINESE_THEN`); None otherwise."""
    note = _IN_CHINESE_THEN.search(text)
    if note is None:
        return None
    close_at = matching_paren(text, note.end())
    inner = text[note.end() + 1 : close_at]
    if close_at < 0 or text[close_at + 1 :].strip(" .") or not has_cjk(inner):
        return None
    return inner, text[: note.start()]


def bracket_closed(text: str) -> bool:
    """Whether an entry in Latin letters ends in a bracket (maybe then a stop): what
    `bracketed_original` needs, tested before its pattern is searched."""
    return text[:1].isascii() and text.rstrip(" .")[-1:] == "]"


def bracketed_original(text: str) -> tuple[str, str] | None:
    """`(Chinese original, English version)` of an English entry its Chinese original
    closes in brackets, type code and all (`Shi Y,Liu C,et al. English title[J]. Journal,
    2006,61(5):482-490.[施某,刘某,等. 中文题名[J]. 地理学报,2006,61(5):482-490.]`, as
    Chinese geography journals print their lists): the batches read such an entry from
    its original, as they read a Chinese entry the English version of which follows
    (`pop_translation`). None unless the bracket holds ideographs and what precedes it
    none."""
    bracket = _BRACKETED_VERSION.search(text)
    if bracket is None or has_cjk(text[: bracket.start()]):
        return None
    inner = bracket.group("inner")
    return (inner, text[: bracket.start()]) if has_cjk(inner) else None


# What a bracketed original may lack that its English version prints (`English[J].
# Journal, 2010, 12(3): 1-9. [中文作者. 中文题名[J]. 刊名, 2010.]`): the same article's.
_VERSION_LOCATORS = ("volume", "issue", "pages", "first_page", "last_page")


def mended_original(fields: dict[str, Any], english: str) -> bool:
    """Whether the reading of a bracketed original (`bracketed_original`) stands against
    its English version's: not when the original reads no name where the English does
    (`WHO. Report[R]. … [世界卫生组织. 报告[R]. …]`, a body's name the original's grammar
    takes into the title); the locators the original leaves out are taken from the
    English (`fields` is mended in place)."""
    version = parse_gbt(english)
    if isinstance(version, str):
        return True
    if version.get("authors") and not fields.get("authors"):
        return False
    for key in _VERSION_LOCATORS:
        if version.get(key) and not fields.get(key):
            fields[key] = version[key]
    return True


def parse_bilingual(text: str) -> dict[str, Any] | None:
    """An English entry followed by its Chinese original (`chinese_original`, in
    parentheses after a language note; `bracketed_original`, in brackets) read from the
    original, the English version as its translation (as `pop_translation` reads the
    English version a Chinese entry appends); None when it is no such pair or the
    original does not read."""
    pair = chinese_original(text) if "hinese" in text else None
    bracketed = False
    if pair is None and bracket_closed(text):
        pair = bracketed_original(text)
        bracketed = True
    if pair is None or find_type_mark(pair[0]) is None:
        return None
    fields = parse_gbt(pair[0])
    english = pair[1]
    mark = find_type_mark(english)
    if isinstance(fields, str) or mark is None:
        return None
    if bracketed and not mended_original(fields, english):
        return None
    if mark.group("code") not in {"J", "N"}:  # a book's imprint is no container
        english = english[: mark.end()]
    fields.update(translation_fields(english) or {})
    return fields


# Each Chinese part followed by its English in parentheses (`陈健(Chen Jian).题名(English
# Title)[D].某大学学院(School of Example, Example University), 2007.`), as lists of Chinese
# power-engineering journals print them: Latin words after an ideograph, in parentheses,
# closing the name or part (a stop, comma, colon, the type code or the end follows).
# English inside a title (`基于蒙特卡洛(Monte Carlo)方法`) is the title's own, and so is
# its part's number (`示例研究(Part 2)[J]`): no translation.
_ROMANISED = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*[(（](?!(?:Part|Pt\.?|Vol\.?|No\.?)\s*\w{1,4}\s*[)）])"
    r"(?P<latin>[A-Z][^()（）\u4e00-\u9fff]*)[)）](?=\s*(?:[.,;:，。．；：\[［]|\Z))"
)


def unromanised(text: str) -> str:
    """`text` without the English that closes its Chinese names and parts (`_ROMANISED`)
    when that Latin holds a space (`陈健(Chen Jian).`: a name's romanisation, a title's or
    a body's translation); a single word (`(DNA)`, `(SCI)`) and English inside a title
    (`蒙特卡洛(Monte Carlo)方法`) are the Chinese text's own."""
    return _ROMANISED.sub(lambda m: "" if " " in m["latin"].strip() else m[0], text)


def romanised_title(
    head: str, tail: str, translation: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """The part after the code without the English of its Chinese parts (`unromanised`),
    and the English closing the head (the title's) as the translation, unless the entry
    appends one: for an entry whose head holds such English (`_ROMANISED`)."""
    at = max(head.rfind("("), head.rfind("（"))
    while at > 0 and head[at - 1].isspace():
        at -= 1
    english = _ROMANISED.match(head, at) if head[-1:] in ")）" else None
    if english is not None and english.end() == len(head) and " " in english["latin"].strip():
        translation = translation or {"title_translation": clean_title(english["latin"])}
    return unromanised(tail), translation


# `Available` (from, at, online) closing the entry with no link after it, which the
# list lost (the next line's, or a note's): nothing of the imprint before it.
# Looked for in the tail's last 40 characters; what closes it is one class, so that a run
# of spaces there is read one way.
_LINK_LOST = re.compile(r"(?<=\.)\s*[Aa]vailable(?:\s+(?:from|at|online))?[\s:.]*\Z")


def parse_gbt(
    text: str, mark: re.Match[str] | None = None, linked: bool = False
) -> dict[str, Any] | str:
    """Parse one GB/T 7714 entry into Reference fields, or return why it failed; `mark`:
    `find_type_mark(text)`, when the caller has it already."""
    mark = mark or find_type_mark(text)
    if not mark:
        return "no type code like [J] after the title"
    bilingual = parse_bilingual(text) if "hinese" in text or bracket_closed(text) else None
    if bilingual is not None:
        return bilingual
    head = text[: mark.start()].strip()
    romanised = _ROMANISED.search(head) if ")" in head or "）" in head else None
    names, title = split_authors_title(head if romanised is None else unromanised(head))
    code = mark.group("code")
    tail, translation = pop_translation(text[mark.end() :])
    if "vailable" in tail[-24:]:
        lost = _LINK_LOST.search(tail, max(0, len(tail) - 40))
        tail = tail[: lost.start()] if lost else tail  # `London: Example Press,2004. Available.`
    if romanised is not None:
        tail, translation = romanised_title(head, tail, translation)
    if code == "J" and _YEAR_FIRST.match(tail):
        split = code_after_journal(title, tail)
        title, tail = untitled_journal(names, title, tail) if split[0] == title else split
    publication = parse_publication(code, tail, linked)
    number = document_number(code, title)
    if number:  # `题名:专利号`, `GB/T 16159-1996, 题名`: the number apart from the title
        title = title[: number.start()] + title[number.end() :]
    elif code.startswith("S") and names[:1].isupper():
        number = designation_alone(names)
        names = "" if number else names  # `GB/T 1234-2005. Title[S]`: no author
    if number:
        if publication is None and number.group("year"):  # a standard printed alone
            publication = {"year": number.group("year")}
        elif publication is None and not tail.strip(" ."):  # `ASTM D1-00, Title[S].`
            publication = {}
    if publication is None:
        shape = PUBLICATION_SHAPE[code[:1] in "JN"]
        return f"after [{code}], no {shape} part in {quote(tail.lstrip(' .'))}"
    foreign = (
        text[:1] in "[("
        and _NATIONALITY.match(text) is not None
        and not dynasty_lead(text)
        and not reign_lead(text)
    )
    authors, et_al = gbt_names(names, foreign) if names else ((), False)
    first = names.split(",")[0].strip()
    if authors and foreign and _PLAIN_CJK.fullmatch(first):
        authors = (Author(family=first), *authors[1:])  # `[英]蔼理士`: a foreign name whole
    edition = _TITLE_EDITION.search(title, max(0, len(title) - 24)) if ")" in title[-2:] else None
    if edition and _YEAR_VERSION.search(edition.group(1)):
        edition = None  # `诊疗指南(2020版)`: a guideline's version by its year, the title's
    if edition:  # `普通生态学(2版)`, `Title(3rd ed.)`: the edition printed with the title
        title = title[: edition.start()].rstrip()
    stated = (
        _EDITION_SENTENCE.search(title)
        if code[:1] == "M" and " ed" in title and not edition
        else None
    )
    if stated:  # `Title. 2nd ed. Prepared by …[M]`: the edition and what follows it
        title, edition = title[: stated.start()], stated
    issued = (
        _TITLE_DOCUMENT.search(title, max(0, len(title) - 40))
        if title[-1:] in ")）" and not number
        else None
    )
    if issued:  # `…的通知(教体艺[2018]3号)`: the document's number printed with the title
        title = title[: issued.start()].rstrip()
    genre = _THESIS_GENRE.search(title, max(0, len(title) - 40)) if title[-1:] == "]" else None
    if genre:  # `Title[Ph.D.Thesis][D]`: the degree in brackets before the code
        title = title[: genre.start()]
    original = original_after_version(title) if title[-1:] in ")）" and not translation else None
    if original is not None:  # `English Title (中文题名)`: the original is the title
        title, translation = original[0], {"title_translation": clean_title(original[1])}
    fields: dict[str, Any] = {
        "type_code": code,
        "kind": KINDS[code.split("/")[0]],
        "title": clean_title(title),
        "authors": authors,
        "et_al": et_al,
    }
    if number:
        fields["document_number"] = number.group("number")
    elif issued:
        fields["document_number"] = issued.group("number")
    if edition:
        fields["edition"] = edition.group(1)
    fields.update(translation)
    fields.update(publication)
    if " In" in title and code[:1] in "MCGA" and not fields.get("container"):
        in_host(fields, title)
    return fields


# A Chinese title in parentheses after its English version (`Pharmacopoeia of Example
# (示例药典)`, `Example Biological Technology(示例生化技术)`), as the English lists of Chinese
# journals print a Chinese book or article: the original is the title, the English its
# translation. Six ideographs or more, the English of four words or more: a term's
# ideographs after its name (`… of Radix Exempli (黄芪)`) are fewer. The English ends in
# no white space, so that a run of it is read one way (linear where `\s*` would share it).
_VERSION_THEN_ORIGINAL = (
    r"(?P<english>[A-Z][^()（）\u4e00-\u9fff]{9,}?[^\s()（）\u4e00-\u9fff])\s*[(（]\s*"
    r"(?P<original>[\u4e00-\u9fff][\u4e00-\u9fff：:，,、]{5,40})\s*[)）]"
)


# The words a Chinese drug's or formula's English name ends with, or its part in Latin
# leads (`Radix`, `Rhizoma`): an English title glosses such a name in ideographs after it.
_GLOSSED_NOUNS = frozenset(
    """capsule capsules decoction decoctions pill pills granule granules tablet tablets
    injection powder formula recipe prescription soup extract liquid ointment plaster
    tincture syrup tea wine paste radix rhizoma herba fructus semen cortex flos folium
    ramulus""".split()  # noqa: SIM905 - a word list reads best as text
)


@cache
def version_pattern() -> re.Pattern[str]:
    """`_VERSION_THEN_ORIGINAL` compiled when first needed (its classes of ideographs cost
    import time; few titles end in a parenthesis)."""
    return re.compile(_VERSION_THEN_ORIGINAL)


def original_after_version(title: str) -> tuple[str, str] | None:
    """`(original, english)` of a title that is an English version and its Chinese
    original in parentheses (`_VERSION_THEN_ORIGINAL`); None otherwise, and when the
    English before the parentheses ends in two pinyin words or a drug's noun
    (`_GLOSSED_NOUNS`: `… Banxia Tianma Decoction (半夏天麻汤示例)`, a formula's or a drug's
    name glossed inside an English title)."""
    found = version_pattern().fullmatch(title.strip())
    if found is None:
        return None
    words = found.group("english").split()
    if len(words) < 4 or words[-1].lower().strip(",.;:") in _GLOSSED_NOUNS:
        return None  # `… Example Capsule (示例胶囊)`: a drug's name glossed
    if _GLOSSED_NOUNS.intersection(word.lower() for word in words[-3:]):
        return None  # `… of Radix Exempli (示例)`: a drug's part in Latin
    pinyin = [is_pinyin(word.strip(",.;:'’")) for word in words[-4:]]
    if any(a and b for a, b in pairwise(pinyin)):
        return None
    return found.group("original"), found.group("english").strip()


# A thesis's degree in brackets between its title and its code (`Title[Ph.D.Thesis][D]`,
# `题名[博士学位论文][D]`), which says what `[D]` says: no words of the title.
_THESIS_GENRE = re.compile(
    r"\s*\[\s*(?:Ph\.?\s?D\.?|Doctoral|Master'?s?|M\.?\s?S\.?c?\.?)\s*(?:[Tt]hesis|[Dd]issertation)"
    r"\s*\]$|\s*\[(?:博士|硕士)(?:学位)?论文\]$"
)


# A chapter's title and its book joined by `In` before the book's code, as English entries
# of Chinese lists print them (`"Chapter" In Book[M]`, `Chapter. In: EDITOR A, ed. Book[M]`):
# the title quoted, or closed by a stop and followed by `In:`, or by `In` without its
# colon when the editors' role in parentheses follows the names (APA's `In Editor, A.
# (ed.) Book[M]`, as English entries of Chinese lists of education print it).
_IN_HOST = re.compile(
    r"^(?:[“\"‘](?P<quoted>[^”\"’]+)[”\"’]\s*[,.]?\s+In:?|(?P<plain>[^“\"]+?[.?!])\s+In"
    r"(?::|(?=\s+[^()]{1,80}\((?:[Ee]ds?|Hrsg|Hg)\.?\))))"
    r"\s+(?P<host>\S.*)$"
)
# The editors' role in parentheses after their names, before the book's title (`(ed.)`,
# `(Eds.)`, German `(Hrsg.)`): none of the title.
_HOST_ROLE = re.compile(r"\((?:[Ee]ds?|Hrsg|Hg)\.?\)[.,:]?\s*")


def in_host(fields: dict[str, Any], title: str) -> None:
    """Split a chapter's title from the book it is `In` (`_IN_HOST`): the book becomes the
    container, without its editors (`host_title`)."""
    found = _IN_HOST.match(title)
    if found is None:
        return
    fields["title"] = clean_title(found.group("quoted") or found.group("plain"))
    fields["container"] = clean_container(host_title(found.group("host")))


# Where the title may end in an entry without a type code: a stop, then the publication.
_PART_STOP = re.compile(r"[.．]\s*(?=\S)")
# GB/T's own periodical part, strictly: `Journal, YEAR, VOL(ISSUE): PAGES` (a volume or an
# issue, then a colon), which no other style prints (Nature's `Journal 90, 1931 (1980)`
# would pass `PERIODICAL`, which trusts the type code).
# `, 2019, 40(2): 1`, `, 2019, (6): 1`, `, 2019, 8: 1` and, without a volume, `, 2019(6): 1`
# and a newspaper's date and page closing the entry, `, 2016-03-01(06).`
_GBT_PART = (
    rf",\s*{_YEAR}\s*(?:,\s*(?:\d+\s*)?(?:\(\s*\w+\s*\))?|\(\s*\w+\s*\))\s*:\s*\S"
    r"|,\s*(?:1[5-9]|20)\d\d-\d\d?-\d\d?\s*\(\s*\w+\s*\)\s*\.?\s*$"
)
GBT_PERIODICAL = re.compile(rf"[^,;]+?(?:{_GBT_PART})")
# `GBT_PERIODICAL` from its first comma on, anywhere: what a periodical part needs.
_GBT_PART_ANYWHERE = re.compile(_GBT_PART)
_LAST_STOPS = 4
# A publisher's name, which no place ends with: `出版社: 上海` is ACS's order.
_PUBLISHER_END = re.compile(r"(?:出版社|出版公司|书局|书店|印书馆|Press|Publishers?)$")
_LOWER_CODE = re.compile(r"\[[a-z]{1,2}(?:/[a-z]{2})?\]$")  # `[j]`: a code `TYPE_MARK` refuses
# A translated book's translators after its title (`题名. 张三, 李四, 译. 北京: …`, GB/T
# 7714's order for a foreign book), before the imprint.
_TRANSLATORS = re.compile(
    r"[.．]\s*[\u4e00-\u9fff·]{2,12}(?:\s*[,，、]\s*[\u4e00-\u9fff·]{2,12}){0,5}\s*(?:等)?\s*[,，]?\s*译$"
)
# The same, with a Chinese place and the imprint's colon after it: a GB/T book even
# without its code, as no other style orders a translated book so.
TRANSLATED_BOOK = re.compile(
    _TRANSLATORS.pattern.removesuffix("$") + r"\s*[.．]\s*[\u4e00-\u9fff]{2,4}\s*:"
)
# A book's edition after its title and a stop, before the imprint (`内科学. 7版. 北京: …`,
# `药典. 2015年版.`, `第2版`, `修订版`, `2nd ed.`), as GB/T prints it after the type code.
_UNCODED_EDITION = re.compile(
    r"[.．]\s*((?:第\s*)?\d+\s*(?:年\s*)?版|[\u4e00-\u9fff]{0,2}修订版"
    r"|\d+(?:st|nd|rd|th)\s+ed(?:n|ition)?\.?)$"
)
UNCODED_STYLE = "gbt7714-no-code"
UNCODED_SCORE = "0.70"  # below `refparse.LOW_SCORE`: a reading a person is asked to check


def parse_uncoded(text: str, books: bool = True) -> dict[str, Any] | None:
    """An entry printed in GB/T order that lost its type code (`干军. 题名. 期刊, 2022,
    43(2): 1-5.`, or an older list that printed none): read as a journal article when the
    part after a title stop is a GB/T periodical part, else as a book when it is an
    imprint (`books`). The code is what says the kind, so the reading is scored low: it is
    reported for a person to check, never passed off as a sure one. None when no such
    split reads. Without `books` only the periodical part is read, which no other style
    prints; an imprint (`Place: Publisher, YEAR`) other styles print too."""
    if not books and _GBT_PART_ANYWHERE.search(text) is None:
        return None  # most Chinese entries of other styles: one search led by `,`, in C
    names, rest = split_authors_title(text.strip())
    if not names or not (has_cjk(names) or all(" " in p for p in split_author_list(names)[0])):
        return None  # no code to anchor it: only names as GB/T prints them (`SMITH J`, `干军`)
    # The publication part follows one of the last few stops: trying only those keeps a
    # long entry (a run-on list) linear.
    for stop in reversed(list(_PART_STOP.finditer(rest))[-_LAST_STOPS:]):
        title, tail = rest[: stop.start()].strip(), rest[stop.end() :]
        code_left = _LOWER_CODE.search(title, max(0, len(title) - 12))
        title = title[: code_left.start()].rstrip() if code_left else title
        if not title:
            continue
        code = "J"
        publication = periodical_fields(tail, True) if GBT_PERIODICAL.match(tail) else None
        if publication is not None and "issued" in publication and "volume" not in publication:
            code = "N"  # `人民日报, 2016-03-01(06)`: a newspaper's date and page
        if books and (
            publication is None
            or (code == "J" and not publication.get("volume") and not publication.get("issue"))
        ):
            code, publication = "M", published_fields("M", tail, False)
            if publication is not None and not publication.get("place"):
                continue  # a GB/T book names its place: `北京: 出版社, 2010`
            if publication is not None and _PUBLISHER_END.search(publication["place"]):
                publication["place"], publication["publisher"] = (  # ACS: `出版社: 上海`
                    publication["publisher"],
                    publication["place"],
                )
        if publication is None:
            continue
        edition = _UNCODED_EDITION.search(title, max(0, len(title) - 24)) if code == "M" else None
        if edition:  # `内科学. 7版. 北京: …`: the edition between the title and the imprint
            title = title[: edition.start()].rstrip()
            publication["edition"] = edition.group(1)
        if code == "M" and title.endswith("译"):
            title = _TRANSLATORS.sub("", title)  # `题名. 张三, 李四, 译`: no part of the title
        authors, et_al = gbt_names(names)
        part, host, book = title.partition("//")
        if host and book.strip() and code == "M":  # `Part//Editors. Book. Place: …`
            title = part
            publication["container"] = clean_container(host_title(book.strip(" ./")))
        original = original_after_version(title) if title[-1:] in ")）" else None
        if original is not None:  # `English Title(中文题名)`: the original is the title
            title = original[0]
            publication["title_translation"] = clean_title(original[1])
        return {
            "kind": KINDS[code],
            "title": clean_title(title),
            "authors": authors,
            "et_al": et_al,
            **publication,
            "style": UNCODED_STYLE,
            "style_score": UNCODED_SCORE,
        }
    return untitled_uncoded(names, rest)


def untitled_uncoded(names: str, rest: str) -> dict[str, Any] | None:
    """An article printed without its title after GB/T's names, its journal's part alone
    (`Doe C, Roe C, et al. Widgets, 2018, 10(6):679`, as Chinese chemistry journals print
    their lists, no code either): the whole rest a periodical part with a volume, no stop
    inside it. None otherwise."""
    if _PART_STOP.search(rest) is not None or not GBT_PERIODICAL.match(rest):
        return None
    if site_named(names):
        return None  # `示例物联网. 学报, 2010, 12(3): 1-9`: a title with no author, not a site's
    publication = periodical_fields(rest, True)
    if publication is None or not publication.get("volume") or not publication.get("container"):
        return None
    authors, et_al = gbt_names(names)
    return {
        "kind": Kind.ARTICLE,
        "title": "",
        "authors": authors,
        "et_al": et_al,
        **publication,
        "style": UNCODED_STYLE,
        "style_score": UNCODED_SCORE,
    }
