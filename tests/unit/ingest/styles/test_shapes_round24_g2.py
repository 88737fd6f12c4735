"""Shapes of author blocks, one row each: text → fields (round 24, second fix round, G).

Each row stands for a shape real lists print in the author slot that two or more
batches showed read wrongly: a Chinese body's name of five ideographs or more that ends
in a body's word GB/T's split did not know (`示例卫生组织`, `示例新闻网`, `示例通讯社`),
kept as the entry's author instead of opening its title; a body of two to four
capitalised words whose last word only bodies end with (`Example Heritage`, `Widget
Connection`), kept whole rather than read as a person given first.
Guard rows keep the readings each rule must not change.
The data is invented: names, titles, journals and publishers are placeholders, DOIs
use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gbt: a body ending in 组织 before a web page's title",
        "示例卫生组织. 预测2050年全球部件情况 [EB/OL].(2020-12-19)[2024-07-07]. "
        "https://www.example.com/news/2020-widgets.",
        {"families": ["示例卫生组织"], "title": "预测2050年全球部件情况", "year": "2020"},
    ),
    (
        "gbt: a body ending in 组织 before a report's title",
        "联合国粮食及示例组织. 部件情况[R]. 罗马: 示例出版社, 2020.",
        {"families": ["联合国粮食及示例组织"], "title": "部件情况", "publisher": "示例出版社"},
    ),
    (
        "gbt: a traditional 組織 body",
        "示例卫生組織. 部件情况[R]. 北京: 示例出版社, 2020.",
        {"families": ["示例卫生組織"], "title": "部件情况"},
    ),
    (
        "gbt: a news site of five ideographs or more as a web page's author",
        "中国示例新闻网. 部件情况 [EB/OL].(2020-12-19)[2024-07-07]. "
        "https://www.example.com/news/2020-widgets.",
        {"families": ["中国示例新闻网"], "title": "部件情况"},
    ),
    (
        "gbt: a news agency of five ideographs or more as a web page's author",
        "示例通讯社. 部件情况 [EB/OL].(2020-12-19)[2024-07-07]. "
        "https://www.example.com/news/2020-widgets.",
        {"families": ["示例通讯社"], "title": "部件情况"},
    ),
    (
        "gbt bracketed original: its body ending in 组织 now read, the original is whole",
        "WHO. Widget report[R]. Geneva: WHO, 2010. "
        "[世界示例组织. 某某报告[R]. 日内瓦: 世界示例组织, 2010.]",
        {"families": ["世界示例组织"], "title": "某某报告", "place": "日内瓦"},
    ),
    (
        "author-date: a web page's body of two words ending in `Heritage`",
        'Example Heritage. 2014. "Widget Paintings." (http://example.com/widgets/) (2017/10/11)',
        {"families": ["Example Heritage"], "givens": [""], "title": "Widget Paintings"},
    ),
    (
        "apa: a web page's body of two words ending in `Connection`",
        "Widget Connection. (2020). Widget connection resources center. "
        "https://www.example.com/g/resource-center",
        {"families": ["Widget Connection"], "givens": [""], "year": "2020"},
    ),
    (
        "apa: a body of two words ending in `International` as author and publisher",
        "Example International. (2019). Widget report 2019. London: Example International.",
        {"families": ["Example International"], "publisher": "Example International"},
    ),
    (
        "nlm: a body ending in `Heritage` after a person",
        "Doe J, Example Heritage. Widgets and methods. Cambridge: Example Press; 1984.",
        {"families": ["Doe", "Example Heritage"], "title": "Widgets and methods"},
    ),
    (
        "nlm guard: a family `Heritage` with its initials stays a person's",
        "Heritage J. Widgets and methods. Cambridge: Example Press; 1984.",
        {"families": ["Heritage"], "givens": ["J"]},
    ),
    (
        "apa guard: an inverted family `Heritage` stays a person's",
        "Doe, J., & Heritage, K. (1984). Widgets and methods. Cambridge: Example Press.",
        {"families": ["Doe", "Heritage"], "givens": ["J.", "K"]},
    ),
    (
        "given-first guard: `J. Heritage` stays a person's",
        "J. Heritage, Widgets and methods (Example Press, Cambridge, 1984).",
        {"families": ["Heritage"], "givens": ["J."]},
    ),
    (
        "gbt guard: a title's first sentence opened by 基于 and ending in 网 names no body",
        "基于示例物联网. 部件研究[J]. 示例学报, 2010, 12(3): 1-9.",
        {"families": [], "title": "基于示例物联网. 部件研究"},
    ),
    (
        "gbt guard: a title's first sentence with 的 and ending in 组织 names no body",
        "示例的卫生组织. 部件报告[R]. 北京: 示例出版社, 2010.",
        {"families": []},
    ),
    (
        "gbt guard: a body ending in 协会 stays one whatever opens it",
        "论示例协会. 部件报告[R]. 北京: 示例出版社, 2010.",
        {"families": ["论示例协会"], "title": "部件报告"},
    ),
    (
        "apa guard: an inverted name whose given names end in `Heritage` stays one person",
        "Roe, Peter Heritage. 2014. Widget paintings. London: Example Press.",
        {"families": ["Roe"], "givens": ["Peter Heritage"]},
    ),
    (
        "gbt guard: a body ending in 中心 keeps its reading",
        "示例卫生中心. 部件情况 [EB/OL].(2020-12-19)[2024-07-07]. https://www.example.com/w.",
        {"families": ["示例卫生中心"], "title": "部件情况"},
    ),
    (
        "gbt guard: a person's name keeps its reading",
        "张三主编.部件内科学.北京:示例出版社,1984.51-53.",
        {"families": ["张"], "title": "部件内科学", "publisher": "示例出版社"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
