"""Shapes of what follows the author block, one row each: text → fields (review s3).

Each row narrows a rule of the last two rounds that a review's invented near-miss read
worse: a meeting's name before a publisher (`Conference on Widgets, IEEE, 2019`) keeps
its publisher, no city; a lone four-digit page after a journal's name is no year printed
again after an imprint (that needs a city after the publisher) or a thesis (a whole
word, not `Hypotheses`); a title's `(Three Studies 2)` before a journal is no book's
series; a journal's `Vol. 12, No. 3.` is no multivolume book's volume and its title; a
title's `2020 Mars (rover)` is no NLM date in a foreign month; a year glued after a link
is not read again as a page when the entry printed it already; a place's `(in Zurich)`
is no language note; a word glued to a number before `, no. 3` in a title is no Chicago
volume; a subtitle before `, City, House` is taken only when the source after it reads
in that order; a host book's `City, Mass.` or `City, NY` names no house; a Turkish
house's `; City; 2011` keeps its year; and a Spanish journal's `Revista Internacional`
before a link, or its `Memórias do Instituto`, is no public body or house. The data is
invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "ieee: a body's acronym after a meeting's name is its publisher, no city",
        "J. Doe, Widget theory, Conference on Widgets, IEEE, 2019.",
        {"title": "Widget theory", "container": "Conference on Widgets", "publisher": "IEEE"},
    ),
    (
        "ieee: a house's bare name after a meeting's name is its publisher, no city",
        "J. Doe, Widget theory, Conference on Widgets, Elsevier, 2019.",
        {"container": "Conference on Widgets", "publisher": "Elsevier"},
    ),
    (
        "apa: a journal's lone page in a year's range is no year repeated after an imprint",
        "Doe, J. (2019). Widget theory. Example Journal of Press Studies, 2012.",
        {"container": "Example Journal of Press Studies", "pages": "2012", "publisher": ""},
    ),
    (
        "apa: a journal's `Hypotheses` is no thesis before a year repeated as a page",
        "Doe, J. 2019. Widget theory. Medical Example Hypotheses 1850.",
        {"container": "Medical Example Hypotheses", "pages": "1850"},
    ),
    (
        "apa: a title's `(Three Studies 2)` before a journal is no book's series",
        "Doe, J. (2019). Widget outcomes (Three Studies 2). Example Journal, 12, 1-5.",
        {"title": "Widget outcomes (Three Studies 2)", "container": "Example Journal"},
    ),
    (
        "nlm: a journal's `Vol. 12, No. 3.` is no book's volume and volume title",
        "Doe J. Widget theory. Example Bulletin. Vol. 12, No. 3. London: Example Press; 2019.",
        {"volume": "", "publisher": "Example Press"},
    ),
    (
        "nlm: a title's `2020 Mars (rover)` is no date in a French month",
        "Doe J. Widget theory for the 2020 Mars (rover) mission. Example J. 2021;12(3):1-5.",
        {"title": "Widget theory for the 2020 Mars (rover) mission", "volume": "12"},
    ),
    (
        "apa: a year glued after a link, printed already, is not read again as a page",
        "Doe, J. (2018). Widget theory. https://example.org/en/,2018",
        {"url": "https://example.org/en/", "year": "2018", "pages": ""},
    ),
    (
        "nlm: a place in parentheses closing a book's title is no language note",
        "Doe J. Widget studies of the alpine valleys (in Zurich). Example Press, London, 1990.",
        {"title": "Widget studies of the alpine valleys (in Zurich)", "publisher": "Example Press"},
    ),
    (
        "chicago: a title's word glued to a number before `, no. 3` is no glued volume",
        "Doe, J. 2019. Widget theory for covid19, no. 3. Example Journal 12: 1-5.",
        {"title": "Widget theory for covid19, no. 3", "volume": "12"},
    ),
    (
        "apa: `Subtitle, City, Example Society` is no subtitle when the source reads swapped",
        # (the source after it would read `Oxford` as the publisher and the society as its
        # place: the sentence stays out of the title and no place is made up)
        "Doe, J. (2019). Widget theory. Essays on widgets, Oxford, Example Society.",
        {"title": "Widget theory", "place": ""},
    ),
    (
        "author-date: a state's cut after a host book's city is no house",
        "Doe, J. 2019. Widget theory. In A. Editor (eds.), Book of widgets, Cambridge, Mass.",
        {"publisher": ""},
    ),
    (
        "author-date: a state's code after a host book's city is no house",
        "Doe, J. 2019. Widget theory. In A. Editor (eds.), Book of widgets, New York, NY.",
        {"publisher": ""},
    ),
    (
        "vancouver: a Turkish house's `; City; YEAR` keeps its year, no page",
        "Doe A. Widget theory. Example Yayınevi; Exampleville; 2011.",
        {"year": "2011", "pages": "", "publisher": "Example Yayınevi", "place": "Exampleville"},
    ),
    (
        "portuguese apa: a journal's name holding `Instituto` is no house",
        "Doe, J. (2019). Widget theory. Memórias do Instituto Example.",
        {"container": "Memórias do Instituto Example", "publisher": ""},
    ),
    (
        "spanish apa: a journal's `Revista Internacional` before a link is no public body",
        "Doe, J. (2019). Widget theory. Revista Internacional de Ejemplo. https://example.org/a",
        {"container": "Revista Internacional de Ejemplo", "publisher": ""},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
