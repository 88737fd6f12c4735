"""Shapes of imprints and reports, one row each: text → fields (round 26, BS).

Each row stands for a shape real lists print: an agency's or institute's report whose
body, its city and the series' name and number follow the title (`Title. EXI,
Springfield, Reports WE, No. 4.`, `Title. Central Bureau of Widgets, Social Studies no.
51.`), no journal's issue; a book series' name printed as a sentence between a book's
title and its imprint (`Title. Studi Example. Roma: Publisher.`, `Title. Exa essais.
Publisher.`); an English translation in parentheses closing the title (`Tittel.
(Widgets and Social Background).`) where a report's reading left it. Guard rows keep
the readings each rule must not change.
The data is invented: names, titles and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "report: an acronym's body, its city, then the series and its number",
        "Doe, R. (1992). The widget model - its structure and uses. EWI, Springfield, "
        "Reports WM, No. 4.",
        {
            "title": "The widget model - its structure and uses",
            "publisher": "EWI",
            "place": "Springfield",
            "container": "",
            "issue": "",
        },
    ),
    (
        "report: a bureau's name, then the series and its number, no city",
        "Doe, R. P. (1982). Widgets and social background. Central Bureau of Widgets, "
        "Social and Economic Studies no. 51.",
        {"publisher": "Central Bureau of Widgets", "container": "", "issue": ""},
    ),
    (
        "guard: a journal's series and issue stay a journal's",
        "Doe, R. (1992) The widget model. Journal of Widgets, Series B, no. 12",
        {"container": "Journal of Widgets, Series B", "issue": "12", "publisher": ""},
    ),
    (
        "guard: a body's series with its volume and pages stays a journal's",
        "Doe, R. (1992) The widget model. Example Institute, Working Papers, 7(2), 11-19.",
        {"volume": "7", "issue": "2", "pages": "11-19", "publisher": ""},
    ),
    (
        "book: a series' name as its own sentence before `Place: Publisher`",
        "Doe, Donata. 1996. L’economia dei widget nell’Italia medievale. Studi Superiori "
        "Exa. Roma: La Nuova Example Scientifica.",
        {
            "title": "L’economia dei widget nell’Italia medievale",
            "place": "Roma",
            "publisher": "La Nuova Example Scientifica",
        },
    ),
    (
        "book: a series' name as its own sentence before a house's bare name",
        "Doe, L., & Roe, È. (1999). Le nouvel esprit du widget. Exa essais. Examplard.",
        {"title": "Le nouvel esprit du widget", "publisher": "Examplard"},
    ),
    (
        "guard: a subtitle with its small words stays the title's",
        "Doe, L. (1999). Widgets. Studies in the history of gears. London: Example Press.",
        {"title": "Widgets. Studies in the history of gears", "publisher": "Example Press"},
    ),
    (
        "report: an English translation in parentheses as the title's last sentence",
        "Doe, P. O. (1982). Widgetning og sosial bakgrunn. (Widgets and Social "
        "Background). Central Bureau of Widgets, Social and Economic Studies no. 51.",
        {
            "title": "Widgetning og sosial bakgrunn",
            "title_translation": "Widgets and Social Background",
            "publisher": "Central Bureau of Widgets",
        },
    ),
    (
        "guard: an English title's parenthesised sentence is no translation",
        "Doe, P. O. (1982). Widgets and gears. (The Example Lectures). Central Bureau of "
        "Widgets, Social and Economic Studies no. 51.",
        {"title": "Widgets and gears. (The Example Lectures)", "title_translation": ""},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
