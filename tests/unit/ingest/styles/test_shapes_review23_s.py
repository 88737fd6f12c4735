"""Shapes of what follows the author block, one row each: text → fields (review of round 23, S).

Neighbours the round's rules read worse, each row failing without its repair: a stop
inside a name or title glued to a capitalised word before a colon (`Widget.Net: A
framework`, `Studies.Part One: Basics`) is no title's stop before an imprint's city (the
city must be one the lexicon or imprints name, or carry a state's or country's piece);
a bracketed English title after a journal's locator is no translation closing the title;
a working paper's `Place: Words` before its series is an imprint only when the words are
a capitalised name; a newspaper's or an event's name before a city and its state, or
before a number after a city's colon, is no house; a day and month after a periodical's
name (no volume since the round) keep it a container, not a publisher. Guard rows keep
the round's readings.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "apa: a software name's inner stop before a subtitle's colon stays",
        "Doe, J. (2001). Widget.Net: A framework for widgets. Boston: Example Press.",
        {"title": "Widget.Net: A framework for widgets", "place": "Boston"},
    ),
    (
        "apa: a site's name with its stop before a subtitle's colon stays",
        "Doe, J. (2001). Amazon.Com: The widget story. Boston: Example Press.",
        {"title": "Amazon.Com: The widget story", "publisher": "Example Press"},
    ),
    (
        "apa: a glued part's heading before its colon is no imprint's city",
        "Doe, J. (2001). Widget studies.Part One: Basics. Boston: Example Press.",
        {"title": "Widget studies.Part One: Basics", "place": "Boston"},
    ),
    (
        "guard: a glued stop before a city and a state's code still parts them",
        "Doe, J. (2001). The widget book.Upper Saddle River, N.J.: Example Press.",
        {
            "title": "The widget book",
            "place": "Upper Saddle River, N.J.",
            "publisher": "Example Press",
        },
    ),
    (
        "guard: a glued stop before a city imprints name alone still parts them",
        "Doe, J. (2001). The widget book.Oxford: Example Press.",
        {"title": "The widget book", "place": "Oxford", "publisher": "Example Press"},
    ),
    (
        "apa: a bracket after the journal's locator is no translation of the title",
        "Doe, M. (2009). Gesundheitliche Widgets. Zeitschrift für Widgets, 12(3), 1-9 "
        "[Widgets in health. A review]. Berlin.",
        {"title": "Gesundheitliche Widgets", "title_translation": ""},
    ),
    (
        "guard: a translation holding a stop after a foreign title keeps its reading",
        "Doe, M. (2009). Gesundheitliche Widgets [Widgets in health. A review], Zeitschrift "
        "für Widgets, 12(3), 1-9.",
        {
            "title": "Gesundheitliche Widgets",
            "title_translation": "Widgets in health. A review",
            "container": "Zeitschrift für Widgets",
        },
    ),
    (
        "harvard: a subtitle after a city's colon before a working paper's series is no imprint",
        "Doe, N. (2007) Widgets. Boston: A review. EXA Working Paper 5.",
        {"title": "Widgets. Boston: A review", "publisher": "", "place": ""},
    ),
    (
        "guard: a house of capitalised words before a working paper's series is its imprint",
        "Doe, N. (2007) Widgets. Cambridge, MA: National Bureau of Economic Research. NBER "
        "Working Paper No. 5.",
        {
            "title": "Widgets",
            "place": "Cambridge, MA",
            "publisher": "National Bureau of Economic Research",
        },
    ),
    (
        "author-date: a weekly's name before a city and its state is no house",
        'Doe, J. 2001. "Widget Trials." Widget Weekly, Boston, Massachusetts.',
        {"publisher": "", "kind": "other"},
    ),
    (
        "harvard: an event's name before a city and its state is no house",
        "Doe, J. (2001) Widget trials. Widget Summit, Boston, Massachusetts.",
        {"publisher": "", "kind": "other"},
    ),
    (
        "harvard: an unpublished report before a city and its state names no house",
        "Doe, J. (2001) Widget trials. Unpublished Report, Boston, Massachusetts.",
        {"publisher": ""},
    ),
    (
        "guard: a house, a city and its state keep the round's reading",
        "Doe J. (1984) Widget Models. Example Press, Philadelphia, Pennsylvania.",
        {"publisher": "Example Press", "place": "Philadelphia, Pennsylvania", "kind": "book"},
    ),
    (
        "author-year: a weekly's day and month after its name, no link: its container",
        "Doe, J. (2001) Widget trials. Widget Weekly, 16 May.",
        {"container": "Widget Weekly", "publisher": "", "volume": ""},
    ),
    (
        "author-year: a newspaper's day and month, no comma before them",
        "Doe, J. (2001) Widget trials. Widget Times 16 May.",
        {"container": "Widget Times", "publisher": "", "volume": ""},
    ),
    (
        "guard: a book's publisher alone after the title keeps its reading",
        "Doe, J. (2001) Widget trials. Example Books.",
        {"publisher": "Example Books", "kind": "book"},
    ),
    (
        "apa: a newspaper's name and a number after a city's colon is no numbered house",
        "Doe, L. (2011). Widgets. London: Widget Times 12.",
        {"publisher": ""},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
