"""Token labels → the fields a grammar would have read (`styles.choose.parse_styles`).

The model labels tokens; a field is the text its labelled tokens cover, as printed, so
that the normalising steps (`steps.apply_steps`) treat it exactly as they treat a
grammar's field. Authors go through the grammars' own name reader (`people.read_names`),
so a name is split into family and given the same way whoever found the block.
"""

from __future__ import annotations

import re
from typing import Any

from mmrefs.ingest.authors import ANONYMOUS
from mmrefs.ingest.learned.tokens import Token
from mmrefs.ingest.places import is_place
from mmrefs.ingest.styles.parts import region_piece
from mmrefs.ingest.styles.people import Names, read_names
from mmrefs.model import Author, Kind

# Label → field. A text field is its first run of tokens at least `_LONG_ENOUGH` as long
# as its longest: a stray title word elsewhere is noise, but where the model labels two
# titles (a chapter's, then its host book's after `In`/`Dans` and the editors, which it
# often fails to label as the container) the first is the work's own. On the guides rows
# no model was trained on, this read 0.1 to 0.4 points more of the fields than the
# longest run alone; on the rendered corpus it changed no reading. A number or an
# identifier is its first run.
_LONG_ENOUGH = 0.5
# The text fields whose runs a comma or a slash does not part (`joined`): on the guides
# rows no model was trained on, joining them read 0.1 points more of fresh12's fields and
# the same elsewhere; titles and journals gained nothing from it.
JOINED = frozenset({"PLACE", "PUBLISHER"})
_JOINS = frozenset({",", ", ", "/", " / "})
LONGEST = {"TITLE": "title", "CONTAINER": "container", "PUBLISHER": "publisher", "PLACE": "place"}
FIRST = {
    "YEAR": "year",
    "VOLUME": "volume",
    "ISSUE": "issue",
    "PAGES": "pages",
    "DOI": "doi",
    "URL": "url",
    "PMID": "pmid",
}
AUTHOR = "AUTHOR"
_AROUND = " .,;:()[]{}\"'“”‘’«»<>"  # what a field's value never starts or ends with
_AROUND_LINK = " ,;"  # a link may end in `)` or `.`: the steps decide
# An author block never ends in an opening quote or bracket: IEEE's `A. Name, “Title,”`.
_AFTER_NAMES = " ,;:“\"‘'([（【"
_LAST_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\.$")  # `… A.` at the end
_DOTTED_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\.")  # `J.` anywhere
# A one-letter initial's stop with a word glued after it (`H.Doe`, `J.A.Roe`, `Ł.Nowak`):
# `spaced` spaces it when the initial is a capital and the word a capitalised name.
_GLUED_INITIAL = re.compile(r"(?<![^\W\d_])([^\W\d_])\.(?=([^\W\d_])([^\W\d_]))")
# A bracket opening on a figure and left open to the block's end: a date the model ran
# into the block (a closed one, `Group (2010 Trial)`, may be part of a name)
_DATE_OPENS = re.compile(r"\(\s*\[?\d[^()]*\Z")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
# What continues a page value printed with no space: a dash and the next number (`51-67`,
# `189–95`), or a full stop, one letter and a number (`189.e1`, the e-locators of
# Elsevier journals). The model often labels the first number alone as the pages (the
# dash or the `.e` between them as neither), so its run is carried on through these.
_PAGES_GO_ON = re.compile(r"(?:[-–—‐][^\W\d_]?\d+|\.[^\W\d_]\d+)*")
# The orientations the name reader is asked for: family first, family first with the
# first name inverted (`Smith, J.`), given first. The best-scoring reading wins.
_ORIENTATIONS = ((True, False), (True, True), (False, False))


def runs(tokens: tuple[Token, ...], labels: list[str], label: str) -> list[tuple[int, int]]:
    """The character spans of each run of consecutive tokens labelled `label`."""
    return all_runs(tokens, labels).get(label, [])


def all_runs(tokens: tuple[Token, ...], labels: list[str]) -> dict[str, list[tuple[int, int]]]:
    """`runs` of every label, in one pass over the tokens rather than one per field."""
    out: dict[str, list[tuple[int, int]]] = {}
    previous = None
    for (_, start, end), label in zip(tokens, labels, strict=True):
        if label == previous:
            spans = out[label]
            spans[-1] = (spans[-1][0], end)
        else:
            out.setdefault(label, []).append((start, end))
            previous = label
    return out


def fields_of(text: str, tokens: tuple[Token, ...], labels: list[str]) -> dict[str, Any]:
    """The fields the labels say `text` prints, in a grammar's shape: values as printed
    (trimmed of the punctuation around them), `authors` and `et_al` from the name reader,
    and a `kind` guessed from which fields there are."""
    out: dict[str, Any] = {}
    spans_of = all_runs(tokens, labels)
    authors = spans_of.get(AUTHOR)
    if authors:
        start, end = authors[0]
        if text[end : end + 1] == ".":  # the model leaves the block's full stop out
            end += 1
        names = best_names(author_block(text[start:end]))
        out["authors"], out["et_al"] = somebody(names.authors), names.et_al
    for label, name in LONGEST.items():
        spans = spans_of.get(label)
        if spans and label in JOINED:
            spans = joined(text, spans)
        if spans:
            longest = max(end - start for start, end in spans)
            start, end = next(s for s in spans if s[1] - s[0] >= _LONG_ENOUGH * longest)
            _keep(out, name, text[start:end].strip(_AROUND))
    for label, name in FIRST.items():
        spans = spans_of.get(label)
        if spans:
            start, end = spans[0]
            if name == "pages":
                going = _PAGES_GO_ON.match(text, end)  # it matches, if only nothing
                end = going.end() if going else end
            value = text[start:end]
            _keep(out, name, value.strip(_AROUND_LINK if name in ("doi", "url") else _AROUND))
    if "year" in out:
        year = _YEAR.search(out["year"])
        if year:
            out["year"] = year.group()
        else:
            del out["year"]  # digits that are no year: no year rather than a wrong one
    if "place" in out and "publisher" not in out:
        place_then_house(out)
    elif "place" in out and region_after_city(text, out):
        out["place"] = f"{out['place']}, {out.pop('publisher')}"
    out["kind"] = kind_of(out)
    return out


def region_after_city(text: str, fields: dict[str, Any]) -> bool:
    """Whether the publisher the model read is the state or country printed right after the
    place it read (`London, England`, `Hamden, Connecticut`): no house's name but the
    rest of the place (`region_piece`)."""
    publisher = fields["publisher"]
    return region_piece(publisher) and f"{fields['place']}, {publisher}" in text


def place_then_house(fields: dict[str, Any]) -> None:
    """A place the model read over a comma into the house after it (`Oslo, Example
    forlaget` for `Title, Oslo, Exampleforlaget.`) parted into place and publisher: the
    first piece a place's name (`places.is_place`, GeoNames), the second none and no
    state's or country's either (`region_piece`: `Hamden, Conn`, `London, UK` stay)."""
    place, comma, house = fields["place"].partition(", ")
    if not comma or ", " in house or not house[:1].isupper() or len(house) < 4:
        return
    if any(char.isdigit() for char in house) or region_piece(house):
        return
    if is_place(place) and not is_place(house):
        fields.update(place=place, publisher=house)


def joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with each pair that only a comma or a slash parts made one: the model labels
    the comma of `Berlin, Germany`, `Warrendale, PA` or `Example Press, Other House` (and
    the slash of `Frankfurt/M`) as neither, which would cut the place or the publisher."""
    out = [spans[0]]
    for start, end in spans[1:]:
        if text[out[-1][1] : start] in _JOINS:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _keep(fields: dict[str, Any], name: str, value: str) -> None:
    if value:
        fields[name] = value


def author_block(printed: str) -> str:
    """The author block without what ends it: punctuation, an opening quote, and the full
    stop after the last name unless it dots an initial of a block that dots them all
    (`Doe JA, Roe B.` → `Roe B`, but `Doe, J. A.` keeps its `A.`); an initial glued by its
    stop to the family name after it spaced (`H.Doe,B.Roe` → `H. Doe,B. Roe`), which the
    name reader reads as one word otherwise; and a bracketed date the model ran into it
    cut off (`Doe, W. ([1885]`, `Roe, L. (17 de Diciembre de`): no name opens a bracket
    on a figure."""
    block = _GLUED_INITIAL.sub(spaced, printed)
    opened = _DATE_OPENS.search(block)
    block = (block[: opened.start()] if opened else block).rstrip().rstrip(_AFTER_NAMES)
    if block.endswith(".") and not (
        _LAST_INITIAL.search(block) and _DOTTED_INITIAL.search(block[:-2])
    ):
        block = block[:-1].rstrip(_AFTER_NAMES)
    return block


def spaced(glued: re.Match[str]) -> str:
    """A `_GLUED_INITIAL` match spaced when it is a capital's initial before a capitalised
    name (`H.Doe` → `H. Doe`), in any script; as printed otherwise (`e.g`, `Ph.Dr`)."""
    initial, first, second = glued.group(1, 2, 3)
    if initial.isupper() and first.isupper() and second.islower():
        return f"{initial}. "
    return glued.group()


def best_names(block: str) -> Names:
    """The reading of an author block that looks most like names: the model found the
    block but not how its names are printed, so each orientation is tried."""
    readings = [read_names(block, *orientation) for orientation in _ORIENTATIONS]
    return max(readings, key=lambda names: names.score)  # the first of equals wins


def somebody(authors: tuple[Author, ...]) -> tuple[Author, ...]:
    """The authors without a name that says there is none (`Anon.`, `Anonymous`, read by
    some orientation as a family alone), as the grammars' name reader leaves it out."""
    return tuple(
        a
        for a in authors
        if not (a.literal in ANONYMOUS or (a.family in ANONYMOUS and not a.given))
    )


def kind_of(fields: dict[str, Any]) -> Kind:
    """A journal without a publisher is an article, a publisher without a journal a book;
    anything else is left `other` rather than guessed."""
    if fields.get("container") and not fields.get("publisher"):
        return Kind.ARTICLE
    if fields.get("publisher") and not fields.get("container"):
        return Kind.BOOK
    return Kind.OTHER
