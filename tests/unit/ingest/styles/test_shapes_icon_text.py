"""The text of a web page's link icons copied with an entry, one row each: text → fields.

US federal pages (CDC's, MMWR's) follow each link with an icon whose text is `pdf icon`
or `external icon`; lists copied from them keep it, and it ran into the title or the
publisher. It goes when glued to a link text's stop or after a link; the same words in a
title stay. The data is invented: names, titles, bodies are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.refparse import _ICON_TEXT
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "nlm: `.pdf icon` after a report's title",
        "Doe J, Roe K. Widget deaths in the United States, 1999–2018.pdf icon Widget Data "
        "Brief, no 356. National Center for Widget Statistics: Hyattsville, MD; 2020.",
        {
            "title": "Widget deaths in the United States, 1999–2018",
            "publisher": "National Center for Widget Statistics",
            "place": "Hyattsville, MD",
        },
    ),
    (
        "ama: `external icon` after a link before the access date",
        "Doe J. Widget facts. Atlanta, GA: Example Centers; 2019. "
        "https://www.example.gov/widgets/index.html external icon. Accessed May 1, 2020.",
        {
            "url": "https://www.example.gov/widgets/index.html",
            "publisher": "Example Centers",
            "year": "2019",
        },
    ),
    (
        "guard: `pdf icon` in a title",
        "Doe J. The pdf icon in widget design. J Widget Res. 2019;12:1-9.",
        {"title": "The pdf icon in widget design"},
    ),
    (
        "guard: `external icon` in a title",
        "Doe J. An external icon of widgets. J Widget Res. 2019;12:1-9.",
        {"title": "An external icon of widgets"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def plain_icon_text(text: str) -> list[str]:
    """The links `_ICON_TEXT` must find, by splitting at spaces (no regex backtracking)."""
    words = text.split(" ")
    return [
        a
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
        if a.startswith(("http://", "https://", "www.")) and b == "external" and c == "icon"
    ]


@pytest.mark.parametrize("piece", ["www.", "https://www.", "a.pdf "])
def test_icon_text_matches_link_starts_only(piece: str) -> None:
    """A token made of many link starts: the pattern starts only at a token's start
    (`(?<!\\S)`), so the token is scanned once, not once per start, and finds what the
    plain split finds."""
    text = piece * 3000 + " external icon"
    found = [m.group(2) for m in _ICON_TEXT.finditer(text) if m.group(2)]
    assert found == plain_icon_text(text)
