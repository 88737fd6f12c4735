"""Guard rows of the session 26 review of the GOST 7.1 round (reviewer RD).

The GOST rules must leave their neighbours' shapes as they were: GB/T's `[C]//` hosts, a
link's `://`, a ` / ` or a ` - ` in another style's title, German `S.` pages and `T.` as
an initial, Cyrillic entries in Vancouver form, a thesis's words inside a title. A host's
place of two words parted by a stop (`St. Louis`) stays whole. The data is invented:
names, titles and journals are placeholders.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from mmrefs.ingest.styles.choose import (
    _ELECTRONIC_RESOURCE,
    _THESIS_NOTE,
    bracketed_russian,
    hosted_imprint,
)
from mmrefs.ingest.styles.heads import _GOST_MEDIUM, gost_split
from mmrefs.ingest.styles.locator import read_locator
from mmrefs.ingest.styles.parts import (
    _GOST_EDITION,
    _GOST_IMPRINT_AREA,
    _GOST_MAKERS,
    _TOWN,
    gost_book,
    gost_host,
)
from mmrefs.ingest.styles.trailers import _TRAILER
from mmrefs.model import Kind
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gbt: a `[C]//` host keeps its container and imprint",
        "Zhang W, Li Q. Widget networks[C]//Proceedings of the Example Conference. "
        "Beijing: Example Press, 2015: 12-18.",
        {"title": "Widget networks", "place": "Beijing", "publisher": "Example Press"},
    ),
    (
        "vancouver: a ` / ` inside a title is no statement of responsibility",
        "Doe J. Widgets / gadgets: a comparison. J Widget Res. 2010;5:12-18.",
        {"title": "Widgets / gadgets: a comparison", "container": "J Widget Res"},
    ),
    (
        "apa: a ` - ` inside a title is no GOST area",
        "Doe, J., & Roe, B. (2012). Widget theory - a review. Journal of Widgets, 8, 1-10.",
        {"title": "Widget theory - a review", "volume": "8", "pages": "1-10"},
    ),
    (
        "vancouver: `T.` is an initial, not a volume",
        "Doe J, Roe T. A. Widget theory. J Widget Res. 2010;5:12-18.",
        {"families": ["Doe", "Roe"], "volume": "5"},
    ),
    (
        "vancouver in Cyrillic: the initials unspaced and the locator glued",
        "Иванов ИИ, Петров ПП. Заглавие статьи. Вестник медицины. 2005;3(2):5-10.",
        {"families": ["Иванов", "Петров"], "title": "Заглавие статьи", "volume": "3"},
    ),
    (
        "a thesis's words inside a title leave it whole and the kind an article",
        "Doe J. Widget theory: a PhD thesis overview. J Widget Res. 2015;3:1-9.",
        {"title": "Widget theory: a PhD thesis overview", "kind": Kind.ARTICLE},
    ),
    (
        "a note `[in Russian]` without the original in brackets reads as before",
        "Doe J. Widget theory. Journal of Widgets. 2010;5:12-18. [in Russian]",
        {"title": "Widget theory", "container": "Journal of Widgets"},
    ),
    (
        "apa: a German page label `S.` before the pages",
        "Müller, K. (2005). Widgettheorie. Zeitschrift für Widgets, 12(3), S. 55–64.",
        {"pages": "55-64", "volume": "12", "issue": "3"},
    ),
    (
        "gost: `S.` the pages beside the `№`, `T.` the volume",
        "Roe S., Doe T. Widget design // J Widget Res. 2011. T. 5, № 3. S. 22–29.",
        {"pages": "22-29", "volume": "5", "issue": "3", "container": "J Widget Res"},
    ),
    (
        "gost: a place of two words parted by a stop after the host's editors",
        "Doe J. Widget wear // Handbook of Widgets / ed. Roe R., Poe P.K. St. Louis: "
        "Example Press, 1999. P. 10–20.",
        {"container": "Handbook of Widgets", "place": "St. Louis", "publisher": "Example Press"},
    ),
    (
        "pair: an original whose authors no grammar reads leaves the English authors",
        "Doe J. (2010). Widget wear. Example Journal, 5, 12–18. [In Russian]. "
        "[Доу Дж. Износ виджетов. Пример. 2010;5:12–18.]",
        {"families": ["Doe"], "title": "Widget wear"},
    ),
    (
        "pair: an original read whole is the reading, the English title its translation",
        "Ivanov I.I. (2010). Widget wear. Example Journal, 5, 12–18. [In Russian]. "
        "[Иванов И.И. Износ виджетов. Пример. 2010;5:12–18.]",
        {"families": ["Иванов"], "title": "Износ виджетов", "title_translation": "Widget wear"},
    ),
    (
        "gost thesis: the place alone before the year is its imprint, the year kept",
        "Иванов И. И. Износ виджетов : дис. … канд. техн. наук : 05.02.04. – М., 2010. – 150 с.",
        {"families": ["Иванов"], "title": "Износ виджетов", "year": "2010", "kind": Kind.THESIS},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[row[0] for row in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("St. Louis", "St. Louis"),
        ("Ft. Collins", "Ft. Collins"),
        ("Mt. Vernon", "Mt. Vernon"),
        ("Н. Новгород", "Н. Новгород"),
        ("Poe P.K. Boston", "Boston"),
        ("Poe P.K. Bad Example", "Bad Example"),
        ("Poe P.K. St. Louis", "St. Louis"),
        ("Roe R. Н. Новгород", "Н. Новгород"),
        ("Poe P.K. Mt. Vernon", "Poe P.K. Mt. Vernon"),
        ("Roe R., Poe P. K. Boston", "Boston"),
    ],
)
def test_a_place_with_a_stop_stays_whole(place: str, expected: str) -> None:
    # the editors' last name and initials read into the place are dropped; a place
    # whose first word is abbreviated (`St. Louis`) is no name before a town
    fields: dict[str, Any] = {
        "container": "Proceedings / ed. B. Roe",
        "place": place,
        "publisher": "Example Press",
    }
    hosted_imprint(fields)
    assert fields["place"] == expected


def test_new_patterns_stay_linear() -> None:
    run = 20_000
    start = time.perf_counter()
    _TRAILER.search("(дата обращения: 01.01.2020)" * (run // 28) + "x")  # GOST's access date
    _ELECTRONIC_RESOURCE.search(" [Электронный ресурс]" * (run // 21) + "x")
    _THESIS_NOTE.search(": дис. " * (run // 7) + "x")
    _THESIS_NOTE.search(" :" + " " * run + "x")
    _GOST_MEDIUM.search("[abc def ghi" * (run // 12) + "]x")
    _GOST_MAKERS.search(" / " * (run // 3) + "x")
    _GOST_EDITION.search(". 1" * (run // 3) + "st ed x")
    _GOST_EDITION.search(". " + " " * run + "1" * run + "st ed x")
    _GOST_IMPRINT_AREA.fullmatch(" :" * (run // 2))
    _TOWN.fullmatch("Aa " * (run // 3))
    gost_host("Host. – a: b" * (run // 12))
    gost_book("Title / A. – 310 с. – 2-е изд" * (run // 30))
    gost_split("https://" * (run // 8) + " // Host")
    bracketed_russian("[In Russian] " * (run // 13) + "[Ив]")
    read_locator("2010. - Vol. 5. - No. 3. - P. 1-2, № 3 T. 5 S. 2" * (run // 50))
    assert time.perf_counter() - start < 3
