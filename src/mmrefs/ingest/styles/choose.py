"""Pick the best reading of an entry among the grammars whose anchors it has.

A type code (`[J]`) settles the style: GB/T alone is tried, and a failure names GB/T only.
Without one, every grammar proposes a reading and each is scored on what a reference is
made of: a plausible author block, a title of words, a source (journal, book, publisher
or site), a year and a locator. The best reading wins; its score is kept, and a reading
too poor to trust is a failure naming each grammar's problem, never a silent guess. What
only the whole entry can say (whether it had a link) settles the winner's source last.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from mmrefs.ingest.gbt7714 import find_type_mark
from mmrefs.ingest.places import known_city
from mmrefs.ingest.styles.base import YEAR, Candidate, Miss
from mmrefs.ingest.styles.gbt import gbt, read_uncoded
from mmrefs.ingest.styles.grammars import assemble, likely_order
from mmrefs.ingest.styles.heads import gost_split
from mmrefs.ingest.styles.parts import gost_book, gost_host, gost_place, town_before_house
from mmrefs.ingest.styles.people import Names, is_body, japanese_body, japanese_script
from mmrefs.ingest.styles.sources import BODY_ACRONYM, HOUSE_WORD, bare_publisher
from mmrefs.ingest.styles.transliterated import latin_gost
from mmrefs.model import Kind
from mmrefs.text import has_cjk

# Below this a reading is a failure. 0.65 itself passes: names, a title of two words and a
# year (0.3 + 0.25 * 0.6 + 0.2) sum to 0.6499999999999999 in floats, so the bound sits a
# hair below it (`score` stays unrounded: `ceiling_of` is an exact bound in floats).
ACCEPT = 0.65 - 1e-9
CONFIDENT = 0.93  # at or above this, no other grammar is tried
GBT_NO_CODE = "GB/T 7714: no type code like [J] after the title"
NO_DATE = "Vancouver: no 'Journal. YEAR;VOL(ISSUE):PAGES' or 'Place: Publisher; YEAR' part"
# A GB/T publication part (`Journal, 2020, 3(2): 100-108`) without its type code: the
# code is what says the kind, so such an entry is reported rather than guessed.
_GBT_SHAPE = re.compile(rf",\s*{YEAR}\s*,\s*\d+\s*(?:\(\d+\))?\s*:\s*\d")
_WORDS = re.compile(r"[^\W\d_]{2,}")  # a word: a run of two letters or more
# Three words: a run's first two letters (no letter before them), then twice a non-letter
# and two letters, each the start of a further run. One search in C where `_WORDS`
# would build three matches; starting only at a run's start, it fails in linear time.
_THREE_WORDS = re.compile(r"(?<![^\W\d_])[^\W\d_]{2}(?:.*?[\W\d_][^\W\d_]{2}){2}", re.S)


def title_score(title: str) -> float:
    """1.0 for a title of three words (or four CJK characters), 0.6 for one or two."""
    if has_cjk(title):
        return 1.0 if len(title) >= 4 else 0.5
    if _THREE_WORDS.search(title):
        return 1.0
    return 0.6 if _WORDS.search(title) else 0.0


def score(candidate: Candidate, linked: bool = False) -> float:
    """How much a reading looks like a reference (0-1); `linked`: the entry had a DOI or
    URL trailer, which locates the work as a page number would."""
    get = candidate.fields.get
    names = get("name_score", 0.0) if get("authors") else (0.7 if get("et_al") else 0.5)
    source = get("container") or get("publisher") or linked or placed_book(get)
    locator = get("volume") or get("first_page") or get("article_number") or standard(candidate)
    issued = get("publisher") and (get("place") or japanese_script(str(get("publisher"))))
    if not locator and issued and names < 1.0 and get("authors"):
        locator = body_imprint(candidate)
    elif not locator and get("kind") == Kind.CHAPTER and get("place") and get("publisher"):
        locator = chapter_imprint(get)
    titled = 1.0 if get("untitled") else title_score(get("title", ""))
    total = 0.3 * names + 0.25 * titled
    dated = get("year") or get("era_dated")  # `(民 82)`: Taiwanese APA's era date
    total += 0.15 * bool(source) + 0.2 * bool(dated) + 0.1 * bool(locator or linked)
    if source and len(str(source)) > 150:
        total -= 0.2
    elif source and editor_as_source(str(source)):
        total -= 0.1  # below `refparse.LEARNED_REPLACES_BELOW`, above a wrong head's reading
    elif source and imprint_inside(str(source)):
        total -= 0.1  # below `refparse.LEARNED_REPLACES_BELOW`: the imprint went unread
    elif source and unclosed(str(source), get("title", ""), located(get)):
        total -= 0.1  # below `refparse.LEARNED_REPLACES_BELOW`: a part cut inside brackets
    total = total if total < 1.0 else 1.0  # `max(0.0, min(1.0, total))`, spelled out
    return total if total > 0.0 else 0.0


# What a title of three words adds to a reading's score over one of one or two words.
_SHORT_TITLE_LOSS = 0.25 * (1.0 - 0.6)


def house_first_book(reading: Candidate, body: str) -> bool:
    """Whether an author-year reading is a book whose title of one or two words stands
    between the date and an imprint read whole, printed house first (`Doe J (1992)
    Widgetkunde. Example, Stuttgart New York`, Springer's and Harvard's order): the date
    closed the names, the house's stop closes the title, so the short title is the one
    printed, and `parse_styles` scores the reading as a longer book's (0.9). Scored 0.8,
    such readings went to the fallback, which reads `House, City` with no colon to part
    them and may lose the house into the place (`Example, Stuttgart New York`); it reads
    `City: House` as well as the grammar (the dev rows of every file), so that order keeps
    its score. Not NLM's books, whose title opens at a stop the names may hold (`Doe, Ann
    W., and Kim V. Roe. Title. Place: House`, read title `Roe`); not when the house or
    place holds a digit (a date or a number taken for one), nor when the place opens with
    no city's name (`known_place`: `Widget Review, London` is a series or a journal read
    into the place)."""
    get = reading.fields.get
    publisher, place = str(get("publisher") or ""), str(get("place") or "")
    return (
        reading.style == "author-year"
        and get("kind") == Kind.BOOK
        and bool(publisher and place)
        and not get("container")
        and not get("volume")
        and title_score(get("title", "")) == 0.6
        and not any(map(str.isdigit, publisher + place))
        and known_place(place)
        and -1 < body.rfind(publisher) < body.rfind(place)
    )


def known_place(place: str) -> bool:
    """Whether a place opens with a city's, a country's or a state's name (`places`, or a
    city publishers' imprints name most): its first comma's part (`Sacramento, CA`), or
    its first word or two (`Stuttgart New York`, `New York Berlin`)."""
    first = place.partition(",")[0].strip()
    words = first.split()
    return any(known_city(name) for name in (first, " ".join(words[:1]), " ".join(words[:2])))


def chapter_imprint(get: Any) -> bool:
    """A chapter without its pages, its book and the book's imprint read (`Title. In:
    Book. Publisher, Place.`): the imprint issues it as a page would locate it (as
    `body_imprint` and `placed_book` lift their readings), so a short title's reading
    (0.8) is not handed to the fallback, which reads the book's title as the chapter's.
    A publisher with a digit is a date or a number taken for one (`In: Widget Daily, 12
    May, London.`): no lift."""
    publisher = str(get("publisher"))
    return bool(get("container")) and not any(map(str.isdigit, publisher))


def placed_book(get: Any) -> bool:
    """Whether a reading is a book whose printed place stands where its source would: a
    place, no publisher, no container or volume (natural-history and older author-year
    lists print `Title. Berlin-Heidelberg-N. Y.`, `Title. 2: 376 pp. London.`). Such a
    reading scored as one without any source (0.75), below `refparse.LEARNED_REPLACES_BELOW`,
    so the model replaced a right reading; the place issues the book as a publisher would.
    Not when the title ends in a house's word (`… in Europe Columbia University Press, New
    York`): the reading then left the publisher inside the title."""
    return (
        bool(get("place"))
        and not get("publisher")
        and not get("container")
        and not get("volume")
        and HOUSE_WORD.search(get("title", "")) is None
    )


def located(get: Any) -> bool:
    """Whether a reading holds a volume and pages: an article located in its journal,
    whose source may have lost its closing parenthesis as printed (`Example Journal
    (Online, 5, 1-9.`), which `unclosed` spares."""
    return bool(get("first_page") and get("volume"))


# A source that is one person's inverted name and initials (`Example, A.`, `Example,
# A. B`): no journal, book or publisher is named so; it is a host's editor read as the
# host, where the editors' role word went unread (German `In: Example, A. (Hrsg.): Book`).
_INVERTED_PERSON = re.compile(r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?,\s?(?:[A-Z]\.\s?){0,2}[A-Z]\.?")


# A book's imprint closing a source after a stop (`Subtitle. Madrid: Example`): a place of
# one or two capitalised words, its colon, a publisher's capital, no colon after it; a
# part's word is no place (`Proceedings. Part II: Widget Methods`, `Series B: Methods`).
_IMPRINT_INSIDE = re.compile(
    r"\.\s+(?!(?:Part|Section|Series|Volume|Vol|Book|Chapter|Band|Teil|Tome)\b)"
    r"[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?:\s+[A-Z][^:]*\Z"
)


def imprint_inside(source: str) -> bool:
    """Whether a reading's source ends in a book's `Place: Publisher` after a stop
    (`_IMPRINT_INSIDE`: `Problemas y nuevos ejemplos. Madrid: Example`), which the
    reading took for a journal or a book's title: a subtitle or series it could not
    part from the imprint, so that the reading scores lower and the fallback may read
    the entry (a reading that parts an imprint keeps `place` and `publisher` apart)."""
    return ": " in source and _IMPRINT_INSIDE.search(source) is not None


def unclosed(source: str, title: str, located_article: bool = False) -> bool:
    """Whether a reading's source or title opens a parenthesis it does not close (`( Example
    and Sons, New York`, `Widget Theory ( Example University Press`): a part the reading
    cut inside brackets (a book's `(Publisher, Place Year)` read as a title's words and a
    journal), which no printed title or source does. A `located_article`'s source (its
    volume and pages read) lost its closing parenthesis as printed: its title alone
    counts."""
    if "(" in title and title.count("(") > title.count(")"):
        return True
    return not located_article and "(" in source and source.count("(") > source.count(")")


def editor_as_source(source: str) -> bool:
    """Whether a reading's source is a person's inverted name (`_INVERTED_PERSON`), which
    the reading scores lower for, so that a better reading or the fallback may win."""
    return "," in source and _INVERTED_PERSON.fullmatch(source) is not None


def body_imprint(candidate: Candidate) -> bool:
    """A book by a body (the author block one body's name, kept whole) with its place and
    publisher read: the imprint issues the work as a page locates an article, so the
    reading scores as a person's book does (`Example Society. Title. Place: Publisher;
    2001.`), where the body's lower name score would hand it to the fallback. Japanese
    lists print no place (`日本例示学会:Title2020,例示企画,2020`): a publisher in Japanese
    script issues the book alone (`score`). A literal that reads as no body (`is_body`,
    or in Japanese script `japanese_body`: `日本例示学会編:Title, 例示出版, 東京, 2009`; a
    title's words taken for the names) is no lift. A body's acronym (`Example
    Organisation`'s `EXO. Title. Example Organisation: Place, 2023.`, as lists print the
    FAO or a national board) says no body by its words, so it lifts only with a publisher
    whose words do (`is_body`): the house that issues a body's own report is that body."""
    authors = candidate.fields.get("authors", ())
    if len(authors) != 1 or not authors[0].literal:
        return False
    literal = authors[0].literal
    if is_body(literal) or japanese_body(literal) is not None:
        return True
    return BODY_ACRONYM.fullmatch(literal) is not None and is_body(
        str(candidate.fields.get("publisher", ""))
    )


def standard(candidate: Candidate) -> bool:
    """A standard with its designation (`IEEE Std 1857-2013`), or a patent with its
    number: the number locates the work as a volume and page do an article
    (`grammars.standard_rest`, `grammars.untitled_patent`, `sources.patent`)."""
    return candidate.fields.get("kind") in _NUMBERED and bool(
        candidate.fields.get("document_number")
    )


_NUMBERED = (Kind.STANDARD, Kind.PATENT)


def ceiling(names: Names) -> float:
    """The most `score` can give a reading whose author block is `names`, whatever the
    rest of the entry holds (`ceiling_of` says why)."""
    return ceiling_of(bool(names.authors), names.et_al, names.score)


# A reading at its best everywhere but the author block: a title of three words (the
# most `title_score` gives), a short source (no penalty), a year and a locator.
_BEST_REST = {"title": "Three title words", "container": "J", "year": "2000", "volume": "1"}


@lru_cache(maxsize=256)
def ceiling_of(has_authors: bool, et_al: bool, name_score: float) -> float:
    """`score` of the best reading an author block allows: an exact bound, in floats too.

    `assemble` stores the block's authors, `et_al` and `name_score` in every reading it
    makes from them, so `score`'s names term is the same for all of them; each other term
    is at most its value for `_BEST_REST` (`title_score` is at most 1.0, the flags at most
    1), the penalty only lowers the total, and float multiplication by a positive weight,
    addition and the clamp are monotone (a larger operand never rounds to a smaller
    result). So no reading made from the block scores above this value; one that cannot
    score above the best so far cannot replace it, since a tie does not."""
    authors = ("",) if has_authors else ()
    fields = {**_BEST_REST, "authors": authors, "et_al": et_al, "name_score": name_score}
    return score(Candidate("best", fields), True)


def read_entry(body: str, linked: bool = False) -> Candidate | tuple[Miss, ...]:
    """The winning reading of `body`, or every grammar's reason for not reading it."""
    found = best_reading(body, linked)
    if isinstance(found, list):
        return tuple(found)
    reading, value = found
    return Candidate(reading.style, reading.fields, value, reading.unexplained)


def best_reading(body: str, linked: bool = False) -> tuple[Candidate, float] | list[Miss]:
    """`read_entry` with the winner as its grammar proposed it and its score beside it
    (or the misses, as a list): `parse_styles` needs only the two, so no second
    Candidate is built per reading."""
    mark = find_type_mark(body)
    if mark:
        found = gbt(body, mark, linked)
        return (found, found.score) if isinstance(found, Candidate) else [found]
    best: Candidate | None = None
    best_score = 0.0
    misses: list[Miss] = []
    for reader in likely_order(body):
        head = reader(body)
        if isinstance(head, Miss):
            misses.append(head)
            continue
        if best is not None and ceiling(head.names) <= best_score:
            continue  # it cannot beat the best (a tie does not replace it): see `ceiling`
        found = assemble(*head)
        value = score(found, linked)
        if best is None or value > best_score:
            best, best_score = found, value
        if best_score >= CONFIDENT:
            break
    if best is None or best_score < ACCEPT or _GBT_SHAPE.search(body):
        return misses or [Miss("any", "no reading explains the entry")]
    return best, best_score


def parse_styles(body: str, linked: bool = False) -> dict[str, Any] | str:
    """Fields of the best reading (with `style` and `style_score`), or the reason it failed;
    `linked`: a DOI or URL was peeled from the entry."""
    if " ." in body:
        body = restored_stops(body)
    if " -" in body or "№" in body:  # GOST's marks typed in Latin (`. - M.: Lan', 2012.`)
        body = latin_gost(body)
    if "//" in body:
        hosted = gbt_host_reading(body)
        if hosted is not None:
            return hosted
    english = ""
    if "apanese)" in body:
        pair = japanese_original(body)
        if pair is not None:
            body, english = pair
    elif "in Chinese)" in body and body.rstrip(" .")[-1:] == "]":
        pair = bracketed_chinese(body)
        original = chinese_pair(*pair, linked) if pair is not None else None
        if original is not None:
            return original
    if "Russian" in body and body.rstrip(" .")[-1:] == "]":
        pair = bracketed_russian(body)
        original = chinese_pair(*pair, linked) if pair is not None else None
        if original is not None:
            return original
    gost = "//" not in body and (". –" in body or ". —" in body)
    book = gost_book(body) if gost else None  # GOST's full form, read as a book's
    if book is not None:
        body = book[0]
    found = best_reading(body, linked)
    if isinstance(found, list):
        if find_type_mark(body):
            return joined_reasons(tuple(f"{m.style}: {m.reason}" for m in found))
        return joined_reasons((GBT_NO_CODE, NO_DATE))
    reading, value = found
    if value < 1.0 and reading.fields.get("publisher") and house_first_book(reading, body):
        value = min(1.0, value + _SHORT_TITLE_LOSS)
    if reading.fields.get("place") and edition_before_place(body, reading.fields["place"]):
        uncoded = read_uncoded(body)
        if uncoded is not None:
            return uncoded
    fields = reading_fields(reading)
    if book is not None and book[1] and not fields.get("edition"):
        fields["edition"] = book[1]
    if "//" in body and _HOST_MARK.search(body, 1):  # GOST's mark, not a link's `://`
        hosted_fields(fields)
    if ": " in fields.get("title", "") or "论文" in fields.get("title", ""):
        thesis_note(fields)
    if fields.get("title", "").endswith("ресурс]") or fields.get("title", "").endswith("resource]"):
        fields["title"] = _ELECTRONIC_RESOURCE.sub("", fields["title"])
    if reading.style == "author-year":  # `Title. Publisher.` (APA)
        bare_publisher(fields, body, linked)
    if english and not fields.get("title_translation"):
        fields["title_translation"] = english_title(english, linked)
    fields["style"] = reading.style
    if value < 1.0:
        fields["style_score"] = f"{value:.2f}"
    return fields


# The language note between a romanised entry and the Japanese original it translates,
# the original after it (`Doe,T., Roe,K.: English title, Journal, Vol.17, …, 2011.2 (in
# Japanese) 道家太郎, 例田花子:日本語題名, 例誌, 第17巻, …`), as the Architectural Institute
# of Japan's lists print their Japanese references.
# The spaces before the note are tried from the first of their run only (the lookbehind:
# a long run costs no quadratic time).
_IN_JAPANESE_THEN = re.compile(
    r"(?<!\s)\s*+\(in Japanese\)\s*+(?=[\u3040-\u30ff\u4e00-\u9fff])", re.I
)


def japanese_original(body: str) -> tuple[str, str] | None:
    """`(Japanese original, romanised version)` of an entry whose language note the
    original follows (`_IN_JAPANESE_THEN`): the batches read such an entry from its
    original, the romanised title as its translation, as they read GB/T's bilingual
    entries. None unless the version before the note holds no ideograph."""
    note = _IN_JAPANESE_THEN.search(body)
    if note is None or has_cjk(body[: note.start()]):
        return None
    return body[note.end() :], body[: note.start()]


def bracketed_chinese(body: str) -> tuple[str, str] | None:
    """`(Chinese original, English version)` of an English entry without a type code, its
    title's language note `(in Chinese)`, that its Chinese original closes in brackets
    (`Doe J Y. English title (in Chinese). Beijing: Example Press, 1983 [张三. 中文题名. 北京:
    示例出版社, 1983].`, as Science China's journals print their Chinese references): read
    from the original, the English title as its translation, as `japanese_original` and
    GB/T's coded pairs (`gbt7714.bracketed_original`) are. The note is dropped from the
    English. None unless the last bracket (no other inside it) holds ideographs and
    what precedes it none; when a type code is printed (GB/T's own pair); when the note
    ends the English (`… 59 1234(in Chinese) [张三 2010 示例学报 59 1234]`, a physics
    list's untitled pair, read by the grammars with its journal's translation)."""
    stripped = body.rstrip(" .")
    open_at = stripped.rfind("[")
    if open_at < 1 or "]" in stripped[open_at:-1]:
        return None
    inner, english = stripped[open_at + 1 : -1], body[:open_at]
    if not has_cjk(inner) or has_cjk(english) or find_type_mark(body) is not None:
        return None
    note = english.find("(in Chinese)")
    if note < 0 or not english[note + len("(in Chinese)") :].strip(" .,"):
        return None  # the note closes the English (a physics list's pair: grammars')
    english = english[:note].rstrip() + english[note + len("(in Chinese)") :]
    return inner.strip(), english.rstrip()


# The language note of a romanised Russian entry (`[In Russian]`, `(in Russian)`).
_IN_RUSSIAN = re.compile(r"[\[(][Ii]n Russian[\])]\.?")
_CYRILLIC = re.compile(r"[А-яЁё]")


def bracketed_russian(body: str) -> tuple[str, str] | None:
    """`(Russian original, romanised version)` of an entry that its GOST original closes
    in brackets after the note (`Doe A.S. (1974). English title. Moscow: Nauka. [In
    Russian]. [Доу А. С. Заглавие. – М.: Наука, 1974. – 309 с.]`), as Russian journals'
    English lists print it: read from the original, the English title as its
    translation, as `bracketed_chinese` reads a Chinese pair. None unless the note is
    printed, the last bracket holds Cyrillic and the English none."""
    stripped = body.rstrip(" .")
    open_at = stripped.rfind("[")
    if open_at < 1 or "]" in stripped[open_at:-1]:
        return None
    inner, english = stripped[open_at + 1 : -1], body[:open_at]
    note = _IN_RUSSIAN.search(english)
    if note is None or not _CYRILLIC.search(inner) or _CYRILLIC.search(english):
        return None
    original = gost_book(inner)
    english = english[: note.start()] + english[note.end() :]
    return (original[0] if original else inner).strip(), english.rstrip(" .") + "."


def chinese_pair(original: str, english: str, linked: bool) -> dict[str, Any] | None:
    """The fields of a `bracketed_chinese` pair: the original's reading, the English
    version's title as its translation. The two versions read to the same year confirm
    each other, so the reading carries no score: the fallback, which reads the entry as
    printed, would read the pair as one English entry. None when either does not read,
    the years differ, or one names a journal or a publisher the other does not
    (`_PAIR_SHAPE`)."""
    fields = any_reading(original, linked)
    version = any_reading(english, linked)
    if fields is None or version is None or not fields.get("year"):
        return None
    if version.get("year") != fields["year"]:
        return None
    if any(bool(fields.get(name)) != bool(version.get(name)) for name in _PAIR_SHAPE):
        return None  # `… In: Proceedings. Beijing: Press, 2010 [… 见: 论文集. 北京: …]`
    fields.pop("style_score", None)
    fields["title_translation"] = str(version.get("title", "")).lstrip(": ")
    return fields


# What the two readings of a pair must both name or both leave empty: a journal, a
# publisher. An original whose reading took its book's imprint for a journal (`张三. 题名.
# 见: 论文集. 北京: 出版社, 2010.`) is no reading its English version confirms, nor one that
# lost the authors its version names (`Доу Дж.`: a two-letter initial no grammar reads).
_PAIR_SHAPE = ("container", "publisher", "authors")


def reading_fields(reading: Candidate) -> dict[str, Any]:
    """A copy of the reading's fields without the marks only scoring reads (a name score,
    an untitled or era-dated reading); when the names were the book's editors (`edited`,
    `日本例示学会編:`), the reading has no authors."""
    fields = dict(reading.fields)
    for name in ("name_score", "untitled", "era_dated"):
        fields.pop(name, None)
    if fields.pop("edited", None):
        fields["authors"], fields["et_al"] = (), False
    return fields


def any_reading(body: str, linked: bool) -> dict[str, Any] | None:
    """The fields of the best grammar's reading of `body` (with its `style`), or of its
    reading in GB/T order without a code (`read_uncoded`), as for an entry that no
    grammar reads; None when neither reads."""
    found = best_reading(body, linked)
    if isinstance(found, list):
        return read_uncoded(body)
    fields = reading_fields(found[0])
    fields["style"] = found[0].style
    return fields


def english_title(english: str, linked: bool) -> str:
    """The title of the romanised version of a Japanese entry (`japanese_original`), or
    "" when it does not read; a colon a spaced `et al. :` left before it is dropped."""
    found = best_reading(english, linked)
    if isinstance(found, list):
        return ""
    return str(found[0].fields.get("title", "")).lstrip(": ")


# A stop PDF text moved before the space it follows (`Example, D. B .1972 Title .Publisher.`
# for `Example, D. B. 1972 Title. Publisher.`, as text copied from the Journal of Fluid
# Mechanics' lists prints every stop): told by the stop glued to the year after the last
# initial, which no style prints.
_MOVED_STOP_YEAR = re.compile(rf"[A-Z] \.{YEAR}[a-z]? ")
_MOVED_STOP = re.compile(r" \.(?=[A-Z\d])")
_SPACED_COMMA = re.compile(r"(?<=\.) ,")


def restored_stops(body: str) -> str:
    """`body` with each stop a space parts from its word put back after it (`_MOVED_STOP`)
    and the commas spaced off the initials closed up, when the entry shows the moved
    stop before its year (`_MOVED_STOP_YEAR`); `body` itself otherwise."""
    if _MOVED_STOP_YEAR.search(body, 0, 400) is None:
        return body
    return _SPACED_COMMA.sub(",", _MOVED_STOP.sub(". ", body))


# A Chinese edition statement closed by its stop (`2015年版.`, `第2版.`, `7版.`, `修订版.`).
_CJK_EDITION = re.compile(r"(?:第\s*)?\d+\s*(?:年\s*)?版|[\u4e00-\u9fff]{0,2}修订版")


def edition_before_place(body: str, place: str) -> bool:
    """Whether a reading's place begins with a Chinese book's edition and its stop
    (`2015年版. 北京`): a GB/T book printed without its type code (`药典. 2015年版. 北京:
    出版社, 2015.`), whose edition stands between the title and the imprint; GB/T's
    uncoded reading (`gbt.read_uncoded`) sets it aside."""
    head, stop, _ = place.partition(".")
    return bool(stop) and has_cjk(body) and _CJK_EDITION.fullmatch(head.strip()) is not None


# GB/T's `//` between a part and its host (`Chapter//Editors. Book. Place: Publisher,
# 2010: 115-125.`); not a link's `://`.
_HOST_MARK = re.compile(r"(?<![:/])//(?!/)")


# GOST's designation of an electronic resource closing a title that no `//` follows
# (`Title [Электронный ресурс]. – URL: …`): the medium, not the title's words.
_ELECTRONIC_RESOURCE = re.compile(r"\s?\[(?:Электронный ресурс|Electronic resource)\]\Z")


# GOST's other title information naming a thesis (`Title: PhD thesis`, `Заглавие : дис.
# … канд. техн. наук : 05.13.01`, `: автореф. дис.`, `题名: 博士学位论文`): the
# document's kind, not the title's words.
_THESIS_NOTE = re.compile(
    r"\s?:\s*(?:(?:PhD|Ph\.\s?D\.|Doctoral|Master's|MSc|Candidate's)\s+(?:thesis|dissertation)"
    r"|(?:автореф\.\s)?дис\.\s[^:/]{0,60}?(?::\s*[\d.]+)?|博士学位论文|硕士学位论文)\Z"
)


def thesis_note(fields: dict[str, Any]) -> None:
    """The title without a thesis's note (`_THESIS_NOTE`), the reading a thesis."""
    note = _THESIS_NOTE.search(fields["title"])
    if note is not None and note.start() > 0:
        fields["title"], fields["kind"] = fields["title"][: note.start()], Kind.THESIS


def hosted_fields(fields: dict[str, Any]) -> None:
    """`hosted_imprint`, and a title a reading took with GOST's `//` and the host after
    it (`Title // Journal. Publisher, 2011.`, read as a book's title and publisher): the
    host is the container."""
    title = fields.get("title", "")
    if " // " in title and not fields.get("container"):
        split = gost_split(title)
        if split is not None:
            fields["title"], fields["container"] = split
            fields["kind"] = Kind.OTHER  # a journal or a book: `//` says a host, not which
    if fields.get("container"):
        hosted_imprint(fields)


def hosted_imprint(fields: dict[str, Any]) -> None:
    """GOST's part in a host (`Title // Host / ed. A. Sample. Place: Publisher, 2003. P.
    1–35.`): a grammar reads everything between `//` and the year as the container; the
    host's makers, edition and imprint (`parts.gost_host`) are moved out of it, the
    imprint into a reading that holds none, or whose place took the editors' last name
    before the city (`/ ed. A. Sample, B. Doe. Boston: …` read `Doe B. Boston`)."""
    host, place, publisher = gost_host(fields["container"])
    if not host:
        return
    fields["container"] = host
    read = fields.get("place", "")
    if (place or publisher) and not read and not fields.get("publisher"):
        fields["place"], fields["publisher"] = place, publisher
    elif ". " in read and not gost_place(read):  # `St. Louis`, `Н. Новгород` are one place
        pieces, house = read.split(". "), fields.get("publisher", "")
        for cut in range(max(1, len(pieces) - 2), len(pieces)):  # `St. Louis` before `Louis`
            names, city = ". ".join(pieces[:cut]), ". ".join(pieces[cut:])
            # an editor's name before the city (`Poe P.K. Boston`), not `Mt. Vernon`'s `Mt`
            if not _ABBREVIATED_WORD.fullmatch(names.rpartition(". ")[2]) and (
                gost_place(city) or town_before_house(city, house)
            ):
                fields["place"] = city
                break


# A place's first word shortened (`St. Louis`, `Mt. Vernon`, `Ft. Collins`).
_ABBREVIATED_WORD = re.compile(r"[A-Z][a-z]")


def gbt_host_reading(body: str) -> dict[str, Any] | None:
    """An entry without a type code that joins a part to its host with `//`: only GB/T
    prints that mark (older Chinese lists print no codes), and another grammar would
    read the host's editors as a journal; so GB/T's uncoded reading (`gbt.read_uncoded`,
    scored low to be checked) is taken when it reads. None otherwise (a coded entry is
    GB/T's own reading)."""
    if _HOST_MARK.search(body, 1) is None or find_type_mark(body):
        return None
    return read_uncoded(body)


@lru_cache(maxsize=64)
def joined_reasons(reasons: tuple[str, ...]) -> str:
    """One shared string per distinct reason: garbage input fails the same way thousands
    of times, and each FailedEntry (and its finding) then holds a reference, not a copy."""
    return "; ".join(reasons)
