"""The imprint spans a reading hands to the imprint reader (`ingest.imprint_spans`).

Table-driven: each row is a reading (the fields a grammar or the fallback made) and the
entry's body, with the place and publisher expected after `reread_imprint`. Every entry
is invented, in the shapes of real lists (the fresh23 decision batch's wrong imprints,
SOURCES-fresh25.md); a new shape is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.imprint_spans import (
    give_up,
    imprint_span,
    lone_city,
    no_place_house,
    reread_imprint,
    title_sentence,
)
from mmrefs.ingest.refparse import parse_fields

# (reading, body, expected place, expected publisher, expected title or None to skip)
HANDED: list[tuple[dict[str, Any], str, str, str, str | None]] = [
    # a place read alone; its house after the colon, unread (APA 6 with spaced marks)
    (
        {"title": "A history of widgets", "place": "St. Paul, MN", "year": "1977"},
        "Poe, A. (1977). A history of widgets. St. Paul, MN : West .",
        "St. Paul, MN",
        "West",
        "A history of widgets",
    ),
    # initials at the house's start are no sentence's end
    (
        {"title": "Widgets", "place": "Oxford", "year": "2001"},
        "Poe A. Widgets. Oxford: W. H. Example, 2001.",
        "Oxford",
        "W. H. Example",
        None,
    ),
    # a house read alone; its city before the colon, after the title's question mark
    (
        {"title": "What can we learn from widgets", "publisher": "Institute of Widget Studies"},
        "Poe, Ann. 1997. What can we learn from widgets? The Hague: Institute of Widget Studies.",
        "The Hague",
        "Institute of Widget Studies",
        None,
    ),
    # a place list whose first city went to the title
    (
        {"title": "The economics of widgets, New York", "place": "London", "publisher": "Example"},
        "Poe, A., 1990. The economics of widgets, New York, London, Example.",
        "New York, London",
        "Example",
        "The economics of widgets",
    ),
    # a title's second sentence, with a colon of its own, read as place and house
    (
        {
            "title": "Praktikum po primeram",
            "place": "Tehnologiya primerov",
            "publisher": "uchebnoe posobie. SPb.: Lan'",
            "year": "2012",
        },
        "Petrova A.B. Praktikum po primeram. Tehnologiya primerov: uchebnoe posobie. - SPb.: "
        "Lan', 2012.",
        "SPb.",
        "Lan'",
        "Praktikum po primeram. Tehnologiya primerov: uchebnoe posobie",
    ),
    # a house's name of two words read as a place with no evidence of one
    (
        {"title": "Public widgets", "place": "Example Mifflin", "year": "2003"},
        "Poe, J. (2003). Public widgets. Example Mifflin.",
        "",
        "Example Mifflin",
        None,
    ),
]

KEPT: list[tuple[dict[str, Any], str, str, str]] = [
    # a link's lead-in after a place's colon is no house
    (
        {"title": "Widgets", "place": "Geneva"},
        "Poe A. Widgets. Geneva: Available from: https://example.org/w",
        "Geneva",
        "",
    ),
    # a place after the colon is no house (`London: Paris`)
    ({"title": "Widgets", "place": "London"}, "Poe A. Widgets. London: Paris.", "London", ""),
    # the city before the place is the end of the publisher (a school named after it)
    (
        {"title": "Widgets", "place": "Auckland, New Zealand", "publisher": "Uni. Auckland"},
        "A. Poe, Widgets, Ph.D. thesis, Uni. Auckland, Auckland, New Zealand, 2006.",
        "Auckland, New Zealand",
        "Uni. Auckland",
    ),
    # a periodical's reading hands over nothing: its container may name a city
    (
        {"title": "Widgets", "place": "Boston", "volume": "12", "container": "Widget Notes"},
        "Poe A. Widgets. Widget Notes, Boston: Example Society. 1999;12:1-5.",
        "Boston",
        "",
    ),
    # a one-word place with no evidence stays a place (`Opladen`, `Tübingen`)
    (
        {"title": "Widgets", "place": "Exampleburg"},
        "Poe A. Widgets. Exampleburg.",
        "Exampleburg",
        "",
    ),
    # a state's code with stops is a place's (`N. Y.`)
    ({"title": "Widgets", "place": "N. Y."}, "Poe A. Widgets. N. Y., 1950.", "N. Y.", ""),
]


@pytest.mark.parametrize(("reading", "body", "place", "publisher", "title"), HANDED)
def test_a_span_left_beside_the_imprint_is_handed_over(
    reading: dict[str, Any], body: str, place: str, publisher: str, title: str | None
) -> None:
    fields = dict(reading)
    reread_imprint(fields, body)
    assert (fields.get("place", ""), fields.get("publisher", "")) == (place, publisher)
    assert "imprint" in fields  # the shape read is recorded
    if title is not None:
        assert fields["title"] == title


@pytest.mark.parametrize(("reading", "body", "place", "publisher"), KEPT)
def test_a_reading_without_such_evidence_is_kept(
    reading: dict[str, Any], body: str, place: str, publisher: str
) -> None:
    fields = dict(reading)
    reread_imprint(fields, body)
    assert (fields.get("place", ""), fields.get("publisher", "")) == (place, publisher)


@pytest.mark.parametrize(
    ("container", "place"),
    [("– М", "М"), ("— СПб.", "СПб"), ("- Moscow", "Moscow")],
)
def test_a_gost_city_after_its_area_dash_is_a_place(container: str, place: str) -> None:
    fields: dict[str, Any] = {"title": "Example", "container": container}
    lone_city(fields, container)
    assert fields.get("place") == place
    assert "container" not in fields


@pytest.mark.parametrize("container", ["Nature", "Moscow", "– Widget Notes", "Africa"])
def test_a_container_without_the_dash_or_no_city_stays(container: str) -> None:
    fields: dict[str, Any] = {"title": "Example", "container": container}
    lone_city(fields, container)
    assert fields == {"title": "Example", "container": container}


@pytest.mark.parametrize(
    ("place", "house"),
    [
        ("Example Mifflin", True),
        ("Human Examples", True),
        ("Example & Sons", False),  # not name-shaped: the reader (`better_imprint`) decides
        ("Exampleburg", False),
        ("N. Y.", False),
        ("Washington D.C.", False),
        ("London", False),  # a place by the gazetteer
    ],
)
def test_which_places_read_alone_are_houses(place: str, house: bool) -> None:
    assert no_place_house(place) is house


def test_a_piece_is_given_up_only_from_a_field_end() -> None:
    fields: dict[str, Any] = {"title": "Widgets in Paris, and elsewhere"}
    assert give_up(fields, "Paris") is False
    fields = {"title": "Widgets, Paris"}
    assert give_up(fields, "Paris") is True
    assert fields["title"] == "Widgets"
    fields = {"title": "Paris"}  # a field is never left empty
    assert give_up(fields, "Paris") is False


def test_the_span_of_both_fields_includes_what_is_printed_between() -> None:
    body = "Poe A. Widgets. Chichester, West Sussex; Malden, MA: Example, 2001."
    assert imprint_span("Chichester", "Example", body) == (
        "Chichester, West Sussex; Malden, MA: Example"
    )


@pytest.mark.parametrize(
    ("entry", "place", "publisher"),
    [
        ("Poe, A. (1977). A history of widgets. St. Paul, MN : West .", "St. Paul, MN", "West"),
        ("Нестеров А. П. Пример книги. – М.,1995.", "М", None),
    ],
)
def test_whole_entries_read_their_imprint(entry: str, place: str, publisher: str | None) -> None:
    fields = parse_fields(entry)
    assert isinstance(fields, dict)
    assert fields.get("place") == place
    assert fields.get("publisher") == publisher


@pytest.mark.parametrize(
    "span",
    [
        "Examples of widgets: a guide. Poe: Wide",  # `Poe` is no place by the gazetteer
        "Examples of widgets. London: Wide",  # no colon before the last sentence
        "London: Wide",  # no sentence before it
    ],
)
def test_a_title_sentence_is_given_back_only_before_a_known_place(span: str) -> None:
    fields: dict[str, Any] = {"title": "Widgets", "place": "x", "publisher": "y"}
    assert title_sentence(fields, span) is False
    assert fields == {"title": "Widgets", "place": "x", "publisher": "y"}
