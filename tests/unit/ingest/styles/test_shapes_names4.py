"""Author blocks, one row each: text → fields (fourth names table).

Each row stands for a shape real lists print in their author blocks: a Chinese name's
ideographs in parentheses after its romanisation (`Wang Y-G (王某某), Chen X-J (陈某某).`),
as the English lists of Chinese fisheries and agriculture journals print them.
Guard rows keep the readings each rule must not change.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "romanised names, their ideographs in parentheses: a book",
        "Doe Y-G (张三丰), Roe X-J (李新军). The World Widget Resources and Fisheries. "
        "Beijing: Example Ocean Press, 2005 (in Chinese)",
        {
            "families": ["Doe", "Roe"],
            "givens": ["Y-G", "X-J"],
            "title": "The World Widget Resources and Fisheries",
            "publisher": "Example Ocean Press",
        },
    ),
    (
        "romanised names, their ideographs spaced in parentheses, a comma misplaced, et al.",
        "Doe J (张 俊) ,Roe G-B (李国宝), Doe P (张 鹏), et al. Estimation of widget "
        "resource in the central Example Sea. Journal of Widget Sciences of China, 2014, "
        "21(4): 822-831 (in Chinese)",
        {"families": ["Doe", "Roe", "Doe"], "givens": ["J", "G-B", "P"], "et_al": True},
    ),
    (
        "one romanised name, its ideographs in parentheses: an article",
        "Doe D-K (张德康). The resources and utilization of two species of widget. Journal "
        "of Example Fisheries University, 2002, 11(2): 176-179 (in Chinese)",
        {"families": ["Doe"], "givens": ["D-K"], "volume": "11"},
    ),
    (
        "guard: a Chinese block's romanisation in parentheses keeps its reading",
        "陈健(Chen Jian), 李四(Li Si). 部件的研究[J]. 示例学报, 2007, 12(3): 1-9.",
        {"families": ["陈", "李"], "title": "部件的研究"},
    ),
    (
        "guard: an editor's role in parentheses after the names",
        "Doe J, Roe K (eds). Widget Handbook. London: Example Press, 2005.",
        {"families": ["Doe", "Roe"], "publisher": "Example Press"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
