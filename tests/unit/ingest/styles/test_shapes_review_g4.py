"""Review rows for the rules of the GB/T-and-heads round on fresh16's dev rows
(`test_shapes_gbt9.py`), narrowed where an invented near-miss read worse than before: a
year in parentheses inside a GB/T title after the names' stop is the title's, no
author-date head, nor are names whose initials a stop and a space part (they would end
at the first initial once put before the title); the Journal of Fluid Mechanics' bare
year after the initials opens the title when a later year is the entry's date; a year
after `Committee` is a title's words, no committee's number; a unit of a body after the
institute's comma is no place; a number alone after a Japanese journal in double hooks
is its volume; two-word terms in pinyin that open titles (`Tai Chi`, `Hong Kong`) are
no names.

The data is invented: names, titles, journals and publishers are placeholders. A new
quirk is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import FAILED, check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gb/t: a parenthesised year inside the title after the names' stop stays the title's",
        "Doe J, Roe K. Widget (2010) review of methods[J]. Widget Journal, 2011, 3(2): 1-9.",
        {
            "title": "Widget (2010) review of methods",
            "container": "Widget Journal",
            "year": "2011",
            "style": "gbt7714",
        },
    ),
    (
        "gb/t: spaced initials' stops and 'and' before a parenthesised year stay the names'",
        "Doe T.M. and Roe G.S. (2010) Widget analysis[M]. Example Press, Beijing.",
        {"families": ["Doe", "Roe"], "title": "Widget analysis", "year": "2010"},
    ),
    (
        "gb/t: names with spaced initials before a parenthesised year stay whole",
        "Doe J. A., Roe K. B. (2010) Widget analysis[J]. Widget Journal, 12(3): 45-67.",
        {"families": ["Doe", "Roe"], "givens": ["J. A.", "K. B."], "title": "Widget analysis"},
    ),
    (
        "gb/t author-date guard: initials closed up before the parenthesised year",
        "Doe T.M., Roe G.S. (2010) Widget analysis[J]. Widget Journal, 12(3): 45-67.",
        {"families": ["Doe", "Roe"], "title": "Widget analysis", "style": "gbt7714-author-date"},
    ),
    (
        "jfm: a bare year after the initials with a later year in the entry opens the title",
        "Doe, J. A. 2020 Census Widget survey. Example Press, 2021.",
        {"title": "2020 Census Widget survey", "year": "2021", "publisher": "Example Press"},
    ),
    (
        "jfm guard: a journal's range of pages is no later year",
        "Doe, J. A. 1990 Widget flows. J. Widget Mech. 210, 1501–1520.",
        {"year": "1990", "title": "Widget flows", "pages": "1501-1520"},
    ),
    (
        "gb/t: a year after 'Committee' is the title's, no committee's number",
        "Advisory Committee 2005, Widget guidelines for schools[R]. London: Example Press, 2005.",
        {"families": [], "title": "Advisory Committee 2005, Widget guidelines for schools"},
    ),
    (
        # no grammar takes the department for a place: the GB/T grammar refuses the entry
        # (the model before SOURCES-fresh29.md's retrain then read it without a place)
        "gb/t: a department after an institute's comma is no place (the entry is refused)",
        "Doe J. Widget study[R]. Example Research Institute, Department of Widgets, 2010.",
        {FAILED: True},
    ),
    (
        "gb/t guard: an institute before its city and state",
        "Doe J. Widget study[D]. Example Institute, Beijing, 2010, 12-15.",
        {"publisher": "Example Institute", "place": "Beijing", "pages": "12-15"},
    ),
    (
        "japanese author-date: a number alone after the journal is its volume",
        "山田太郎(2002)「示例教育の課題」『示例教育』12。",
        {"title": "示例教育の課題", "container": "示例教育", "volume": "12", "pages": ""},
    ),
    (
        "comma style: 'Tai Chi' opening a title is no pinyin name",
        "Tai Chi, Widget exercise for elders, Example Press, Beijing, 2004.",
        {"families": []},
    ),
    (
        "comma style: 'Hong Kong' opening a title is no pinyin name",
        "Hong Kong, Widget statistics, Example Printer, Hong Kong, 2004.",
        {"families": []},
    ),
    (
        "gb/t: a list of pinyin terms in lower case before the stop is no list of names",
        "Tai chi, Qi gong. Widget exercise[M]. Beijing: Example Press, 1992.",
        {"families": [], "title": "Tai chi, Qi gong. Widget exercise"},
    ),
    (
        "comma style guard: a pinyin name before a title still read",
        "Li Wei, Widget fibres, Dyeing. 8 (2005) 41-45.",
        {"families": ["Li"], "givens": ["Wei"], "title": "Widget fibres"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
