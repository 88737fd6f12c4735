"""Shapes that the dev rows of at least two different batches print, one row each: text →
fields (session 23's second round, names and which reading wins).

An inverted name (or two) with dotted initials, a comma, then a book's title and its
imprint in commas, as older physics and engineering lists print a book (`Doe, J. A.,
Widget Theory, Example Press, 1977.`, `Doe, J.A., Widget Theory, third edition, Example
1951, p. 77.`); a chapter printed without its own title, `in` glued to its host's name
by PDF text (`J. A. Doe: inWidget Handbook, edited byB. Roe, …`). Guard rows keep the
readings each rule must not change.
The data is invented: names, titles, journals and publishers are placeholders, DOIs
use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "inverted initials, comma, a book's title and its comma imprint",
        "Doe, J. A. and Roe, B. C.,Widget Control and Stability, The Example State University "
        "Press, 1977.",
        {
            "families": ["Doe", "Roe"],
            "givens": ["J. A.", "B. C."],
            "title": "Widget Control and Stability",
            "publisher": "The Example State University Press",
            "year": "1977",
        },
    ),
    (
        "inverted initials, comma, a book's title, its edition, place and year, a page",
        "Doe, J.A., Modern Widgets, third edition, Cambridge 1951, p. 77.",
        {"families": ["Doe"], "title": "Modern Widgets", "year": "1951", "pages": "77"},
    ),
    (
        "inverted initials, comma, a book's title, publisher and year",
        "Doe, J. A., Widget Theory, Example Press, 1977.",
        {
            "families": ["Doe"],
            "title": "Widget Theory",
            "publisher": "Example Press",
            "year": "1977",
        },
    ),
    (
        "guard: the inverted names before an abbreviated journal keep their reading",
        "Doe, J. A., Roe, B., J. Chem. Soc., 12, 34 (1974).",
        {"families": ["Doe", "Roe"], "title": "", "container": "J. Chem. Soc"},
    ),
    (
        "guard: Pleiades' names, title and journal keep their reading",
        "Doe, J.A. and Roe, B.C., Widget Theory, Russ. J. Widgets, 2012, vol. 3, no. 4, pp. 57–62.",
        {"families": ["Doe", "Roe"], "title": "Widget Theory", "volume": "3", "issue": "4"},
    ),
    (
        "guard: an Elsevier-Harvard book (the year after the names) keeps its reading",
        "Doe, J.A., Roe, B., 1977. Widget Theory. Example Press, London.",
        {
            "families": ["Doe", "Roe"],
            "title": "Widget Theory",
            "publisher": "Example Press",
            "place": "London",
            "year": "1977",
        },
    ),
    (
        "guard: a Vancouver-like article with the names inverted keeps its reading",
        "Doe, J. A., Roe, B. C. Widget theory of the elderly. J Widget. 1985;28:965-75.",
        {"families": ["Doe", "Roe"], "title": "Widget theory of the elderly", "volume": "28"},
    ),
    (
        "untitled chapter, given first: `in` glued to the host's name, `by` to the editor's",
        "J. A. Doe: inWidget Handbook, edited byB. Roe, Vol.7 (Amsterdam, 1969), p. 361.",
        {"families": ["Doe"], "title": "", "container": "Widget Handbook", "year": "1969"},
    ),
    (
        "untitled chapter, given first: `in` glued to the host's name after no stop",
        "J. A. Doe inWidget Handbook, edited by B. Roe (Example Press, London, 1979), p. 12.",
        {
            "families": ["Doe"],
            "title": "",
            "container": "Widget Handbook",
            "publisher": "Example Press",
            "place": "London",
        },
    ),
    (
        "guard: a title glued to `in`, no editors named, stays the title",
        "J. A. Doe, inVivo widget imaging of cells, Widget J. 12, 33 (2001).",
        {"title": "inVivo widget imaging of cells", "container": "Widget J", "volume": "12"},
    ),
    (
        "guard: a Vancouver title glued to `in` that names editors stays the title",
        "Doe JA, Roe B. inWidget studies, edited by the Example Society. Widget J. 2001;12:33-9.",
        {"title": "inWidget studies, edited by the Example Society", "container": "Widget J"},
    ),
    (
        "guard: a title glued to `in` that a colon cuts (no host's name) stays the title",
        "A. Doe, inSight: widgets for all, edited by B. Roe, Widget J. 12, 33 (2001).",
        {"title": "inSight: widgets for all, edited by B. Roe", "container": "Widget J"},
    ),
    (
        "review: a suffix after the initials is no title of a book in commas",
        "Doe, J. A., Jr., Widget Theory, Example Press, 1977.",
        {"families": []},
    ),
    (
        "review: a proceedings' `Proc.` after the title's comma opens the host",
        "Doe, J. A., Widget theory, Proc. Example Conf., Paris, France, 1977.",
        {"families": ["Doe"], "title": "Widget theory", "container": "Proc. Example Conf"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
