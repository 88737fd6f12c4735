"""GB/T 7714 in both of its systems: numeric (`NAMES. Title[J]. Journal, 2017, 7(3): 1.`)
and author-date (`NAMES, 2017. Title[J]. Journal, 7(3): 1.`).

The type code anchors both. An author-date entry is rewritten into the numeric order (the
year moved from the author block into the publication part) and read by the numeric
grammar in `gbt7714.py`, so one grammar owns GB/T's publication shapes. Entries that lost
their code are read the same way by `read_uncoded`, with the English version some
journals append (`(Cao J.2004. Title. Journal, 24(5):549-552.[in Chinese])`).
"""

from __future__ import annotations

import re
from typing import Any

from mmrefs.ingest.gbt7714 import (
    GBT_PERIODICAL,
    TRANSLATED_BOOK,
    UNCODED_SCORE,
    UNCODED_STYLE,
    find_type_mark,
    looks_like_names,
    opening_paren,
    parse_gbt,
    parse_uncoded,
    periodical_fields,
    pop_translation,
    uncoded_version,
)
from mmrefs.ingest.normalize import clean_title
from mmrefs.ingest.styles.base import YEAR, Candidate, Miss
from mmrefs.ingest.styles.heads import split_title_container
from mmrefs.ingest.styles.people import read_names
from mmrefs.ingest.styles.sources import QUOTES, title_edition
from mmrefs.model import Kind
from mmrefs.text import has_cjk

_AUTHOR_DATE = re.compile(
    rf"^(?P<names>[^\[\]]{{0,600}}?)[,.]\s*(?P<year>{YEAR}[a-z]?)\s*[.．]\s*(?=\S)"
)
# The year in parentheses after the names (`Doe T.M., Roe G.S. (2010) Title[M]. Example
# Press, Beijing.`, `Doe J (2010). Title[J]. Journal, 12(3): 45-67.`), as English lists of
# Chinese authors mix APA's head with GB/T's codes: read as the author-date system. The
# names hold no parenthesis, so the first one opens the year (one way to read the head).
_PAREN_AUTHOR_DATE = re.compile(
    rf"^(?P<names>[^\[\]()]{{1,600}}?)\s*\(\s?(?P<year>{YEAR}[a-z]?)\s?\)\s*[.．,:]?\s*(?=\S)"
)
# A stop then a space inside the names (`Doe J, Roe K. Widget (2010) review[J]`, `Doe J.
# A., Roe K. B. (2010)`): the parenthesised year may be a title's, and the names, once
# put before the title with a stop, would end at their first initial's stop; such heads
# are left to the other readings. Initials closed up (`Doe T.M., Roe G.S. (2010)`) pass.
_SPACED_STOP = re.compile(r"[.．。]\s")
_PERIODICAL = frozenset({"J", "N"})
_ENGLISH_AFTER = re.compile(r"\s*\((?=[^()]*\[[A-Z]{1,2}(?:/OL)?\])")


_LAST_COMMA = re.compile(r"\s*,\s*(?=[^,]*$)")
_ISSUE_PAGES = re.compile(r"\s*(?=\(\s*[^()]*\)\s*:[^:()]*$)")
_LAST_COLON = re.compile(r"\s*(?=:[^:]*$)")


def periodical_with_year(tail: str, year: str) -> str:
    """`. Journal, 7(3): 1460.` → `. Journal, 2017, 7(3): 1460.`; the year goes before
    the locator: before the last comma, else before `(issue):`, else before `:`."""
    for pattern, joiner in ((_LAST_COMMA, ", "), (_ISSUE_PAGES, ""), (_LAST_COLON, "")):
        slot = pattern.search(tail, 2)
        if slot:
            return f"{tail[: slot.start()]}, {year}{joiner}{tail[slot.end() :]}"
    stop = re.search(r"\s*\.?\s*$", tail)
    at = stop.start() if stop else len(tail)
    return f"{tail[:at]}, {year}{tail[at:]}"


def numeric_order(body: str, mark: re.Match[str] | None = None) -> tuple[str, str] | None:
    """An author-date entry in numeric order, and its year; None if not author-date.
    `mark`: `find_type_mark(body)`, when the caller has it already."""
    match = _AUTHOR_DATE.match(body)
    if match is None and "(" in body[:620]:
        match = _PAREN_AUTHOR_DATE.match(body)
        if match is not None and _SPACED_STOP.search(match.group("names")):
            return None
    if not match:
        return None
    mark = mark or find_type_mark(body)
    if not mark or mark.start() < match.end():
        return None
    year = match.group("year")
    head = f"{match.group('names').rstrip(' ,')}. {body[match.end() : mark.end()]}"
    tail, english = split_english(body[mark.end() :])
    reordered = in_numeric_order(mark.group("code"), tail, year)
    return head + reordered + english, year


def split_english(tail: str) -> tuple[str, str]:
    """The publication part, and an English version appended after it: in parentheses
    with its code, after the publication's stop with its code (`gbt7714.pop_translation`:
    the year the numeric order moves is the Chinese's, not the English copy's), or in
    brackets without one (`gbt7714.uncoded_version`)."""
    found = _ENGLISH_AFTER.search(tail)
    if found:
        return tail[: found.start()], tail[found.start() :]
    if "]" in tail:  # `… 36(9): 1-5. DOE J, 2015. Title[J]. Acta …`: after the stop
        rest, version = pop_translation(tail)
        if version and len(rest) < len(tail) and tail.startswith(rest):
            return rest, tail[len(rest) :]
    if tail[-3:].rstrip(" .").endswith("]"):
        rest, version = uncoded_version(tail)
        if version:  # `… 23(1): 60-64. [WANG M. 2004. Title. Journal, 23(1): 60-64.]`
            return rest, tail[len(rest) :]
    return tail, ""


def in_numeric_order(code: str, tail: str, year: str) -> str:
    """The publication part with the year where the numeric system prints it."""
    if code.startswith("EB") or "(" + year[:4] in tail:
        return tail
    if code.split("/")[0] in _PERIODICAL:
        if re.search(rf",\s*{year[:4]}\s*,", tail):
            return tail  # `(2010) Title[J]. Journal, 2010, 12(3)`: the year printed twice
        return periodical_with_year(tail, year)
    stop = re.search(r"(?::\s*[\d\-–\s]+)?\s*\.?\s*$", tail)
    at = stop.start() if stop else len(tail)
    return f"{tail[:at]}, {year}{tail[at:]}"


def gbt(body: str, mark: re.Match[str] | None = None, linked: bool = False) -> Candidate | Miss:
    """Read a GB/T entry in either system; the reason names GB/T when neither reads it.
    `mark`: `find_type_mark(body)`, when the caller has it already."""
    mark = mark or find_type_mark(body)
    reordered = numeric_order(body, mark)
    if reordered:
        text, style = reordered[0], "gbt7714-author-date"
        parsed: dict[str, Any] | str = parse_gbt(text, None, linked)
    else:
        style, parsed = "gbt7714", parse_gbt(body, mark, linked)
    if isinstance(parsed, str) and reordered:
        parsed = parse_gbt(body, mark, linked)
        style = "gbt7714"
    if isinstance(parsed, str):
        return Miss("GB/T 7714", parsed)
    if not parsed.get("title") and not untitled_article(parsed):
        return Miss("GB/T 7714", "no title found")
    title_edition(parsed)  # an English book's `Title(Second Edition) [M]`
    return Candidate(style, parsed, 1.0)


def untitled_article(parsed: dict[str, Any]) -> bool:
    """An article that its names and journal stand for, printed without a title (`NAMES.
    Journal[J], 2019, 363(6425): 340-341.`, `gbt7714.untitled_journal`); an entry that
    lost its names as well (`[J]. Journal, 2019, …`) is too little to read."""
    return parsed["type_code"] == "J" and bool(parsed.get("container") and parsed["authors"])


# The English version Chinese journals append to an uncoded entry, marked as a
# translation by its closing `[in Chinese]` (`… 24(5):549-552.(Cao J, Wu S H.2004. Land
# use …. Journal of Desert Research, 24(5):549-552.[in Chinese])`).
_IN_CHINESE_END = re.compile(r"[\[(]\s*in Chinese\s*[\])]\s*\.?\s*\)\s*\.?\s*$", re.I)
_IN_CHINESE = re.compile(r"\s*[\[(]\s*in Chinese\s*[\])]\s*\.?\s*$", re.I)


def pop_english_version(body: str) -> tuple[str, str]:
    """`body` without the English version that ends it, parenthesised (with `[in
    Chinese]`) or bracketed (`bracketed_english`), and that version (without its `[in
    Chinese]`); `(body, "")` when there is none."""
    end = _IN_CHINESE_END.search(body)
    if end is None:
        return bracketed_english(body) if body.endswith(("]", "].")) else (body, "")
    close_at = body.rindex(")", end.start())
    open_at = opening_paren(body, close_at)
    if open_at < 0:
        return body, ""
    inner = _IN_CHINESE.sub("", body[open_at + 1 : close_at])
    return body[:open_at].rstrip(), inner


def bracketed_english(body: str) -> tuple[str, str]:
    """`body` without the English version in brackets that a Chinese entry may end with
    (`… 人民日报, 2016-03-01(06). [QU C F. Title. People's Daily, 2016-03-01(06).]`), and
    that version: names, a stop, the rest, no ideograph; `(body, "")` when there is none."""
    close_at = body.rindex("]")
    open_at = body.rfind("[", 0, close_at)
    inner = body[open_at + 1 : close_at]
    if (
        open_at < 0
        or len(inner) < 20
        or not ("A" <= inner[0] <= "Z")
        or ". " not in inner
        or has_cjk(inner)
        or not has_cjk(body[:12])
    ):
        return body, ""
    return body[:open_at].rstrip(), inner


# GB/T's author-date periodical part (`Journal, 24(5): 549`, `Journal, (6): 30`): a comma
# before the volume or issue, which Chicago's `Journal 24 (5): 549` lacks; nor does GB/T
# quote a title.
_DATED_PERIODICAL = re.compile(r",\s*(?:\d+\s*(?:\(\s*\w+\s*\))?|\(\s*\w+\s*\))\s*:\s*\S")


def uncoded_fields(body: str, books: bool, version: bool = False) -> dict[str, Any] | None:
    """`parse_uncoded` in either system: an author-date entry (`NAMES.2004.Title.Journal,
    24(5):549-552.`) is put in numeric order first, the year before the periodical's
    locator, or after a book's imprint. Only Chinese names, or the names of the English
    `version` of a Chinese entry, are taken to open an author-date entry: without a type
    code, a year after an English name block is any author-year style's, read by its own
    grammar."""
    match = _AUTHOR_DATE.match(body)
    if not books and "译" in body:
        books = TRANSLATED_BOOK.search(body) is not None  # `题名. 张三, 译. 北京: …`
    if match is None or not opens_author_date(match.group("names"), version):
        return parse_uncoded(body, books)  # a year after a title or a date is no author-date
    names, year, rest = match.group("names"), match.group("year"), body[match.end() :]
    found = None
    if (not rest or rest[0] not in QUOTES) and (version or _DATED_PERIODICAL.search(rest)):
        found = parse_uncoded(f"{names}. {periodical_with_year(rest, year)}", books=False)
    if found is None and books:
        found = parse_uncoded(f"{names}. {in_numeric_order('M', rest, year)}", books=True)
    return found


def opens_author_date(names: str, version: bool) -> bool:
    """Whether `names` (before `.YEAR.`) is a GB/T author block: Chinese unless in an
    English `version`, no stop but `et al.`'s, and names by `looks_like_names`."""
    return (
        (version or has_cjk(names))
        and "." not in names.replace("et al.", "")
        and looks_like_names(names)
    )


def read_uncoded(body: str, books: bool = True) -> dict[str, Any] | None:
    """An entry in GB/T order without a type code (`gbt7714.parse_uncoded`), in either
    system, with the English version it may append read as the translation; None when
    it does not read so."""
    if "”" in body or '"' in body:
        quoted = read_quoted(body)
        if quoted is not None:
            return quoted
    body, english = pop_english_version(body)
    found = uncoded_fields(body, books)
    if found is not None and found.get("container") and ". " in found.get("title", ""):
        abbreviated_journal(found)
    if found is None or not english:
        return found
    version = uncoded_fields(english, books, version=True)
    if version is not None:
        found["title_translation"] = version.get("title", "")
        found["authors_translation"] = version.get("authors", ())
        found["container_translation"] = version.get("container", "")
    return found


def abbreviated_journal(found: dict[str, Any]) -> None:
    """An English journal's name of abbreviated words in a Chinese list (`Title. J. Clin.
    Oncol., 2004, 22(18): 3766-3775.`), which the GB/T reading cut at its last stop
    (`Oncol`): the words before it that `split_title_container` reads as the journal's
    go back to the container."""
    title, container = found["title"], found["container"]
    head, journal = split_title_container(f"{title}. {container}.")
    journal = journal.rstrip(".")
    if len(journal) > len(container) and journal.endswith(container):
        found["title"], found["container"] = head.rstrip("."), journal


# The English entries of Chinese economics journals' lists: names in the order of their
# source (the first inverted), the title in quotes and GB/T's periodical part after it
# (`Example, Ana, Ben Sample and Carl D. Other, “Title”, Journal of Widgets, 2002, 118:
# 1231 - 1294.`).
_QUOTED_PERIODICAL = re.compile(
    r"^(?P<names>[^“”\"]{3,300}?)\s*,\s*[“\"](?P<title>[^“”\"]{3,400}?)[,.]?\s*[”\"]"
    r"\s*[,.]?\s*(?P<rest>[^“”\"]+)$"
)


def read_quoted(body: str) -> dict[str, Any] | None:
    """The fields of a `_QUOTED_PERIODICAL` entry whose part after the title is GB/T's
    periodical part (`GBT_PERIODICAL`) and whose names read well; None otherwise."""
    match = _QUOTED_PERIODICAL.match(body)
    if match is None or not GBT_PERIODICAL.match(match.group("rest")):
        return None
    names = read_names(match.group("names"), False, True)
    publication = periodical_fields(match.group("rest"))
    if not names.authors or names.score < QUOTED_NAMES or publication is None:
        return None
    return {
        "kind": Kind.ARTICLE,
        "title": clean_title(match.group("title")),
        "authors": names.authors,
        "et_al": names.et_al,
        **publication,
        "style": UNCODED_STYLE,
        "style_score": UNCODED_SCORE,
    }


QUOTED_NAMES = 0.9  # names read so well (`people.read_names`) that no title is among them
