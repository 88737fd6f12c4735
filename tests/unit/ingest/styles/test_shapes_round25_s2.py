"""Shapes of a book's, a report's and a web page's imprint, one row each: text → fields
(round 25, S2).

Each row stands for a shape real lists print: a German house's seats, four cities or
more with spaces between (`Springer, Berlin Heidelberg New York Tokyo`); a web page's
link printed without its scheme before AMA's access date (`Place: Body; 2017.
www.example.gov/files/report.pdf. Accessed 28 Feb 2018.`); an annotated list's note
after a book's imprint all in commas (`…, Example Press, Oxford. A thorough
introduction …`); a city's state spelled out after a publisher's comma (`Example
Associates Inc., Sunderland, Massachusetts`).
Guard rows keep the readings each rule must not change.
The data is invented: names, titles and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "author-year: a German house's seats, four cities with spaces between",
        "Doe H (1992) Widget Physiology. Springer, Berlin Heidelberg New York",
        {
            "title": "Widget Physiology",
            "publisher": "Springer",
            "place": "Berlin Heidelberg New York",
        },
    ),
    (
        "author-year: five cities after the house, `New York` among them",
        "Doe H, Roe J (1998) Widgettechnik. Example, Berlin Heidelberg New York Tokyo",
        {"publisher": "Example", "place": "Berlin Heidelberg New York Tokyo"},
    ),
    (
        "author-year: a Verlag's seats, New York first",
        "Doe H (1992) Widget Physiology. Example Verlag, New York Berlin Heidelberg",
        {"publisher": "Example Verlag", "place": "New York Berlin Heidelberg"},
    ),
    (
        "guard: two cities with a space keep their reading",
        "Doe H, Roe J (1992) Klinische Widgetkunde. Example, Stuttgart New York",
        {"publisher": "Example", "place": "Stuttgart New York"},
    ),
    (
        "nlm: a report's link without its scheme before the access date",
        "Council of Widget Advisers. The cost of widgets. Washington, DC: Council of Widget "
        "Advisers; 2017. www.example.gov/files/cost.pdf. Accessed 28 Feb 2018.",
        {
            "title": "The cost of widgets",
            "place": "Washington, DC",
            "publisher": "Council of Widget Advisers",
            "year": "2017",
            "url": "www.example.gov/files/cost.pdf",
            "container": "",
        },
    ),
    (
        "nlm: a bare host and path, its file's name copied with spaces",
        "Council of Widget Advisers (CWA). The underestimated cost of widgets: executive "
        "summary. Washington, DC: Council of Widget Advisers (CWA); 2017. "
        "example.gov/sites/example.gov/files/images/The Cost of Widgets.pdf. Accessed 28 Feb "
        "2018.",
        {
            "title": "The underestimated cost of widgets: executive summary",
            "publisher": "Council of Widget Advisers (CWA)",
            "place": "Washington, DC",
            "url": "example.gov/sites/example.gov/files/images/The Cost of Widgets.pdf",
        },
    ),
    (
        "ama: a bare host and page before `Accessed Month D, YYYY`",
        "Doe A. The cost of widgets. Atlanta, GA: Example Agency; 2019. "
        "example.org/widgets/report.html. Accessed March 3, 2020.",
        {
            "publisher": "Example Agency",
            "place": "Atlanta, GA",
            "url": "example.org/widgets/report.html",
        },
    ),
    (
        "guard: a host alone in a title before the access date is no link",
        "Doe A, Roe B. Widget sales on Example.com. Widget J. 2019;3:12-18. Accessed May 4, 2019.",
        {"container": "Widget J", "url": ""},
    ),
    (
        "author-year: an annotation after `Publisher, City, State.` and an edition",
        "Doe, B. (1992) Ionic Widgets of Excitable Membranes, 2nd edn, Example Associates Inc., "
        "Sunderland, Massachusetts. Excellent up-to-date textbook on the topic. Complements "
        "previous reference.",
        {
            "title": "Ionic Widgets of Excitable Membranes",
            "publisher": "Example Associates Inc",
            "place": "Sunderland, Massachusetts",
            "container": "",
        },
    ),
    (
        "author-year: an annotation after `Title, Publisher, City.`",
        "Doe, B. (1995) Widget Biology, Example Press, Oxford. A thorough introduction to the "
        "field.",
        {
            "title": "Widget Biology",
            "publisher": "Example Press",
            "place": "Oxford",
            "container": "",
        },
    ),
    (
        "author-year: an annotation after `Title. Publisher, City.`",
        "Doe, B. (1995) Widget biology. Example Press, London. A very readable account of the "
        "subject.",
        {"title": "Widget biology", "publisher": "Example Press", "place": "London"},
    ),
    (
        "guard: an unpublished manuscript's note after the city is no annotation",
        "Doe, B. (1995) Widget Biology, Example Press, Oxford. Unpublished manuscript kept by "
        "the author.",
        {"publisher": ""},
    ),
    (
        "author-year all in commas: a city's state spelled out after the publisher",
        "Doe, B. (1992) Ionic Widgets, Example Press, Harrisburg, Pennsylvania.",
        {
            "title": "Ionic Widgets",
            "publisher": "Example Press",
            "place": "Harrisburg, Pennsylvania",
        },
    ),
    (
        "author-year all in commas: `Inc.`, then the city and the state",
        "Doe, B. (1992) Ionic Widgets of Excitable Membranes, Example Associates Inc., "
        "Sunderland, Massachusetts.",
        {
            "title": "Ionic Widgets of Excitable Membranes",
            "publisher": "Example Associates Inc",
            "place": "Sunderland, Massachusetts",
        },
    ),
    (
        "guard: a short state's code after the city keeps its reading",
        "Doe, B. (1992) Ionic Widgets, Example Associates, Sunderland, MA.",
        {"title": "Ionic Widgets", "publisher": "Example Associates", "place": "Sunderland, MA"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
