"""GB/T 7714 entry shapes that real Chinese lists print, one row each: text → fields.

Each row stands for a slip or variant a copied list prints around GB/T's grammar (a type
code spaced inside its brackets, an article printed with its journal but no title, the
imprint's parts reordered, a year split by a space, a newspaper's date in Chinese, an
English entry followed by its Chinese original, …). The data is invented: names, titles,
journals and publishers are placeholders. A new quirk is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.model import Kind
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gbt type code spaced inside its brackets",
        "Sample AB, Example C, Other D, et al. A placeholder study of widget wear [ J ]. "
        "Example Journal, 2011, 42(3): 3-15.",
        {
            "title": "A placeholder study of widget wear",
            "container": "Example Journal",
            "volume": "42",
            "type_code": "J",
        },
    ),
    (
        "gbt article printed with its journal and no title",
        "SAMPLE K L, EXAMPLE M. Journal of Widget Research[J], 2019, 36(4): 340-341.",
        {
            "families": ["SAMPLE", "EXAMPLE"],
            "title": "",
            "container": "Journal of Widget Research",
            "year": "2019",
            "volume": "36",
            "issue": "4",
            "first_page": "340",
        },
    ),
    (
        "gbt book pages after a comma",
        "示例编辑委员会. 示例植物志: 第4卷[M]. 北京: 示例出版社, 1980, 92–95.",
        {
            "place": "北京",
            "publisher": "示例出版社",
            "year": "1980",
            "first_page": "92",
            "last_page": "95",
        },
    ),
    (
        "gbt book publisher before its place",
        "李明. 示例学[M]. 示例教育出版社, 北京. 2000: 45–47.",
        {"publisher": "示例教育出版社", "place": "北京", "year": "2000", "first_page": "45"},
    ),
    (
        "gbt year split by a space",
        "王明. 示例论文题目[J]. 示例史研究, 1 998(3): 167-173.",
        {"container": "示例史研究", "year": "1998", "issue": "3", "first_page": "167"},
    ),
    (
        "gbt newspaper date with its day sign",
        "王明. 示例新闻题目[N]. 示例日报, 2018-01-12日(11).",
        {"container": "示例日报", "year": "2018", "pages": "11"},
    ),
    (
        "gbt newspaper date in chinese",
        "王明. 示例新闻题目[N]. 示例日报, 2018年1月12日(11).",
        {"container": "示例日报", "year": "2018", "pages": "11"},
    ),
    (
        "gbt online work with nothing after its code",
        "王明. 示例网页题目[EB/OL].",
        {"families": ["王"], "title": "示例网页题目", "kind": Kind.WEB},
    ),
    (
        "gbt english entry followed by its chinese original",
        "Ana Example. A Placeholder Guide to Widgets [M]. Translated by Bo Sample. 5th ed. "
        "Beijing: Example Press, 2004 (in Chinese) (Ana Example.示例题名[M].示例译.第5版."
        "北京:示例出版社, 2004)",
        {
            "title": "示例题名",
            "title_translation": "A Placeholder Guide to Widgets",
            "place": "北京",
            "publisher": "示例出版社",
            "year": "2004",
        },
    ),
    (
        "gbt year after the volume and issue",
        "张三, 李四, 等. 示例综述[J]. 示例林业研究, 23(4): 2010, 65-69.",
        {"year": "2010", "volume": "23", "issue": "4", "first_page": "65", "last_page": "69"},
    ),
    (
        "gbt uncoded newspaper with its english version in brackets",
        "王明, 李华. 示例新闻题目. 示例日报, 2016-03-01(06). [WANG M, LI H. A placeholder "
        "news title. Example Daily, 2016-03-01(06).]",
        {
            "title": "示例新闻题目",
            "container": "示例日报",
            "year": "2016",
            "pages": "06",
            "kind": Kind.NEWSPAPER,
            "title_translation": "A placeholder news title",
        },
    ),
    (
        "gbt quoted chapter title in its book before the code",
        'Sample E. "The size of widgets" In topics in widget economics: Theory and practice[M]. '
        "Example City: Example University Press, 1998: 33-54.",
        {
            "title": "The size of widgets",
            "container": "topics in widget economics: Theory and practice",
            "publisher": "Example University Press",
            "first_page": "33",
        },
    ),
    (
        "gbt chapter title then In: editors and book before the code",
        "SAMPLE J. Widget wear in the field. In: EXAMPLE K, OTHER L, eds. A handbook of "
        "widgets[M]. London: Example Press, 2001: 1-10.",
        {"title": "Widget wear in the field", "container": "A handbook of widgets"},
    ),
    (
        "gbt translators after a foreign author",
        "(美)Example Anna 示例等(译).示例题名[M].北京:示例出版社,2001.",
        {"title": "示例题名", "place": "北京", "publisher": "示例出版社"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
