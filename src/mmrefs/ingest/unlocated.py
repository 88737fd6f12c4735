"""A container that nothing locates the work in: whether it is one.

A grammar (or the statistical fallback) takes what follows a title for its container by
default. When nothing locates the work in it (no volume, issue, page, article number or
DOI), that piece is as often no periodical at all: a report's issuing body and city
(`World Economic Forum, Geneva.`, `Naciones Unidas, Santiago de Chile.`), a book's house
and city (`Lippincott Williams, Philadelphia`), the first city of a place list, or a
link's lead-in left over when the link was peeled (`accessed`, `Obtenido de`, `取自`). The
title/container taxonomy of the decision rows (fresh22, fresh23 and fresh24 dev,
SOURCES-fresh26.md) found such spurious containers in 16 lists of 11 styles, the cause
spanning most lists. `reread_container` re-reads an unlocated container by the imprint
reader's evidence (`imprint`): a lead-in is set aside, an imprint goes to place and
publisher, a body printed just before the reading's place is its publisher, and a
container that names a house or a body (`Graduate school of Example University`,
`한국보건사회연구원`) is the publisher (the publisher taxonomy of the decision rows,
SOURCES-fresh27.md: its widest cause). A book's cited page (`p81`) locates nothing. A
container with a host's mark before it (`In`, `//`) or a periodical's word stays. What is
set aside is kept in the extra `set_aside`, so nothing read is lost.
"""

from __future__ import annotations

import re
from typing import Any

from mmrefs.ingest.abbreviated import abbreviated_name
from mmrefs.ingest.imprint import (
    ROMANCE_HOUSE,
    Imprint,
    house_evidence,
    place_evidence,
    splits,
    strong_place,
)
from mmrefs.ingest.places import is_place
from mmrefs.ingest.styles.base import CALENDAR_MONTH_NAMES, YEAR
from mmrefs.model import Kind

# The kinds of work whose container is a host book or a meeting's proceedings.
_HOSTED_KINDS = (Kind.CHAPTER, Kind.CONFERENCE)
# A link's lead-in or a label left as a container's end when its link was peeled:
# `accessed`, `Obtenido de`, `Retrieved from`, `Available from`, `Disponível em`, `取自`.
_LEAD_IN = re.compile(
    r"(?:^|[.,;]\s*|\s)(?:[Aa]ccessed(?:\s+[^.]{0,30}?,?\s+from)?|[Oo]btenido\s+de|"
    r"[Rr]ecuperado\s+de|[Rr]etrieved\s+from|[Aa]vailable\s+(?:from|at|online)|"
    r"[Dd]ispon[ií]vel\s+em|[Dd]isponible\s+en|取自|[Pp]p?)\s*:?\s*\Z"
)
# A host's mark printed before a container: a chapter's book or a proceedings (`In:`,
# `in`, `Dans`, `En`, `Em`, `Im`), GOST's `//`, Chinese `載於`.
_HOST_BEFORE = re.compile(r"(?:\b(?:[Ii]n|Dans|En|Em|Im)\s*:?|//|載於|见|見)\s*\Z")
# The reader's splits with a mark between place and house, or a place alone: a
# container read with no mark may be a newspaper named after its city (`Minneapolis Star
# Tribune`).
_MARKED = frozenset(("place", "place: house", "place; house", "house, place", "place, house"))
# A host's mark between a title and its container: `In`, `Dans`, GOST's `//`, or the
# host's editors (`(eds.)`, `edited by`, `Hrsg.`).
_EDITED = re.compile(r"\b(?:In|Dans|Em|Im)\s|//|\([Ee]ds?\.?\)|\b[Ee]dited\s+by\b|\bHrsg\b")
# A periodical's, a meeting's (an event's) or a series' word: such a container is one,
# and such a piece of a book's tail no house (`book_tail`).
PERIODICAL = re.compile(
    r"\b(?:Proceedings|Conference|Congress|Symposium|Workshop|[Mm]eeting|Annual|Summit|"
    r"Seminar|Colloquium|Festival|Expo|Congreso|Simposio|Jornadas|Tagung|Kongress|Journal|"
    r"Review|Times|News|"
    r"Bulletin|Transactions|Annals|Gazette|Magazine|Herald|Letters|Series|Report|Paper|"
    r"Brief|Revista|Zeitschrift|Actas|Anais|Rapport|Cahiers|Quarterly|Weekly|Daily|Post|"
    r"Blog|Forum\s+(?:on|for))\b|誌|報|学会|論文|학회지"
)


def reread_container(fields: dict[str, Any], body: str) -> None:
    """An unlocated container re-read: a link's lead-in at its end set aside (the whole
    container when nothing else is left); then, in a reading with no publisher, the
    container as an imprint (`container_imprint`) or as the body before its place
    (`body_before_place`). Each change names itself in the extra `imprint` or
    `set_aside`."""
    container = str(fields.get("container") or "")
    if not container or located(fields, body):
        return
    lead = _LEAD_IN.search(container)
    if lead is not None:
        kept = container[: lead.start()].rstrip(" .,;:")
        fields["set_aside"] = f"a link's lead-in from the container: {container[lead.start() :]}"
        if not kept:
            del fields["container"]
            return
        fields["container"] = container = kept
    if (
        hosted(fields, container, body)
        or PERIODICAL.search(container)
        or abbreviated_name(container)
    ):
        return
    if fields.get("place"):
        body_before_place(fields, container, body)
    elif fields.get("publisher") or printed_by(fields, container):
        return
    elif not container_imprint(fields, container):
        body_as_house(fields, container, body)


# A Chinese statement of who compiled and printed, printed or issued a work (`教育部編印`,
# `示例協會印行`, `示例局發行`), with the school or office that carried it out after a comma
# (`,示例國小承辦`): Taiwanese lists print government and society reports so.
_PRINTED_BY = re.compile(
    r"(?P<house>[^\s,，、。;；:：]{2,40}?)\s*(?:編印|编印|印行|發行|发行)"
    r"(?:\s*[,，、]\s*[^\s,，、。]{2,40}?(?:承辦|承办|協辦|协办))*\s*\Z"
)


def printed_by(fields: dict[str, Any], container: str) -> bool:
    """The container as the publisher when it is a printed-by statement (`_PRINTED_BY`):
    the body named before the verb; the verb and what follows are set aside. True when
    it was one."""
    found = _PRINTED_BY.fullmatch(container)
    if found is None:
        return False
    del fields["container"]
    fields["publisher"] = found.group("house")
    fields["imprint"] = "house, read from a printed-by statement"
    rest = f"the printed-by statement's rest: {container[found.end('house') :].strip()}"
    fields["set_aside"] = "; ".join(filter(None, (fields.get("set_aside"), rest)))
    return True


# What locates a work in a periodical: a volume, an issue, an article number or a DOI;
# pages too, unless they are a book's cited page (`located`).
_LOCATED_BY = ("volume", "issue", "article_number", "doi")


def located(fields: dict[str, Any], body: str) -> bool:
    """Whether the reading locates the work in its container (`_LOCATED_BY`, or pages).
    A book's cited pages are no such locator: one page printed after a `p` or `pp`
    (`p81`, `p. 110`), with no volume or issue (the publisher taxonomy of the decision
    rows, SOURCES-fresh27.md: `The Echo Manual, 3rd ed. Lippincott Williams,
    Philadelphia,p81`), or a range printed so when the container is a publishing house by
    its own words (`_PUBLISHING`), as Korean and Japanese clinical lists cite a book's
    pages after its house (`치과 국소마취학, 제2판. 예시출판사. 2000, pp 385-94.`). IEEE
    prints `pp.` before every range, a proceedings' too, and a journal without a volume
    may be named like a body (`Organization Science, pp. 12-20`): a range alone, or after
    any other container, still locates. Nor do any pages after a container that is a
    house and its city (`house_and_city`), as clinical lists print a book's imprint
    before its year (`Title, 6th ed. Example Co, Philadelphia. 1953; 292-311.`)."""
    if any(fields.get(name) for name in _LOCATED_BY):
        return True
    page = str(fields.get("first_page") or fields.get("pages") or "")
    if not page:
        return bool(fields.get("last_page"))
    if house_and_city(str(fields.get("container") or ""), body, page):
        return False
    if _CITED_PAGE.fullmatch(page):
        return False
    first = re.search(r"\d+", page)
    if not first or not re.search(rf"\bpp?\.?\s?{first.group()}\b", body):
        return True
    if not (fields.get("last_page") or _RANGE.search(page)):
        return False
    container = str(fields.get("container") or "")
    return not _PUBLISHING.search(container) or bool(PERIODICAL.search(container))


def house_and_city(container: str, body: str, page: str) -> bool:
    """Whether `container` reads best as a publishing house, its name ending in the
    house's own word (`_HOUSE_ENDS`: `Example Co`, `Example Publishers`, `Example
    University Press`), and, after its comma, a gazetteer place: a book's imprint. A
    body's or a series' name (`Acta Universitatis Example, Prague`, `Memoirs of the
    Example Society`) is no house by this test, since periodicals are named so. A
    periodical or a newspaper named like a house is known by a month beside a year
    anywhere in the entry (`_DATED`: `Widgetville Daily, Burlington, Vermont; 2001 Mar
    3. A1.`) or by a letter in its pages (a section's `A1`; an e-page or a supplement's
    `S12` is a periodical's too)."""
    if "," not in container or _LETTER.search(page) or _DATED.search(body):
        return False
    best = max(splits(container), key=lambda split: split.score)
    return (
        best.shape == "house, place"
        and _HOUSE_ENDS.search(best.publisher) is not None
        and place_evidence(best.place) == 2
    )


# A publishing house's own word ending its name (a company's too), not a body's. A bare
# `Press` ends newspapers' and agencies' names too (`Example Free Press`, `Associated
# Press`): only a university's, an academy's or a science's press is a house by it.
_HOUSE_ENDS = re.compile(
    rf"\b(?:(?:Univ\w*|Academic|Scientific|Medical)\s+Press(?:es)?|Publish\w*|Verlag|Books|"
    rf"{ROMANCE_HOUSE}|Co|Company|Inc|Ltd|LLC|GmbH|Sons)\.?\Z"
)
# A month beside a year, in any order (`2001 Mar 3`, `2001 Mar`, `March 3, 2001`, `3 Mar
# 2001`, `2001, March 3`): a periodical's or a newspaper's date, which a book never needs.
_DATED = re.compile(
    rf"\b{YEAR},?\s+(?:{CALENDAR_MONTH_NAMES})\b"
    rf"|\b(?:{CALENDAR_MONTH_NAMES})\.?(?:\s+\d{{1,2}})?,?\s+{YEAR}\b"
)
_LETTER = re.compile(r"[^\W\d_]")  # in pages: a section's, an e-page's, a supplement's
_CITED_PAGE = re.compile(r"[Pp]\.?\s?\d{1,5}")  # `p81`, `p. 110`: a reading that kept its `p`
_RANGE = re.compile(r"\d\s?[-–]\s?\d")
# A publishing house's own words (not a body's: `Academy`, `Organization`, `Library` name
# journals too), in Latin, Han and Hangul script; a Japanese or Korean house's `社` ending.
_PUBLISHING = re.compile(
    rf"\b(?:Press(?:es)?|Publish\w*|Verlag|Editorial|Books|{ROMANCE_HOUSE})\b"
    r"|出版|書店|書房|書院|출판|社\Z"
)


def body_as_house(fields: dict[str, Any], container: str, body: str) -> None:
    """The container as the publisher when it names a house or a body (`imprint`'s house
    words, in Latin, Han or Hangul script: `Graduate school of Ajou University`,
    `한국보건사회연구원`) and the reading has no link or access date (a web page's container
    is its site, which a body may own), with the gazetteer place printed right after it
    as the place (`…, Suwon, 2011`). The publisher taxonomy of the decision rows
    (SOURCES-fresh27.md) found such bodies read as containers in 10 lists of six styles."""
    if fields.get("url") or fields.get("accessed") or _NOT_A_BODY.search(container):
        return
    if house_evidence(container) < 1:
        return
    del fields["container"]
    fields["publisher"] = container
    fields["imprint"] = "house, read from an unlocated container"
    at = body.find(container)
    after = _PLACE_AFTER.match(body, at + len(container)) if at >= 0 else None
    if after and not fields.get("place") and place_evidence(after.group("place")) == 2:
        fields["place"] = after.group("place")
        fields["imprint"] = "house, place, read from an unlocated container"


# What a body's name holds no more than a periodical's does: a number (a locator left in
# it), a bracket, or a periodical's abbreviated or Romance word (`Proc.`, `Memórias do
# Instituto …`, `Cadernos`, `Boletín`, `Acta`, `Archives`).
_NOT_A_BODY = re.compile(
    r"\d|[()\[\]]|\bProc\.|\b(?:Mem[oó]rias|Cadernos|Bolet[ií]n|Boletim|Acta|Archiv(?:es|os)?|"
    r"Mitteilungen|Berichte|Travaux)\b"
)
# After a body: its city between commas or before the year (`…University, Suwon, 2011`).
_PLACE_AFTER = re.compile(r",\s*(?P<place>[^\W\d_][^,.;:()\d]{1,30}?)\s*(?=,|\.\s|\.?$)")


def hosted(fields: dict[str, Any], container: str, body: str) -> bool:
    """Whether `container` is a host: the reading's kind says so (a chapter, a paper in
    proceedings), it names editors, a host's mark (`_HOST_BEFORE`) stands right before the
    container in `body`, or one (`_EDITED`) stands between the title and it (`In Roe, S.
    (eds.), Widgets, …`)."""
    if fields.get("kind") in _HOSTED_KINDS or fields.get("editors"):
        return True
    at = body.find(container)
    if at <= 0:
        return False
    title = str(fields.get("title") or "")
    start = body.find(title) + len(title) if title and title in body[:at] else max(0, at - 80)
    return _HOST_BEFORE.search(body, 0, at) is not None or bool(_EDITED.search(body, start, at))


def container_imprint(fields: dict[str, Any], container: str) -> bool:
    """The container as an imprint when the reader splits it into a gazetteer place and
    a house (`Lippincott Williams, Philadelphia`, `Naciones Unidas, Santiago de Chile`), or
    finds a city alone (`Amsterdam`). On a tie a split into both fields (`two_fields`)
    wins, as it does for a grammar that read both (`imprint.better_imprint`):
    `Naciones Unidas` is no place of a list. True when it read an imprint."""
    found = splits(container)
    imprint = max(found, key=lambda split: split.score)
    both = [split for split in found if two_fields(split)]
    if both and max(split.score for split in both) >= imprint.score:
        imprint = max(both, key=lambda split: split.score)  # a tie: two fields were printed
    if imprint.shape in _MARKED and place_evidence(imprint.place) == 2:
        if imprint.publisher and house_evidence(imprint.publisher) < 0:
            return False
        del fields["container"]
        fields["place"] = imprint.place
        if imprint.publisher:
            fields["publisher"] = imprint.publisher
        fields["imprint"] = f"{imprint.shape}, read from an unlocated container"
        return True
    return False


def two_fields(split: Imprint) -> bool:
    """Whether `split` reads a place and a house that may be one: a house of two words or
    more, an acronym or a house's word, and no place's name (`Naciones Unidas`, `NCI`),
    where a single word after a city is its region's (`München, Bayern`, a place alone)."""
    house = split.publisher
    named = len(house.split()) >= 2 or house.isupper() or house_evidence(house) >= 1
    return bool(split.place) and named and not is_place(house)


def body_before_place(fields: dict[str, Any], container: str, body: str) -> None:
    """The container as the publisher when it is printed right before the reading's place
    with only a comma between (`World Economic Forum, Geneva.`), as a report's issuing
    body or a book's house is; or, when it is a city by the gazetteer, the first of the
    place's list (`Amsterdam, New York, Oxford: North Holland`)."""
    place = str(fields["place"])
    at = body.find(container)
    if at < 0 or not re.match(r"\s*,\s*", body[at + len(container) :]):
        return
    if not body[at + len(container) :].lstrip(" ,").startswith(place):
        return
    if strong_place(container):
        del fields["container"]
        fields["place"] = f"{container}, {place}"
        fields["imprint"] = "places, the first read from the container"
    elif not fields.get("publisher") and container[:1].isupper():
        del fields["container"]
        fields["publisher"] = container
        fields["imprint"] = "house, place: the house read from the container"
