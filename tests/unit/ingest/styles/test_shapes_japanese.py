"""What follows a Japanese book's 『title』, one row each: place, house, pages, kind.

The round that taught the grammars Japanese author-date lists read everything after the
closing 』 as the publisher; the review found a city before a colon, a thesis word, a
part, an edition, pages and a house's city all swallowed (`東京: 例出版` as one house).
The data is invented: names, titles and houses are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.model import Kind
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a city before a colon is the place",
        "山田太郎(2002)『示例の研究』東京: 例出版。",
        {"title": "示例の研究", "place": "東京", "publisher": "例出版"},
    ),
    (
        "a city in Latin script before a colon is the place",
        "Doe, J. (2002). 『示例の研究』 Tokyo: Example Press.",
        {"title": "示例の研究", "place": "Tokyo", "publisher": "Example Press"},
    ),
    (
        "a thesis word says the kind and is no publisher",
        "山田太郎(2002)『示例の研究』博士論文, 例大学。",
        {"title": "示例の研究", "publisher": "例大学", "kind": Kind.THESIS},
    ),
    (
        "a part of a multivolume book is no publisher",
        "山田太郎(2002)『示例の研究』上巻, 例出版。",
        {"title": "示例の研究", "publisher": "例出版"},
    ),
    (
        "an edition is no publisher",
        "山田太郎(2002)『示例の研究』(第2版) 例出版。",
        {"title": "示例の研究", "publisher": "例出版"},
    ),
    (
        "pages after the house",
        "山田太郎(2002)『示例の研究』例出版、12-34頁。",
        {"publisher": "例出版", "first_page": "12", "last_page": "34"},
    ),
    (
        "the house's city and a repeated year after it",
        "山田太郎(2002)『示例の研究』例出版, 東京, 2002.",
        {"publisher": "例出版", "place": "東京", "year": "2002"},
    ),
    (
        "guard: a house alone",
        "山田太郎(2002)『示例の研究』例出版。",
        {"title": "示例の研究", "publisher": "例出版", "place": ""},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
