"""The text after the author block: title, then a journal with its locator, a host book,
or a publisher's imprint, in each style's order.

Every grammar ends here, since styles differ far more in where they put the year and the
names than in how they print a journal, a book or an edited volume. The locator at the
end decides where the container starts; markers (`In:`, an edition, a thesis, an imprint
in parentheses) decide where the title ends when there is no locator.
"""

from __future__ import annotations

import re
from typing import Any

from mmrefs.ingest.normalize import clean_container, locator_fields
from mmrefs.ingest.styles.base import YEAR
from mmrefs.ingest.styles.heads import split_title_container
from mmrefs.ingest.styles.locator import PAGES, read_locator
from mmrefs.ingest.styles.parts import (
    container_locator,
    host,
    imprint,
    imprint_fields,
    locator_starts,
    looks_imprint,
    split_imprint_tail,
    store_imprint,
)
from mmrefs.model import Kind

_LEADING_IN = re.compile(r"^(?:in:?|In:?)\s+")
_LEADING_EDS = re.compile(r"^(?:\(\s*[Ee]ds?\.?\)|[^.]*\b[Ee]ds?\.)\s*")
_QUOTES = "“\"‘'"  # what `_QUOTED` opens with: most titles are not quoted
_QUOTED = re.compile(r"^[“\"‘'](?P<title>.+?)[”\"’'](?=[,.;:]|\s|$)[,.]?\s*")
# `[.?!]\s+(?=[Ii]n:?\s)|,\s+(?=in:\s)`, led by one character class so SRE scans in C.
_IN_HOST = re.compile(r"[.?!,](?:(?<=[.?!])\s+(?=[Ii]n:?\s)|(?<=,)\s+(?=in:\s))")
_IN_HOST_COMMA = re.compile(r"[.?!,]\s+(?=[Ii]n:?\s+[A-Z0-9“\"\u4e00-\u9fff])")
_PAREN_IMPRINT = re.compile(rf"\s+\(([^()]+,\s*{YEAR})\)\.?$")
_COMMA_EDITION = re.compile(r",\s*(\d+\w*\s+ed)\.?\s*(?=\(|[^.:,]{2,40}:\s)")
_COMMA_GENRE = re.compile(
    r",\s+(?=(?:PhD|Doctoral|Master'?s?|MSc|MD)\s+(?:thesis|dissertation))", re.I
)
# `(?<=[.?!])\s+|;\s+|\s+(?=\[(?:PhD|Internet|dissertation))|\s+(?=\(\d+\w*\s+ed)|
# \s+(?=\([^()]*(?:Press|…)[^()]*\)\.?$)`, led by one character class (the first white
# space or `;`, each branch's lookbehind saying which) so that SRE scans for it in C.
_TITLE_END = re.compile(
    r"[\s;](?:(?<=[.?!]\s)\s*|(?<=;)\s+|(?<=\s)\s*(?=\[(?:PhD|Internet|dissertation))|"
    r"(?<=\s)\s*(?=\(\d+\w*\s+ed)|"
    r"(?<=\s)\s*(?=\([^()]*(?:Press|Publish|Books?|Universit|Scientific|出版社)[^()]*\)\.?$))"
)
_LEADING_PAGES = re.compile(rf"^\(?(?:pp?\.\s*)?(?!{YEAR}\s*[,.;])({PAGES})\)?\s*(?:[.,]\s*|$)")
_EDITION = re.compile(r"^\(?(\d+\w*\s+ed)\.?\)?[.,;]?\s*")
_IMPRINT_YEAR = re.compile(rf"\s*;\s*{YEAR}")
_GENRE = re.compile(
    r"^(?:\[?(?:PhD|Doctoral|Master'?s?|MSc|MD)\s+(?:thesis|dissertation)\]?|"
    r"\[(?:Internet|Preprint|WWW Document|dissertation)\]|Preprint|\(PhD thesis\))[.,]?\s*",
    re.IGNORECASE,
)


def title_and_rest(text: str) -> tuple[str, str]:
    """The title (quoted, or up to the first stop) and the text after it."""
    quoted = _QUOTED.match(text) if text[:1] in _QUOTES else None
    if quoted:
        rest = text[quoted.end() :]
        return quoted.group("title").rstrip(",."), _LEADING_IN.sub("In ", rest)
    return "", text


def cut_title(rest: str, commas: bool) -> tuple[str, str, dict[str, str]] | None:
    """Where the title ends when a marker says so, not the locator: a host (`. In:`), an
    edition or a thesis after a comma title (APS), an imprint in parentheses (Nature)."""
    hosted = (_IN_HOST_COMMA if commas else _IN_HOST).search(rest)
    if hosted:
        return rest[: hosted.start() + 1], rest[hosted.end() :], {}
    edition = _COMMA_EDITION.search(rest) if commas else None
    if edition:  # APS: `Title, 4th ed. (Publisher, Place, 2022).`
        return rest[: edition.start()], rest[edition.end() :], {"edition": edition.group(1)}
    genre = _COMMA_GENRE.search(rest) if commas else None
    if genre:
        return rest[: genre.start()], rest[genre.end() :], {}
    paren = paren_imprint(rest)
    if paren and looks_imprint(paren.group(1)):  # APS, Nature: `Title (Publisher, 2001).`
        return rest[: paren.start()], paren.group(0).strip(), {}
    return None


def paren_imprint(rest: str) -> re.Match[str] | None:
    """`_PAREN_IMPRINT.search(rest)`, tried only where it can match: its `(` is the last
    one (no parenthesis inside) and it starts where the white space before that begins."""
    at = rest.rfind("(")
    if at < 1 or ")" not in rest[-3:]:
        return None
    start = at
    while start > 0 and rest[start - 1].isspace():
        start -= 1
    return _PAREN_IMPRINT.search(rest, start)


def locate(text: str, dated: bool) -> tuple[str, dict[str, Any]] | None:
    """The container and its locator; a known year means the locator holds none, unless
    no place leaves a locator without one. The places are found once for both readings:
    those the first tried are kept for the second."""
    if not dated:
        return container_locator(text)
    tried: list[tuple[int, int]] = []
    for start, end in locator_starts(text):
        fields = read_locator(text[end:], False)
        if fields is not None:
            return text[:start], fields
        tried.append((start, end))
    return container_locator(text, True, tried)


def read_rest(text: str, dated: bool = False, commas: bool = False) -> dict[str, Any]:
    """Title, container/book/imprint and locator from the text after the author block;
    `commas`: the style ends titles with a comma (APS), not a stop."""
    title, rest = title_and_rest(text.strip())
    fields: dict[str, Any] = {}
    cut = ("", rest, {}) if title else cut_title(rest, commas)
    if cut:
        fields["title"] = title or cut[0]
        fields.update(cut[2])
        fill_source(cut[1], fields, dated)
        return fields
    found = locate(rest, dated)
    if found:
        return journal_or_book(rest, found, fields, dated, commas)
    if commas and ", " in rest:
        fields["title"], _, source = rest.rpartition(", ")
        fill_source(source, fields, dated)
        return fields
    return title_then_source(rest, fields, dated)


def journal_or_book(
    rest: str,
    found: tuple[str, dict[str, Any]],
    fields: dict[str, Any],
    dated: bool,
    commas: bool,
) -> dict[str, Any]:
    """`Title. Container locator`; but a year alone after a publisher is a book's imprint."""
    head, locator = found
    if locator.keys() == {"year"} and (
        _IMPRINT_YEAR.match(rest, len(head)) or looks_imprint(head.rpartition(". ")[2])
    ):
        if commas and ", " in head:  # APS: `Title, Publisher, 2022.`
            fields["title"], _, publisher = head.rpartition(", ")
            fill_source(publisher + rest[len(head) :], fields, dated)
            return fields
        return title_then_source(rest, fields, dated)  # `Title. Place: Publisher; 2016.`
    if commas and ", " in head:  # APS: `Title, Journal 7, 12 (2017).`
        title, _, container = head.rpartition(", ")
    else:
        title, container = split_title_container(head)
        if not container and ", " in head:
            title, _, container = head.rpartition(", ")
    fields.update(locator, title=title)
    if container:
        fields.setdefault("container", clean_container(container))
        split_imprint_tail(fields)
    return fields


def title_then_source(rest: str, fields: dict[str, Any], dated: bool = False) -> dict[str, Any]:
    """`Title. Place: Publisher; YEAR` and other non-journal shapes: the title ends at the
    first stop (or ` [`, ` (`) and what follows is read as a source."""
    stop = _TITLE_END.search(rest)
    if not stop:
        fields["title"] = rest
        return fields
    fields["title"] = rest[: stop.start()]
    fill_source(_GENRE.sub("", rest[stop.end() :].strip()), fields, dated)
    return fields


def source_prefix(rest: str, fields: dict[str, Any]) -> tuple[str, bool]:
    """Drop a genre (`[PhD thesis]`) or an edition (`(2nd ed.)`) before the source."""
    rest, thesis = _GENRE.subn("", rest.strip(" .,"))
    rest = rest.strip(" .,")
    if thesis:
        fields["kind"] = Kind.THESIS
    edition = _EDITION.match(rest)
    if edition:  # APA: `Title (2nd ed.). Publisher.`
        fields["edition"] = edition.group(1)
        rest = rest[edition.end() :]
    return rest, bool(thesis)


def hosted_source(rest: str, fields: dict[str, Any]) -> str | None:
    """`In Book, 652–59. Publisher.`: the host book, then what is left to read (None when
    a locator after the book ends the entry)."""
    hosted = host(rest) if rest[:2].lower() == "in" else None
    if hosted is None:
        return rest
    fields["container"], rest = hosted
    fields["kind"] = Kind.CHAPTER
    pages = _LEADING_PAGES.match(rest)
    if pages:  # Chicago: `In Book, 652–59. Publisher.`
        fields.update(locator_fields(pages.group(1)))
        rest = rest[pages.end() :]
    located = read_locator(rest) if rest else None
    if located is not None:  # IEEE: `in Book, Apr. 1994, pp. 812–818.`
        fields.update(located)
        return None
    return rest


def fill_source(rest: str, fields: dict[str, Any], dated: bool) -> None:
    """Whatever follows the title: a host book, a journal and locator, or an imprint;
    `dated`: the year was read already (author-year styles), so a locator holds none."""
    rest, thesis = source_prefix(rest, fields)
    after_host = hosted_source(rest, fields) if rest else None
    if after_host is None:
        return
    if after_host != rest:  # a host book's editors or imprint may follow it
        fill_imprint(after_host, fields)
        return
    publisher = looks_imprint(rest)  # asked once for both uses below
    imprinted = thesis or publisher or (rest[:1] == "(" and rest[-1:] == ")")
    if imprinted and imprint_fields(rest, fields):
        return
    found = locate(rest, dated)
    if found:
        fields.update(found[1])
        if found[0].strip(" .,"):
            fields["container"] = clean_container(found[0])
            split_imprint_tail(fields)
        return
    if not publisher:
        fields["container"] = clean_container(rest)
        return
    fill_imprint(rest, fields)


def fill_imprint(rest: str, fields: dict[str, Any]) -> None:
    """An imprint after a host book's editors (`Eds. Place: Publisher`), or after the
    sentence that names a book series; else the rest is the container."""
    pub = imprint(_LEADING_EDS.sub("", rest))
    if pub is None and ". " in rest and "container" not in fields:
        first, _, later = rest.partition(". ")
        pub = imprint(later)
        if pub is not None:
            fields["container"] = clean_container(first)
    if pub is None:
        fields.setdefault("container", clean_container(rest))
        return
    store_imprint(pub, fields)
