"""Shapes the review of round 24's G2 rules repaired, one row each: text → fields.

G2 kept a Chinese name of five ideographs or more ending in `组织`, `网` or `社` as a GB/T
author (`gbt7714._SITE_SUFFIX`), and two to four capitalised words ending in a body's word
(`Example Heritage`, `Human Rights Watch`) whole (`people.last_word_body`). Their
neighbours read worse: a title with no author and no code ending so (`示例物联网. 学报,
2010, 12(3): 1-9`) became an untitled article's author, where the entry was refused;
a person whose family is such a word (`Mark Watch`) among persons printed with spelled
given names was kept whole, and the list's reading fell below the fallback's. Guard rows
keep what the rules are for. The data is invented: names, titles and journals are
placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import FAILED, check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gbt no code: a title ending in 网 before a journal's part is no untitled author",
        "示例部件与物联网. 示例学报, 2010, 12(3): 1-9.",
        {FAILED: True},
    ),
    (
        "gbt no code: a title ending in 组织 (tissue) before a journal's part",
        "大鼠示例脂肪组织. 示例学报, 2010, 12(3): 1-9.",
        {FAILED: True},
    ),
    (
        "gbt no code guard: a body ending in 中心 stays an untitled article's author",
        "示例卫生中心. 示例学报, 2010, 12(3): 1-9.",
        {"families": ["示例卫生中心"], "title": "", "container": "示例学报"},
    ),
    (
        "ieee: a person `Mark Watch` before a person with a spelled given name",
        'Mark Watch, John Doe, "Widget paintings," IEEE Trans. Widgets, vol. 12, '
        "pp. 345-350, 2010.",
        {"families": ["Watch", "Doe"], "givens": ["Mark", "John"]},
    ),
    (
        "author-date: two persons whose families are body words",
        "Mark Watch and Anna Media. 2014. Widget paintings. London: Example Press.",
        {"families": ["Watch", "Media"], "givens": ["Mark", "Anna"]},
    ),
    (
        "chicago: a person `Mark Watch` after an inverted person with a spelled given name",
        "Doe, John, and Mark Watch. 2014. Widget Paintings. London: Example Press.",
        {"families": ["Doe", "Watch"], "givens": ["John", "Mark"]},
    ),
    (
        "apa guard: a body ending in `Heritage` after persons with initials stays whole",
        "Doe, J., Roe, K., & Example Heritage. (2019). Widget report. London: Example Press.",
        {"families": ["Doe", "Roe", "Example Heritage"]},
    ),
    (
        "author-date guard: a body ending in `Watch` alone stays whole",
        "Example Rights Watch. (2019). Widget report. New York: Example Press.",
        {"families": ["Example Rights Watch"], "givens": [""]},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
