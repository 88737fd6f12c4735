"""Shapes of imprints and hosts, one row each: text → fields (review of session 24, S).

Each row is a neighbour of a shape session 24's rounds taught the source readers, which
the new rule had read worse: Nature's one-word house in parentheses (`Title (Saunders,
2003).`) after a series' or a journal's volume and pages (`Proc. Widget Conf. 5, 1–9
(Springer, 2010).`), which took the whole series into a book's title (the grammars now
leave it unread as before, and the fallback reads the series: the rows pin the title);
Springer's German pages without their stop (`S 48–80`), which sent a host book's edition
or volume before its `Verlag, Ort` (`Buch, 2. Aufl. Verlag, Berlin`, `Buch. Band 2.
Verlag, Berlin`) into the publisher as `S. 48–80` did already. Guard rows keep the
readings each repair must not change. The data is invented: names, titles, journals and
publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "nature: a series' volume and pages before a one-word house: no book's title",
        "Doe, A. & Roe, B. Widget theory. Proc. Widget Conf. 5, 1–9 (Springer, 2010).",
        {"title": "Widget theory", "publisher": ""},
    ),
    (
        "nature: a journal's volume and page before a one-word house: no book's title",
        "Doe, A. & Roe, B. Widget theory. Widget Rep. 5, 12 (Example, 2003).",
        {"title": "Widget theory", "publisher": ""},
    ),
    (
        "nature: a journal's volume, issue and pages before a one-word house: no book's title",
        "Doe, A. Widget report. Widget Rev. 5(2), 1–9 (Example, 2003).",
        {"title": "Widget report", "publisher": ""},
    ),
    (
        "nature guard: a book's one-word house closing the entry is its publisher",
        "Doe, A. & Roe, B. Widget Theory (Saunders, 2003).",
        {"title": "Widget Theory", "publisher": "Saunders", "container": ""},
    ),
    (
        "nature guard: a title's closing number is no journal's locator",
        "Doe, A. & Roe, B. Widget Theory 2000 (Saunders, 2003).",
        {"title": "Widget Theory 2000", "publisher": "Saunders"},
    ),
    (
        "nature guard: a book's volume before its one-word house",
        "Doe, A. & Roe, B. Widget Theory Vol. 2 (Saunders, 2003).",
        {"title": "Widget Theory Vol. 2", "publisher": "Saunders"},
    ),
    (
        "springer german: the edition before the house leaves the publisher (S without stop)",
        "Doe A (2015) Widgettheorie. In: Roe B, Poe C (Hrsg) Handbuch der Widgets, "
        "2. Aufl. Example Verlag, Berlin, S 48–80",
        {
            "container": "Handbuch der Widgets",
            "publisher": "Example Verlag",
            "place": "Berlin",
            "pages": "48-80",
        },
    ),
    (
        "springer german: the edition before the house leaves the publisher (S.)",
        "Doe A (2015) Widgettheorie. In: Roe B, Poe C (Hrsg.) Handbuch der Widgets, "
        "2. Aufl. Example Verlag, Berlin, S. 48–80",
        {"container": "Handbuch der Widgets", "publisher": "Example Verlag", "place": "Berlin"},
    ),
    (
        "springer german: the volume's sentence before the house is the volume",
        "Doe A (2015) Widgettheorie. In: Roe B (Hrsg.) Handbuch Widgets. Band 2. Example, "
        "Berlin, S. 48–80",
        {"container": "Handbuch Widgets", "publisher": "Example", "volume": "2"},
    ),
    (
        "springer german guard: a house's name with no edition before it",
        "Doe A (2015) Widget theory. In: Roe B (Hrsg.) Widget-Handbuch. Example Verlag, "
        "Berlin, S. 48–80",
        {"container": "Widget-Handbuch", "publisher": "Example Verlag", "place": "Berlin"},
    ),
    (
        "springer german guard: the edition in English after the book's comma",
        "Doe A (2015) Widget theory. In: Roe B (eds) Handbook of widgets, 2nd edn. "
        "Example Press, Berlin, pp 48–80",
        {"container": "Handbook of widgets", "publisher": "Example Press", "place": "Berlin"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def test_volume_pages_end_is_linear() -> None:
    """The journal's locator closing the text before a one-word house (`_VOLUME_PAGES_END`,
    led by a digit run's start only): long runs read once. No timer (they flake)."""
    from mmrefs.ingest.styles import sources

    pattern = sources._VOLUME_PAGES_END
    assert pattern.search("1" * 200_000 + "x") is None
    assert pattern.search("1, 1" * 50_000 + "x") is None
    assert pattern.search("1,1–" * 50_000 + "x") is None
    assert pattern.search("5, 1" + " " * 200_000 + "x") is None
    assert pattern.search("5(" + "2" * 200_000 + "x) 1") is None
    assert pattern.search("5(2" * 50_000 + "), 1") is not None
    assert pattern.search("Rev. 5(2), 1–9") is not None
    assert pattern.search("Conf. 5, 1–9 ") is not None
    assert pattern.search("Widget Theory 2000 ") is None
    assert sources._GERMAN_BOOK_PART.match("2. Aufl" * 50_000) is None
