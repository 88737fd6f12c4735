"""A book whose place stands alone where its publisher would (`choose.placed_book`),
read as users read it: with the fallback's production policy on.

Natural-history and older author-year lists print a book's title and then only its place
(`Title. Berlin-Heidelberg-N. Y.`, `Title. Handbook No. 5. 102 pp. Washington D.C.`).
The grammars read these right, but such a reading scored as one with no source at all,
below the fallback's bar, and the model's reading replaced it (`style` says whose reading
is kept). Guard row: a book with its publisher reads as before.
The data is invented: names, titles and houses are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import parse_entry
from mmrefs.model import Reference
from tests.unit.ingest.styles.shapes import field_of

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "author-year book: places joined by hyphens alone after the title",
        "Doe, E. (1976): The ethology of widgets. Berlin-Heidelberg-N. Y.",
        {
            "style": "author-year",
            "families": ["Doe"],
            "title": "The ethology of widgets",
            "place": "Berlin-Heidelberg-N. Y.",
            "container": "",
            "publisher": "",
        },
    ),
    (
        "author-year book: one city alone after the title",
        "Doe, E. (1976): The ethology of widgets. Berlin.",
        {"style": "author-year", "title": "The ethology of widgets", "place": "Berlin"},
    ),
    (
        "author-year book: a handbook's series number and page count, then its place",
        "Roe, A. 1980. Widgets of America north of Mexico. Example Handbook No. 552. 102 pp. "
        "Washington D.C.",
        {
            "style": "author-year",
            "title": "Widgets of America north of Mexico",
            "place": "Washington D.C.",
            "container": "",
            "issue": "",
        },
    ),
    (
        "guard: a book with place and publisher reads as before",
        "Roe, A. B. (1980). Widgets of the northern forests. London: Example Press.",
        {
            "title": "Widgets of the northern forests",
            "place": "London",
            "publisher": "Example Press",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    ref = parse_entry(RawEntry(1, "[1]", text, 1, 1), "t.txt")
    assert isinstance(ref, Reference), ref
    for field, value in expected.items():
        assert field_of(ref, field) == value, f"{name}: {field}"
