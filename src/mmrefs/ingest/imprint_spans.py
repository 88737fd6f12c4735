"""Where a reading's imprint is printed: the span the imprint reader (`imprint`) splits.

A grammar, or the statistical fallback, finds an entry's imprint and reads a place and a
publisher out of it; `reread_imprint` hands the span they came from to the imprint
reader, which replaces the split when its own has more evidence. A reading also leaves
imprints where no split can see them: a place read alone with its house unread after the
colon (`St. Paul, MN : West .`), a house read alone with its city unread before the colon
(`? The Hague: Institute of …`), a list of places whose first city went to the title
(`Title, New York, London, Harvester.`), a GOST city read as a container (`– М.,1995`),
or a house read as a place (`Houghton Mifflin.`), or a title's second sentence with a
colon of its own read as place and house (`title_sentence`). `hand_over` gives each to the
reader, by the same evidence (a gazetteer place, a house word), in a reading with no
periodical locator (a volume, an issue, a page), where an imprint is what stands after a
title. The cases are the fresh23 decision batch's (SOURCES-fresh25.md, decision 1b).
"""

from __future__ import annotations

import re
from typing import Any

from mmrefs.ingest.imprint import (
    better_imprint,
    house_evidence,
    imprint_at_end,
    place_evidence,
    read_imprint,
    strong_place,
)
from mmrefs.ingest.places import REGION_NAMES

# What places a work in a periodical or a meeting's proceedings, whose container may
# name its city (`Widget Conference Proceedings, Example Press, Berlin`): such a reading
# gives up an imprint at its container's end only after a colon (`imprint_at_end`), and
# hands over no other span.
IN_A_PERIODICAL = ("volume", "issue", "first_page", "last_page", "pages", "article_number")

# Between a reading's place and publisher as printed: the imprint's own marks, or more
# places (`Chichester, West Sussex; Malden, MA: House`); no digit (a year, a page), no
# sentence. A gap over 60 characters is none (`imprint_span`), so a long run of marks or
# spaces is never matched against it, which would read the run again from each start.
_IMPRINT_GAP = re.compile(r"[\s:,.;]*|[\s:,;]+[^\d.:]{1,40}?[\s:,;]+")


def imprint_span(place: str, publisher: str, body: str) -> str | None:
    """The printed imprint a reading's place and publisher came from: the one of them it
    read, or both with what is printed between them (either order: marks, or a few words
    that may be more places, `_IMPRINT_GAP`); None when more stands between them in
    `body` (a grammar that read them apart knew why)."""
    if not place or not publisher:
        return place or publisher or None
    for first, second in ((place, publisher), (publisher, place)):
        start = body.find(first)
        if start < 0:
            continue
        after = body.find(second, start + len(first))
        end = start + len(first)
        if 0 <= after - end <= 60 and _IMPRINT_GAP.fullmatch(body, end, after):
            return body[start : after + len(second)]
    return None


def reread_imprint(fields: dict[str, Any], body: str) -> None:
    """The imprint reader's split (`imprint.better_imprint`) over the one a reading made,
    where it has more evidence; or, for a reading with neither place nor publisher, the
    imprint it left at its container's end (`imprint.imprint_at_end`). Then the spans a
    reading with no periodical locator left beside its imprint (`hand_over`). The shape
    read is kept as the extra `imprint`."""
    place, publisher = str(fields.get("place") or ""), str(fields.get("publisher") or "")
    located = any(fields.get(name) for name in IN_A_PERIODICAL)
    if not place and not publisher:
        container = str(fields.get("container") or "")
        found = imprint_at_end(container, located) if container else None
        if found is not None:
            fields["container"], imprint = found
            fields["place"], fields["publisher"] = imprint.place, imprint.publisher
            fields["imprint"] = f"{imprint.shape}, from the end of the container"
        elif container and not located:
            lone_city(fields, container)
        return
    span = imprint_span(place, publisher, body)
    if span is None and ". " in body and (" –" in body or " -" in body or " —" in body):
        span = imprint_span(place, publisher, _AREA_DASH.sub(". ", body))  # GOST's areas
    if span is not None and ": " in span and not located and title_sentence(fields, span):
        return
    better = better_imprint(place, publisher, span) if span is not None else None
    if better is not None:
        fields["place"], fields["publisher"] = better.place, better.publisher
        fields["imprint"] = better.shape
    if not located:
        hand_over(fields, body)


# GOST 7.1's area dash after a stop, typed as an en or em dash or a hyphen-minus: the
# grammars read a GOST book's areas joined by stops alone (`parts.gost_book`).
_AREA_DASH = re.compile(r"\.\s+[–—-]\s*")


def title_sentence(fields: dict[str, Any], span: str) -> bool:
    """A title's last sentence that a reading took into its imprint, given back: when the
    span's last sentence (after its last `. `) is an imprint by the gazetteer (a place
    and its colon before a house) and what stands before it holds a colon of its own
    (`Produktov: uchebnoe posobie. SPb.: Lan'`, a GOST title's other title information,
    read as place and house), that part goes back to the end of the title it follows."""
    cut = span.rfind(". ")
    if cut <= 0 or ":" not in span[:cut]:
        return False
    imprint = read_imprint(span[cut + 2 :])
    if imprint.shape != "place: house" or place_evidence(imprint.place) != 2:
        return False
    title = str(fields.get("title") or "")
    if not title:
        return False
    fields["title"] = f"{title.rstrip(' .')}. {span[:cut].strip()}"
    fields["place"], fields["publisher"] = imprint.place, imprint.publisher
    fields["imprint"] = "place: house, a title's sentence given back"
    return True


# GOST 7.1's area separator before a city (`. – М.,1995`), which a reading with no
# imprint keeps at its container's start.
_LEADING_DASH = re.compile(r"^[–—-]\s*")


def lone_city(fields: dict[str, Any], container: str) -> None:
    """A container that is a place alone (`– М`, GOST's Moscow after its area dash) in a
    reading with no periodical locator and no imprint: a book's place, as GOST prints a
    place and a year with no house. A country or a region alone is no such evidence (a
    journal may be named `Nature` or `Africa`), so only a city, a city with its code or a
    GOST city counts (`strong_place`, less the countries and states of `REGION_NAMES`)."""
    bare = _LEADING_DASH.sub("", container).strip(" .,")
    if bare == container.strip(" .,") or not strong_place(bare) or bare in REGION_NAMES:
        return  # only after GOST's dash: a journal may be named after its city
    del fields["container"]
    fields["place"] = bare
    fields["imprint"] = "place, from the container"


# After a place read alone: the imprint's colon and the house it leads to, up to the next
# mark, a year or a bracket (`St. Paul, MN : West .`, `Oxford: W. H. Freeman, 2001`). The
# spaces after the house are taken whole (`\s*+`): given back one by one, each would be
# read to the end again (`\s*$`), quadratic in a long run of spaces.
_HOUSE_AFTER = re.compile(
    r"\s*:\s*(?P<house>(?:[A-Z]\.\s?){0,3}[^\W\d_][^:;,()\[\]\d]{0,78}?)"
    r"\s*+(?=[,;(\[]|\.\s|\.?\s*$|(?<=\s)\d)"
)
# Before a house read alone: its place and the imprint's colon, after the sentence before
# (`…Assessments? The Hague: Institute of …`); a place list of up to two pieces.
_PLACE_BEFORE = re.compile(
    r"(?:^|(?<=[.?!])\s*)"
    r"(?P<place>[^\W\d_][^.?!,:;\d]{1,40}(?:,\s*[^\W\d_][^.?!,:;\d]{0,30})?)\s*:\s*\Z"
)
# Before a place: one more city between commas (`…Trade, New York, London, Harvester.`),
# when a comma follows the place too: a place before its colon after a title's list of
# cities (`Tales of Berlin, Paris, London: House`) names its own.
_CITY_BEFORE = re.compile(r"(?<=,)\s*(?P<city>[^\W\d_][^.,;:?!\d]{1,40}?)\s*,\s*\Z")
# What follows an imprint's colon and is no house: a link's lead-in or a label.
_NOT_A_HOUSE_LEAD = re.compile(
    r"^(?:Available|Retrieved|Accessed|Obtenido|Recuperado|Disponible|Dispon[ií]vel|"
    r"URL|DOI|doi|http|www|In\b|Vol|Ed)"
)
# The fields a handed-over piece may sit at the end of, which give it up.
_GIVING = ("title", "container")


def hand_over(fields: dict[str, Any], body: str) -> None:
    """The imprint pieces a reading with no periodical locator left beside its place or
    publisher, handed to the reader: the house after a place read alone, the place before
    a house read alone, one more city before a place list parted by commas, and a place
    with no evidence that is a house's name (`Houghton Mifflin`). Each piece needs its
    evidence: a house is no place by the gazetteer and starts with no link's lead-in; a
    place before a house is one by the gazetteer (`place_evidence` 2), a city before a
    place a city, a city with its code or a GOST city (`strong_place`); a house's name has
    no town's word (`no_place_house`)."""
    place, publisher = str(fields.get("place") or ""), str(fields.get("publisher") or "")
    if place and not publisher:
        at = body.rfind(place)
        after = _HOUSE_AFTER.match(body, at + len(place)) if at >= 0 else None
        house = after.group("house").strip() if after else ""
        if house and house_piece(house) and not held(fields, house):
            fields["publisher"] = house
            fields["imprint"] = "place: house, the house handed over"
            return
        if no_place_house(place):
            fields["publisher"] = place
            del fields["place"]
            fields["imprint"] = "house, read as a place"
            return
    if publisher and not place:
        at = body.rfind(publisher)
        before = _PLACE_BEFORE.search(body, 0, at) if at > 0 else None
        if before and place_evidence(before.group("place")) == 2:
            city = before.group("place").strip()
            if give_up(fields, city):
                fields["place"] = city
                fields["imprint"] = "place: house, the place handed over"
            return
    if place:
        at = body.rfind(place)
        listed = at > 0 and body[at + len(place) : at + len(place) + 1] == ","
        before = _CITY_BEFORE.search(body, 0, at) if at > 0 else None
        if before and strong_place(before.group("city")):
            city = before.group("city").strip()
            # a title's cities before the place's colon are the title's (`Tales from
            # Berlin, Paris, London: House`); a container's are the list's first
            # (`Title. Amsterdam, New York, Oxford: House`)
            titled = city in str(fields.get("title") or "")
            if (listed or not titled) and city not in publisher and give_up(fields, city):
                fields["place"] = f"{city}, {place}"
                fields["imprint"] = f"{fields.get('imprint', 'as read')}, one more city handed over"


def house_piece(piece: str) -> bool:
    """Whether `piece`, after a place's colon, may be its house: no place by the
    gazetteer, not a link's lead-in or a label, and no word against a house."""
    return (
        place_evidence(piece) < 2
        and house_evidence(piece) >= 0
        and _NOT_A_HOUSE_LEAD.match(piece) is None
    )


# A house's name of two or three capitalised words with no place's abbreviation in it
# (`Houghton Mifflin`, `Human Kinetics`; not `N. Y.`, `Washington D.C.`).
_HOUSE_NAME = re.compile(r"^[A-Z][a-z][\w'’&-]*(?:\s(?:&\s)?[A-Z][a-z][\w'’&-]*){1,2}$")
# A town's word among them, which no house's two-word name has (`Palo Alto`, `Santa Monica`,
# `Upper Saddle River`, `Silver Spring`, `Mountain View`: towns the gazetteer lacks).
_TOWN_WORD = re.compile(
    r"^(?:San|Santa|Santo|São|Saint|Fort|Port|Mount|Upper|Lower|Los|Las|El)\s|"
    r"\s(?:Alto|Springs?|River|Park|Harbou?r|Beach|Falls|City|Heights|Valley|Lake|Bay|View|"
    r"Creek|Grove|Rapids|Oaks|Village)$"
)


def no_place_house(place: str) -> bool:
    """Whether a place read alone is a house's name: two or three capitalised words and
    no evidence of a place (`place_evidence` 0). On the dev rows of the guides files such
    a lone imprint piece of two words or more is a house's 14 times in 17, and the three
    places among them print a state's code with stops (`N. Y.`, `Washington D.C.`), which
    `_HOUSE_NAME` refuses; a town's word (`_TOWN_WORD`) keeps a place the gazetteer lacks."""
    return (
        bool(_HOUSE_NAME.match(place))
        and _TOWN_WORD.search(place) is None
        and place_evidence(place) == 0
    )


def held(fields: dict[str, Any], piece: str) -> bool:
    """Whether another field of the reading already holds `piece`."""
    return any(piece in str(fields.get(name) or "") for name in (*_GIVING, "publisher"))


def give_up(fields: dict[str, Any], piece: str) -> bool:
    """`piece` taken from the end of the field that holds it (`_GIVING`), which keeps
    what comes before; False when a field holds it other than at its end, or would be
    left empty. A piece no field holds is given up by none."""
    for name in _GIVING:
        value = str(fields.get(name) or "")
        if piece not in value:
            continue
        kept = value.rstrip(" .,;:")
        if not kept.endswith(piece):
            return False
        kept = kept[: -len(piece)].rstrip(" .,;:")
        if not kept:
            return False
        fields[name] = kept
    return True
