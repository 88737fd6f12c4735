"""GB/T 7714 and name shapes a review found read worse by newer rules, one row each:
text → fields (the rules were narrowed, not dropped; their own rows stay in the other
tables).

A title whose first word comes before `and` or `&` after a lone initial, English inside
a Chinese title or its part's number, a Western given name that spells a pinyin
syllable, APA's last name with a hyphened initial in lower case. The data is invented:
names, titles, journals and publishers are placeholders. A new quirk is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gbt inverted name with a lone initial, then a title's first word before and",
        "Example, J. Language and widgets[M]. London: Example Press, 1999.",
        {"families": ["Example"], "title": "Language and widgets", "publisher": "Example Press"},
    ),
    (
        "gbt inverted name with a lone initial, then a title's first word before &",
        "Example, J. Widgets & society[M]. London: Example Press, 1999.",
        {"families": ["Example"], "title": "Widgets & society"},
    ),
    (
        "gbt APA names joined by and, then a title's first word before and",
        "Example, J. H., Other, C. and Third, C. Language and widgets[M]. London: Example "
        "Press, 1999.",
        {"families": ["Example", "Other", "Third"], "title": "Language and widgets"},
    ),
    (
        "gbt family-first name, an inverted one, then a title's first word before and",
        "Sample A, Example, J. Culture and widgets[J]. Journal of Widgets, 2001, 3(2): 1-9.",
        {
            "families": ["Sample", "Example"],
            "title": "Culture and widgets",
            "container": "Journal of Widgets",
        },
    ),
    (
        "gbt Chinese title with English words inside it, not after it",
        "张三. 基于示例卡洛(Monte Carlo)方法的示例研究[J]. 示例学报, 2010, 3(2): 1-9.",
        {"families": ["张"], "title": "基于示例卡洛(Monte Carlo)方法的示例研究"},
    ),
    (
        "gbt Chinese title closed by its part's number in parentheses",
        "张三. 示例系统研究(Part 2)[J]. 示例学报, 2010, 3(2): 1-9.",
        {"title": "示例系统研究(Part 2)", "title_translation": "", "container": "示例学报"},
    ),
    (
        "gbt Western name given first whose given name spells a pinyin syllable",
        "Ben Lin, Example H. Widget networks[J]. Journal of Widgets, 2010, 3(2): 1-9.",
        {"families": ["Lin", "Example"], "givens": ["Ben", "H"], "title": "Widget networks"},
    ),
    (
        "apa last name with a hyphened initial in lower case, its stop the block's",
        "Liu, W.-t., & Chung, C.-w. (2010). Widget names. Journal of Widgets, 3, 1-9.",
        {"families": ["Liu", "Chung"], "year": "2010", "title": "Widget names"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[row[0] for row in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
