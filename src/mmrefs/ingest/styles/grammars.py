"""Segment grammars for the styles without type codes, one per place the year and names sit.

- `nlm`: `Authors. Title. Journal. 2017;7(3):1460.` (Vancouver, AMA, Lancet, Elsevier
  Vancouver) and every other `Authors. Title. Container locator` shape (Nature, ACS,
  Elsevier Harvard's locator, Frontiers' `(2017) 7:1460`): names end at a stop.
- `author_year`: `Authors (2017). Title. …` or `Authors, 2017. Title. …` (APA, Harvard,
  Cell, Frontiers, Chicago, Elsevier Harvard; Genetics' `Authors, 2017 Title. …`): the
  year closes the author block.
- `given_first`: `A. R. Smith, L. G. Pereira, and L. W. Huber, “Title,” …` (IEEE, APS):
  the names are given-first, separated by commas, and end where a piece is no name; it
  also reads names inverted and closed by a comma before an untitled journal (RSC, AIP)
  or before a title in an entry that ends in Pleiades' or JSME's locator (`Example, A.B.,
  Title, Journal, 2012, vol. 3, pp. 5–9.`).
- `physics`: `Lan Y P, Chen Y F and Huang K F 2002 Appl. Phys. Lett. 14 272` (Acta Physica
  Sinica, Chinese Physics, IOP's journals, which may print a title before the journal or
  a book's `Title (Place: Publisher)`): family-first names with undotted initials, the
  bare year, then the rest with no punctuation between its parts, read by its own
  patterns (`physics_rest`); tried first when its names and year lead.
The first three hand the text after the author block to `sources.read_rest`, which finds the
locator at the end, the title (quoted or up to a stop) and the container, book or imprint
between.
Each reads in two steps: its head (the anchor and the names, `Head`) and `assemble` (the
rest, most of the cost), so that `choose` can bound a reading by its names and skip the
rest of one that cannot win.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

from mmrefs.ingest.authors import ANONYMOUS, PINYIN_TERMS, is_pinyin
from mmrefs.ingest.normalize import clean_container, clean_title, locator_fields
from mmrefs.ingest.places import is_place
from mmrefs.ingest.styles.base import (
    FOREIGN_MONTH_NAMES,
    LANGUAGES,
    MONTH,
    YEAR,
    Candidate,
    Miss,
)
from mmrefs.ingest.styles.heads import (
    ABBREVIATIONS,
    body_lead,
    names_after_title,
    names_end,
    strip_quotes,
)
from mmrefs.ingest.styles.parts import CORPORATE_SUFFIXES, undouble
from mmrefs.ingest.styles.people import (
    BODY_SCORE,
    Names,
    colon_names,
    is_body,
    is_initials,
    japanese_dated_names,
    japanese_et_al_stop,
    japanese_script,
    name_words,
    read_names,
    split_pieces,
)
from mmrefs.ingest.styles.sources import bracketed_book, fill_source, read_rest
from mmrefs.model import Author, Kind
from mmrefs.text import has_cjk

# An undated work's date: APA's `n.d.`, and its Spanish `s.f.` (sin fecha), French and
# Portuguese `s.d.` (sans date, sem data), German `o. J.` (ohne Jahr).
_UNDATED = r"(?:n\.\s?d|s\.\s?f|s\.\s?d|o\.\s?J)\."
# A month and day before the year, inside the year's parentheses (`(January 4, 2010)`),
# or a season, maybe in lower case and closed by a comma (`(autumn, 2013)`, as lists copied
# from APA's magazine entries print it).
_SEASONS = "spring|summer|autumn|fall|winter"
# The months of the languages whose author-date lists print them so (`(février 1972)`,
# `(12. März 2010)`, `(octubre de 2015)`): French, Spanish, Portuguese, Italian, German,
# Dutch, in either case, maybe after the day (the European order) or before `de`.
_FOREIGN_MONTHS = rf"(?i:{FOREIGN_MONTH_NAMES})"
_FOREIGN_MONTH_DAY = rf"(?:\d{{1,2}}\.?\s+(?:de\s+)?)?{_FOREIGN_MONTHS}\.?,?\s+(?:de\s+)?"
_MONTH_DAY = rf"(?:(?:{MONTH}|{_SEASONS}),?\s+(?:\d{{1,2}},?\s+)?|{_FOREIGN_MONTH_DAY})?"
# A year of the Republic of China's era, as Taiwanese APA lists print it (`(民 82)`,
# `(民國89)`, `(民國 89 年)`): it closes the names as a year does, but gives no year of
# the common era (the guides' labels take only a printed four-digit year; 民 82 is 1993).
_ROC_YEAR = r"民[國国]?\s?\d{1,3}(?:\s?年)?"
# The head's year for such a date: `assemble` marks the reading `era_dated`, so that
# `choose.score` counts the date as a year (the work is dated; no year is missing).
_ERA_DATED = "era"
_AUTHOR_YEAR = (
    # APA's undated work: `Authors. (n.d.). Title.` (its year group holds `n.d.`); the
    # day and month after the year (APA: `(2010, January 4)`) or before it (`(January 4,
    # 2010)`, as magazine and newspaper entries in author-date lists print them); a span
    # of years, the first one taken (`(2019–2020)`, German lists' `(1999/2000)`); the
    # first edition's year after a middle dot (Japanese lists: `(2005・初2002)`, 初 first)
    re.compile(
        rf"^(?P<names>.+?)[,.]?\s*\(\s?{_MONTH_DAY}(?P<year>{YEAR}|{_UNDATED}|{_ROC_YEAR})[a-z]?"
        rf"(?:[-–/](?:{YEAR}|\d\d)[a-z]?)?(?:[,・][^)]{{0,20}})?\s?\)[.,:]?\s*"
    ),
    # `Authors, 2017. Title`, and Genetics' `Authors, 2017 Title` (a comma before the
    # year, and the title's capital after it, for want of a stop, or the guillemet that
    # opens it, as French lists print it: `Nom, Prénom et A. Autre, 2011 « Titre »`,
    # `Nom, Prénom, 2011 « Titre »`); Palgrave's `Authors.
    # 2017: Title` (a colon after the year) when no year follows in the entry: a later
    # one is its date, the first a title's (`1968: The Year …. Press, 2004.`). The scan
    # for it stops at the first later year, so each try reads on only to the next one.
    re.compile(
        rf"^(?P<names>.+?)[,.]\s*(?P<year>{YEAR})[a-z]?"
        rf"(?:[.,]|:(?=\s[A-Z])(?!.*?(?<!\d){YEAR}(?!\d))|(?<=,\s{YEAR})\s(?=[A-Z«]))"
        r"\s*(?=\S)"
    ),
    # Harvard (AGPS): `Howie, L 2008, Title, Publisher, Place.`: the year after the last
    # initial with no stop, then a comma (maybe spaced off: `Example Agency 2013 , Title`);
    # names without a stop, bracket or digit.
    re.compile(rf"^(?P<names>[^.(\d]+?)(?<=[A-Za-z])\s(?P<year>{YEAR})[a-z]?\s?,\s+(?=\S)"),
)
# An initial may be a capital beyond ASCII (`Å. Example`, `Ø. Example`, `Ş. Örnek`: Nordic
# and Turkish authors in given-first lists); one after the first may be a consonant typed
# in lower case (`E. j. Example`, see `people.read_names`; not `v.`, a particle's).
_INITIALS_NAME = (
    r"(?:[A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŊ-Ž][a-z]?\.\s*-?\s*)"
    r"(?:(?:[A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŊ-Ž][a-z]?|[b-df-hj-np-tw-xz])\.\s*-?\s*){0,3}"
    r"(?:(?:van|von|de|der|den|la|le|da|du|dos|das|ter|ten|del|della|di|St\.?)\s+){0,3}"
    r"[^\W\d_][\w'’\-]*(?:\s+[A-Z][\w'’\-]+){0,2}(?:\s+(?:Jr|Sr|II|III|IV)\.?)?"
)
_BODY_NAME = (
    r"[A-Z][\w'’-]*(?:\s+(?:of|for|the|on|and|[A-Z][\w'’-]*)){0,8}\s+(?:Group|Consortium|"
    r"Committee|Investigators|Collaborators|Collaboration|Society|Network|Team|Force)"
)
# What joins given-first names: a comma, `and` (German lists' `und`, French ones' `et`,
# not `et al.`), `&`; or `und`/`and` with the space before the next initial lost, as PDF
# text of older lists prints it (`A. Example undB. Other`).
_GIVEN_FIRST_JOIN = (
    r"(?:,\s*(?:and\s+)?|\s+(?:and|und|et(?!\s+al\b))\s+|\s*&\s*|\s+(?:and|und)(?=[A-Z]\.))"
)
# A name inside the list whose one initial lost its stop (`A. Doe, K Roe, B. Poe`), read
# only where a comma and a dotted initial follow. A title's article (`A Survey, J. Widg.
# Res.`: an abbreviated journal's words read as a name) is `A` only where a whole name
# follows, closed by a comma or a join, as a journal's words are not.
_UNDOTTED_NAME = (
    r"(?:(?!A\s)|(?=A\s[A-Z][a-z][\w'’\-]*,\s*(?:[A-Z][a-z]?\.\s*-?\s*){1,4}"
    r"[A-Z][\w'’\-]*(?:,|\s+(?:and|et)\s)))"
    r"[A-Z]\s[A-Z][a-z][\w'’\-]*(?=,\s*[A-Z][a-z]?\.)"
)
_GIVEN_FIRST_NAMES = (
    rf"(?:{_INITIALS_NAME}|[\u4e00-\u9fff]{{2,4}})"
    rf"(?:{_GIVEN_FIRST_JOIN}(?:{_INITIALS_NAME}|[\u4e00-\u9fff]{{2,4}}|{_BODY_NAME}"
    rf"|{_UNDOTTED_NAME}))*"
    r"(?:,?\s+et\s+al\.?)?"
)
# The names end in a comma (IEEE; the space after it may be lost before a capital, a digit
# or a quote, but not before another name's initial: `A. Example,Title`, never `A.
# Example,|B. Other`, where the names would end early), a stop after a family's lower-case
# letter (`A. Example, B. Other. Title. …`; not an initial's stop, nor after Chinese
# names, which GB/T closes so) or a colon (Springer, given first: `A. Example, B. Other:
# Title. …`, see `colon_names`).
_CLOSE_GIVEN_FIRST = (
    r"(?:,\s+|,(?![A-Z][a-z]?\.)(?=[A-Z\d“\"‘])|(?<=[^\W\d_A-Z\u4e00-\u9fff])\.\s+|\s+)(?=\S)"
)
_GIVEN_FIRST = re.compile(rf"^(?P<names>{_GIVEN_FIRST_NAMES})(?P<stop>:|{_CLOSE_GIVEN_FIRST})")
_GIVEN_FIRST_NO_COLON = re.compile(rf"^(?P<names>{_GIVEN_FIRST_NAMES}){_CLOSE_GIVEN_FIRST}")
# The names closed by a comma only (or white space): when the stop was a journal's.
_GIVEN_FIRST_NO_STOP = re.compile(
    rf"^(?P<names>{_GIVEN_FIRST_NAMES})"
    r"(?:,\s+|,(?![A-Z][a-z]?\.)(?=[A-Z\d“\"‘])|\s+)(?=\S)"
)
# An inverted name with dotted initials (`Example, A. B.`, `van der Other, C.`), and a
# block of them closed by a comma before a word that no such name starts (`_INVERTED_HEAD`).
# What may follow an initial (nothing, one or two spaces, a hyphen, spaces around it) is
# read one way only: with `\s?-?\s?` a single space matched either `\s?`, and every name
# of the block doubled the backtracking when the block did not close (exponential).
_INVERTED_NAME = (
    r"(?:(?:van|von|de|der|den|la|le|du|da|dos|ter|ten)\s+){0,3}"
    r"[A-Z][^\W\d_]*(?:[-'’][A-Z]?[^\W\d_]+)?(?:\s[A-Z][^\W\d_]+)?,\s?"
    r"(?:[A-Z][a-z]?\.(?:\s(?:\s|-\s?)?|-\s?)?){0,3}[A-Z][a-z]?\."
)
_INVERTED_HEAD = re.compile(
    rf"^(?P<names>{_INVERTED_NAME}(?:(?:,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+){_INVERTED_NAME})*)"
    rf"(?:,?\s+et\s+al\.)?,\s*(?!and\s|&|{_INVERTED_NAME})(?=[^\W\d_“\"‘])"
)
# The first two words of a journal's abbreviated name, each with its stop (`J. Chem.`,
# `J. electrochem.`; not a given-first name's initials, `J. K. Other`).
_ABBREVIATED_LEAD = re.compile(r"([A-Z][a-z]{0,6})\.\s?(?:[A-Z][a-z]+|[a-z]{2,12})\.")
# A miss is the same every time (and frozen): one each, not one per entry.
_NO_YEAR = Miss("author-year", "no year after the authors")
_NO_GIVEN_FIRST = Miss("given-first", "no given-first names at the start")
_NO_PHYSICS = Miss("physics", "no 'Names YEAR Journal VOL PAGE' shape")
_TITLE_YEAR = Miss(
    "author-year", "a colon closes the authors, and a year in parentheses inside the title follows"
)
# The language of a work cited, as `[in Russian]` notes it: a language's name, by its
# endings (`Russian`, `Polish`, `Chinese`) or in full, so that a title's own bracket
# (`[in Memoriam]`, `[in Press]`, `[in Review]`) stays the title's words.
_IN_LANGUAGE = (
    r"(?-i:in\s(?:[A-Z][a-z]{1,12}(?:ian|ish)|[A-Z][a-z]{3,12}ese|French|Dutch|Czech|German"
    r"|Korean|Catalan|Arabic|Icelandic|Hebrew|Greek|Latin|Slovak|Thai|Hindi|Urdu|Farsi|Malay"
    r"|Swahili|Afrikaans|Basque))"
)
_TAGS = re.compile(rf"(?<!\s)\s*\[(?:Internet|Online|Preprint|WWW Document|{_IN_LANGUAGE})\]", re.I)
# Tags after a title: a medium or genre, or AMA's kind of item (`[letter]`, `[editorial]`,
# `[Example abstract 12]`), or the language of the work cited (`[in Russian]`, as Pleiades'
# translated journals print it after a Russian work's English title), none of them the
# title's words. Read from the start of a run of spaces only (`(?<!\s)`): a search from
# each space of a long run would read the run again each time.
# NLM's `[Article in German]` and an older list's `[German]` say the language too, where a
# list prints them after the title; a bare name only of the closed list `base.LANGUAGES`
# (a title's own `[Parish]` or `[Christian]` stays).
_LANGUAGE_ALONE = rf"(?-i:{'|'.join(sorted(LANGUAGES))})"
_TITLE_TAGS = re.compile(
    r"(?<!\s)\s*\[(?:Internet|Ph\.?\s?D\.? thesis|Master'?s thesis|dissertation|Preprint|"
    rf"WWW Document|letter|editorial|comment|[^\[\]]*\babstract\b[^\[\]]*|"
    rf"(?-i:Article\s)?{_IN_LANGUAGE}|{_LANGUAGE_ALONE})\]$",
    re.I,
)
# Chinese journals' English lists note a Chinese work's language in parentheses after its
# translated title: `Title (in Chinese). Journal, 2010, 12(3): 1-9.`
_TITLE_LANGUAGE = re.compile(rf"(?<!\s)\s*\({_IN_LANGUAGE}\)$")


def untagged(title: str) -> str:
    """`title` (cleaned: no end space, as `_TITLE_TAGS` needs) without a tag or a language
    note printed after it (`_TITLE_TAGS`, `_TITLE_LANGUAGE`); a title printed whole in
    brackets (NLM's translated titles, `[Abstract reasoning in …]`) is no tag. Also for a
    title a later reading shortened (`refparse.give_back_journal_start`), which can leave
    a tag at its new end."""
    if title.endswith("]") and not title.startswith("["):
        return _TITLE_TAGS.sub("", title)
    if title.endswith(")"):
        return _TITLE_LANGUAGE.sub("", title)
    return title


# The grammars whose lists may print an article without its title: the given-first
# lists' (RSC, AIP, the old Nature's) and the author-date lists of chemistry and biology
# books (`Example, A. and Other, B. (2018). Chem. Biol. 25 (11): 1318–1325.`), whose year
# closes the names; and NLM's when it read ACS's names (`dotted_inverted`).
_UNTITLED_STYLES = frozenset({"given-first", "author-year"})


def assemble(
    style: str,
    names: Names,
    year: str,
    rest: str,
    commas: bool = False,
    closed: bool = True,
    edited: bool = False,
) -> Candidate:
    """The reading of a grammar's head: the rest read by `read_rest`, the title cleaned,
    and the names stored as the reading's authors (`choose.ceiling` relies on that).
    `closed`: a stop or comma closed the names, so that an `in` right after them opens a
    host (`untitled_host`), not a title's words the names ran into. `edited`: the names
    are the book's editors (`japanese_editors`), scored as its head and marked `edited`,
    so that `choose.parse_styles` gives the reading no authors."""
    hosted = closed and rest[:3] in ("in ", "in:") and bool(names.authors)
    fields = untitled_host(rest, bool(year)) if hosted else None
    if fields is None and style == "given-first" and rest[:2] == "in" and glued_host(rest):
        fields = untitled_host(unglued_host(rest), bool(year)) if names.authors else None
    if fields is None and closed and "Pat" in rest[:24] and names.authors:
        fields = untitled_patent(rest)
    if style == "physics":
        fields = physics_fields(rest)
    elif fields is None and rest.startswith(("『", "「")):
        fields = japanese_rest(rest)
    elif (
        fields is None
        and (not rest[:1].isascii() or "編" in rest)
        and japanese_comma_shape(names, rest)
    ):  # a title may open in Latin letters (`ODAと…`, `SPP-4)…`)
        fields = japanese_comma_rest(rest.strip())
    if fields is None and "," in rest[-40:] and not rest[:1].isascii():
        fields = russian_place_year(rest)
    if fields is None:
        if "dissertation" in rest or "thesis" in rest:
            rest = bracketed_genre(rest)
        fields = (standard_rest(rest) if "tandard" in rest or "Std" in rest else None) or read_rest(
            rest, bool(year), commas
        )
        if (
            style in _UNTITLED_STYLES
            or (style == "nlm" and (rest[:3] == "J. " or dotted_inverted(names)))
        ) and (closed and any(a.family for a in names.authors)):
            untitled_journal(rest, fields)
    if year == _ERA_DATED:
        fields["era_dated"] = True  # dated by the Republic's era: no year to read, none missing
    elif year:
        fields.setdefault("year", year)
    title = clean_title(strip_quotes(fields.get("title", "")))
    if title[:1] == "[" and not title.endswith(")"):
        title = original_year(title)
    else:
        title = untagged(title)
    if fields.get("container"):
        container = fields["container"]
        container = _TAGS.sub("", container) if "[" in container else container
        container = fields["container"] = undouble(container)
        title = title.removesuffix(f". {container}")  # ACS: `Title. medRxiv. medRxiv 2016`
    fields["title"] = title
    if fields.get("untitled") and title_in_names(names):
        del fields["untitled"]  # the title is among the names: its lack counts
    fields.update(authors=names.authors, et_al=names.et_al, name_score=names.score)
    fields.setdefault("kind", Kind.ARTICLE if fields.get("volume") else Kind.OTHER)
    if edited:
        fields["edited"] = True
    return Candidate(style, fields)


# Japanese author-date lists (参考文献 of Japanese papers): the year in parentheses glued to
# the names, then a book's title in double hook brackets and its publisher (`山田太郎(2002)
# 『書名』出版社。`), or an article's title in single hooks and its journal in double ones
# with its volume and pages (`山田太郎(2002)「論文名」『誌名』12(3), 34-45。`). The text is
# stripped first, so no pattern ends in a run of white space it shares with a part.
_JAPANESE_ARTICLE = re.compile(
    r"「(?P<title>[^「」]+)」\s*『(?P<container>[^『』]+)』\s*"
    r"(?:(?P<volume>\d+)(?:\s*[(（](?P<issue>\d+)[)）])?\s*[,，:、]\s*)?"
    r"(?P<pages>\d+\s*[-–~～]\s*\d+|\d+)?[。.]?"
)


_KANA = re.compile(r"[\u3040-\u30ff]")


def japanese_rest(rest: str) -> dict[str, Any] | None:
    """The fields of a Japanese list's rest (a book: `sources.bracketed_book`; an article:
    `_JAPANESE_ARTICLE`), or None: the hook brackets part title, journal and publisher,
    where `read_rest`, which looks for stops, would read them as one title."""
    rest = rest.strip()
    fields: dict[str, Any] = {}
    if bracketed_book(rest, fields):
        return fields
    article = _JAPANESE_ARTICLE.fullmatch(rest)
    if article is None:
        return None
    fields = {"title": article.group("title").strip(), "container": article.group("container")}
    fields.update({k: article.group(k) for k in ("volume", "issue") if article.group(k)})
    pages = article.group("pages") or ""
    if pages.isdigit() and not article.group("volume"):
        fields["volume"] = pages  # `『誌名』12。`: a number alone after the journal is its volume
    else:
        fields.update(locator_fields(pages))
    return fields


# Japanese engineering lists' article after the colon of their house style, its parts
# parted by commas: `Title, Journal, 56 巻, 523 号, pp.132-140, 1990.3` (`第17巻, 第35号`,
# or JSCE's `No. 390/V-8` for the number), the year maybe with its month after a stop. The
# title may hold commas of its own (`(第 1 報, 基本特性)`): the journal is the last piece
# before the volume. `read_rest`, which looks for stops, read the month as the volume and
# the journal as the title's.
_JAPANESE_COMMA_ARTICLE = re.compile(
    r"(?P<head>.+?),\s*+(?:(?:第\s*+)?(?P<volume>\d+)\s*+巻\s*+,\s*+)?"
    r"(?:(?:(?:第\s*+)?(?P<issue>\d+)\s*+号|No\.\s*+(?P<number>\d+(?:/[A-Z]+-\d+)?))\s*+,\s*+)?"
    r"(?:pp?\.\s*+(?P<pages>\d+\s*+[-–]\s*+\d+)\s*+,\s*+)?"
    r"(?P<year>(?:1[89]|20)\d\d)(?:\.\d{1,2})?\.?"
)
# A Japanese book of the same lists, no publisher printed: its edition (`第 3 版`, the
# third) after the title, then the year and its month (`Title 第 3 版, 2001.9`). Each run
# of spaces is read once (possessive, and the title ends on no space).
_JAPANESE_EDITION_BOOK = re.compile(
    r"(?P<title>[^,]*?[^,\s])\s*+第\s*+(?P<edition>\d+)\s*+版\s*+,\s*+"
    r"(?P<year>(?:1[89]|20)\d\d)(?:\.\d{1,2})?\.?"
)


# The words a Japanese publisher's name ends in (a press `出版`, `出版社`, `出版会`, a
# house `書院`, `書店`, `書房`, `社`, `堂`, `館`, a society `学会`, `協会`, a centre, an
# institute), and the rest of a Japanese book of comma-parted parts that closes with one
# and the year: `Title, [Series,] Publisher, YEAR.` (JSCE's and AIJ's books). The series
# between them is no journal. Medical lists print the house's city between the house and
# the year (`Title,2009年版, 例示出版, 東京, 2009`): the cities Japanese houses print, or
# a city's, a prefecture's or Tokyo's name by its last ideograph (`例示市`), the place (a
# series there, `例示叢書`, is none); a piece ending in `版` before the house is the
# edition. Each run of spaces is read once.
_JAPANESE_HOUSE = r"(?:出版(?:社|会|部)?|書院|書店|書房|社|堂|館|学会|協会|センター|研究所)"
_JAPANESE_CITY = (
    r"(?:東京|大阪|京都|名古屋|札幌|仙台|横浜|神戸|福岡|広島|金沢|岡山|熊本|新潟|静岡"
    r"|[\u4e00-\u9fff]{1,4}[市都府県])"
)
_JAPANESE_PUBLISHER_YEAR = re.compile(
    _JAPANESE_HOUSE + rf"\s*+,\s*+(?:{_JAPANESE_CITY}\s*+,\s*+)?(?:1[89]|20)\d\d\.?\s*+$"
)
_JAPANESE_COMMA_BOOK = re.compile(
    r"(?P<title>[^,]+),\s*+(?:(?P<piece>[^,]+),\s*+)?(?P<publisher>[^,\s][^,]*?"
    + _JAPANESE_HOUSE
    + rf")\s*+,\s*+(?:(?P<place>{_JAPANESE_CITY})\s*+,\s*+)?(?P<year>(?:1[89]|20)\d\d)\.?"
)
# The edition closing a book's title before its house (`Title 第4版,例示社,2022`, the
# fourth), which `_JAPANESE_EDITION_BOOK` reads where no house is printed: the book's
# edition, no word of its title.
_CJK_EDITION = re.compile(r"(?<!\s)\s*+第\s*+(?P<edition>\d+)\s*+版\Z")
# A chapter of a Japanese edited book, its parts parted by commas or by stops as the
# lists print them: `Chapter,Editor(編):Book,pp194-207,Publisher,YEAR`,
# `Chapter.Editor(編):Book.pp121-129,Publisher,YEAR`, `Chapter.Editor(編).Book.Publisher,
# pp128-149, YEAR`, the editors after the book (`Chapter.Book(Editor編).60-61頁,
# Publisher,City,YEAR`). The editor's mark says a chapter and its book follow: the
# chapter's title runs to the first comma or stop (a book's own stops stay in it:
# `新図説耳鼻咽喉科.頭頸部外科講座No 4.口腔`), the book to the part before the pages or
# the house.
_JAPANESE_PAGES = r"(?:pp?\.?\s*+(?P<{0}>\d+\s*+[-–]\s*+\d+)|(?P<{0}_k>\d+\s*+[-–]\s*+\d+)\s*+頁)"
# A journal's or a book's part in the same brackets (`論文集(C編)`, `(基礎編)`, `(第2編)`,
# `(診断編)`) is a section's label, no editor's name: the whole label Latin letters or
# figures, a numbered part, or a part's word (an editor's name may hold the same
# ideographs: `山下敏夫編`).
_SECTION_LABEL = (
    r"(?!(?:[A-Za-z0-9０-９\s]+|第[^()（）]{1,4}|基礎|臨床|診断|治療|総論|各論|実践|応用|理論)"
    r"編[)）])"
)
_JAPANESE_CHAPTER = re.compile(
    r"(?P<title>[^,.．:：]+)[,.．]\s*+"
    r"(?:[^,:.．()（）]+[(（]編[)）]\s*+[:：.．]\s*+(?P<container>[^,]+?)"
    r"|(?P<book>[^,]+?)\s*+[(（]" + _SECTION_LABEL + r"[^,()（）]{2,}編[)）])\s*+[,.．]\s*+"
    r"(?:" + _JAPANESE_PAGES.format("pages") + r"\s*+,\s*+(?P<publisher>[^,\d]+?)"
    r"|(?P<house>[^,.．\d]+?)\s*+,\s*+" + _JAPANESE_PAGES.format("at") + r")\s*+,\s*+"
    rf"(?:(?P<place>{_JAPANESE_CITY})\s*+,\s*+)?(?P<year>(?:1[89]|20)\d\d)\.?"
)


# The imprint of a Russian book printed with its place and year alone (`Title. М., 1997.`,
# `Л., 1985. 240 с.`): Moscow's, Leningrad's, St Petersburg's, Kyiv's or Minsk's short
# form or one of the cities printed whole, a comma, the year, maybe the extent in pages.
# Looked for in the rest's last characters (`_RUSSIAN_REACH`); each space run read once.
_RUSSIAN_PLACE_YEAR = re.compile(
    r"\.\s++(?P<place>(?:М|Л|К|Мн|СПб)\.|Москва|Ленинград|Санкт-Петербург|Киев|Минск"
    r"|Новосибирск|Томск|Казань|Екатеринбург|Харьков)\s*+,\s*+(?P<year>(?:1[89]|20)\d\d)"
    r"\.?(?:\s*+[-–—]?\s*+\d+\s*+с\.?)?\s*+\Z"
)
_RUSSIAN_REACH = 60
# The editor's or translator's sentence before that imprint (`Под ред. Г.Г.Доуова,
# О.Ю.Роуова.`, `Под общ. ред. …`, `Пер. с англ. …`): names, no field of the book's.
_RUSSIAN_CONTRIBUTORS = (". Под ред.", ". Под общ. ред.", ". Под науч. ред.", ". Пер. с ")
# A thesis's note after its title (`. Дис. … канд. мед. наук`, `: автореф. дис. …`): the
# genre, no part of the title.
_RUSSIAN_THESIS = (". Дис", ". дис", ": дис", ": Дис", ": автореф", ". Автореф", ". автореф")
# A name's second initial left at the title's start (`Доу О. М. Title. К., 1997.`, the
# names read as `Доу О.`): no title of the reader's (the reading is left as it was).
_RUSSIAN_LEAKED_INITIAL = re.compile(r"[А-ЯЁІЇЄЎҐ]\.\s")
# A chapter's book after `В кн.:` (`Chapter / В кн.: Book. М., 1990.`), found at its `В`
# (no leading space run a search would read again from each space); the stop or slash
# before it is trimmed off the chapter's title.
_RUSSIAN_IN_BOOK = re.compile(r"\bВ\s*+кн\.\s*+:?")
# A sentence left in the title after the editors' and the thesis's cut that opens with
# an abbreviation or a house (a journal, `Title. Ж. эксп. мед. Л., 1997.`, a part, `Ч. 1`,
# a volume, `Т. 2`, proceedings, `Мат. конф.`, a house, `Изд-во Примера`): the title's end
# is unsure, and the reading is left as it was.
_SECOND_SENTENCE = re.compile(r"\.\s++(?:[А-ЯЁІЇЄЎҐA-Z][а-яёіїєўґa-z]{0,3}\.|Изд-во\b)")


def russian_place_year(rest: str) -> dict[str, Any] | None:
    """The fields of a Russian book whose imprint is its place and year alone
    (`_RUSSIAN_PLACE_YEAR`: `Title (Subtitle). Под ред. Г.Г.Доуова. М., 1997.`): the
    title up to the editors' sentence, the place as printed (`М.`), the year; or None.
    A thesis's note (`_RUSSIAN_THESIS`) ends the title too, and makes the kind a thesis;
    a chapter's book after `В кн.:` is its container. None when a name's initial opens the
    title or a sentence opening with an abbreviation is left in it (`_SECOND_SENTENCE`).
    `read_rest` took the place's short form for a journal (`М`), which the fallback then
    replaced, reading the names' `и др.` into the title."""
    imprint = _RUSSIAN_PLACE_YEAR.search(rest, max(0, len(rest) - _RUSSIAN_REACH))
    if imprint is None:
        return None
    title = rest[: imprint.start()]
    for mark in _RUSSIAN_CONTRIBUTORS:
        cut = title.find(mark)
        title = title[:cut] if cut > 0 else title
    kind = Kind.BOOK
    for mark in _RUSSIAN_THESIS:
        cut = title.find(mark)
        title, kind = (title[:cut], Kind.THESIS) if cut > 0 else (title, kind)
    title, host = title.strip(), ""
    if not title or "//" in title or _RUSSIAN_LEAKED_INITIAL.match(title):
        return None  # `Title // Host. М., 1997`: a part and its host; `М. Title`: see above
    hosted = _RUSSIAN_IN_BOOK.search(title)
    if hosted is not None:  # `Chapter. В кн.: Book. М., 1990.`: a chapter and its book
        title, host = title[: hosted.start()].rstrip(" ./"), title[hosted.end() :].strip()
        if not title or not host:
            return None
    if _SECOND_SENTENCE.search(title) or _SECOND_SENTENCE.search(host):
        return None  # `Title. Ж. эксп. мед. Л., 1997.`, `Title. Изд-во Примера. М., 1997.`
    found: dict[str, Any] = {
        "title": title,
        "place": imprint.group("place"),
        "year": imprint.group("year"),
        "kind": Kind.CHAPTER if host else kind,
    }
    if host:
        found["container"] = host
    return found


def japanese_comma_shape(names: Names, rest: str) -> bool:
    """Whether the rest may be a Japanese comma-parted one (`japanese_comma_rest`): a
    volume's `巻`, an edition's `版`, an editor's `編` or a `No.` in it, or a publisher
    and the year closing it, and every name printed in Japanese script
    (`japanese_script`)."""
    marked = "巻" in rest or "版" in rest or "No" in rest or "編" in rest
    if not marked and not _JAPANESE_PUBLISHER_YEAR.search(rest):
        return False
    authors = names.authors
    return bool(authors) and all(
        japanese_script(author.literal or author.family + author.given) for author in authors
    )


def japanese_comma_rest(rest: str) -> dict[str, Any] | None:
    """The fields of a Japanese list's comma-parted article (`_JAPANESE_COMMA_ARTICLE`,
    which must hold a volume, a number or pages, and a journal of Japanese script),
    edition-dated book (`_JAPANESE_EDITION_BOOK`), book (`_JAPANESE_COMMA_BOOK`) or
    chapter (`_JAPANESE_CHAPTER`), or None. All but the edition-dated book, whose shape is
    narrow, need kana or a volume's or number's word in the rest: a Chinese list's names
    are ideographs too."""
    book = _JAPANESE_EDITION_BOOK.fullmatch(rest)
    if book is not None:
        return {
            "title": book.group("title"),
            "edition": book.group("edition"),
            "year": book.group("year"),
            "kind": Kind.BOOK,
        }
    if not _KANA.search(rest) and "巻" not in rest and "号" not in rest:
        return None  # ideographs alone may be a Chinese list's (`题名, 上海: 出版社, 1993.`)
    chapter = _JAPANESE_CHAPTER.fullmatch(rest) if "編" in rest else None
    if chapter is not None:
        parts = {name: value for name, value in chapter.groupdict().items() if value}
        hosted: dict[str, Any] = {
            "title": parts["title"].strip(),
            "container": (parts.get("container") or parts["book"]).strip(),
            "publisher": (parts.get("publisher") or parts["house"]).strip(),
            "year": parts["year"],
            "kind": Kind.CHAPTER,
        }
        if "place" in parts:
            hosted["place"] = parts["place"]
        pages = next(parts[name] for name in ("pages", "pages_k", "at", "at_k") if name in parts)
        hosted.update(locator_fields(pages))
        return hosted
    book = _JAPANESE_COMMA_BOOK.fullmatch(rest)
    if book is not None:
        found = {
            "title": book.group("title").strip(),
            "publisher": book.group("publisher").strip(),
            "year": book.group("year"),
            "kind": Kind.BOOK,
        }
        if book.group("place"):
            found["place"] = book.group("place")
        piece = (book.group("piece") or "").strip()
        if piece.endswith("版"):
            found["edition"] = piece
        edition = _CJK_EDITION.search(found["title"]) if found["title"].endswith("版") else None
        if edition is not None and edition.start() > 0:
            found["title"] = found["title"][: edition.start()]
            found["edition"] = edition.group("edition")
        return found
    article = _JAPANESE_COMMA_ARTICLE.fullmatch(rest)
    if article is None or not (
        article.group("volume") or article.group("issue") or article.group("number")
    ):
        return None
    title, _, container = article.group("head").rpartition(",")
    container = container.strip()
    if not title.strip() or not japanese_script(container.split("(")[0].replace(" ", "")):
        return None
    fields: dict[str, Any] = {"title": title.strip(), "container": container}
    fields["year"] = article.group("year")
    if article.group("volume"):
        fields["volume"] = article.group("volume")
    if article.group("issue") or article.group("number"):
        fields["issue"] = article.group("issue") or article.group("number")
    fields.update(locator_fields(article.group("pages") or ""))
    fields["kind"] = Kind.ARTICLE
    return fields


def dotted_inverted(names: Names) -> bool:
    """Whether NLM's grammar read ACS's names (`Example, A. B.; Other, C.`): persons
    inverted with dotted initials, the first with its stop kept (NLM's own initials have
    none). ACS's lists print articles without their titles (`Example, A.; Other, B.
    Tetrahedron Lett. 1968, 2199.`), as the given-first lists do."""
    first = names.authors[0] if names.authors else None
    return first is not None and bool(first.family) and first.given.endswith(".")


def title_in_names(names: Names) -> bool:
    """Whether a reading without a title may have taken its title for the last name: a
    word alone, without initials, after names that have them (`Example, A. B., Other, C.
    D., Lasers. Appl. Phys. Lett. 12, 34 (1974).`), where the untitled lists' names all
    have theirs."""
    authors = names.authors
    if len(authors) < 2 or authors[-1].given or authors[-1].literal:
        return False
    return all(author.given for author in authors[:-1])


# IEEE's standard after its title: `, [Online] Standard IEEE Std 1857-2013`, `, IEEE Standard
# 308`, `, EXAMPLE standard 1041-2336 ; 140-2014`: a body's short name (one to three
# capitalised words), `Std` or `Standard` and the designation's numbers; then a comma or
# the end. The imprint and date follow (`_STANDARD_TAIL`).
_STANDARD = re.compile(
    r",\s+(?:\[Online\]\s+)?(?:Standard\s+)?"
    r"(?P<number>(?:[A-Z][\w/&.-]*\s+){1,3}(?:Std\.?|[Ss]tandard)\s+[A-Z]?\d[\w.:/-]*"
    r"(?:\s*;\s*\d[\w.:/-]*)*)\s*(?:,\s*|\.?\s*\Z)"
)
# What follows a standard's designation: an optional publisher and place, then the year
# (`IEEE Standards Association, New York, NY, 2013.`, `2014.`), and no other number.
_STANDARD_TAIL = re.compile(
    rf"(?:(?P<imprint>[^\d]+?),\s*)?(?:{MONTH}\.?\s+(?:\d{{1,2}},?\s+)?)?(?P<year>{YEAR})\.?\s*"
)


def standard_rest(rest: str) -> dict[str, Any] | None:
    """A standard printed title first, IEEE's way (`Title, IEEE Standard 308, 1969.`,
    `Title, [Online] Standard IEEE Std 1857-2013, IEEE Standards Association, New York,
    NY, 2013.`): the title, the designation (a document number), the publisher and place
    when printed (publisher first, as IEEE's standards print them) and the year; None for
    any other rest (a journal named `… Standard` has its volume and pages after it)."""
    match = _STANDARD.search(rest)
    if match is None or match.start() < 8:
        return None
    tail = _STANDARD_TAIL.fullmatch(rest, match.end())
    if tail is None:
        return None
    fields: dict[str, Any] = {
        "title": rest[: match.start()],
        "document_number": match["number"],
        "year": tail["year"],
        "kind": Kind.STANDARD,
    }
    imprint = (tail["imprint"] or "").strip()
    if imprint:
        publisher, _, place = imprint.partition(", ")
        fields["publisher"] = publisher
        if place:
            fields["place"] = place
    return fields


def untitled_journal(rest: str, fields: dict[str, Any]) -> None:
    """An article printed without its title (the RSC's and the old Nature's chemistry
    lists, AIP's: `A. Example, B. Other, Chem. Eur. J., 2022, 43, 1247-1257.`): right
    after the given-first names' comma, a journal's abbreviated name (one of its words an
    ISO 4 abbreviation with its stop), then the year, volume and pages. `read_rest` may
    take the abbreviation's stop for a title's end (`Chem` as the title, `Eur. J.` as
    the journal); the whole is the journal, and the reading says it is `untitled`, so
    that `choose.score` does not count the title the style never prints against it.
    A title is no journal's abbreviation: `Widget Gears. J. Chem.` keeps its title. ACS's
    lists (NLM's grammar, `dotted_inverted` names) print such articles too, the older
    ones with no volume (`Tetrahedron Lett., 1968, 2199.`: the year and page locate it),
    and a journal of whole words before its abbreviation (`Tetrahedron Lett.`) that
    `read_rest` read as the container is the journal all the same."""
    if not fields.get("volume") and not fields.get("year"):
        in_press_journal(rest, fields)
        return
    title = fields.get("title", "").rstrip(".")
    if not fields.get("container") and fields.get("first_page"):
        if title and abbreviated_title(title) and rest.startswith(f"{title}."):
            fields.update(container=title, title="", untitled=True)  # `Example Lett., 31, 611`
        return  # ACS's older issues print no volume: `Tetrahedron Lett., 1968, 2199.`
    if not (fields.get("volume") and fields.get("first_page")):
        return
    short = False
    if title:
        if not rest.startswith(f"{title}."):
            return
        short = (
            short_abbreviation(title, fields["container"])
            or title in _JOURNAL_LEADS
            or (title == "J" and _CUT_WORD.fullmatch(fields["container"]) is not None)
        )  # `J. Gerontol. 2011;31:61`: the `J.` `journal_j` gave back, no title
        if not short and not abbreviated_words(title, bool(fields.get("year"))):
            return
        journal = f"{title}. {fields['container']}"
    else:
        journal = fields["container"]
    words = journal.split()
    if len(words) > 10 or not (
        short
        or any(word[-1] == "." and word[:-1] in ABBREVIATIONS for word in words[:-1])
        or (not title and abbreviated_title(journal))  # `Tetrahedron Lett. 1968, 9, 2199`
    ):
        return  # NLM's `Eur J Haematol` (no stops) follows a title: the names' style has one
    if all(_JOURNAL_WORD.fullmatch(word) or _LOWER_ABBREVIATION.fullmatch(word) for word in words):
        fields.update(container=journal, title="", untitled=True)


# The abbreviated words that lead a journal's or a series' name (`Suppl. Nuovo Cimento`,
# `Proc. Example Soc.`, `Ann. Example`, `Izv. Akad. Nauk`, `Dokl. Akad.`, `Z. Example`),
# which no title of one word is: read before the rest of the name, the whole is the
# untitled article's journal, as old physics lists print it (`A. Example: Suppl. Nuovo
# Cimento 4, 848 (1956).`).
_JOURNAL_LEADS = frozenset(
    "Suppl Proc Ann Trans Bull Z Zh Izv Dokl Mem Rend Nachr Abh Ber Sitzungsber".split()  # noqa: SIM905
)
# A short word cut as ISO 4 cuts one (`Surf`, `Mh`, `Mon`: a capital, at most four
# letters, the last a consonant), which no title of one word is.
_SHORT_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,2}[b-df-hj-np-tv-xz]")


def short_abbreviation(title: str, container: str) -> bool:
    """Whether a reading's one-word `title` is the first abbreviated word of an untitled
    article's journal (`Surf. Sci. 28, 45`, `Mh. Chem. 110, 109`), which `read_rest`
    parted at its stop: a short word cut as ISO 4 cuts one (`_SHORT_ABBREVIATION`)
    before a container of listed abbreviations alone (`Sci`, `Chem. Phys`)."""
    words = container.split()
    return (
        _SHORT_ABBREVIATION.fullmatch(title) is not None
        and 0 < len(words) < 4
        and all(word.rstrip(".") in ABBREVIATIONS for word in words)
    )


def abbreviated_title(title: str) -> bool:
    """Whether a reading's title with no container after it is an untitled article's
    journal (`Tetrahedron Lett., 31, 611, (1990)`, as older chemistry lists print it): at
    most three capitalised words, the last a listed abbreviation (`Lett`), each before
    it a whole word or closed by its stop."""
    words = title.split()
    return (
        1 < len(words) < 4
        and words[-1] in ABBREVIATIONS
        and all(word[:1].isupper() and word[1:].replace(".", "").isalpha() for word in words)
    )


# An untitled article not yet out: the journal's name and `(in the press)` or `in press`
# where the volume and pages would stand (the old Nature's lists and the chemistry
# journals' of its day).
_IN_PRESS = re.compile(r"(?P<journal>[A-Z][^\d()]+?\.?),?\s*\(?in\s+(?:the\s+)?press\)?\.?\s*")


def in_press_journal(rest: str, fields: dict[str, Any]) -> None:
    """`Example, A., Other, B., Proc. natn. Acad. Sci. U.S.A. (in the press).`, `…, Widget
    Conversion (in the press).`: the rest after given-first or inverted names is a
    journal's name only (every word a journal's, capitalised or abbreviated), then the
    status: the whole is the journal, and the reading is `untitled`, with no year or
    locator to read."""
    match = _IN_PRESS.fullmatch(rest)
    if match is None:
        return
    journal = match["journal"].strip()
    words = journal.split()
    if len(words) > 10:
        return
    if all(_JOURNAL_WORD.fullmatch(word) or _LOWER_ABBREVIATION.fullmatch(word) for word in words):
        fields.clear()
        fields.update(container=journal, title="", untitled=True, kind=Kind.ARTICLE)


# A journal's word abbreviated in lower case, as the old Nature printed them (`J.
# electrochem. Soc.`, `Proc. natn. Acad. Sci.`).
_LOWER_ABBREVIATION = re.compile(r"[a-z]{2,12}\.")


# Words ISO 4 leaves whole that open journals' abbreviated names (`Cell Chem. Biol.`,
# `Plant Cell Physiol.`, `Nucleic Acids Res.`, `Genes Dev.`), as untitled entries of
# chemistry and biology lists print them.
_WHOLE_JOURNAL_WORDS = frozenset({"Cell", "Plant", "Nucleic", "Genes", "Blood", "Brain"})


def abbreviated_words(title: str, dated: bool = False) -> bool:
    """Whether a `title` before its stop is the start of a journal's abbreviated name
    (`ACS Appl`, `IEEE Trans`, `J. electrochem`, `Chem`): at most three words, each but
    the last closed by its stop or a publisher's capitals, the last an ISO 4 abbreviation
    or, after one, a lower-case word (its stop is the title's end the reading took).
    `dated`: the year follows the locator, as untitled entries print it (`J. Gerontol. A
    Biol. Sci. 69, S4 (2014)`), so that `J.` and a cut word open a journal; a year the
    head holds leaves a title such as `J. Edgar` its own."""
    words = title.split()
    if len(words) > 3 or any(
        not word.endswith(".") and not word.isupper() and word not in _WHOLE_JOURNAL_WORDS
        for word in words[:-1]
        if len(word) > 3
    ):
        return False
    if words[-1] in ABBREVIATIONS:
        return True
    if dated and len(words) == 2 and words[0] == "J." and _CUT_WORD.fullmatch(words[1]):
        return True  # `J. Gerontol`: `J.` opens no title, a journal's name often
    return len(words) > 1 and words[-1].islower() and words[-2].rstrip(".") in ABBREVIATIONS


# A word cut as ISO 4 cuts one, the list of `ABBREVIATIONS` aside (`Gerontol`, `Widg`): a
# capital, then lower-case letters, the last a consonant.
_CUT_WORD = re.compile(r"[A-Z][a-z]{2,11}[b-df-hj-np-tv-xz]")


# `in` and the host's name right after the author block (no title of its own before it).
_UNTITLED_HOST = re.compile(r"in(?:\s+|:\s*)(?=[A-Z\d“\"‘])")
# What says the part after `in` is a host book or proceedings: its editors (`edited by`,
# `(eds …)`, `ed.`), `Proc.`/`Proceedings`, or an imprint closing it in parentheses
# (`(Publisher, Place, 2005)`); `in Vitro Studies of Things. Journal, 12, 45` has none.
_HOST_MARK = re.compile(
    r"\b(?:[Ee]dited\s+by|[Ee]ds?\b\.?|Proc\b\.?|Proceedings)|\([^()]*\b\d{4}[a-z]?\)"
)


# `in` glued to the host's first word, as PDF text of older physics and chemistry lists
# prints it (`inProgress in Widgets`, `inComprehensive Widget Chemistry`); `by` may be
# glued to the editor's initial so too (`edited byB. Other`). Only with the host's
# editors named right after its name's comma (`_HOST_EDITORS`: `inBook, edited by …`,
# `inBook, Eds. B. Other …`, `inBook, B. Other, ed. (…)`, maybe after the host's volume
# or edition, `inBook, Vol. 7, edited by …`): a title may begin so too (`inVivo imaging
# of …, Widget J. 12, 33 (2001)`), and its locator's year in parentheses would pass for a
# host's imprint; an edition's `ed.` (`inVivo Methods, 2nd ed., …`), a journal's `Ed.`
# (`…, J. Widget Ed. 12, 33 (2001)`) or a host of the paper's own further on (`inVivo
# Imaging, in Widget Handbook, edited by …`) names no editors of this one. The host's
# name is words in title case closed by a comma (`inSight: widgets for all, edited by …`
# is a title). Seen in given-first lists only (`J. A. Doe: inProgress in …, edited byB.
# Other`), and read there only: a Vancouver title may begin so and name its editors.
_GLUED_IN = re.compile(
    r"in(?=(?P<host>[A-Z][a-z]+(?:\s+(?:[A-Z][\w'’-]*|of|in|on|and|for|the)\b)*),)"
)
_GLUED_BY = re.compile(r"(?<=\sby)(?=[A-Z]\.)")
_HOST_EDITORS = re.compile(
    r",\s*(?:(?:[Vv]ol\.?\s*[\dIVX]+|\d+(?:st|nd|rd|th)\s+ed(?:n|ition)?\.?)\s*,\s*)?"
    r"(?:(?:[Ee]dited|[Ee]ds?\.?)\s*by(?![a-z])|[Ee]ds?\.\s*(?=[A-Z]\.)"
    r"|(?:[A-Z]\.\s*)+[A-Z][\w'’-]+,\s*eds?\.\s*\()"
)


def glued_host(rest: str) -> bool:
    """Whether `rest` opens with `in` glued to a host's name whose editors follow it."""
    glued = _GLUED_IN.match(rest)
    return glued is not None and _HOST_EDITORS.match(rest, glued.end("host")) is not None


def unglued_host(rest: str) -> str:
    """`inBook, edited byB. Other, …` → `in Book, edited by B. Other, …` (`_GLUED_IN`)."""
    rest = f"in {rest[2:]}"
    return _GLUED_BY.sub(" ", rest) if "by" in rest else rest


def untitled_host(rest: str, dated: bool) -> dict[str, Any] | None:
    """A chapter or proceedings paper printed without its own title: `A. Example, in Book,
    edited by B. Other (Publisher, Place, 2005), p. 65` (AIP, APS), `Example, A. in Book
    (eds Other, B.) 487–504 (Publisher, 2012).` (Nature): the names, then `in` and the
    host, which `fill_source` reads as it does after a title. The reading says it is
    `untitled`, so that `choose.score` does not count the title it lacks (the style
    prints none) against it. None unless a host was read (a title may begin `in` too:
    `in Vitro …` has no host's imprint or locator)."""
    if _UNTITLED_HOST.match(rest) is None or _HOST_MARK.search(rest) is None:
        return None
    fields: dict[str, Any] = {}
    fill_source(rest, fields, dated)
    if fields.get("kind") != Kind.CHAPTER or not fields.get("container"):
        return None
    if not (fields.get("year") or fields.get("first_page") or fields.get("publisher")):
        return None
    fields.update(title="", untitled=True)
    return fields


# A patent printed without its title after the names (the chemistry journals' lists: `Example,
# A., US Patent Application 2006/0123456.`, `Example, A. U.S. Pat. 4,123,456, 1990.`):
# the country, `Patent` or `Pat.`, maybe `Application`, the number, maybe the date.
# The number's digits may be grouped by commas or spaces (`4,123,456`, `EP 1 234 567`),
# never by a comma and a space, which ends it before the year (`4,123,456, 1978`).
_UNTITLED_PATENT = re.compile(
    r"(?:(?:U\.\s?S\.|US|European|EP|WO|World|Japanese|JP|German|DE|Chinese|CN|British|GB"
    r"|French|FR|Canadian|CA)\s+)?Pat(?:ent|\.)(?:\s+Appl(?:ication|\.)?)?\s*(?:No\.?\s*)?"
    r"(?P<number>[A-Z]{0,2}\s?\d(?:[\d/]|[ ,](?=\d))*\d(?:[A-Z]\d?)?)"
    rf"(?:,\s*(?:[A-Z][a-z]{{2,8}}\.?\s+(?:\d{{1,2}},?\s+)?)?(?P<year>{YEAR}))?\.?"
)
# A US application's number opens with its year (`2006/0123456`).
_NUMBER_YEAR = re.compile(rf"(?:[A-Z]{{2}}\s?)?(?P<year>{YEAR})/\d")


def untitled_patent(rest: str) -> dict[str, Any] | None:
    """A patent without its own title after the names (`_UNTITLED_PATENT`): its number,
    its year (printed, or the application number's first four digits; else none, so that
    `assemble` keeps the year the head read) and its kind, the reading `untitled` as the
    style prints no title. None for any other rest."""
    match = _UNTITLED_PATENT.fullmatch(rest.strip())
    if match is None:
        return None
    number = match["number"].strip()
    year = match["year"] or ""
    if not year:
        opening = _NUMBER_YEAR.match(number)
        year = opening["year"] if opening else ""
    fields: dict[str, Any] = {
        "kind": Kind.PATENT,
        "document_number": number,
        "title": "",
        "untitled": True,
    }
    if year:  # else the head's year stands (`Doe, J. (1988), US Patent 4712345.`)
        fields["year"] = year
    return fields


# APA 6's genre after a thesis's title, in parentheses (`Title (Doctoral dissertation).`,
# `(Unpublished master's thesis)`, `(Doctoral dissertation, University)`), then a stop or
# a comma.
_PAREN_GENRE = re.compile(
    r"\s\(((?:Unpublished\s+)?(?:[Dd]octoral|[Mm]aster'?s?|Ph\.?\s?D\.?)\s+"
    r"(?:thesis|dissertation)(?:,[^()\[\]]*)?)\)(?=[.,])"
)


def bracketed_genre(rest: str) -> str:
    """`rest` with APA 6's parenthesised thesis genre in APA 7's brackets (`Title [Doctoral
    dissertation]. University.`), which `read_rest` ends the title at, reading what
    follows as the university's imprint; the genre is no part of the title."""
    return _PAREN_GENRE.sub(r" [\1]", rest, count=1)


# A first edition's year in brackets before a reprint's title (`Example, A. (1996). [1983]
# Title.`); the title's words follow it.
_ORIGINAL_YEAR = re.compile(rf"\[{YEAR}\]\s+(?=\S)")


def original_year(title: str) -> str:
    """`title` without the original edition's year a reprint prints before it: a year in
    brackets is none of a title's words."""
    found = _ORIGINAL_YEAR.match(title)
    return title[found.end() :] if found else title


class Head(NamedTuple):
    """A grammar's reading up to the text after its author block, in `assemble`'s order:
    `choose` bounds the reading's score by `names` before it pays for the rest."""

    style: str
    names: Names
    year: str
    rest: str
    commas: bool = False
    closed: bool = True
    edited: bool = False


def read(head: Head | Miss) -> Candidate | Miss:
    """The whole reading of a head (a miss stays one)."""
    return head if isinstance(head, Miss) else assemble(*head)


# How far into an entry a colon may close its author block (a long list of names).
_COLON_REACH = 400


# `et al:` closing a list of Japanese medical journals' house style printed in Latin
# letters (`Doe P, et al:Title.Journal 32:1-9, 2012`), whose colon no space follows: a
# DOI's or a URL's colon (`OI:10.5`, `http:`) is no `et al`'s. A colon closing the body
# (`Doe P, et al:` and a link the entry's reading took away) opens no title.
_ET_AL_COLON = re.compile(r"\bet al\.?:")


def colon_head(body: str, end: int) -> Head | None:
    """NLM's head of an author block a colon closes (Springer, BMC: `Example, A., Other,
    B.J.: Title. …`; `people.colon_names` says which blocks), when the first colon comes
    before `end`, where the grammar's own reading would end the names: a block its stop
    closed first is left as read (`Example AB. Title: subtitle`)."""
    colon = body.find(":", 0, min(end, _COLON_REACH))
    if colon < 1:
        return None
    block = body[:colon]
    tail = block.rstrip()[-1:]
    editors = japanese_editors(block.rstrip()) if tail and tail in "編修)）" else None
    if (
        not body[colon + 1 : colon + 2].isspace()
        and not japanese_script(body[colon - 1])
        and editors is None
        and not (colon + 1 < len(body) and _ET_AL_COLON.search(body, max(0, colon - 8), colon + 1))
    ):
        return None  # `: Title`, not `OI:10.5`; Japanese `他:`, `学会:` may print no space

    names = colon_names(block if editors is None else editors, body[colon + 1 :])
    if names is None:
        return None
    return Head("nlm", names, "", body[colon + 1 :].lstrip(), edited=editors is not None)


# The editor's mark after a Japanese block before the colon (`日本例示学会編:`, `道家太郎
# (編):`, `例示学会 編:`): the names are the book's editors, whom the lists label no
# authors. Not `主編`/`主编` (a Chinese list's chief editor, whom GB/T labels the author)
# nor `編著` (edited and written: an author's). A supervisor's mark (`(監修)`, a guideline's
# committee that oversaw the book) names no author either, as the lists label it.
_JAPANESE_EDITOR_MARKS = ("(編)", "（編）", "編", "(監修)", "（監修）", "監修")
# What parts the names before the mark (spaces, commas, `、`, `・`): none is a name's.
_NAME_SEPARATORS = str.maketrans("", "", " ,、・，")


def japanese_editors(block: str) -> str | None:
    """The names before a Japanese editor's mark that closes `block` (the text before the
    colon), or None when no mark closes it or the names are not in Japanese script."""
    for mark in _JAPANESE_EDITOR_MARKS:
        if block.endswith(mark):
            names = block[: -len(mark)].rstrip()
            if mark == "編" and names.endswith("主"):
                return None
            bare = names.translate(_NAME_SEPARATORS)
            return names if bare and japanese_script(bare) else None
    return None


# A jurisdiction's name closed by its stop (`Brasil.`, `BRASIL.`, `Rio Grande do Sul.`,
# ABNT's `SÃO PAULO (Estado).`): capitalised words, a connector between them, no initial,
# maybe its kind in parentheses.
_JURISDICTION = re.compile(
    r"[A-Z][^\W\d_]{2,}(?:\s(?:d[aeo]s?\s)?[A-Z][^\W\d_]+){0,3}(?:\s\([A-Z][^\W\d_]+\))?\.\s+"
)
# One level of a body's name up to its stop, within a long body's length.
_BODY_LEVEL = re.compile(r"[A-Z][^.\d()\[\]:;]{2,150}?\.\s+")


# The words a government's body opens its name with, in the languages whose lists print a
# jurisdiction before it (`Ministério da Saúde`, `Secretaria de Estado`, `Department of
# Health`): a title's or a society's first word is none of them (`Widgets. Society for
# Example Research.` is a title and a publisher).
_GOVERNMENT_WORDS = frozenset(
    """ministério ministerio ministère ministero ministerium ministry minister department
    departamento département secretaria secretaría secretariat conselho consejo conseil
    council agência agencia agence agency instituto institut institute comissão comisión
    commission congresso congreso congress senado senate câmara cámara parliament office
    bureau governo gobierno gouvernement government presidência presidencia prefeitura
    assembleia asamblea tribunal fundação fundación coordenação dirección direção""".split()  # noqa: SIM905
)


# What follows a government's word in its body's name (`Ministério da Saúde`, `Department
# of Health`, `Secretaria Municipal de Saúde`, `Conselho Nacional`): a connector or a
# word of the government's level; a title's noun (`Council Decisions on …`, `Office
# Handbook`) is neither.
_GOVERNMENT_NEXT = frozenset(
    """of for on de da do das dos del della di du des la le für der des van voor en
    municipal estadual nacional federal national regional provincial state general geral
    executiva executivo especial estatal central superior""".split()  # noqa: SIM905
)


def comma_levels(text: str) -> bool:
    """Whether a jurisdiction's level holds its sublevels parted by commas, each led by a
    government's word (`government_level`: `Ministério da Saúde, Secretaria de Atenção à
    Saúde, Departamento de Example`, as Brazilian Vancouver lists print a ministry's
    secretariat): one body, which `read_names` reads as several."""
    pieces = text.split(", ")
    return 1 < len(pieces) <= 4 and all(government_level(piece) for piece in pieces)


def government_level(text: str) -> bool:
    """Whether a level's name opens with a government's word (`_GOVERNMENT_WORDS`) and
    then a word such a name holds next (`_GOVERNMENT_NEXT`), or is that word alone."""
    words = text.split(" ", 2)
    if words[0].lower() not in _GOVERNMENT_WORDS:
        return False
    return len(words) == 1 or words[1].lower() in _GOVERNMENT_NEXT


def jurisdiction_head(body: str) -> Head | None:
    """`Brasil. Ministério da Saúde. Title. …`: a government body printed after its
    jurisdiction, each level closed by its stop (Brazilian Vancouver and ABNT lists,
    `BRASIL. Ministério da Saúde. Secretaria de Atenção à Saúde.`), one author whose
    jurisdiction no stop-closed block reads as a name. None unless a jurisdiction's
    name (`_JURISDICTION`) is followed by one level or more that each read as one
    body's name (`people.read_names`: a literal, scored as a body), the first led by a
    government's word (`_GOVERNMENT_WORDS`: `Ministério`, `Department`), not a title's
    (`Example Name. Widget Management for the Organization.`) nor a society's."""
    lead = _JURISDICTION.match(body)
    if lead is None:
        return None
    levels = [lead.group(0).strip()]
    end, score = lead.end(), 0.0
    while len(levels) < 5:
        level = _BODY_LEVEL.match(body, end)
        if level is None:
            break
        text = level.group(0).strip().rstrip(".")
        if len(levels) == 1 and not government_level(text):
            break  # a government's level names its kind first (`Ministério da`, `Department`)
        names = read_names(text)
        if len(names.authors) != 1 or not names.authors[0].literal or names.score < 0.75:
            if not comma_levels(text):
                break
            names = Names((Author(literal=text),), False, 0.9)
        levels.append(level.group(0).strip())
        end, score = level.end(), max(score, names.score)
    if len(levels) < 2 or end >= len(body):
        return None
    literal = " ".join(levels).rstrip(".")
    return Head("nlm", Names((Author(literal=literal),), False, score), "", body[end:])


# A whole book's editors' role in parentheses after the stop that closed their names
# (ABNT: `EXAMPLE, A. B.; OTHER, C. D. (Org.). Title`; `(Orgs.)`, `(Coord.)`, `(Ed.)`):
# none of the title.
_ROLE_AFTER_NAMES = re.compile(
    r"\((?:[Oo]rgs?|[Cc]oords?|[Ee]ds?|[Hh]rsg|[Hh]gg?|[Dd]ir|[Cc]omps?)\.?\)[.,:]?\s*(?=\S)"
)


# A country's dotted short form before a patent's word (`U.S. Pat.`, `U.S. Patent`),
# which the block's last name took for initials (`Example, C. U.S.`).
_COUNTRY_STOPS = re.compile(r"\s(?:U\.\s?S|U\.\s?K)\.\s*\Z")


def country_before_patent(body: str, end: int) -> Head | None:
    """`Example, A. B.; Other, C. U.S. Patent 4,123,456, 1978.` (ACS's untitled patents,
    names inverted): the names end before the country's short form (`_COUNTRY_STOPS`),
    which opens the patent; None unless the names before it read well."""
    country = _COUNTRY_STOPS.search(body, max(0, end - 8), end)
    if country is None:
        return None
    cut = country.start()
    names = read_names(body[:cut].rstrip(" .,;"), True)
    if names.score < 0.9 or not names.authors:
        return None
    return Head("nlm", names, "", body[cut:].lstrip())


# Russian lists' `et al.` after the last name's dotted initials (`Доу А.Н., Роу В.П. и
# др. Title`, `… и соавт. Title`, short for `и другие`, `и соавторы`, which are printed
# in full too), whose stop `names_end` took for the names' own: the title opens after it.
_RUSSIAN_ET_AL = re.compile(r"и\s(?:др|соавт|другие|соавторы)\.\s*")


def nlm_head(body: str) -> Head:
    """`Authors. Title. Container …`: names end at the first stop that closes them, or
    at a colon that does (`colon_head`), or after a jurisdiction's body
    (`jurisdiction_head`)."""
    if "\u4e00" <= body[:1] <= "\u9fff" and ("他" in body[:130] or "ほか" in body[:130]):
        stopped = japanese_et_al_stop(body)
        if stopped is not None:
            return Head("nlm", stopped[0], "", body[stopped[1] :])
    found = names_end(body, min(len(body), 700), True)
    closed = colon_head(body, len(body) if found is None else found[0])
    if closed is not None:
        return closed
    if found is None:
        return jurisdiction_head(body) or Head("nlm", Names((), False, 0.5), "", body)
    end, names = found
    if body[end : end + 2] == "и ":
        russian = _RUSSIAN_ET_AL.match(body, end)  # `Доу А.Н., Роу В.П. и др. Title`
        if russian is not None:
            end, names = russian.end(), Names(names.authors, True, names.score)
    if body[end : end + 1] == "(":
        role = _ROLE_AFTER_NAMES.match(body, end)  # `EXAMPLE, A. B. (Org.). Title`: ABNT
        end = role.end() if role else end
    if body.startswith("Pat", end) and _COUNTRY_STOPS.search(body, max(0, end - 8), end):
        country = country_before_patent(body, end)
        if country is not None:
            return country
    if len(names.authors) == 1 and " " not in names.authors[0].literal.strip():
        # `BRASIL.` (ABNT's capitals): a lone word read as a body's, maybe a jurisdiction
        jurisdiction = jurisdiction_head(body)
        if jurisdiction is not None:
            return jurisdiction
    if names.authors and names.authors[-1].given[-2:] in _LAST_J and _J_JOURNAL.match(body, end):
        return journal_j(names, body[end:])
    if names.authors and names.authors[-1].given[-2:] in _LAST_N and _N_JOURNAL.match(body, end):
        return journal_j(names, body[end:], "N")
    return Head("nlm", names, "", body[end:])


# The last given name's `J` after another initial (`F. A. J`, `F.A.J`), and the words
# that follow `J.` in the journals ACS's untitled entries cite most (`J. Am. Chem. Soc.`,
# `J. Org. Chem.`, `J. Phys. Chem. A`, `J. Chem. Phys.`, `J. Med. Chem.`, `J. Biol.
# Chem.`), none of which a journal opens without it (`Phys. Rev.`, `Chem. Rev.`, `Org.
# Lett.` do, and are not here; `J. Chem. Soc., Perkin Trans.` is left out: its rest reads
# worse with the `J.`).
_LAST_J = frozenset({" J", ".J"})  # after another initial: a lone `J` is the name's own
_J_JOURNAL = re.compile(
    r"(?:Am\.\s?Chem\.\s?Soc|Org\.\s?Chem|Phys\.\s?Chem|Chem\.\s?Phys|Med\.\s?Chem"
    r"|Biol\.\s?Chem|Nat\.\s?Prod|Agric\.\s?Food\s?Chem|Chem\.\s?Educ|Chem\.\s?Theory"
    r"|Chem\.\s?Inf|Mater\.\s?Chem|Electrochem\.\s?Soc|Phys\.\s?Org"
    r"|Organomet\.\s?Chem|Heterocycl\.\s?Chem|Fluorine\s?Chem"
    # Nature's untitled entries (`Example, C. J. Gerontol. A Biol. Sci. 69, S4 (2014)`):
    # the medical journals they cite most that `J.` opens, whose second word opens no
    # journal, or does only with a third word (`Immunol. Rev.`: here a volume follows)
    r"|Gerontol|Clin\.\s?Invest|Exp\.\s?Med|Clin\.\s?Oncol|Am\.\s?Med\.\s?Assoc)\b"
    r"|(?:Immunol|Neurosci|Virol|Physiol|Cell\s?Biol)\.?\s?\d"
)
# The same with `N.` (`Example, C. N. Engl. J. Med. 364, 656 (2011)`): the New England
# Journal of Medicine, which Nature's untitled entries cite often.
_LAST_N = frozenset({" N", ".N"})
_N_JOURNAL = re.compile(r"Engl\.\s?J\.\s?Med\b")


def journal_j(names: Names, rest: str, letter: str = "J") -> Head:
    """ACS's untitled article whose journal opens with `J.` right after the last name's
    initials (`Example, F. A. J. Am. Chem. Soc. 1952, 74, 5828.`): the stops read as
    one more initial; the `J.` is the journal's (`_J_JOURNAL`), so it leaves the last
    given name and opens the rest. `letter`: the journal's opening initial (`N.`:
    `_N_JOURNAL`)."""
    last = names.authors[-1]
    given = last.given.rstrip(".").removesuffix(letter).rstrip(" .")
    given = f"{given}." if "." in last.given and given else given
    authors = (*names.authors[:-1], Author(last.family, given, last.suffix, last.literal))
    return Head("nlm", Names(authors, names.et_al, names.score), "", f"{letter}. {rest}")


def nlm(body: str) -> Candidate | Miss:
    """`Authors. Title. Container …`, read in full."""
    return read(nlm_head(body))


# `_AUTHOR_YEAR` without its `^(?P<names>.+?)`: the first place after the names where
# each can match is where the lazy names end. The second is led by a class SRE scans for
# in C; the first is found from its `(YEAR`, which is.
_AFTER_NAMES = tuple(
    re.compile(p.pattern.removeprefix(r"^(?P<names>.+?)")) for p in _AUTHOR_YEAR[:2]
)
_OPEN_YEAR = re.compile(
    rf"\(\s?(?:{YEAR}|{_UNDATED}|(?:{MONTH}|{_SEASONS}),?\s|(?:\d{{1,2}}\.?\s+)?{_FOREIGN_MONTHS}|民)"
)


def names_and_year(body: str) -> tuple[str, str, int] | None:
    """The names, year and end of the first `_AUTHOR_YEAR` pattern that matches `body`.

    `.+?` takes the fewest characters (at least one, no line break) after which the rest
    matches. For the parenthesised year that is the earliest `(YEAR` the rest matches
    from, moved back over the white space and the one `,`/`.` the rest may take first
    (no later `(` can start its match before an earlier one: `(` is neither)."""
    if "\n" in body:  # `.` stops at a line break: the patterns themselves
        for pattern in _AUTHOR_YEAR:
            match = pattern.match(body)
            if match:
                return match.group("names"), match.group("year"), match.end()
        return None
    for found in _OPEN_YEAR.finditer(body, 1):  # at 0 it would leave no names
        at = found.start()
        while at > 0 and body[at - 1].isspace():
            at -= 1
        if at > 0 and body[at - 1] in ",.":
            at -= 1
        tail = _AFTER_NAMES[0].match(body, max(at, 1))
        if tail:
            return body[: tail.start()], tail.group("year"), tail.end()
    tail = _AFTER_NAMES[1].search(body, 1)
    colon = body.find(".:", 1, tail.start() if tail else _COLON_REACH)
    if colon > 0:  # `Example, A. B.: 1976, Journal 12, 34.` before any other year
        kluwer = _COLON_YEAR.match(body, colon + 1)
        if kluwer:
            return body[: colon + 1], kluwer.group("year"), kluwer.end()
    if tail and not access_date(body, tail.start()):
        return body[: tail.start()], tail.group("year"), tail.end()
    return agps_names_and_year(body)


# Kluwer's and Reidel's astronomy and geophysics journals (Solar Physics, Space Science
# Reviews, Boundary-Layer Meteorology) close the names by a colon after an initial's
# stop and part the year by a comma (`Example, A. B.: 1976, Journal 12, 34.`): the year
# closes the names there too.
_COLON_YEAR = re.compile(rf"(?<=[A-Z]\.):\s*(?P<year>{YEAR})[a-z]?,\s*(?=\S)")


def stop_year_before(body: str, end: int) -> tuple[str, str, int] | None:
    """The names, year and end of `Authors. 2017. Title` (ACM's reference format, Chicago's
    author-date: the year bare between a stop and a stop, spaced) when that year comes
    before `end`, where a parenthesised year was found: the later `(2017)` is then the
    journal's date (ACM's `Journal 12, 3 (2017), 1–10`), not the one that closes the
    names. Only when the text before it reads well as names (no digit; `read_names` at
    0.9 or more): a title's or an imprint's year (`Place: Publisher, 1975. Pp. 216`) or
    one inside a link (`10.5555/j.2001.11`) is no such year."""
    tail = _SPACED_STOP_YEAR.search(body, 1, end)
    if tail is None or access_date(body, tail.start()):
        return None
    block = body[: tail.start()]
    if len(block) > 300 or any(char.isdigit() for char in block):
        return None
    names = read_names(block, *block_orientation(body, block))
    if not names.authors or names.score < 0.9:
        return None
    return block, tail.group("year"), tail.end()


# `, 2017. ` / `. 2017. ` with white space on both sides of the year.
_SPACED_STOP_YEAR = re.compile(rf"[,.]\s+(?P<year>{YEAR})[a-z]?[.,]\s+(?=\S)")


# The words that date a reader's access to a page (IEEE's `Accessed: Jan. 8, 2024.`,
# Harvard's `viewed 12 December 2010`, APA 6's `Retrieved May 5, 2019`).
_ACCESS_WORD = re.compile(r"(?:accessed|retrieved|viewed|cited)\b[^.]{0,20}\.?[^.]{0,12}\Z", re.I)


def access_date(body: str, at: int) -> bool:
    """Whether the year at `at` (`, 2024.`) closes an access date (`Accessed: Jan. 8,
    2024.`), which no author block ends in: the work's own year is elsewhere or absent."""
    return _ACCESS_WORD.search(body, max(0, at - 32), at) is not None


def agps_names_and_year(body: str) -> tuple[str, str, int] | None:
    """The last `_AUTHOR_YEAR` pattern's names, year and end (anchored and bounded by its
    names' first stop, bracket or digit, so it is matched as spelled)."""
    match = _AUTHOR_YEAR[2].match(body)
    return (match.group("names"), match.group("year"), match.end()) if match else None


# The hyphenation point (`‧`, U+2027) that Taiwan's APA lists print as their full stop
# after the year's parenthesis, the title and the journal (`王小明(2020)‧題名‧期刊,14(3),
# 1-29。`). The same point parts a transliterated foreign name (`約翰‧杜威`): a point after
# three characters or fewer since the last stop, before an ideograph, is a name's.
_NAME_POINT_REACH = 3


def dotted_stops(rest: str) -> str:
    """`rest` (after the `‧` that closed the year) with its hyphenation points that stand
    for stops as `. `, as `。` reads (`text.fold_fullwidth`); a point inside a foreign name
    (`_NAME_POINT_REACH` characters or fewer since the last stop, an ideograph after it)
    is kept."""
    out: list[str] = []
    piece = 0  # characters since the last stop
    for at, char in enumerate(rest):
        if char == "‧":
            after = rest[at + 1 : at + 2]
            name = 0 < piece <= _NAME_POINT_REACH and has_cjk(after)
            out.append(char if name else ". ")
            piece = piece + 1 if name else 0
            continue
        out.append(char)
        piece += 1
    return "".join(out)


def author_year_head(body: str) -> Head | Miss:
    """`Authors (2017). Title …` / `Authors, 2017. Title …` / `Author, I 2017, Title, …`
    (AGPS Harvard, whose parts are all separated by commas, so read as a comma style)."""
    found = names_and_year(body)
    if found is not None and "(" in body[len(found[0]) : found[2]]:  # `… Journal 12, 3 (2017)`
        found = stop_year_before(body, len(found[0])) or found
    if found is None:
        bare = bare_year_head(body) if _BARE_YEAR.search(body, 0, 400) else None
        bare = bare or dotted_bare_year_head(body) or jfm_head(body)
        bare = bare or inverted_bare_year_head(body)
        return _NO_YEAR if bare is None else bare
    block, year, end = found
    rest = body[end:]
    if rest[:1] == "‧":  # Taiwan's APA: `作者(2020)‧題名‧期刊,14(3),1-29。`
        rest = dotted_stops(rest[1:].lstrip())
    if not year[:1].isdigit():  # `(n.d.)`, `(s.f.)`, `(o. J.)`: no year; `(民 82)`: marked
        year = _ERA_DATED if year[:1] == "民" else ""
    colon = block.find(":", 0, _COLON_REACH)
    closed = (
        colon_names(block[:colon], body[colon + 1 :])
        if colon > 0 and block[colon + 1 : colon + 2] == " "
        else None
    )
    if closed is not None:  # `Example, A.: Title. Journal 61, 85–117 (2015)` (Springer)
        if rest.strip() and "(" in body[len(block) : end]:
            return _TITLE_YEAR  # `Title (2005) Committee …`: a year in the title's words
        return Head(
            "author-year", closed, year, f"{block[colon + 1 :].strip().rstrip('.')}. {rest}"
        )
    japanese = (
        japanese_dated_names(block, _KANA.search(rest) is not None)
        if rest.startswith(("『", "「")) and not block.isascii()
        else None
    )
    names = japanese or read_names(block, *block_orientation(body, block))
    if (
        names.score < 0.5
        and body[len(block) : len(block) + 1] == "."
        and _CUT_INITIAL.search(block)
    ):
        names = stop_kept(block, names)
    # AGPS Harvard ends its title with a comma (its names hold no stop: most skip the match)
    commas = "." not in block and found == agps_names_and_year(body)
    if (
        names.score < 0.5
        and block.strip().rstrip(".") in ANONYMOUS
        and _MORE_THAN_A_TITLE.search(rest)
    ):
        names = Names((), False, _ANONYMOUS_SCORE)  # `Anonymous (2011). Title.`: no one
    if names.score < 0.5 and len(names.authors) == 1 and issuer_named_again(block, rest):
        names = Names((Author(literal=block.strip().rstrip(".")),), False, BODY_SCORE)
    if names.score < 0.5:  # APA: a work without authors puts its title first
        by = names_after_title(block) if ", by " in block else None
        if by is not None:  # IEEE's patent: `Title, by A.B. Example. (1992, May 19).`
            names, rest = by[1], f"{by[0]}. {rest}"
        else:  # AGPS: `Title 2004, Publisher, Place.`: the title closed by its comma
            joint = ", " if commas and not any(map(block.__contains__, "?!")) else ". "
            names, rest = Names((), False, 0.7), f"{block.rstrip('.')}{joint}{rest}"
    return Head("author-year", names, year, rest, commas)


# An author slot that says the work has none (`Anonymous (2011).`, `Anon. 2003.`): a
# head's names as plain as a body's, so the title after it is read as the title, not
# the word put first as a work without authors puts its title.
_ANONYMOUS_SCORE = BODY_SCORE
# Only where a sentence follows the title (`Title. Publisher, Place.`): a reading with no
# names and a title alone, or no title, scores below acceptance, and the entry would fail
# where it read before, a wrong title and all.
_MORE_THAN_A_TITLE = re.compile(r"[.?!]\s+\S")


# Where a body's name recurs as its report's issuer: after a comma or a stop, before one,
# a space or the end (`Report, Example in Widget Health. https://…`).
_ISSUER_AFTER = re.compile(r"[.,]\s")
_ISSUER_END = frozenset(".,; ")


def issuer_named_again(block: str, rest: str) -> bool:
    """Whether an author block that reads as no person's name nor a known body's
    (`Example in Widget Health.`: `in` joins a title's words as often) is a body's name
    its entry prints again as the work's issuer, after the title (`(2023) Title. Report,
    Example in Widget Health.`, Harvard's reports): a title put first (APA's work without
    authors) is not printed again so. Two capitalised words or more, no comma."""
    name = block.strip().rstrip(".")
    words = name.split()
    if len(name) > 120 or len(words) < 2 or "," in name:
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    for stop in _ISSUER_AFTER.finditer(rest):
        at = stop.end()
        after = rest[at + len(name) : at + len(name) + 1] or " "  # the end closes it too
        if rest.startswith(name, at) and after in _ISSUER_END:
            return True
    return False


# ACM's stop and bare year after the names (`… and Bob Other. 2017. Title`).
_BARE_YEAR_NEXT = re.compile(rf"\.\s+{YEAR}[a-z]?\.")
# A name spelled out given first: a given name, middle initials or names, a family
# (`Ann Example`, `Ann B. Example`, `Ann-Marie O'Example`); no name inverted or with
# initials last.
_SPELLED_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_SPELLED_NAME = re.compile(rf"{_SPELLED_WORD}(?: (?:[A-Z]\.|{_SPELLED_WORD}))* {_SPELLED_WORD}")


def block_orientation(body: str, block: str) -> tuple[bool, bool]:
    """`read_names`' `family_first` and `inverted_first` for an author-year block: the
    first name inverted (`Example, Ana, and Bob Other (2017)`: APA, Chicago), except in a
    block closed by a stop before a bare year whose names are spelled out given first
    (`spelled_block`): ACM's reference format (`Ann Example and Bob Other. 2017.
    Title.`, `Ann B. Example, Bob Other, and Carl Third. 2017.`) prints every name so."""
    if _BARE_YEAR_NEXT.match(body, len(block)) and spelled_block(block):
        return False, False
    return True, True


def spelled_block(block: str) -> bool:
    """Whether a block's names are all given first: each of its `and`-pieces a
    `_SPELLED_NAME` when no comma inverts the first (Chicago's `Example, Ann, and Bob
    Other` has one), or its first name with a middle initial inside (`Ann B. Example,
    …`), which no family is. A first piece of two words before a comma may be a family
    of two (`Abu Example, Ann, …`, `St Example, …`), so the block stays inverted."""
    pieces = split_pieces(block)
    if not pieces or not _SPELLED_NAME.fullmatch(pieces[0]):
        return False
    if "," not in block:
        return all(_SPELLED_NAME.fullmatch(piece) for piece in pieces)
    return "." in pieces[0]


def bare_year_head(body: str) -> Head | None:
    """The head of a Harvard entry whose year follows its names with no punctuation
    (`Auld M 1976 Title. Publisher, Place`, `Ball J A, Oreschnik R 1986a Title. Journal 5
    (4): 26–9`, as UK nursing journals print their lists): family-first names with
    undotted initials (`physics_names`) or a body's name (`body_block`), then the bare
    year, and a title its stop closes; the rest read as any author-year entry's. Names
    set in capitals and inverted with given names spelled out (`EXAMPLE, RUPERT 1995
    Title, Place: Publisher`, `EXAMPLE, JAMES, A. 1995 'Title', …`: `capitals_block`)
    need no stop after the title (sociology journals part it with a comma). None
    otherwise (a physics entry's rest, `Appl. Phys. Lett. 14 272`, is its own
    grammar's; a person without initials, `Healthy People 2020 Widget objectives. …`, is
    a title's words; and an entry that prints its year again at its end, `…; 2010.`,
    dates itself there)."""
    head = _PHYSICS_HEAD.match(body)
    if head is None and body[1:2].isupper():
        head = _CAPITALS_INITIAL_HEAD.match(body)  # `EXAMPLE, JAMES, A. 1995`
    if head is None:
        return None
    rest = body[head.end() :]
    block = head.group("names")
    capitals = capitals_block(block) if ", " in block and block.isupper() else None
    if capitals is not None and not (_NLM_DATE.search(rest) or _YEAR_AT_END.search(rest)):
        return Head("author-year", capitals, head.group("year"), rest)  # `EXAMPLE, ANA 1995`
    if ". " not in rest or _NLM_DATE.search(rest) or _YEAR_AT_END.search(rest):
        return None  # `GBD 2019 Collaborators. Title. Lancet. 2020;396:1204`: NLM's date
    names = physics_names(block)
    if names is not None and not all(is_initials(a.given) for a in names.authors if a.family):
        return None  # `Healthy People 2020`: UK nursing lists print initials only
    names = names or body_block(block)
    if names is None:
        return None
    return Head("author-year", names, head.group("year"), rest)


# Names with dotted initials, the last ending in its family's letters, then the bare year
# and its stop (`Example, N., C. Other and D.A. Third 2018. Title.`, as Australian
# author-date lists and ANU Press print them: the first name inverted, the others given
# first, no comma before the year). Bounded and without digits, brackets or quotes, so
# the scan stops at the first of them.
_DOTTED_BARE_YEAR = re.compile(
    rf"(?P<names>[^\d()\[\]“\":;]{{3,300}}?[^\W\d_]{{2}})\s(?P<year>{YEAR})[a-z]?\.\s+(?=\S)"
)


def dotted_bare_year_head(body: str) -> Head | None:
    """The head of an author-date entry whose bare year follows names with dotted
    initials and is closed by its stop (`_DOTTED_BARE_YEAR`). Only when every name reads
    as a person with dotted initials (`read_names` at 0.9 or more): a title's year
    (`Healthy People 2020. Title`) or a body's (`Example Society 2019.`) has none."""
    digit = _FIRST_DIGIT.search(body, 0, 310)  # the year is the names' first digit
    at = digit.start() if digit else 0
    if at < 5 or body[at - 1] != " " or not body[at - 2].isalpha():
        return None  # spares the pattern and the names' reading
    after = body[at + 4 : at + 6]
    if not (after[:1] == "." or (after[:1].isalpha() and after[1:] == ".")) or "." not in body[:at]:
        return None  # `… Example 2001;3:1-5`: the year no stop closes
    head = _DOTTED_BARE_YEAR.match(body)
    if head is None:
        return None
    block = head.group("names")
    if not _DOTTED_INITIAL.search(block):
        return None
    names = read_names(block, True, inverted_first=True)
    if names.score < 0.9 or not names.authors:
        return None
    if not all(a.family and _DOTTED_INITIAL.search(a.given) for a in names.authors):
        return None
    return Head("author-year", names, head.group("year"), body[head.end() :])


_DOTTED_INITIAL = re.compile(r"[A-Z]\.")
_FIRST_DIGIT = re.compile(r"\d")

# The Journal of Fluid Mechanics' head: names inverted with dotted initials, the last
# initial's stop, then the bare year and the title with no stop between (`Example, A. B.
# & Other, C. D. 1972 Title. Publisher.`, `Example, J. C. 1951 Title. J. Widget Mech.
# 129, 547.`). Bounded and without digits, brackets or quotes, so the scan stops at the
# first of them.
_JFM_HEAD = re.compile(
    rf"(?P<names>[^\d()\[\]“\":;]{{3,300}}?[A-Z]\.)\s(?P<year>{YEAR})[a-z]?\s+(?=[A-Z])"
)


# A year standing alone after JFM's head: the entry's own date, so that the bare year
# after the initials opens the title (`Doe, J. A. 2020 Census survey. Press, 2021.`).
_LATER_YEAR = re.compile(rf"(?<![\d.\-–/])\b{YEAR}\b(?![\d\-–/])")


def jfm_head(body: str) -> Head | None:
    """The head of a JFM entry (`_JFM_HEAD`), only when every name reads as a person
    inverted with dotted initials (`read_names` at 0.9 or more): a title's year after a
    body's initials (`Example U.S.A. 2020 Widget survey`) has no inverted person."""
    digit = _FIRST_DIGIT.search(body, 0, 310)  # the year is the names' first digit
    at = digit.start() if digit else 0
    if at < 5 or body[at - 2 : at] != ". " or not body[at - 3].isupper() or "," not in body[:at]:
        return None  # spares the pattern and the names' reading
    head = _JFM_HEAD.match(body)
    if head is None or _LATER_YEAR.search(body, head.end()) is not None:
        return None  # a later year is the entry's date, the bare one a title's (`2020 Census`)
    names = read_names(head.group("names"), True, inverted_first=True)
    if names.score < 0.9 or not names.authors:
        return None
    if not all(a.family and _DOTTED_INITIAL.search(a.given) for a in names.authors):
        return None
    return Head("author-year", names, head.group("year"), body[head.end() :])


# Anthropology's older head (American Anthropologist, Ethnology, Scandinavian
# sociology): the first name inverted, its given name spelled out or initialled, maybe
# others after `and`, then the bare year, maybe a colon, and the title (`Example, Fred
# 1950 Title. Place, Publisher.`, `Example, Ana 1985: Title, …`, `Example, R. H. and J.
# Other 1896 Title`, `Example, Ulli 1955 “Title”, Journal 1:39-46.`). Bounded and
# without digits, brackets or quotes, so the scan stops at the first of them.
_INVERTED_BARE_YEAR = re.compile(
    rf"(?P<names>[^\d()\[\]“\":;]{{3,300}}?)\s(?P<year>{YEAR})[a-z]?:?\s+(?=[A-Z“\"‘])"
)


def inverted_bare_year_head(body: str) -> Head | None:
    """The head of an entry whose bare year, maybe then a colon, follows an inverted
    first name (`_INVERTED_BARE_YEAR`), only when every name reads as a person with a
    family and a given name (`read_names` at 0.9 or more; no body or place, see
    `body_or_places`) and no later year stands alone
    (`_LATER_YEAR`: `Example, Ana 2020 Census survey. Press, 2021.` dates itself at its
    end, the bare year is the title's)."""
    digit = _FIRST_DIGIT.search(body, 0, 310)  # the year is the names' first digit
    at = digit.start() if digit else 0
    if at < 5 or body[at - 1] != " " or ", " not in body[:at]:
        return None  # spares the pattern and the names' reading
    if not (body[at - 2].isalpha() or body[at - 2] == ".") or body[at + 4 : at + 5] not in {
        " ",
        ":",
    }:
        return None
    head = _INVERTED_BARE_YEAR.match(body)
    if head is None or _LATER_YEAR.search(body, head.end()) is not None:
        return None
    names = read_names(head.group("names"), True, inverted_first=True)
    if names.score < 0.9 or not names.authors:
        return None
    if not all(a.family and a.given and not body_or_places(a) for a in names.authors):
        return None
    return Head("author-year", names, head.group("year"), body[head.end() :])


def body_or_places(author: Author) -> bool:
    """Whether a name read inverted is a body's and its level (`United Nations,
    Department 2030 Agenda`) or a place and its country (`Paris, France 1999 Title`):
    no person, so the year after it is a title's."""
    if is_body(author.family) or is_body(author.given):
        return True
    return is_place(author.family) and is_place(author.given)


_SPELLED_GIVEN = re.compile(r"[^\W\d_]{3,}")
# One name in capitals whose middle initial's stop `_PHYSICS_HEAD` stops at (`EXAMPLE,
# JAMES, A. 1995 Title`, `EXAMPLE, JAMES A. 1995`), before the bare year.
_CAPITALS_INITIAL_HEAD = re.compile(
    rf"(?P<names>[A-Z][A-Z'’\- ]{{1,40}}, [A-Z]{{3,12}}(?: [A-Z]{{3,12}})?,? [A-Z]\.)"
    rf"\s+(?P<year>{YEAR})[a-z]?\s+(?=\S)"
)


def capitals_block(block: str) -> Names | None:
    """The names of a block set in capitals, inverted, each given name spelled out
    (`EXAMPLE, ANA`, `EXAMPLE, ANA and OTHER, BEN`), as sociology journals set their
    names in small capitals before a bare year (`EXAMPLE, ANA 1995 Title, Place:
    Publisher`): read well and each a person with a given name of three letters or more
    (`read_names`), which no body's initials or physics name (`Lan Y P`) is. None
    otherwise."""
    names = read_names(block, True, inverted_first=True)
    if not names.authors or names.score < 0.95:
        return None
    if all(a.family and _SPELLED_GIVEN.match(a.given) for a in names.authors):
        return names
    return None


# A year that ends an entry after its imprint (`Place: Publisher; 2010.`, `…, 2010.`).
_YEAR_AT_END = re.compile(rf"[,;]\s*{YEAR}[a-z]?\.?\s*$")


# NLM's date before its locator (`2020;396`, `2020 Feb 24;349`): a Vancouver entry, whose
# names a bare year inside (`GBD 2019 Collaborators`) does not end.
_NLM_DATE = re.compile(rf"\b{YEAR}[a-z]?(?:\s+[A-Z][a-z]{{2}}(?:\s+\d{{1,2}})?)?\s*;")


def body_block(block: str) -> Names | None:
    """The names of a block that is one body's name of words (`Department of Health`,
    `Royal College of Nursing`; not one word, `GBD`), as read well (`read_names`); None
    otherwise."""
    if " " not in block:
        return None
    names = read_names(block, True)
    if len(names.authors) != 1 or not names.authors[0].literal or names.score < 0.9:
        return None
    return names


# A two-letter initial after a dotted one at the end of a block (`Example, M.Yu`).
_CUT_INITIAL = re.compile(r"[\s,][A-Z]\.\s?[A-Z][a-z]$")


def stop_kept(block: str, names: Names) -> Names:
    """The names of `block` read again with the stop the year's pattern took from its end
    (`Example, M.Yu. (2017)`: a two-letter initial, as Russian names transliterate `Ю`
    or `Ж`, is a given name only with its stop), when that reads better."""
    again = read_names(f"{block}.", True, inverted_first=True)
    return again if again.score > names.score else names


def author_year(body: str) -> Candidate | Miss:
    """`Authors (2017). Title …`, read in full."""
    return read(author_year_head(body))


# A stop that closes a piece, not an abbreviation: after a word of five letters or more
# (`follow-up.` one), or of three or four in lower case (`Tech. Rep.`, `Proc.` stay
# abbreviations).
_PIECE_STOP = re.compile(r"(?<![\w-])(?:(?:[^\W\d_]|-){5,}|[a-z]{3,4})\.\s")


def given_first_head(body: str) -> Head | Miss:
    """`A. R. Smith, L. G. Pereira, and L. W. Huber, Title, …` (IEEE, APS)."""
    match = _GIVEN_FIRST.match(body)
    if not match:
        lead = body_lead(body)  # `Example Institute, Title, …`: a body as the author
        if lead is None:
            return (
                inverted_comma_head(body)
                or mixed_comma_head(body)
                or spelled_pleiades_head(body)
                or spelled_comma_head(body)
                or pinyin_comma_head(body)
                or _NO_GIVEN_FIRST
            )
        return Head("given-first", lead[1], "", body[lead[0] :], True)
    if match.group("stop") == ":":
        closed = colon_names(match.group("names"), body[match.end() :])
        if closed is not None:
            return Head("given-first", closed, "", body[match.end() :].lstrip(), True)
        match = _GIVEN_FIRST_NO_COLON.match(body)  # no names a colon closes: as if none
        if not match:
            return _NO_GIVEN_FIRST
    if journal_closed(body, match):  # `J. Smith, J. Chem. Phys. 12, 33 (2007)`
        match = _GIVEN_FIRST_NO_STOP.match(body)
        if not match:
            return _NO_GIVEN_FIRST
    names = read_names(match.group("names"), False)
    end = match.end()
    last_word = body_last_word(body, match, names)
    if last_word is not None:
        names, end = last_word
    elif body_cut_short(body, match, names):
        whole = whole_body_name(body, end, names)
        if whole is None:
            return _NO_GIVEN_FIRST
        names, end = whole
    close = body[: match.end()].rstrip()[-1:]
    stopped = close in ",." or end != match.end()
    # names closed by a full stop, not a comma (`A. Doe, B. Roe, et al. Title, with its
    # commas. J. Widg. 2018;29:1-9`, Elsevier's numbered lists after Vancouver): the
    # parts that follow are parted by stops, and a comma inside the title parts nothing.
    # Only where a stop closes a word's piece: a rest in commas whose stops are its
    # abbreviations' (`Title, PhD thesis, Univ, 2010.`, `Title, Tech. Rep. 12, …`) is not.
    commas = end != match.end() or close != "." or _PIECE_STOP.search(body, end) is None
    return Head("given-first", names, "", body[end:], commas, stopped)


def inverted_comma_head(body: str) -> Head | None:
    """`Example, A. B., Other, C., and Third, D., J. Chem. Soc., 12, 34 (1974).` (the old
    Nature's and the chemistry journals' lists, AIP's with the family first): every name
    inverted with dotted initials, commas between them and after the last, then no title
    but the journal's abbreviated name (`untitled_journal`), read as the given-first
    lists' rest; or `in` and a host (`untitled_host`: `Example, A., in Widget Handbook,
    Vol. 2 (ed. Other, B.), 463–542 (Publisher, Place, 1970).`). The stop of the last
    initial closes no block here (the journal's `J.` would read as a name), so NLM's
    grammar cannot read it. None unless the block reads as names well and an ISO 4
    abbreviation with its stop, or `in` and a capital, opens the rest (a suffix, `Jr,`, or
    a name cut short is neither)."""
    match = _INVERTED_HEAD.match(body) if body[:1].isupper() else None
    if match is None:
        return None
    if (
        _UNTITLED_HOST.match(body, match.end()) is None
        and not pleiades_locator(body, match.end())
        and _UNTITLED_PATENT.fullmatch(body.rstrip(), match.end()) is None
    ):  # `…, in Book (eds …) 1–2 (…)`; `…, Title, Journal, 2012, vol. 3, pp. 5–9.`; a patent
        lead = _ABBREVIATED_LEAD.match(body, match.end())
        if (
            (lead is None or lead.group(1) not in ABBREVIATIONS)
            and _IN_PRESS.fullmatch(body, match.end()) is None
            and not comma_book(body, match.end())
        ):  # `…, Widget Conversion (in the press).`: a journal's name in full
            return None
    names = read_names(match.group("names"), True, inverted_first=True)
    if names.score < 0.9 or not names.authors:
        return None
    if not names.et_al and "et al" in body[match.end("names") : match.end()]:
        names = Names(names.authors, True, names.score)  # `…, Other, C.D., et al., Title`
    rest = body[match.end() :]
    if "Proc." in rest and (pleiades_locator(body, match.end()) or comma_book(body, match.end())):
        rest = pleiades_host(rest)  # `…, Title, Proc. Example Conf., 2009, vol. 5, p. 2–4.`
    return Head("given-first", names, "", rest, True)


# A book's imprint in commas closing an entry: its year after a comma or a place's word,
# maybe a page after it (`…, Example Press, 1977.`, `…, third edition, Cambridge 1951,
# p. 77.`).
_COMMA_BOOK_END = re.compile(
    rf"(?:,\s*|(?<=[^\W\d_])\s)(?:{YEAR})[a-z]?(?:,\s*pp?\.\s*\d+(?:\s*[-–]\s*\d+)?)?\.?\s*$"
)


# What may follow a name's initials and its comma as part of the name or its role (`Doe,
# J. A., Jr., Title`, `Doe, J. A., ed., Title`): no title opens so.
_NAME_TAIL = re.compile(r"(?:Jr|Sr|II|III|IV|[Ee]ds?|Hrsg)\b\.?,")
# What the given-first rest would cut from a book's imprint in commas, just before its
# closing year: a firm's suffix after its comma (`Example Press, Inc., 1977`: read as
# the title `…, Example Press` and the publisher `Inc`), a second year (`Example Press,
# 1977, 1990.`: read as a journal `Example Press` and its page `1990`). The fallback
# reads both right.
_COMMA_BOOK_CUT = re.compile(rf"(?:,\s*(?:{CORPORATE_SUFFIXES}|Corp)\b\.?|{YEAR}[a-z]?),\s*\Z")


def comma_book(body: str, start: int) -> bool:
    """Whether the rest after inverted names closed by a comma (from `start`) is a book
    printed in commas alone, as older physics and engineering lists print one (`Example,
    A. B. and Other, C.,Title, Publisher, 1977.`, `Example, A.B., Title, third edition,
    Place 1951, p. 77.`): a title closed by a comma, no stop and space before it (`Title.
    Publisher, Place, 1977.` is a sentence style's book, whose title the comma style's
    rest would run into the publisher), and the entry's end a year (`_COMMA_BOOK_END`);
    not when a suffix or an editor's role follows the names (`_NAME_TAIL`), which the
    rest would take into the title, nor when the imprint holds what the rest would cut
    from it (`_COMMA_BOOK_CUT`). NLM's grammar stops at the first initial's stop and
    reads the names as the title."""
    end = _COMMA_BOOK_END.search(body, start)
    if end is None or _NAME_TAIL.match(body, start):
        return False
    if _COMMA_BOOK_CUT.search(body, start, end.start() + 1):  # `Press, Inc., 1977.`
        return False
    comma = body.find(",", start, end.start())
    return comma != -1 and ". " not in body[start:comma]


# PIER's and the old IEEE's names: the first inverted, the others given first, joined by
# commas and `and` before the last (`Example, A.-B., C. D. Other, and E. Third, Title,
# …`), closed by a comma before a word that opens no further name (nor a name spelled
# out and its comma, `Ana Example,`, as Chicago's lists go on). What follows an
# initial is read one way only (as in `_INVERTED_NAME`), so a block that does not close
# fails in linear time.
_GIVEN_SPELLED = (
    r"[A-Z][a-z]+\s(?:[A-Z]\.\s|(?:de|da|van|von|der|la|le|dos|del)\s|[A-Z][a-z]+\s){0,3}"
    r"[A-Z][\w'’-]+"
)
_MIXED_HEAD = re.compile(
    rf"^(?P<names>{_INVERTED_NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z]\.(?:\s|-\s?)?){{1,3}}"
    rf"[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?)+),\s+"
    rf"(?!and\s|[A-Z]\.|{_GIVEN_SPELLED},)(?=[^\W\d_“\"‘])"
)


def mixed_comma_head(body: str) -> Head | None:
    """`Example, A.-B. and C. D. Other, Title, Publisher, 2001.` (PIER, the old IEEE): the
    first name inverted, the later ones given first (`_MIXED_HEAD`), a comma after the
    last; NLM's grammar would stop at the first initial's stop. None unless every name
    reads as a person with a family and initials."""
    match = _MIXED_HEAD.match(body) if body[:1].isupper() else None
    if match is None:
        return None
    names = read_names(match.group("names"), False, inverted_first=True)
    return persons_head(names, body[match.end() :])


def persons_head(names: Names, rest: str) -> Head | None:
    """The given-first head of a names-then-comma grammar whose names must all read as
    persons, each with a family and initials (a capitalised title could pass for names
    otherwise); None when they do not."""
    if names.score < 0.9 or not all(a.family and a.given for a in names.authors):
        return None
    return Head("given-first", names, "", rest, True)


# Pleiades' locator (the English versions of Russian journals, MAIK Nauka/Interperiodica:
# `Example, A.B. and Other, C.D., Title, Journal, 2012, vol. 3, no. 4, pp. 57–62.`): the
# year after the journal's comma, then `vol.`, `no.` or the pages, spelled with stops; or
# JSME's, which prints its names and title so too (`Example, A., Title, Journal, Vol. 7,
# No. 1 (2016), pp. 31–41.`): the volume and number, then the year in parentheses.
_PLEIADES_LOCATOR = re.compile(
    rf",\s*{YEAR}[a-z]?,\s*(?:vol\.|no\.|pp?\.)\s*\d"
    rf"|,\s*Vol\.\s*\d+[A-Z]?(?:,\s*No\.\s*\w+)?\s*\(\s*{YEAR}\s*\)"
)


# A given name spelled out, maybe a middle initial, then the family (`Ana Example`, `Ana B.
# Example`), and a list of them joined by commas and `and` before the last.
_GIVEN_FAMILY = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s[A-Z]\.)?\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_SPELLED_AND_HEAD = re.compile(
    rf"(?P<names>{_GIVEN_FAMILY}(?:,\s{_GIVEN_FAMILY})*,?\s+and\s+{_GIVEN_FAMILY}),\s+(?=\S)"
)


def spelled_pleiades_head(body: str) -> Head | None:
    """`Ana Example, Ben Other, and Carl Third, Title, Journal, 2005, vol. 44, no. 12, pp.
    8269–8285.`: names given first and spelled out (as authors print their own), joined
    by `and` before the last, closed by a comma, in an entry whose rest holds Pleiades'
    locator (`_PLEIADES_LOCATOR`, wherever: a DOI or a note may follow it); None for any
    other (without the `and` or the locator a title's capitalised words could pass for
    names)."""
    match = _SPELLED_AND_HEAD.match(body)
    if match is None or not pleiades_locator(body, match.end()):
        return None
    return persons_head(read_names(match.group("names"), False), body[match.end() :])


# An inverted name with its given name spelled out and a dotted middle initial, maybe
# another name given first after `and` (`Example, Ana B. and Carl D. Other`), closed by a
# comma with or without its space, then a capitalised title.
_SPELLED_COMMA_HEAD = re.compile(
    r"(?P<names>[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?,\s?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    rf"(?:\s[A-Z]\.)+(?:,?\s+and\s+{_GIVEN_FAMILY})?),\s?(?=[A-Z“\"‘])"
)
# A book's comma imprint closing the entry (`…, Publisher, Place, 1964.`).
_COMMA_YEAR_END = re.compile(rf",\s*{YEAR}[a-z]?\.?\s*$")


def spelled_comma_head(body: str) -> Head | None:
    """`Example, Ana B.,Title, Publisher, Place, 1964.` (economics and older social
    science lists, whose books are printed in commas alone): the first name inverted with
    its given name spelled out and a dotted middle initial (`_SPELLED_COMMA_HEAD`; PDF
    text may lose the space after its comma), in an entry that ends in a book's comma
    imprint and year (`_COMMA_YEAR_END`). NLM's grammar stops at the middle initial;
    None for any other shape."""
    match = _SPELLED_COMMA_HEAD.match(body)
    if match is None or _COMMA_YEAR_END.search(body, match.end()) is None:
        return None
    names = read_names(match.group("names"), True, inverted_first=True)
    return persons_head(names, body[match.end() :])


# Chinese names in pinyin printed family first with the given name spelled out (`Cai
# Zaisheng, Song Xinyuan, Title, …`), as lists of Chinese textile and materials journals
# print them in Elsevier's numeric order, closed by a comma before a capitalised title.
_PINYIN_NAME = r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,11}(?:-[A-Za-z][a-z]{1,5})?"
_PINYIN_COMMA_HEAD = re.compile(rf"(?P<names>{_PINYIN_NAME}(?:, {_PINYIN_NAME}){{0,9}}), (?=[A-Z])")
# What closes an entry in commas: a book's year and maybe its pages (`…, Beijing, 2004,
# pp.225-226.`), or a journal's volume, year in parentheses and pages (`Journal. 8
# (2005) 41-45.`, Elsevier's numeric locator).
_COMMA_STYLE_END = re.compile(
    rf"(?:,\s*{YEAR}[a-z]?(?:,\s*pp?\.\s*\d+(?:\s*[-–]\s*\d+)?)?"
    rf"|\(\s*{YEAR}\s*\)\s*\d+(?:\s*[-–]\s*\d+)?)\.?\s*$"
)


def pinyin_comma_head(body: str) -> Head | None:
    """`Cai Zaisheng, Title, Publisher, Place, 2004, pp.225-226.`, `Song Xinyuan, Title,
    Journal. 8 (2005) 41-45.` (`_PINYIN_COMMA_HEAD`): each name a family and a given name
    that are both pinyin (`is_pinyin`: one syllable or two), in an entry that ends as a
    comma style's does (`_COMMA_STYLE_END`). None otherwise: NLM's grammar, which needs
    the names' stop, takes them into the title."""
    match = _PINYIN_COMMA_HEAD.match(body)
    if match is None or _COMMA_STYLE_END.search(body, match.end()) is None:
        return None
    authors = []
    for name in match.group("names").split(", "):
        family, given = name.split(" ")
        if not (is_pinyin(family) and is_pinyin(given)) or name in PINYIN_TERMS:
            return None
        authors.append(Author(family=family, given=given))
    return Head("given-first", Names(tuple(authors), False, 1.0), "", body[match.end() :], True)


def pleiades_head(body: str) -> bool:
    """Whether `body` opens with inverted names closed by a comma and holds Pleiades'
    locator (anywhere: a DOI or a note may follow it): the given-first lists' grammar
    (`inverted_comma_head`) reads it, which NLM's would read with the title among the
    names, so it goes first."""
    if not body[:1].isupper() or _PLEIADES_LOCATOR.search(body) is None:
        return False
    return _INVERTED_HEAD.match(body) is not None


# Pleiades' proceedings after the title and its comma, without IEEE's `in` (`Title, Proc.
# Example Conf. 2009, LNCS, 2009, vol. 5674, p. 23–42.`).
_PLEIADES_PROC = re.compile(r",\s+(?=Proc\.\s)")


def pleiades_host(rest: str) -> str:
    """`rest` with IEEE's `in` before Pleiades' `Proc.` (`_PLEIADES_PROC`), so that the
    given-first lists' rest reads the proceedings as the host, not as the title's words;
    as given when it has none or an `in` already."""
    if ", in " in rest:
        return rest
    return _PLEIADES_PROC.sub(", in ", rest, 1)


def pleiades_locator(body: str, start: int) -> bool:
    """Whether the rest after inverted names closed by a comma holds Pleiades' locator
    (`_PLEIADES_LOCATOR`, searched from `start`, not anchored to the end: a DOI or a note
    may follow it): the style prints the names so, then the title and the journal
    between commas, which the given-first lists' rest reads as IEEE's."""
    return _PLEIADES_LOCATOR.search(body, start) is not None


# A lower-case word that carries a body's name on (`of`, `for`): no title's first word.
_BODY_GOES_ON = re.compile(r"(?:of|for|and|on|the|de|du|des|für|und)\s")


def body_cut_short(body: str, match: re.Match[str], names: Names) -> bool:
    """Whether the names end inside a body's name: at a mere space, after a name read as
    a body (`Task Force` of `A. Example, and Task Force on Widgets, Title, …`; `U.S.
    Department` of `U.S. Department of Health, National Institutes of Health. Title.`,
    dotted initials and a word that look like a given-first name), before a lower-case
    word that carries a body's name on."""
    if not names.authors or not names.authors[-1].literal:
        return False
    return not match.group(0)[len(match.group("names")) :].strip() and bool(
        _BODY_GOES_ON.match(body, match.end())
    )


# The word that ends a body's name (`_BODY_NAME`'s), then the stop or comma that closes it.
_BODY_END_WORD = re.compile(
    r"(?:Group|Consortium|Committee|Investigators|Collaborators|Collaboration|Society|"
    r"Network|Team|Force)(?P<close>[.,]\s+)(?=\S)"
)


def body_last_word(body: str, match: re.Match[str], names: Names) -> tuple[Names, int] | None:
    """The names with a body's last word that a mere space cut off (`U.S. Example Statistics
    Working| Group. Title.`: dotted letters and words read as a given-first name, which
    takes three words at most), and where the rest starts; None unless the names end at a
    space right before such a word and its stop or comma."""
    if not names.authors or not names.authors[-1].literal:
        return None
    if match.group(0)[len(match.group("names")) :].strip():
        return None
    word = _BODY_END_WORD.match(body, match.end())
    if word is None:
        return None
    return read_names(body[: word.start("close")], False), word.end()


def whole_body_name(body: str, end: int, names: Names) -> tuple[Names, int] | None:
    """The names with the body's name `body_cut_short` found cut read on to its comma (IEEE
    and APS close every name so: `A. Example, and Task Force on Widgets, Title, …`), and
    where the rest starts; None when the body is the first name (`U.S. Department of
    Health, National Institutes of Health. Title.`: its levels run on past the comma, a
    block NLM's stop closes) or no words of a name lead to a comma."""
    comma = body.find(",", end, end + 120)
    if len(names.authors) < 2 or comma < 0 or not name_words(body[end:comma]):
        return None
    start = comma + 1
    while body[start : start + 1].isspace():
        start += 1
    return read_names(body[:comma], False), start


# After a stop, what opens a journal's abbreviated name or its locator: another
# abbreviated word with its stop (`Phys.`, `J.`; the volume may follow it with no space,
# `Khim.7`, as PDF text of older lists prints it) or a digit.
_ABBREVIATION_NEXT = re.compile(r"[A-Z][a-z]{0,6}\.(?:\s|$|\d)|\d")


def journal_closed(body: str, match: re.Match[str]) -> bool:
    """Whether the given-first names `match` read end at a stop that is a journal's
    abbreviation's, not a family's (AIP prints no title: `J. Smith, J. Chem. Phys. 12, 33
    (2007)` would give an author `J. Chem`): the last word is a journal abbreviation, or
    another abbreviated word or a number follows the stop."""
    names = match.group("names")
    if body[len(names) : len(names) + 1] != ".":
        return False
    last = names.rsplit(None, 1)[-1]
    return last in ABBREVIATIONS or _ABBREVIATION_NEXT.match(body, match.end()) is not None


def given_first(body: str) -> Candidate | Miss:
    """`A. R. Smith, …, Title, …`, read in full."""
    return read(given_first_head(body))


# The physics lists' names block (family first, undotted initials, `Lan Y P,Chen Y F`;
# `and`/`&` before the last, `et al`), then the bare year between spaces: no stop (but
# `et al.`'s), digit, bracket or quote in the names, so the pattern ends at the first
# one. The names end in a character that is no space (nor comma), so that white space
# before the year is scanned once, not from each of its positions.
_PHYSICS_HEAD = re.compile(
    rf"(?P<names>[^\d().:;\[\]“\"]*?[^\s\d().:;\[\]“\",](?:(?<=al)\.)?)"
    rf"(?:\s*,\s+|\s+)(?P<year>{YEAR})[a-z]?\s+(?=\S)"
)
_PHYSICS_NAME = re.compile(
    # `Lan Y P`, `Lan YP`, `van der Waals J D`, `Van Vleck J H`; `Sam Legvold` (a given
    # name spelled out); `李 立`, `张新陆` (the Chinese version's names)
    r"(?:(?:van|von|de|der|den|du|da|di|la|le)\s+)*[A-ZÀ-ÖØ-Þ][\w'’-]+"
    r"(?:\s+[A-ZÀ-ÖØ-Þ][a-z][\w'’-]*)?\s+[A-Z](?:[\s-]?[A-Z]){0,3}"
    r"|[A-ZÀ-ÖØ-Þ][a-z][\w'’-]*\s+[A-ZÀ-ÖØ-Þ][a-z][\w'’-]*"
    r"|[\u4e00-\u9fff]{1,4}(?:\s[\u4e00-\u9fff]{1,3})?"
)
_PHYSICS_SEPARATOR = re.compile(r"[,&]")
# After the year: the journal's volume and page or range at the end, nothing after them.
_PHYSICS_LOCATOR = re.compile(
    r"\s(?P<volume>\d{1,5}[A-Z]?)\s+(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)"
    r"\s*(?:\.\s*)?$"
)
# IOP's book: `Title (Place: Publisher)`, its pages after it (`p 12`, `pp 12–34`).
# Its series volume may stand in parentheses between them (`Title (Vol. 117) (Place:
# Publisher) pp 32−41`, Acta Physica Sinica), and its pages' dash be a minus sign.
_PHYSICS_BOOK = re.compile(
    r"(?P<title>[^()]*?[^\s()])\s*(?:\([Vv]ol\.?\s*(?P<volume>\d{1,4})\)\s*)?"
    r"\((?P<place>[^():]+):\s*(?P<publisher>[^()]+)\)"
    r"(?:\s*pp?\s*(?P<pages>\d+(?:\s*[-–−]\s*\d+)?))?\s*(?:\.\s*)?$"
)
_PHYSICS_EDITION = re.compile(r"\s+(\d+\w*\s+edn?)\.?$")
# The words of a journal's name: capitalised or abbreviated words, a name's small words.
_JOURNAL_WORD = re.compile(
    r"[A-Z\u4e00-\u9fff(][^\s,;]*|of|and|the|in|for|on|de|des|du|der|und|für|et|la|le|di|&"
)
_SMALL_WORDS = frozenset(
    "of and the in for on de des du der und für et la le di &".split()  # noqa: SIM905
)
# A title's word a journal's name never holds: lower case (not a name's small word) or
# closing a question.
_TITLE_WORD = re.compile(r"[a-z][^\s]*|[^\s]*[?!]")
# A formula or symbol that ends a title before the journal (`… in GaN Appl. Phys. Lett.`).
_FORMULA = re.compile(r"[^\s.]*(?:\d|[a-z][A-Z])[^\s.]*")
# Unabbreviated words that lead a journal's abbreviated name (`New J. Phys.`, `Nature
# Photon.`, `IEEE Trans.`), which a title in title case might otherwise end with.
_JOURNAL_LEAD = frozenset(
    """New Nature Nano IEEE AIP ACS SPIE OSA IET IOP Acta Chinese Physica Optics Applied
    Journal Soviet Japanese European Physical Reports Annals Reviews""".split()  # noqa: SIM905
)
# `(in Chinese)` after the English locator, and the Chinese version in brackets after it;
# in any case, as lists typed it (`(in chinese)`, `(in CHinese)`).
_IN_CHINESE_VERSION = re.compile(
    r"\(in chinese\)\s*(?:\[(?P<version>[^\[\]]+)\]\s*)?(?:\.\s*)?$", re.IGNORECASE
)


class PhysicsParts(NamedTuple):
    """A physics entry's parts: names block, year, the fields after the year, and the
    Chinese version bracketed after `(in Chinese)` ("" when none)."""

    block: str
    year: str
    fields: dict[str, Any]
    version: str


def physics_pieces(block: str) -> list[str]:
    """The names of a physics block, one string each with single spaces: split at its
    commas, `&` and `and`, its `et al`/`等` dropped (word by word, in linear time)."""
    words = block.split()
    if words[-1:] == ["等"]:
        words = words[:-1]
    elif words[-2:] in (["et", "al."], ["et", "al"]):
        words = words[:-2]
    pieces: list[str] = []
    for part in _PHYSICS_SEPARATOR.split(" ".join(words)):
        piece: list[str] = []
        for word in part.split():
            if word == "and" and piece:
                pieces.append(" ".join(piece))
                piece = []
            elif word != "and":
                piece.append(word)
        if piece:
            pieces.append(" ".join(piece))
    return pieces


def physics_names(block: str) -> Names | None:
    """The names of a physics list's block, when each piece is such a name (`Lan Y P`,
    `Pan J S`): given names are initials, so a piece spelled out (`Sam Legvold`) is read
    given first. None when a piece is no name."""
    if not all(map(_PHYSICS_NAME.fullmatch, physics_pieces(block))):
        return None
    names = read_names(block, False)
    return names if names.authors and names.score >= 0.9 else None


def journal_like(container: str) -> bool:
    """Whether `container` reads as a journal's name alone (`Phys. Rev.`, `IEEE
    Photon.Technol.Lett.`, `Journal of Applied Physics`, `物理学报`): a title's
    lower-case words or commas are not in it."""
    words = container.split()
    return 0 < len(words) <= 10 and all(_JOURNAL_WORD.fullmatch(word) for word in words)


def title_and_journal(head: str) -> tuple[str, str] | None:
    """IOP's `Title Journal` before the volume, split where the journal starts (nothing
    but white space marks it): after the title's last lower-case word (IOP prints titles
    in sentence case, journals' words capitalised) and the small words and formulae after
    it (`… in GaN New J. Phys.`); with no
    such word, at the first abbreviated word when three words or more come before it
    (`Widget Gears In Motion Phys. Rev. B`), else the whole is the journal (`Acta Phys.
    Sin.`, `IEEE Photon.Technol.Lett.`, `Journal of Applied Physics`: no title). None
    when what is left for the journal is no journal's name."""
    words = head.split()
    if not words or len(words) > 60:
        return None
    cut = 0
    for at, word in enumerate(words):
        if word not in _SMALL_WORDS and _TITLE_WORD.fullmatch(word):
            cut = at + 1
    if cut:
        while cut < len(words) - 1 and (
            words[cut] in _SMALL_WORDS or _FORMULA.fullmatch(words[cut])
        ):
            cut += 1
    else:
        first = next((at for at, word in enumerate(words) if "." in word), 0)
        if first >= 3:
            cut = first - 1 if words[first - 1] in _JOURNAL_LEAD else first
    journal = " ".join(words[cut:])
    return (" ".join(words[:cut]), journal) if journal_like(journal) else None


def physics_rest(rest: str) -> dict[str, Any] | None:
    """The fields after a physics entry's year: `[Title] Journal Vol Page`, or IOP's
    book `Title (Place: Publisher) pp 12–34`; None for any other shape."""
    locator = _PHYSICS_LOCATOR.search(rest)
    if locator is not None:
        split = title_and_journal(rest[: locator.start()])
        if split is None:
            return None
        title, journal = split
        fields: dict[str, Any] = {"title": title, "container": journal}
        if not title:
            fields["untitled"] = True
        fields["volume"] = locator.group("volume")
        fields.update(locator_fields(locator.group("pages")))
        fields["kind"] = Kind.ARTICLE
        return fields
    book = _PHYSICS_BOOK.match(rest) if rest[-1:] in ".)" or rest[-1:].isdigit() else None
    if book is None or _EDITED.search(book.group("title")):
        return None  # a chapter's two titles (`Title Book ed A Editor (…)`) are not told apart
    title = book.group("title")
    fields = {"place": book.group("place").strip(), "publisher": book.group("publisher").strip()}
    edition = _PHYSICS_EDITION.search(title)
    if edition:
        fields["edition"] = edition.group(1)
        title = title[: edition.start()]
    fields.update(title=title, kind=Kind.BOOK)
    if book.group("pages"):
        fields.update(locator_fields(book.group("pages").replace("−", "-")))
    if book.group("volume"):
        fields["volume"] = book.group("volume")
    return fields


# An editor's mark inside IOP's book part: a chapter's host.
_EDITED = re.compile(r"\s(?:ed|eds)\s")


def physics_parts(body: str) -> PhysicsParts | None:
    """The parts of a physics entry (`PhysicsParts`); None unless it is one."""
    head = _PHYSICS_HEAD.match(body)
    if head is None:
        return None
    rest = body[head.end() :]
    version = ""
    tail = _IN_CHINESE_VERSION.search(rest) if rest[-1:] in ")]." else None
    if tail is not None:
        version = tail.group("version") or ""
        rest = rest[: tail.start()]
    fields = physics_rest(rest.rstrip())
    if fields is None:
        return None
    return PhysicsParts(head.group("names"), head.group("year"), fields, version)


def physics_head(body: str) -> Head | Miss:
    """`Lan Y P, Chen Y F 2002 Appl. Phys. Lett. 14 272`: the names (those of the Chinese
    version when one is appended, as the list's own language, `physics_fields`) and the
    year; the rest is the whole entry, which `physics_fields` reads again."""
    parts = physics_parts(body)
    if parts is None:
        return _NO_PHYSICS
    version = physics_parts(parts.version) if parts.version else None
    chosen = version or parts
    names = physics_names(chosen.block)
    if names is None:
        return _NO_PHYSICS
    return Head("physics", names, chosen.year, body)


def physics(body: str) -> Candidate | Miss:
    """`Lan Y P, Chen Y F 2002 Appl. Phys. Lett. 14 272`, read in full."""
    return read(physics_head(body))


def physics_fields(body: str) -> dict[str, Any]:
    """The fields after the year of a physics entry (`physics_head` read its names): from
    its Chinese version when it appends one, the English names, title and journal then
    being the translation."""
    parts = physics_parts(body)
    if parts is None:  # pragma: no cover - `physics_head` read it
        return {}
    version = physics_parts(parts.version) if parts.version else None
    if version is None:
        return parts.fields
    fields = dict(version.fields)
    english = physics_names(parts.block)
    fields["authors_translation"] = english.authors if english else ()
    if parts.fields.get("title"):
        fields["title_translation"] = parts.fields["title"]
    if parts.fields.get("container"):
        fields["container_translation"] = clean_container(parts.fields["container"])
    return fields


# What `choose` runs: each grammar's head reader (`nlm` and its kin read in full).
HeadReader = Callable[[str], Head | Miss]
HEAD_READERS: tuple[HeadReader, ...] = (nlm_head, author_year_head, given_first_head)
_GIVEN_FIRST_ORDER = (given_first_head, nlm_head, author_year_head)
_YEAR_ORDER = (author_year_head, nlm_head, given_first_head)
_STARTS_GIVEN_FIRST = re.compile(r"[A-Z][a-z]?\.\s?(?:[A-Z]\.\s?)*[^\W\d_]")
# An early year, `[,.]?\s*(2017)` or `, 2017. `, as the two halves of one pattern, each
# led by what SRE scans for in C (`(`, a stop) rather than by an optional part.
_PAREN_YEAR = re.compile(rf"\(\s?({YEAR})[a-z]?\s?[,)]")
_STOP_YEAR = re.compile(rf"[,.]\s*{YEAR}[a-z]?\.\s")


def early_year(body: str, limit: int = 300, window: int = 320) -> bool:
    """Whether `[,.]?\\s*\\(\\s?(YEAR)[a-z]?\\s?[,)]|[,.]\\s*YEAR[a-z]?\\.\\s` matches in the first
    `window` characters, starting before `limit` (the first match that can start earliest
    is the one found first, and its start is moved back over what the optional part takes)."""
    found = _PAREN_YEAR.search(body, 0, window)
    if found:
        at = found.start()
        while at > 0 and body[at - 1].isspace():
            at -= 1
        if at > 0 and body[at - 1] in ",.":
            at -= 1
        if at < limit:
            return True
    found = _STOP_YEAR.search(body, 0, window)
    return found is not None and found.start() < limit


# A bare year between spaces (`… Chen Y F 2002 Appl. …`): led by a literal SRE scans for,
# the cheap test most entries fail before `_PHYSICS_HEAD` is tried.
_BARE_YEAR = re.compile(rf" {YEAR}[a-z]? ")
_WITH_PHYSICS = {
    order: (physics_head, *order) for order in (HEAD_READERS, _GIVEN_FIRST_ORDER, _YEAR_ORDER)
}


def likely_order(body: str) -> tuple[HeadReader, ...]:
    """The grammars (their head readers) in the order their anchors make likely, so that
    a confident first reading spares the others: given-first initials, an early year,
    else NLM; led by `physics` when names and a bare year lead the entry (its reading,
    when it has one, scores too high for the others to be tried)."""
    order: tuple[HeadReader, ...]
    if _STARTS_GIVEN_FIRST.match(body) or pleiades_head(body):
        order = _GIVEN_FIRST_ORDER
    elif early_year(body):
        order = _YEAR_ORDER
    else:
        order = HEAD_READERS
    if _BARE_YEAR.search(body, 0, 400) and _PHYSICS_HEAD.match(body):
        return _WITH_PHYSICS[order]
    return order
