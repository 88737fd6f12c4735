"""Shapes of imprints, hosts, reports and locators, one row each: text → fields (round 26,
AS).

Each row stands for a shape real lists print: Harvard's house, city and the state's code
after the title (`Example Books, Philadelphia, PA.`); a Spanish list's `en` for `In`
before a host's editors (`“Title”, en A. Editor (Ed.), Book, House, City, 1989, pp.`).
Guard rows keep the readings each rule must not change.
The data is invented: names, titles and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "harvard: a house, its city and the state's code after the title",
        "Doe P & Roe D (1999) Widget Wisdom: Gears in Critical Care. QX Examplers, "
        "Philadelphia, PA.",
        {
            "title": "Widget Wisdom: Gears in Critical Care",
            "publisher": "QX Examplers",
            "place": "Philadelphia, PA",
        },
    ),
    (
        "guard: a journal, its city and the country's code stay a container",
        "Doe P (1999) Widget wisdom. Widget Review, London, UK.",
        {"publisher": ""},
    ),
    (
        "name-first: Spanish `en` before a host's editors and its `(Ed.)`",
        "Roe, J. T., “Popular Widgets and Militant Gears”, en Doe, H. T. (Ed.), Widgets "
        "and the Gear Revolution 1789-1815, Examplan, London, 1989, pp. 103-126.",
        {
            "title": "Popular Widgets and Militant Gears",
            "container": "Widgets and the Gear Revolution 1789-1815",
            "publisher": "Examplan",
            "place": "London",
            "pages": "103-126",
        },
    ),
    (
        "name-first: `en` and the editor's name given first, `(Ed.)` before the book",
        "Roe, John, “Readings of widgets”, en Mark Doe (Ed.) The Widget Revolution and "
        "Popular Gears, Example University Press, Cambridge, 1991, pp.103-126.",
        {
            "container": "The Widget Revolution and Popular Gears",
            "publisher": "Example University Press",
            "place": "Cambridge",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
