"""Review rows for the rules that read a place by the place lexicon (third table).

Neighbours of this round's S rules, parsed before and after them: a host book's title of
listed words before a city (`Widgets, Models, Methods, Boston`: no house), a book's part
beside a city (`Part II, Berlin, Germany`), a host's city and country before its house
(`Paris, France, Springer`), a journal's name before a city and a cited page, Polish
hosts' `(red.)` and `s.` pages, and genre notes before a house (`Unpublished
manuscript. Example University`). Each row keeps the reading the review judged right.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "guard: a host book's title of listed plural words before a city names no house",
        "Doe, J. 2003. Widgets. In: Roe, F. (Ed.), Widgets, Models, Methods, Boston, pp. 1-5.",
        {"publisher": ""},
    ),
    (
        "guard: a host book's part and its number before a city and country is no house",
        "Doe, J., 2003. Widgets. In: Roe, F. (Ed.), Widget Studies, Part II, Berlin, Germany, "
        "pp. 1-5.",
        {"publisher": ""},
    ),
    (
        "a host book's city and country before its house, in commas",
        "Doe, J., 2003. Widgets. In: Roe, F. (Ed.), Widgets of Europe, Paris, France, "
        "Springer, pp. 1-5.",
        {"container": "Widgets of Europe", "publisher": "Springer", "place": "Paris, France"},
    ),
    (
        "guard: a journal's name before a city and a cited page names no house",
        "Doe, J., 1980, Widget hydraulics, Widget Journal, Boston, p. 45.",
        {"publisher": ""},
    ),
    (
        "guard: a plural word before a city and a cited page names no house",
        "Doe, J. (1980). Widgets, Gadgets, London, p. 45.",
        {"publisher": ""},
    ),
    (
        "polish: a host's editors marked `(red.)` before the book after `W:`",
        "Doe, J. 1975. Widgets. W: Roe, A. (red.), Widgety. PWN, Warszawa, 12-15.",
        {
            "title": "Widgets",
            "container": "Widgety",
            "publisher": "PWN",
            "place": "Warszawa",
            "pages": "12-15",
        },
    ),
    (
        "polish: a host's pages labelled `s.` after its imprint",
        "Doe, J. 1975. Widgets. W: Widgety polskie. PWN, Warszawa, s. 12-15.",
        {"container": "Widgety polskie", "publisher": "PWN", "pages": "12-15"},
    ),
    (
        "guard: a genre's note before a house goes to no title",
        "Doe, J. 1991. Widgets. Unpublished manuscript. Example University, London.",
        {"title": "Widgets"},
    ),
    (
        "guard: a series' note before a house goes to no title",
        "Doe, J. 1991. Widgets. The widgets series. Example Press, London.",
        {"title": "Widgets"},
    ),
    (
        "guard: a newspaper's name before a city and a cited page names no house",
        "Doe, J., 2010, Widgets, Example Daily, Beijing, p. 4.",
        {"publisher": ""},
    ),
    (
        "guard: a host book's title listing names that are cities names no house",
        "Doe, J. 2010. Widgets. In: Roe, K. (Ed.), Widgets, Washington, Lincoln, Jefferson, "
        "pp. 4-5.",
        {"publisher": "", "place": ""},
    ),
    (
        "a house's stop, then its city and its state's code",
        "Doe, J. 2010. Widgets. Example Press. New York, NY.",
        {"publisher": "Example Press", "place": "New York, NY"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
