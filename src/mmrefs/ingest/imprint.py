"""One reader of a printed imprint: which part of it is the place and which the publisher.

Every style prints a book's or a report's imprint, and real lists print it in every order:
`Place: House`, `House, Place`, `Place. House`, `Place House` with no mark at all, several
places (`Chichester, West Sussex; Malden, MA: Wiley`, `London and New York House`), a
place alone (`Stuttgart.`, `Hyattsville, MD.`) or a house alone. The grammars find *where*
an entry's imprint is; how its pieces split is one question for all of them, answered
here once: candidate splits are scored by the same evidence (a gazetteer place, a US or
Canadian state code, a house word) and the best one is kept only when it beats the split
a grammar made (`better_imprint`), so a grammar's reading without evidence either way
stands. The error taxonomy of the `fresh22` decision batch (SOURCES-fresh22.md) found
imprint splitting the largest class of wrong fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mmrefs.ingest.places import (
    GOST_CITIES,
    IMPRINT_CITIES,
    REGION_NAMES,
    STATE_CODES,
    is_city,
    is_place,
    known_city,
)

# Country abbreviations printed after a city (`Bristol, U.K.`, `Oak Ridge, USA`), and the
# state abbreviations that are no postal code (`Washington, D.C.`, `Cambridge, Mass.`).
_COUNTRY_CODES = frozenset(("UK", "U.K.", "USA", "U.S.A.", "US", "U.S.", "D.C.", "Mass."))
# GOST 7.1's shortened cities as Latin-script lists print them (`M.: Nauka`, `SPb.: Lan'`).
_LATIN_GOST = frozenset(("M.", "SPb.", "St. Petersburg", "L.", "Mn."))
# What ends a place's list without being a place: `u.a.` (`Paderborn u.a.`), `etc.`, or
# a German city's river (`Frankfurt a.M.`)
_PLACE_TAIL = re.compile(r"\s+(?:u\.\s?a\.?|etc\.?|et al\.?|a\.\s?[A-Z]\.?)$")
# A city and what follows it: a state's or country's code or name, after a comma, a space
# or inside brackets (`Rockville, MD`, `Medford NJ`, `Geneva (Switzerland)`).
_CITY_STATE = re.compile(
    r"^(?P<city>[^\W\d_][^,;:()]*?)(?P<mark>\s*,\s*|\s+|\s*\()"
    r"(?P<code>[A-Z][\w.]{1,5}|[A-Z][^\W\d_]+)\)?$"
)
# A name-shaped piece of a place list: one to three capitalised words (`West Sussex`,
# `Don Mills`), no digit and no house word.
_NAME_SHAPED = re.compile(
    r"^[^\W\d_a-z][\w'’.-]*(?:\s+(?:[^\W\d_a-z][\w'’.-]*|de|da|do|del|la|le|am|an|upon|on|"
    r"sur|en|im|bei))?(?:\s+[^\W\d_a-z][\w'’.-]*)?$"
)
# The parts are stripped by `strong_place`: no `\s*` around the join, which a run of
# spaces would read again from each start.
_PLACE_JOINS = re.compile(r"(?:;|/|–|—|\band\b|&|\bi\b|\bund\b|\bet\b|\by\b)")
# French, Spanish, Portuguese and Italian houses' own words: `Éditions`, `Ediciones`,
# `Edições`, `Editora`, `Edizioni`.
ROMANCE_HOUSE = r"[ÉE]ditions?|[ÉE]diteurs?|Ediciones|Edi[çc][õo]es|Editora|Edizioni"
# and the words for a publishing house in Turkish (`Nobel Tıp Kitabevleri`, `Example
# Yayınevi`, `Example Yayınları`), Dutch (`Uitgeverij`), the Nordic languages (`Forlag`,
# `Universitetsforlaget`, `Förlag`) and Polish (`Wydawnictwo`), as those lists print them.
LOCAL_HOUSE = (
    r"Kitabevi|Kitabevleri|Yay[ıi]nevi|Yay[ıi]nlar[ıi]|Yay[ıi]nc[ıi]l[ıi]k|Uitgeverij|"
    r"\w*[Ff][oö]rlag(?:et)?|Wydawnictwo"
)
# Words that name a house (or the body issuing a report), in the languages of the lists.
_HOUSE_WORDS = re.compile(
    rf"\b(?:{ROMANCE_HOUSE}|{LOCAL_HOUSE}|"
    r"Press|Publ(?:ish\w*)?|Publications?|Books|Verlag|Inc|Ltd|Co|Company|Corp\w*|GmbH|"
    r"Univ\w*|Institut\w*|Organi[sz]ation|Council|Agency|Program(?:me)?|Associat\w*|"
    r"Society|Academ\w*|Cent(?:er|re)|Foundation|Department|Ministry|Office|Bureau|"
    r"Group|Editorial|Wiley|Springer|Elsevier|Sage|Routledge|"
    r"Pergamon|Blackwell|Lippincott|Saunders|Mosby|Macmillan|Commission|Service|Trust|"
    r"Board|Bank|Library|Museum|College|School)\b|出版社|出版|書店|書院|書房|研究所|研究院|"
    r"研究センター|大學|大学|学院|學院|연구원|연구소|대학교|대학원|출판사|공단|협회|"
    r"[\u4e00-\u9fff\u30a0-\u30ff]社$|[\u4e00-\u9fff]堂$"
)
# A remainder that begins with one of these is a body named after its city (`New York
# Academy of Sciences`, `London Mathematical Society`), not a place and a house; the
# institutions' words that do so anywhere in it are `_INSTITUTION`'s (`Cambridge
# University Press`).
_NAMED_AFTER_CITY = re.compile(
    r"^(?:Academ\w*|Society|Museum|Library|City|State|"
    r"County|Press|Public|Medical|Hospital|Zoological|Botanical|Historical|Mathematical|"
    r"Review|Times|Post|Herald|Journal|Council|Board|Department|Centre|Center|Bar|Law)\b"
)
_SPACE = re.compile(r"\s+")
# The longest span read as an imprint: the longest real one in the guides sets is under
# 150 characters, and each candidate split costs a pass over the span.
LONGEST = 300
_BEST_SCORE = 3  # a place by the gazetteer (2) and a house by its word (1)
_LONGEST_PLACE = 80  # characters: `Heard Island and McDonald Islands, Australia` is 45


# A body named after its place (`Texas A&M University`, `Nanyang Technological
# University`): a place and a house only when a mark says so.
_INSTITUTION = re.compile(
    r"\b(?:Univ\w*|Institut\w*|College|School|Academy|Hospital|Polytechnic)\b"
)


_IMPRINT_MARK = re.compile(r"[:,()\[\]]")


def markless_house(rest: str) -> bool:
    """Whether `rest`, after a place with no mark between (`New York Monthly Review
    Press`), is a house: a capital first (not `and New York House`), not a body named
    after that place, and holding no mark of an imprint of its own (a colon, a comma, a
    bracket)."""
    if not rest[:1].isupper() or _NAMED_AFTER_CITY.match(rest) or _INSTITUTION.search(rest):
        return False
    return _IMPRINT_MARK.search(rest) is None


@dataclass(frozen=True, slots=True)
class Imprint:
    """A split of a printed imprint, its evidence score and the shape that gave it."""

    place: str
    publisher: str
    score: int
    shape: str


def code_piece(piece: str) -> bool:
    """Whether `piece` is a US state's or Canadian province's postal code (with or without
    a stop) or a country's abbreviation (`_COUNTRY_CODES`)."""
    return piece.rstrip(".") in STATE_CODES or piece in _COUNTRY_CODES


def strong_place(piece: str) -> bool:
    """Whether `piece` is a place by the gazetteer: a city, country or state it names, a
    city with a state or country code, a code alone, or GOST's shortened cities."""
    piece = piece.strip(" ,")
    bare = piece.rstrip(".")
    if not bare or len(piece) > _LONGEST_PLACE:
        return False
    if piece in GOST_CITIES or piece in _LATIN_GOST or known_city(bare) or bare in REGION_NAMES:
        return True
    if f"{bare}." in GOST_CITIES:  # `М`, `СПб`: GOST's shortening without its stop
        return True
    if code_piece(piece):
        return True
    match = _CITY_STATE.match(piece)
    if match:
        code = match.group("code")
        if code_piece(code):
            return bool(_NAME_SHAPED.match(match.group("city")))
        # After a bare space a name-shaped word may be the house's own (`London Example
        # House`): only a comma or a bracket makes it a region.
        marked = not match.group("mark").isspace()
        return known_city(match.group("city")) and (
            known_city(code) or code in REGION_NAMES or (marked and bool(_NAME_SHAPED.match(code)))
        )
    return False


def lone_region(name: str) -> bool:
    """Whether `name` is a country's or a state's name and no city's: alone after a title
    it may be a house's, a journal's or a person's (`Jordan`, `Nevada`), so it is no
    evidence of a place (`places.is_city`)."""
    return is_place(name) and not is_city(name) and name not in IMPRINT_CITIES


def city_run(place: str) -> bool:
    """Whether `place` is a run of cities with spaces between and no comma, each one a
    name imprints or the lexicon name (`places.known_city`), as German lists print the
    seats of Springer's and Thieme's houses after the publisher's comma (`Springer,
    Berlin Heidelberg New York Tokyo`, `Thieme, Stuttgart New York`). Read left to right,
    the longest name first (three words, two, one); every word must fall in a city's
    name, and two cities at least."""
    words = place.split(" ")
    if not 2 <= len(words) <= _CITY_RUN_MAX:
        return False
    at = count = 0
    while at < len(words):
        for size in (3, 2, 1):
            name = " ".join(words[at : at + size])
            if at + size <= len(words) and known_city(name):
                at += size
                count += 1
                break
        else:
            return False
    return count >= 2


_CITY_RUN_MAX = 12  # words: `Berlin Heidelberg New York London Paris Tokyo Hong Kong`


def joined_place(piece: str) -> bool:
    """Whether `piece` is one place or places joined by `and`, `/`, `&` or a dash, each of
    them a gazetteer place (`London and New York`, `Frankfurt/New York`): a house joined
    the same way (`Reinhard and Winston`) is not."""
    if strong_place(piece) or city_run(piece):
        return True
    parts = [p for p in _PLACE_JOINS.split(piece) if p.strip()]
    return len(parts) > 1 and all(strong_place(p) for p in parts)


def name_piece(piece: str) -> bool:
    """Whether `piece` may be one piece of a place list: name-shaped, a country's code,
    a GOST city's shortening, or places joined."""
    return bool(
        _NAME_SHAPED.match(piece)
        or piece in _COUNTRY_CODES
        or piece in _LATIN_GOST
        or joined_place(piece)
    )


def place_group(group: str) -> int:
    """One `;`-separated group of a place list: 2 for a gazetteer place in it (`Oxford`,
    `Mineola, New York`, `London and New York, UK`) or a city with a state, province or
    country code (`Malden, MA`), 0 for name-shaped pieces only (`Chichester, West
    Sussex`), -2 else."""
    pieces = [p.strip() for p in group.split(",")]
    if not all(name_piece(p) for p in pieces):
        return -2
    if any(joined_place(p) for p in pieces) or strong_place(group):
        return 2
    last = pieces[-1]
    if len(pieces) > 1 and (code_piece(last) or last in REGION_NAMES):
        return 2
    return 0


@lru_cache(maxsize=4096)  # places and houses repeat across a list and across lists
def place_evidence(text: str) -> int:
    """How well `text` reads as a place list: 2 when every `;` group is name-shaped and
    one is a place by the gazetteer (`Chichester, West Sussex; Malden, MA`), 0 when the
    pieces are name-shaped with no known place, -2 otherwise (a house word, a digit, a
    long phrase)."""
    text = text.strip(" .,")
    if len(text) > LONGEST:
        return -2
    text = _PLACE_TAIL.sub("", text)
    if not text or _HOUSE_WORDS.search(text):
        return -2
    if strong_place(text):
        return 0 if lone_region(text) else 2
    if city_run(text):
        return 2
    scores = [place_group(group) for group in text.split(";") if group.strip()]
    if not scores or min(scores) < 0:
        return -2
    return max(scores)


@lru_cache(maxsize=4096)
def house_evidence(text: str) -> int:
    """How well `text` reads as a house: +1 with a house word (-1 when it still holds an
    imprint's colon), -2 when it is a place (`place_evidence` 2) or holds a colon with no
    house word, 0 otherwise."""
    text = text.strip(" .,")
    if not text:
        return 0
    if _HOUSE_WORDS.search(text):
        return 1 - (2 if ":" in text else 0)
    if place_evidence(text) == 2 or ":" in text:
        return -2
    return 0


def judged(place: str, publisher: str, shape: str) -> Imprint:
    """`place` and `publisher` with their evidence: a place with none counts against a
    split (a title or a house read as a place), an empty one for nothing."""
    score = house_evidence(publisher)
    if place and publisher.strip(" ,") and lone_region(place.strip(" .,")):
        score += 2  # a country after a house is its place (`Prentice Hall, India`)
    elif place:
        score += place_evidence(place)
    return Imprint(place.strip(" ,"), publisher.strip(" ,"), score, shape)


def candidates(span: str) -> list[Imprint]:
    """Every split of `span` (an imprint as printed) this reader tries."""
    found = [judged("", span, "house"), judged(span, "", "place")]
    for colon in re.finditer(r"\s*[:;]\s*", span):  # NLM's `;` (`Bethesda, MD; Institute`)
        left, right = span[: colon.start()], span[colon.end() :]
        if left and right:
            mark = colon.group().strip()
            found.append(judged(left, right, f"place{mark} house"))
            # the house first (ACS `Society: Washington, DC`, a US body's `Center: City,
            # ST`, author-year `Example-Hill: New York`, Turkish `Kitabevi; İstanbul`),
            # only when the gazetteer names the place: an unknown town after the colon
            # is still the house (`Alphen aan den Rijn: Example`)
            if place_evidence(right) == 2:
                found.append(judged(right, left, f"house{mark} place"))
    commas = [m.start() for m in re.finditer(",", span)]
    for cut in commas:
        left, right = span[:cut], span[cut + 1 :]
        if left.strip() and right.strip():
            found.append(judged(right, left, "house, place"))
            found.append(judged(left, right, "place, house"))
    stop = re.match(r"^([^\W\d_][^.:,]{1,40})\.\s+(?=[^\W\d_])", span)
    if stop and place_evidence(stop.group(1)) == 2:
        found.append(judged(stop.group(1), span[stop.end() :], "place. house"))
    words = span.split(" ")
    for n in (3, 2, 1):  # `Place House` with no mark: the longest known city first
        if len(words) > n + 1:
            head, rest = " ".join(words[:n]), " ".join(words[n:])
            if strong_place(head) and markless_house(rest):
                found.append(judged(head, rest, "place house"))
                break
    for second in (r"\w+\s\w+", r"\w+"):  # `London and New York House`, `Paris and London House`
        joined = re.match(rf"^(\w+(?:\s\w+)?) and ({second}) (?=[A-Z])", span)
        if joined and strong_place(joined.group(1)) and strong_place(joined.group(2)):
            found.append(judged(span[: joined.end()], span[joined.end() :], "places house"))
            break
    return found


def read_imprint(span: str) -> Imprint:
    """The best-scored split of `span`; on a tie the earlier candidate (the house alone,
    then the place alone, then splits in the order tried). A span longer than `LONGEST`
    is no imprint and is left whole."""
    return max(splits(span), key=lambda imprint: imprint.score)


def splits(span: str) -> list[Imprint]:
    """`candidates` of `span` with its spaces squeezed, or `span` whole as a house when it
    is longer than `LONGEST`."""
    span = _SPACE.sub(" ", span.strip(" ,;-–").lstrip(". "))  # a final stop may be `u.a.`'s
    if len(span) > LONGEST:
        return [Imprint("", span, house_evidence(span), "house")]
    return candidates(span)


# The splits that find a place in a run of words with no mark before the house. A house
# named after its city reads the same way (`Washington Square Press`, `Cambridge Scholars
# Publishing`, printed alone by APA 7): such a name adds one or two words to its city, so
# a grammar's house alone is split this way only when three words or more follow the
# place (`New York Monthly Review Press`).
_MARKLESS = frozenset(("place house", "places house"))


def better_imprint(place: str, publisher: str, span: str) -> Imprint | None:
    """The reader's split of `span` when it has more evidence than the split a grammar
    made (`place`, `publisher`); None when the grammar's split stands. Where the grammar
    read both, a split into both wins a tie (`Moscow, Nauka` is no place list) unless its
    house is a place (`Geneva, Switzerland`); where it read a house alone, a split with
    no mark needs three words of house (`_MARKLESS`)."""
    current = judged(place, publisher, "as read")
    if current.score >= _BEST_SCORE:  # a gazetteer place and a house word: none is better
        return None
    found = splits(span)
    best = max(found, key=lambda imprint: imprint.score)
    if place and publisher:  # a grammar that read two fields saw two: on a tie, keep two
        both = [
            imprint
            for imprint in found
            if imprint.place and imprint.publisher and not is_place(imprint.publisher)
        ]
        if both and max(imprint.score for imprint in both) >= best.score:
            best = max(both, key=lambda imprint: imprint.score)
    elif not place and best.shape in _MARKLESS and len(best.publisher.split()) < 3:
        return None  # `Washington Square Press`, `Cambridge Scholars Publishing`: one house
    if best.score <= current.score:
        return None
    if not publisher and not best.place and house_evidence(best.publisher) < 1:
        return None  # a place that reads as no place is not yet a house
    if _SPACE.sub(" ", best.place) == _SPACE.sub(" ", place.strip(" ,")) and _SPACE.sub(
        " ", best.publisher
    ) == _SPACE.sub(" ", publisher.strip(" ,")):
        return None
    return best


# Where an imprint may begin inside a field that swallowed it: the field's start, or after
# a sentence's stop, a comma or a semicolon.
_PIECE_START = re.compile(r"(?:^|(?<=[.,;])\s+|(?<=\.)\s*-\s+)(?=\S)")


# What names a periodical or a meeting, not a house: such a field keeps its place.
_NOT_A_HOUSE = re.compile(
    r"\b(?:Proceedings|Conference|Congress|Symposium|Journal|Review|Times|News|Bulletin|"
    r"Transactions|Annals|Gazette|Magazine|Herald)\b|\d\s*$"
)


def imprint_at_end(text: str, located: bool) -> tuple[str, Imprint] | None:
    """The imprint a grammar left at the end of a field (a container that ran on to
    `… Handbook, Academic Press, New York`, `CPRN Paper No. 22. Canadian Policy Research
    Networks, Ottawa`, `- SPb.: Lan'`), with what comes before it; None unless the
    shortest such end is an imprint by strong evidence: a gazetteer place and a house
    joined by an imprint's colon, or (in a reading with no volume, issue or pages, which
    a periodical's or a meeting's would have: `located`) a house word before its place.
    A house naming a periodical or a meeting (`_NOT_A_HOUSE`) is none."""
    if ":" not in text and (located or "," not in text):  # a journal's name: no split
        return None
    for start in reversed(list(_PIECE_START.finditer(text, max(0, len(text) - LONGEST)))):
        imprint = read_imprint(text[start.start() :])
        if not imprint.place or not imprint.publisher or place_evidence(imprint.place) < 2:
            continue
        if imprint.place.rstrip(".") in STATE_CODES or _NOT_A_HOUSE.search(imprint.publisher):
            continue  # `CA: A Cancer Journal for Clinicians`, `London: Widget Review 12`
        colon = imprint.shape == "place: house"
        if (colon and imprint.score >= 2) or (not located and imprint.score >= 3):
            return text[: start.start()].rstrip(" .,;-"), imprint
    return None
