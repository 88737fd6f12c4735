"""Shapes of comma imprints whose place a place lexicon (GeoNames) tells from the house.

A place read over a comma into the house after it (`Title, Oslo, Exampleforlaget.`) is
parted when the first piece is a city's name and the second no place's. Guard rows keep a
city and its state or country together and titles, journals and authors named like cities
as they were. The data is invented: names, titles and houses are placeholders; the cities
are real places' names.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.places import is_place, places
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "author-year: a title, then a city and the house after it, no year at the end",
        "Doe, Jane 1986: Widget og Nedre Tøyens, Oslo, Exampleforlaget.",
        {"title": "Widget og Nedre Tøyens", "place": "Oslo", "publisher": "Exampleforlaget"},
    ),
    (
        "author-year: an Italian city's own name, then the house",
        "Doe, J. 1990. Widget storia, Roma, Exampleana.",
        {"title": "Widget storia", "place": "Roma", "publisher": "Exampleana"},
    ),
    (
        "author-year: a Spanish city's own name, then the house",
        "Doe, J. 1990. Historia del widget, Madrid, Ejemplares.",
        {"title": "Historia del widget", "place": "Madrid", "publisher": "Ejemplares"},
    ),
    (
        "author-year: a city named like a person, then the house",
        "Doe, J. 1990. Widget theory, Florence, Example.",
        {"title": "Widget theory", "place": "Florence", "publisher": "Example"},
    ),
    (
        "guard: a house named like a person, then a city, stay as read",
        "Doe, J. 1990. Widget theory, John Example, Springfield.",
        {"title": "Widget theory", "place": "Springfield", "publisher": "John Example"},
    ),
    (
        "guard: a town whose name is a common word is no lexicon place",
        "Doe, J. 1990. Widget theory, Example, Reading.",
        {"title": "Widget theory", "place": "Reading", "publisher": "Example"},
    ),
    (
        "german: a house glued to its word, the city and the year alone",
        "Doe, J.: Geschichte des Widgets. ExampleVerlag, München 1985",
        {"title": "Geschichte des Widgets", "publisher": "ExampleVerlag", "place": "München"},
    ),
    (
        "german: a house of no publisher's word, the city and the year",
        "Doe, J.: Geschichte des Widgets. Example, Wien 1985.",
        {"publisher": "Example", "place": "Wien", "container": "", "year": "1985"},
    ),
    (
        "guard: a journal named with a city and a year stays the journal",
        "Doe, J. (1985). Widget results. Boston Widget Review, London 1985.",
        {"container": "Boston Widget Review, London", "publisher": ""},
    ),
    (
        "guard: two cities and a year are no house",
        "Doe, J. (1985). Widget results. Berlin, Paris 1985.",
        {"publisher": ""},
    ),
    (
        "guard: a city and its state's cut stay the place",
        "Doe, J. 1990. Widget theory, Hamden, Conn.",
        {"publisher": ""},
    ),
    (
        "guard: a title naming a city keeps its words, the house and year after it",
        "Doe, J. (2001). Rome and the widgets. Example Press.",
        {"title": "Rome and the widgets", "publisher": "Example Press", "place": ""},
    ),
    (
        "guard: a journal named after a city stays the journal",
        "Doe, J. (2001). Widget results. Boston Widget Journal, 12, 1-9.",
        {"container": "Boston Widget Journal", "place": "", "publisher": ""},
    ),
    (
        "guard: an author named like a city stays an author",
        "Florence, A. (2001). Widget results. Example Press, London.",
        {"families": ["Florence"], "publisher": "Example Press", "place": "London"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def test_lexicon_keeps_cities_drops_common_words() -> None:
    assert {"Oslo", "Roma", "München", "England", "Connecticut"} <= places()
    assert not any(is_place(word) for word in ("Reading", "Bath", "Split", "Nice", "Mobile"))


def test_lexicon_not_read_at_import() -> None:
    import subprocess
    import sys

    code = (
        "import mmrefs.ingest.refparse, mmrefs.ingest.places as p;"
        "print(p.places.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
