"""Shapes the review of fresh17's S rules repaired, one row each: text → fields.

Each row is an entry of a family neighbouring a rule the round added that the rule read
worse than before, and now reads as before (or better): a report's or a series' `No.`
after its word and comma, no journal's issue (`parts._LOCATOR_START`'s capital `No.`
after a comma); a host book's title that ends in `… and the Press` or `… and Books`
before its pages, no publisher (`hosted_source`'s `_HOST_PUBLISHER`, `_TITLE_WORD`);
two Korean cities after a title, no publisher (`hangul_book`); a host book's two
editors named initials first (`parts._BOOK_EDITOR`); doubled single marks quoting a
word inside a title, not the title (`title_and_rest`). The data is invented:
names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "report guard: `Technical Report, No. 12` is the report's number, no issue",
        "Doe, J. (1988). Widget growth. Example Agency, Technical Report, No. 12.",
        {"title": "Widget growth", "kind": "report", "issue": "", "container": ""},
    ),
    (
        "journal: the issue's capital `No.` after the journal's comma is still read",
        "Doe, J.: Widget growth, Journal of Widgets, No. 390/V-8, pp. 57-66, 1988.",
        {"title": "Widget growth", "container": "Journal of Widgets", "issue": "390/V-8"},
    ),
    (
        "chapter guard: a host book's title ending `and the Press` names no publisher",
        "Doe, J. (2010). Widgets. In: F. Roe (ed.), Freedom, Media and the Press, 1-9.",
        {"container": "Freedom, Media and the Press", "publisher": "", "pages": "1-9"},
    ),
    (
        "chapter guard: a host book's title ending `and Press` names no publisher",
        "Doe, J. (2010). Widgets. In: F. Roe (ed.), Politics, Power and Press, 1-9.",
        {"container": "Politics, Power and Press", "publisher": ""},
    ),
    (
        "chapter guard: a host book's title ending `Writing and Books` names no publisher",
        "Doe, J. (2010). Widgets. In: F. Roe (ed.), Widgets: Reading, Writing and Books, 1-9.",
        {"container": "Widgets: Reading, Writing and Books", "publisher": ""},
    ),
    (
        "chapter: a house's name with `of` is still the publisher",
        "Doe, J. (2010). Widgets. In: F. Roe (ed.), Book of widgets, University of Example "
        "Press, 1-9.",
        {"container": "Book of widgets", "publisher": "University of Example Press"},
    ),
    (
        "chapter: two editors named initials first before the book both go",
        "Doe, J. (2010). Widgets. In: A. Roe, B. Poe, Book of widgets, 1-9.",
        {"container": "Book of widgets", "place": "", "publisher": "", "pages": "1-9"},
    ),
    (
        "chapter guard: an editor before a body led by `U. S.`: no place or house read",
        "Doe, J. (2010). Widgets. In: A. Roe, U. S. Geological Survey, Book of widgets, 1-9.",
        {"place": "", "publisher": ""},
    ),
    (
        "chapter: one editor named initials first before the book still goes",
        "Doe, J. 1975. Widgets of the world. In: M. L. Roe, Book of widgets, 253–281. London.",
        {"container": "Book of widgets", "place": "London", "pages": "253-281"},
    ),
    (
        "quotes guard: doubled single marks quoting a word inside the title, no quoted title",
        "Doe, J. (2019). ‘’Widgets’’ and ‘’gadgets’’. Journal of Widgets, 12(3), 45-56.",
        {"title": "‘’Widgets’’ and ‘’gadgets’’", "container": "Journal of Widgets"},
    ),
    (
        "quotes: a title quoted by doubled single marks before its comma",
        "Doe, J. (2010). ‘’Widget growth’’, Journal of Widgets, 12(3), 45-56.",
        {"title": "Widget growth", "container": "Journal of Widgets", "volume": "12"},
    ),
    (
        "korean guard: a city before the city is no publisher",
        "도가남 (2008). 위젯 연구, 서울, 광주.",
        {"publisher": ""},
    ),
    (
        "korean: a publisher before the city is still read",
        "도가남 (2008). 위젯의 세계, 예시출판, 서울.",
        {"title": "위젯의 세계", "publisher": "예시출판", "place": "서울"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
