"""Review of session 23's second round (S: imprints and their neighbours): text → fields.

Rows the round's rules read worse, each failing without its repair: a newspaper's house,
town and region before a day's date or a section's page (`The Example Free Press,
Burlington, Vermont; 2001 Mar 3. A1.`) read as a book's imprint; a title-case title's own
last word (`Case Studies`, `Widget Design`, `2nd Edition`) or an article's or a
preposition's object (`The Boston`, `with Fortran`) taken as a book's city before a state's
cut; a meeting's city and country after its quoted name (`“Widgets in Europe,” Berlin,
Germany`) cut to its country only; a house's place, or a society's country alone, cut from a
proceedings no `In` leads. Guard rows keep the round's readings.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "nlm: a newspaper's house, town and state before a day's date and a section's page",
        "Doe J. Widget news. Widgetville Free Press, Burlington, Vermont; 2001 Mar 3. A1.",
        {"container": "Widgetville Free Press, Burlington, Vermont", "publisher": ""},
    ),
    (
        "nlm: a newspaper's section page after the year alone keeps the container",
        "Doe J. Widget news. Widgetville Free Press, Burlington, Vermont; 2001. A1.",
        {"container": "Widgetville Free Press, Burlington, Vermont", "publisher": ""},
    ),
    (
        "nlm: a day's date before a page range keeps the container",
        "Doe J. Widget news. Widgetville Free Press, Burlington, Vermont; 2001 Mar 3. 2-5.",
        {"container": "Widgetville Free Press, Burlington, Vermont", "publisher": ""},
    ),
    (
        "guard: a house, its city and state before the year and pages stays an imprint",
        "Doe J. Widget handbook. Example Company, Philadelphia, Pennsylvania; 2001. 2-5.",
        {"publisher": "Example Company", "place": "Philadelphia, Pennsylvania", "container": ""},
    ),
    (
        "apa: a title-case title's last word before a state's cut stays the title's",
        "Doe, J. (1990). Widget Studies, Mass: Example Books.",
        {"title": "Widget Studies", "place": "Mass", "publisher": "Example Books"},
    ),
    (
        "apa: a title's last two capitalised words after a colon stay the title's",
        "Doe, J. (1990). Widget innovation: Case Studies, Mass: Example Books.",
        {"title": "Widget innovation: Case Studies", "place": "Mass"},
    ),
    (
        "apa: a title-case title's last word is no city",
        "Doe, J. (1990). Essays on Widget Design, Mass: Example Books.",
        {"title": "Essays on Widget Design", "place": "Mass"},
    ),
    (
        "apa: an edition's word closing the title is no city",
        "Doe, J. (1990). Widget innovation 2nd Edition, Mass: Example Books.",
        {"title": "Widget innovation", "place": "Mass"},
    ),
    (
        "apa: an article before a city the lexicon names keeps it the title's",
        "Doe, J. (1990). The Boston, Mass: Example Books.",
        {"title": "The Boston", "place": "Mass"},
    ),
    (
        "apa: a preposition's object closing the title is no city",
        "Doe, J. (1990). Widget innovation with Fortran, Mass: Example Books.",
        {"title": "Widget innovation with Fortran", "place": "Mass"},
    ),
    (
        "guard: a city the lexicon names after a title-case title is the book's",
        "Doe, J. (1990). Widgets and Widget Makers Hartford, Conn: Example Books.",
        {"title": "Widgets and Widget Makers", "place": "Hartford, Conn"},
    ),
    (
        "guard: a town the lexicon lacks after a sentence-case title's lower-case word",
        "Doe, J. (1990). Widget innovation Natick, Mass: Example Books.",
        {"title": "Widget innovation", "place": "Natick, Mass"},
    ),
    (
        "harvard: a meeting's city and country after its quoted name both go",
        "Doe, E. (2002) 'Widget disk-laser', Proc. Workshop “Widgets in Europe,” Berlin, "
        "Germany, pp. 29-32.",
        {"container": "Proc. Workshop “Widgets in Europe,”", "pages": "29-32"},
    ),
    (
        "guard: a quoted name's own place before its closing comma stays",
        "Doe, E. (2002) 'Widget disk-laser', Proc. Widget Workshop “Widgets, Sydney,” pp. 29-32.",
        {"container": "Proc. Widget Workshop “Widgets, Sydney,”"},
    ),
    (
        "harvard: a house's city and country after a proceedings' house stay with it",
        "Doe, J., 2001. Widget trials. Widget Conference Proceedings, Example Press, London, "
        "United Kingdom, pp. 2-5.",
        {"container": "Widget Conference Proceedings, Example Press, London, United Kingdom"},
    ),
    (
        "harvard: a society's proceedings and its country alone, no volume, stay whole",
        "Doe, J., 2001. Widget trials. Proceedings of the National Academy of Widgets, USA, "
        "pp. 2-5.",
        {"container": "Proceedings of the National Academy of Widgets, USA", "pages": "2-5"},
    ),
    (
        "guard: a meeting's city and country after its name still go",
        "J. Doe, “Widget trials,” Proc. Widget Conf., London, UK, 2001, pp. 2-5.",
        {"container": "Proc. Widget Conf", "pages": "2-5"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
