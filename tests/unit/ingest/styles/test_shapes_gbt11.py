"""Chinese lists' shapes, one row each: text → fields (eleventh GB/T table).

Each row stands for a shape real lists print: an English entry without a type code, its
title's language note `(in Chinese)`, that its Chinese original closes in brackets
(`Doe J Y. English title (in Chinese). Beijing: Example Press, 1983 [张三. 中文题名. 北京:
示例出版社, 1983].`, as Science China's journals print their Chinese references), read
from the original with the English title as its translation.
Guard rows keep the readings each rule must not change.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "bilingual: a book, its Chinese original in brackets after the English",
        "Doe J Y. Widget Power Supply System (in Chinese). Beijing: Example Railway Press, "
        "1983 [张建三. 部件供电系统. 北京: 示例出版社, 1983].",
        {
            "families": ["张"],
            "title": "部件供电系统",
            "place": "北京",
            "publisher": "示例出版社",
            "year": "1983",
            "title_translation": "Widget Power Supply System",
        },
    ),
    (
        "bilingual: a newspaper's article, no locator",
        "Doe J Y. The way of widget making in China (in Chinese). Example Daily, 1956 "
        "[张三. 我国部件制造的途径. 示例日报, 1956].",
        {
            "families": ["张"],
            "title": "我国部件制造的途径",
            "container": "示例日报",
            "title_translation": "The way of widget making in China",
        },
    ),
    (
        "bilingual: an article in GB/T's periodical part, names with `et al.`",
        "Doe S W, Roe X S, Han L X, et al. Design of widgets in urban transit (in Chinese). "
        "J Widget Sci Eng, 2016, 13: 1818–1824 [张松伟, 李兴山, 王连祥, 等. 城市部件设计. "
        "部件科学与工程学报, 2016, 13: 1818–1824].",
        {
            "families": ["张", "李", "王"],
            "title": "城市部件设计",
            "container": "部件科学与工程学报",
            "volume": "13",
            "pages": "1818-1824",
            "title_translation": "Design of widgets in urban transit",
        },
    ),
    (
        "guard: an English entry with the note and no original keeps its English reading",
        "Doe J Y. Widget Power Supply System (in Chinese). Beijing: Example Railway Press, 1983.",
        {"families": ["Doe"], "publisher": "Example Railway Press", "place": "Beijing"},
    ),
    (
        "guard: the years of the two versions differ: no pair",
        "Doe J Y. Widget Power Supply System (in Chinese). Beijing: Example Railway Press, "
        "1983 [张建三. 部件供电系统. 北京: 示例出版社, 1985].",
        {"families": ["Doe"]},
    ),
    (
        "guard: GB/T's coded pair keeps its reading",
        "Doe J Y, Roe K. Design of widgets[J]. Journal of Widgets, 2006, 61(5): 482-490. "
        "[张建三, 李四. 部件设计[J]. 部件学报, 2006, 61(5): 482-490.]",
        {
            "families": ["张", "李"],
            "title": "部件设计",
            "container": "部件学报",
            "title_translation": "Design of widgets",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
