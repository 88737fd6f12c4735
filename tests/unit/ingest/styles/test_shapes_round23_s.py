"""Shapes of what follows the author block, one row each: text → fields (round 23, S).

Each row stands for a shape real lists print after the names: a journal's volume and
page range parted by a space alone (`Journal of Widget Studies 31 61-68.`); an issue's
word in lower case after the journal (`Cochrane … Reviews issue 1`); APA lists typed with
no space after the title's stop before the imprint's city (`Title.St. Louis, MO: House.`,
`(Eds.),Book.Oxford, England: House.`) or before the edition (`Title(5th ed.).`).
Guard rows keep the readings each rule must not change.
The data is invented: names, titles, journals and publishers are placeholders, DOIs
use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "author-year: the volume and the page range parted by a space alone",
        "Doe J. Roe A. & Poe P. (2001). Widget experiences in three hospitals. Journal of "
        "Widget Studies 31 61-68.",
        {"container": "Journal of Widget Studies", "volume": "31", "pages": "61-68"},
    ),
    (
        "guard: two bare numbers with no range say nothing about which is which",
        "Doe, J. (2001). Widget experiences. Journal of Widget Studies 31 1802.",
        {"volume": ""},
    ),
    (
        "guard: a year and a page range after the journal are no volume",
        "Doe, J. (2001). Widget experiences. Journal of Widget Studies 2001 61-68.",
        {"volume": "", "pages": "61-68"},
    ),
    (
        "author-year: the issue's word in lower case after the journal, no volume",
        "Doe DTC, Roe K, Poe Y et al. (2010) Motivational widgets for smoking cessation. "
        "Cochrane Database of Systematic Reviews issue 1",
        {
            "container": "Cochrane Database of Systematic Reviews",
            "issue": "1",
            "volume": "",
        },
    ),
    (
        "guard: the issue's word in a title stays in it",
        "Doe, A. (2010). Motivational widgets in issue 3 of the series. Widget Journal "
        "12(3), 45-67.",
        {"title": "Motivational widgets in issue 3 of the series", "volume": "12"},
    ),
    (
        "apa: the edition glued to the title, no space before its parenthesis",
        "Doe, J. & Roe, B. (2001).Community widget nursing concepts and practice(5th ed.). "
        "New York, NY: Example Press.",
        {
            "title": "Community widget nursing concepts and practice",
            "place": "New York, NY",
            "publisher": "Example Press",
        },
    ),
    (
        "apa: no space after the title's stop before a saint's city",
        "Doe, J. & Roe, B. (2005).Community widget nursing: Promoting the public’s health.St. "
        "Louis, MO: Example Press.",
        {
            "title": "Community widget nursing: Promoting the public’s health",
            "place": "St. Louis, MO",
            "publisher": "Example Press",
        },
    ),
    (
        "apa: no space after the editors' comma nor after the book's stop before its city",
        "Doe, C. & Roe, C. (2006). Using widget groups. In K. Poe, & A. Moe (Eds.),The "
        "research process in widgets.Oxford, England: Example Press.",
        {
            "title": "Using widget groups",
            "container": "The research process in widgets",
            "place": "Oxford, England",
            "publisher": "Example Press",
        },
    ),
    (
        "guard: the spaced imprint keeps its reading",
        "Doe, C. (2006). The research process in widgets. Oxford, England: Example Press.",
        {
            "title": "The research process in widgets",
            "place": "Oxford, England",
            "publisher": "Example Press",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
