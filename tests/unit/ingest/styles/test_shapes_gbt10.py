"""Shapes of GB/T and GB/T-like lists, one row each: text → fields (tenth table of the CJK
and GB/T lists' shapes).

Each row stands for a shape real lists print: an English entry with its Chinese original
appended in brackets, type code and all (`English title[J]. Journal, …. [中文作者. 中文题名
[J]. 中文刊名, ….]`, as Chinese geography journals print them), read from the original,
the English title as its translation, as the batches read a Chinese entry its English
version follows; Korean lists' two authors in Hangul joined by a middle dot or a full
stop (`도가남·백선기, 2008, Title, …`), read as one name or as none; a semicolon list's
`&` before its last name, glued to it by PDF text with its comma made a semicolon
(`Doe, N.; Roe, F. I.; &Poe; C.`), read as part of the family. Guard rows keep the
readings each rule must not change. GOST's transliterated given names whose first
letter is a digraph (`Roe Yu.V.`) are initials, not part of a body's name.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "english first, its chinese original in brackets: a book read from the original",
        "Doe Yafeng,Roe Chaohai,Poe Zongtai,et al. Short Widget Inventory of China[M]. "
        "Shanghai: Example Science Press,2005.[窦雅风,罗潮海,蒲宗太,等. 简明中国部件编目[M]. "
        "上海: 上海示例出版社,2005.]",
        {
            "families": ["窦", "罗", "蒲"],
            "title": "简明中国部件编目",
            "publisher": "上海示例出版社",
            "place": "上海",
            "title_translation": "Short Widget Inventory of China",
        },
    ),
    (
        "english first, its chinese original in brackets after a space: an article",
        "Doe Yong,Roe Shiyin. Progress of the widget model[J]. Journal of Widgetology,2006,"
        "28(1):101-107. [窦勇,罗时银. 部件模型的应用进展[J]. 部件冻土,2006,28(1):101-107.]",
        {
            "families": ["窦", "罗"],
            "givens": ["勇", "时银"],
            "title": "部件模型的应用进展",
            "container": "部件冻土",
            "volume": "28",
            "issue": "1",
            "pages": "101-107",
            "title_translation": "Progress of the widget model",
        },
    ),
    (
        "korean: two names in Hangul joined by a full stop",
        "도가남.백선기, 2008, 언론매체의 예시 형성과 이데올로기, 예시와사회, 16(2), 2-36.",
        {
            "families": ["도", "백"],
            "givens": ["가남", "선기"],
            "title": "언론매체의 예시 형성과 이데올로기",
            "container": "예시와사회",
        },
    ),
    (
        "korean: two names in Hangul joined by a middle dot",
        "도가남·백선기, 2008, 언론매체의 예시 형성과 이데올로기, 예시와사회, 16(2), 2-36.",
        {"families": ["도", "백"], "givens": ["가남", "선기"]},
    ),
    (
        "guard: one Korean name keeps its reading",
        "도가남, 2008, 언론매체의 예시 형성과 이데올로기, 예시와사회, 16(2), 2-36.",
        {"families": ["도"], "givens": ["가남"], "container": "예시와사회"},
    ),
    (
        "semicolons: `&` glued to the last family, its comma turned into a semicolon",
        "Doe, N.; Roe, F. I.; &Poe; C. (1998). Interest groups, the media, and widget "
        "formation: analysis of widget structure, rhetoric, and cues. Widget Communication",
        {"families": ["Doe", "Roe", "Poe"], "givens": ["N.", "F. I.", "C"]},
    ),
    (
        "semicolons: `& ` before the last name is no part of its family",
        "Doe, N.; Roe, F. I.; & Poe, C. (1998). Interest groups and widget formation. Widget "
        "Communication, 12, 1-9.",
        {"families": ["Doe", "Roe", "Poe"], "title": "Interest groups and widget formation"},
    ),
    (
        "guard: semicolons without `&` keep their reading",
        "Doe, N.; Roe, F. I.; Poe, C. (1998). Interest groups and widget formation. Widget "
        "Communication, 12, 1-9.",
        {"families": ["Doe", "Roe", "Poe"], "givens": ["N.", "F. I.", "C"]},
    ),
    (
        "gost transliterated: a given name's digraph initial `Yu.` before the patronymic's",
        "Doe K.V., Roe Yu.V. Metodyka widgetiv na prykladi [Methodology for widgets]. "
        "Kharkiv. 2015; 2 (43) : 123-128 (in Ukrainian).",
        {"families": ["Doe", "Roe"], "givens": ["K.V.", "Yu.V"]},
    ),
    (
        "guard: a family and two dotted initials keep their reading",
        "Doe K.V., Roe Y.V. Metodyka widgetiv na prykladi [Methodology for widgets]. "
        "Kharkiv. 2015; 2 (43) : 123-128 (in Ukrainian).",
        {"families": ["Doe", "Roe"]},
    ),
    (
        "guard: a chinese entry its english version follows in brackets keeps its reading",
        "窦勇,罗时银. 部件模型的应用进展[J]. 部件冻土,2006,28(1):101-107. [DOE Y, ROE S. "
        "Progress of the widget model[J]. Journal of Widgetology,2006,28(1):101-107.]",
        {
            "families": ["窦", "罗"],
            "title": "部件模型的应用进展",
            "container": "部件冻土",
            "title_translation": "Progress of the widget model",
        },
    ),
    (
        "guard: an english entry ending in a bracket of english is read as printed",
        "DOE J, ROE K. Widget design[J]. Journal of Widgets, 2010, 3(2): 1-9. [DOE J. Widget "
        "notes[J]. Widgets, 2010.]",
        {"families": ["DOE", "ROE"], "title": "Widget design", "container": "Journal of Widgets"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
