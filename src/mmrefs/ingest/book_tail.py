"""A book's imprint printed as a comma list at the entry's end, in any order.

Vancouver lists in Japanese, Chinese and Korean journals (and some English ones) print a
book's imprint with commas alone: `著者:書名,診断と治療社,192,1999`, `…,東京医学社,p13,2009`,
`書名 改訂第3版.pp48-50,南江堂,2016.`, `…(編), 金原出版, 東京, 1985, 12-18.`. No grammar
expects that order, so the house stays in the title and the page count becomes a volume.
The Vancouver taxonomy of the decision rows (SOURCES-fresh28.md) found this the widest
class by fields. `reread_book_tail` scans the entry's last comma-separated items back from
its end, each classified by its own shape (a year, pages with or without `p`/`pp`/`頁`, a
gazetteer place, a house by its word), at most one of each, and reads them as the book's
imprint when they hold a year and a house and no periodical locator stands beside them;
the title as read gives the tail back.
"""

from __future__ import annotations

import re
from typing import Any

from mmrefs.ingest.imprint import house_evidence, strong_place
from mmrefs.ingest.styles.base import YEAR
from mmrefs.ingest.unlocated import PERIODICAL

# The items of an entry's tail: parted by commas (full-width and ideographic too), or by a
# stop before a page mark (`改訂第3版.pp48-50`).
_ITEM_SEPARATOR = re.compile(r"[,，、]|\.(?=\s?pp?\.?\s?\d)")  # items are stripped after
_YEAR = re.compile(rf"(?P<year>{YEAR})(?:\s?[-–]\s?\d{{2,4}})?")
# Pages: a number or a range, with a page mark (`p13`, `pp. 48-50`, `60-61頁`) or bare.
_PAGES = re.compile(r"(?:pp?\.?\s?)?(?P<pages>\d{1,5}(?:\s?[-–]\s?\d{1,5})?)\s?頁?")
_LONGEST_ITEM = 60  # characters: a house's or a city's name
_TAIL_WINDOW = 5 * (_LONGEST_ITEM + 2)  # characters: five items and their commas at most
_YEAR_WINDOW = 2 * (_LONGEST_ITEM + 2)  # the year is one of the last two items
_YEAR_SEARCH = re.compile(YEAR)
# What places a work in a periodical: a reading with one of them is left as read.
_IN_A_PERIODICAL = ("issue", "doi", "article_number")


def tail_items(body: str) -> list[tuple[str, str, int]] | None:
    """The entry's imprint tail, back from its end: (kind, value, start in `body`) for a
    `year`, `pages`, `place` and `house`, each at most once; None unless it holds a year
    and a house."""
    text = body.rstrip(" .")
    window = max(0, len(text) - _TAIL_WINDOW)
    commas = text.count(",", window) + text.count("，", window) + text.count("、", window)
    if commas < 2 or _YEAR_SEARCH.search(text, max(0, len(text) - _YEAR_WINDOW)) is None:
        return None  # no comma list ending in a year: most entries, found cheaply
    pieces = []
    end = len(text)
    for separator in reversed(list(_ITEM_SEPARATOR.finditer(text, window))):
        pieces.append((text[separator.end() : end], separator.end()))
        end = separator.start()
        if len(pieces) >= 5:
            break
    found: dict[str, tuple[str, int]] = {}
    for piece, start in pieces:
        kind, value = classify(piece.strip(" \"“”'‘’"), found)
        if not kind:
            break
        found[kind] = (value, start)
    if "year" not in found or "house" not in found:
        return None
    return [(kind, value, start) for kind, (value, start) in found.items()]


def classify(piece: str, found: dict[str, tuple[str, int]]) -> tuple[str, str]:
    """`piece`'s kind in a book's imprint tail and its value, or ("", "") when it is
    none or a kind already found."""
    if not piece or len(piece) > _LONGEST_ITEM:
        return "", ""
    year = _YEAR.fullmatch(piece)
    if year and "year" not in found:
        return "year", year.group("year")
    pages = _PAGES.fullmatch(piece)
    if pages and "pages" not in found and not year:
        return "pages", re.sub(r"\s", "", pages.group("pages")).replace("–", "-")
    if any(char.isdigit() for char in piece):
        return "", ""
    if "place" not in found and strong_place(piece):
        return "place", piece
    if "house" not in found and house_evidence(piece) >= 1 and not PERIODICAL.search(piece):
        return "house", piece
    return "", ""


def reread_book_tail(fields: dict[str, Any], body: str) -> None:
    """The imprint tail (`tail_items`) read into publisher, place, pages and year, when
    the reading places the work in no periodical (no issue, DOI or article number, no
    container with a volume, and a volume only where it read the tail's page count), has
    no link or access date (a web page's site is its container), read no other house,
    and its title starts before the tail; the title keeps what comes before. The extra
    `imprint` says so."""
    if any(fields.get(name) for name in _IN_A_PERIODICAL) or fields.get("url"):
        return  # a web page's site after its title is its container, not a house
    if fields.get("accessed") or (fields.get("container") and fields.get("volume")):
        return  # a periodical's reading: a container and its volume
    items = tail_items(body)
    if items is None:
        return
    start = min(at for _, _, at in items)
    values = {kind: value for kind, value, _ in items}
    if fields.get("publisher") not in (None, "", values["house"]):
        return  # a reading that found another house knew why
    volume = str(fields.get("volume") or "")
    if volume and volume != values.get("pages"):
        return
    title = str(fields.get("title") or "")
    at = body.find(title) if title else -1
    if at < 0 or at >= start:
        return
    kept = body[at:start].rstrip(" ,.，、")
    if not kept:
        return
    fields["title"] = kept if len(kept) < len(title) else title
    container = str(fields.get("container") or "")
    if container and body.find(container) >= start:
        del fields["container"]
    fields.pop("volume", None)
    fields["publisher"] = values["house"]
    if "place" in values and not fields.get("place"):
        fields["place"] = values["place"]
    if "pages" in values:
        for name in ("first_page", "last_page"):
            fields.pop(name, None)
        fields["pages"] = values["pages"]
    fields["year"] = fields.get("year") or values["year"]
    fields["imprint"] = "a book's imprint read from the entry's comma-listed tail"
