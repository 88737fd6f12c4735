"""Review of round 25's S rules: readings the rounds made worse, repaired, one row each:
text → fields.

A note in parentheses after a journal's locator (`Widget Journal 12: 1–5 (Boston: Example
Meeting).`) was read as a year-less `(Place: Publisher)` closing a title, the journal and
its locator put in the title (the grammar's reading before the round, which the fallback
replaces with the journal, its volume and pages, is back); a German host book's name of
an article and one word before a figure (`(Hrsg) Die Top 3.`) lost the figure to the
volume, as `Formel 1` would.
Guard rows keep the readings each repair must not change.
The data is invented: names, titles and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "author-year: a meeting's note in parentheses after a journal's locator",
        "Doe, J. 1990. Widget theory. Widget Journal 12: 1–5 (Boston: Example Meeting).",
        {"title": "Widget theory", "place": "", "publisher": ""},
    ),
    (
        "guard: a title ending in years keeps its `(Place: Publisher)`",
        "Doe, J. 1990. Widget trade 1850–1900 (London: Example, Green & Co.).",
        {"place": "London", "publisher": "Example, Green & Co", "title": "Widget trade 1850–1900"},
    ),
    (
        "author-year: a German host's article and one word before a figure",
        "Doe J (1990) Widgets. In: Roe A (Hrsg) Die Top 3. Example, Berlin, S 12–40",
        {"container": "Die Top 3", "volume": "", "publisher": "Example", "pages": "12-40"},
    ),
    (
        "guard: an article and two words before the figure give the volume",
        "Doe J (1990) Widgets. In: Roe A (Hrsg) Die Innere Medizin 1. Example, Berlin, S 12–40",
        {"container": "Die Innere Medizin", "volume": "1", "pages": "12-40"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
