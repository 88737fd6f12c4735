"""Shapes of what follows the author block, one row each: text → fields (review s2).

Each row narrows a rule of the last round that a review's invented near-miss read worse:
ABNT's edition (`3. ed.`) is no word's first letters (`3. edges`), a double volume
(`488–489:`) is two close neighbours before a page, not a page range before an article
number nor a span of years beside the locator's year (a yearbook's span is its volume),
APA 7's publisher alone after a subtitle is a house's name closing with its word (not a
journal, blog or review), a foreign `City, Region` or `City, Country` is a place
alone, and a bracketed translation is English. The data is invented: names, titles,
journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "abnt: an edition's `ed` is a word of its own, not a word's first letters",
        "Doe, J. (2015). Widget theory. 3. edges of networks. Exemplo Press.",
        {"title": "Widget theory", "publisher": "3. edges of networks. Exemplo Press"},
    ),
    (
        "nlm: a wide range before an article number is pages, not a double volume",
        "Doe J. Widget theory. Exemplo J 2005; 101-105: e12.",
        {"title": "Widget theory", "volume": "", "pages": "e12"},
    ),
    (
        "nlm: a span of years before the pages is no double volume",
        "Doe J. Widget theory. Exemplo J. 2005;1998-1999:12-18.",
        {"title": "Widget theory", "volume": "", "pages": "12-18"},
    ),
    (
        "apa 7: a journal's name after a sentence is no house's publisher alone",
        "Doe, J. (2015). Widget theory. Example Studies. Sage Open.",
        {"title": "Widget theory", "publisher": "Example Studies. Sage Open"},
    ),
    (
        "apa 7: a house's word must close the name (`Example Publishing Blog` is a site)",
        "Doe, J. (2015). Widget theory. Blog post. Example Publishing Blog.",
        {"title": "Widget theory", "publisher": "Blog post. Example Publishing Blog"},
    ),
    (
        "apa: a French `City, Country` is a place alone, no `City, Publisher`",
        "Doe, J. (2015). Widget theory. Genève, Suisse.",
        {"title": "Widget theory", "publisher": ""},
    ),
    (
        "apa: a German `City, Region` is a place alone, no `City, Publisher`",
        "Doe, J. (2015). Widget theory. München, Bayern.",
        {"title": "Widget theory", "publisher": ""},
    ),
    (
        "german apa: a bracketed series after the title's stop is no English translation",
        "Müller, A. (2015). Widgettheorie. [Schriftenreihe Widgets Band 3]. Berlin: Exemplo.",
        {"title_translation": ""},
    ),
    (
        "apa: a yearbook's span of years before the pages, no year of its own, is its volume",
        "Doe, J. (2015). Widget theory. Example Yearbook, 2004-2005: 33-41.",
        {"container": "Example Yearbook", "volume": "2004-2005", "pages": "33-41"},
    ),
    (
        "apa 7: a company's word may follow the house's word of a publisher alone",
        "Doe, M. (2019). Widgets at the crossroads. A market history. Example Verlag GmbH.",
        {
            "title": "Widgets at the crossroads. A market history",
            "publisher": "Example Verlag GmbH",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
