"""Shapes of the author block and the head of an entry, one row each: text → fields
(ninth table of the CJK and GB/T lists' shapes).

Each row stands for a rule a style guide states or a shape real lists print at the head:
a Japanese author-date list's names glued to their year and its title in hook brackets
(`山田太郎(2002)『書名』出版社。`), the first edition's year after the printing's
(`(2005・初2002)`). Guard rows keep the readings each rule must not change.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "japanese author-date: a book's title in double hooks, then its publisher",
        "山田太郎(1996)『示例の教材』アルク。",
        {
            "families": ["山田"],
            "givens": ["太郎"],
            "title": "示例の教材",
            "publisher": "アルク",
            "year": "1996",
        },
    ),
    (
        "japanese author-date: the first edition's year after a middle dot",
        "山田太郎(2001・初1999)『示例教育―他者とのことを考える―』示例社。",
        {"year": "2001", "title": "示例教育―他者とのことを考える―", "publisher": "示例社"},
    ),
    (
        "japanese author-date: a name of three ideographs parts two and one",
        "馬渕仁(2005)『「示例」のディスコース』示例大学出版会。",
        {"families": ["馬渕"], "givens": ["仁"], "title": "「示例」のディスコース"},
    ),
    (
        "japanese author-date: names parted by a middle dot",
        "山田太郎・鈴木花子(2002)『示例教育と示例事情』示例書店。",
        {"families": ["山田", "鈴木"], "givens": ["太郎", "花子"], "publisher": "示例書店"},
    ),
    (
        "japanese author-date: an article in single hooks, its journal in double ones",
        "山田太郎(2002)「示例教育の課題」『示例教育』12, 34-45。",
        {"title": "示例教育の課題", "container": "示例教育", "volume": "12", "pages": "34-45"},
    ),
    (
        "japanese guard: without kana, a Chinese name keeps its family of one ideograph",
        "王小明(2002)『示例研究』示例出版社。",
        {"families": ["王"], "givens": ["小明"], "publisher": "示例出版社"},
    ),
    (
        "author-date guard: a day and month after the year's comma still read",
        "Doe, J. (2010, January 4). Widget news. Example Times.",
        {"year": "2010", "title": "Widget news"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
