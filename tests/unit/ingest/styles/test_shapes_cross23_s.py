"""Shapes that recur in the dev rows of two or more batches, one row each: text → fields
(session 23's second round, imprints and their neighbours).

A book's imprint printed publisher first, then the town and its state or country, before
the year and a cited page (Vancouver: `Title. House, City, Region; 2001. 2-5.`; German and
Nordic lists: `Title. House, Town, Region 1965`): read as a journal before, its pages a
locator. A span of years closing a title (`Title, 2012-2018.`), read as a page range or a
container of its own. A book's city left in a title no stop ends (`Title Lexington, Mass:
House`, `Title.Hamden, Conn: House`), the state's cut alone read as the place. A
proceedings' city (and region) left in its name when no `In` leads it. Guard rows
keep what the rules must not catch: journals', newspapers' and meetings' names before a
city and region, a journal's page range, a city the title names.
The data is invented: names, titles, journals and publishers are placeholders, DOIs
use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "vancouver: a house, its city and the city's state before the year and a page range",
        "Doe J. Widget handbook. Example Company, Philadelphia, Pennsylvania; 2001. 2-5.",
        {
            "title": "Widget handbook",
            "container": "",
            "publisher": "Example Company",
            "place": "Philadelphia, Pennsylvania",
            "pages": "2-5",
            "year": "2001",
        },
    ),
    (
        "vancouver: a house, its city and state before the year and a cited page",
        "Doe J. Widget handbook. Example Press, Springfield, Illinois; 2001. p. 45.",
        {"container": "", "publisher": "Example Press", "place": "Springfield, Illinois"},
    ),
    (
        "german: a house, a town too small for the lexicon and its state before the year",
        "Roe, A.: Widgets and Sea Power. Example Books, Hamden, Connecticut 1965",
        {
            "title": "Widgets and Sea Power",
            "container": "",
            "publisher": "Example Books",
            "place": "Hamden, Connecticut",
            "year": "1965",
        },
    ),
    (
        "guard: a town the lexicon lacks after a name with no house's word stays a container",
        "Doe J, Roe A. Widget trials. Widget Care, Hamden, Connecticut; 2001. 2-5.",
        {"container": "Widget Care, Hamden, Connecticut", "publisher": ""},
    ),
    (
        "guard: a meeting's name before its city and state stays the container",
        "Doe J, Roe A. Widget trials. Example Widget Conference, Boston, Massachusetts; 2001. 2-5.",
        {"container": "Example Widget Conference, Boston, Massachusetts", "publisher": ""},
    ),
    (
        "guard: a newspaper's name before its city and country stays the container",
        "Doe J, Roe A. Widget trials. The Widget Times, London, England; 2001. 2-5.",
        {"container": "The Widget Times, London, England", "publisher": ""},
    ),
    (
        "guard: a journal's name before its city and country stays the container",
        "Doe J, Roe A. Widget trials. Widget Review, London, England; 2001. 2-5.",
        {"container": "Widget Review, London, England", "publisher": ""},
    ),
    (
        "guard: a journal's volume after the city and state keeps it a journal",
        "Doe J. Widget trials. Widget Sci, Hamden, Connecticut 1965; 12: 2-5.",
        {"container": "Widget Sci, Hamden, Connecticut", "volume": "12", "publisher": ""},
    ),
    (
        "apa: a report's title closing with a span of years after its comma, then the URL",
        "Doe, H. (2020). Widget quality in Colombia, 2012-2018. http://example.org/a",
        {"title": "Widget quality in Colombia, 2012-2018", "container": "", "pages": ""},
    ),
    (
        "apa: a span of years after a lower-case clause of the title stays in the title",
        "Doe, H. (2020). Widget quality in Colombia, based on the results of the period "
        "2012-2018. Retrieved from: http://example.org/a",
        {
            "title": "Widget quality in Colombia, based on the results of the period 2012-2018",
            "container": "",
            "pages": "",
        },
    ),
    (
        "nlm: a span of years in a sentence of its own after the title is no container",
        "Doe N, Roe AM: Widget Statistics review. 1975–2008, http://example.org/csr/index.html ,",
        {"title": "Widget Statistics review", "container": "", "pages": ""},
    ),
    (
        "guard: a capitalised name after the title's comma keeps its page range",
        "Doe, H. (2020). Widget trials, Widget Journal, 1995-2001.",
        {"title": "Widget trials", "container": "Widget Journal", "pages": "1995-2001"},
    ),
    (
        "guard: a journal's sentence before a page range like years keeps it",
        "Doe, H. (2020). Widget trials. Widget Journal, 1995-2001.",
        {"title": "Widget trials", "container": "Widget Journal", "pages": "1995-2001"},
    ),
    (
        "guard: a book's title with its period, then the imprint",
        "Doe HS. Widget finance, 1680-1809. London: Example Press; 1999.",
        {"title": "Widget finance, 1680-1809", "place": "London", "publisher": "Example Press"},
    ),
    (
        "apa: a book's city after a title no stop ends, before a state's cut and the house",
        "Doe, J. (1990). Widget innovation Springfield, Mass: Example Books.",
        {
            "title": "Widget innovation",
            "place": "Springfield, Mass",
            "publisher": "Example Books",
        },
    ),
    (
        "apa: the city glued to the title's stop, two words the lexicon names",
        "Doe, W. W.(1967).Widget Policy in Latin America, 1804-1828.New Haven, Conn:Example Books.",
        {
            "title": "Widget Policy in Latin America, 1804-1828",
            "place": "New Haven, Conn",
            "publisher": "Example Books",
        },
    ),
    (
        "guard: a city the title names after `in` stays the title's",
        "Doe, J. (1990). Widget innovation in Ann Arbor, Mich: Example Press.",
        {"title": "Widget innovation in Ann Arbor", "place": "Mich"},
    ),
    (
        "guard: a country after the title's comma takes no word of the title",
        "Doe, J. (1990). Widget Innovation Today, Germany: Example Verlag.",
        {"title": "Widget Innovation Today", "place": "Germany"},
    ),
    (
        "harvard: a proceedings' city, state and country after its name, no volume",
        "Doe, E. (2002) 'Widget disk-laser', Conference on widget materials and devices, "
        "Springfield, New South Wales, Australia, pp. 29-32.",
        {"container": "Conference on widget materials and devices", "pages": "29-32"},
    ),
    (
        "given-first: a workshop's city alone after its name, then year and pages",
        "Doe, I.V. and Roe, V.A., Automatic widget verification, Proc. Fourth Workshop on "
        "Widget Semantics, Sydney, 2013, p. 50–59.",
        {"container": "Proc. Fourth Workshop on Widget Semantics", "pages": "50-59"},
    ),
    (
        "given-first: the city after the comma closing the workshop's quoted name",
        "Doe, I.V. and Roe, V.A., Automatic widget verification, Proc. Fourth Workshop "
        "“Widget Semantics, Theory and Applications,” Sydney, 2013, p. 50–59.",
        {"container": "Proc. Fourth Workshop “Widget Semantics, Theory and Applications,”"},
    ),
    (
        "guard: a journal's city after its name keeps its reading when a volume follows",
        "Doe IV, Roe VA. Automatic widget verification. Proceedings of the Widget Society, "
        "London. 2013;12:50–59.",
        {"container": "Proceedings of the Widget Society", "place": "London", "volume": "12"},
    ),
    (
        "guard: a meeting's name before a place the lexicon lacks keeps it",
        "Doe, I.V. and Roe, V.A., Automatic widget verification, Proc. Fourth Workshop on "
        "Widget Semantics, Montreux, 2013, p. 50–59.",
        {"container": "Proc. Fourth Workshop on Widget Semantics, Montreux"},
    ),
    (
        "guard (review): a house's city after a proceedings' house keeps the house's company",
        "Doe, A., Roe, B., 2001. Widget trials. Widget Conference Proceedings, Springer, "
        "Berlin, pp. 5-9.",
        {"container": "Widget Conference Proceedings, Springer, Berlin"},
    ),
    (
        "guard (review): a body named by a meeting's word, no pages: its city stays",
        "Doe, A., Roe, B., 2001. Widget trials. Example Conference Board, New York.",
        {"container": "Example Conference Board, New York"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
