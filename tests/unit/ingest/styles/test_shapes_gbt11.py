"""Chinese lists' shapes, one row each: text → fields (eleventh GB/T table).

Each row stands for a shape real lists print: an English entry without a type code, its
title's language note `(in Chinese)`, that its Chinese original closes in brackets
(`Doe J Y. English title (in Chinese). Beijing: Example Press, 1983 [张三. 中文题名. 北京:
示例出版社, 1983].`, as Science China's journals print their Chinese references), read
from the original with the English title as its translation; a report's number
printed alone where its publisher would stand (`[R]. AIAA-2004-5246, 2004.`, `[R]. NASA
TM X-64790, 1973.`), which is no publisher; a pinyin digraph's initial in capitals
before another initial (`ZHANG SH J`), the given name's, not the family's; a
standard's designation without its year before the title (`UIC Code 518 Title[S]`).
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
    (
        "report: an agency's number alone before the year, no publisher",
        "Doe J, Roe P, Poe K, et al. Analysis of the widget gyroscope cluster[R]. "
        "AIAA-2004-5246, 2004.",
        {"title": "Analysis of the widget gyroscope cluster", "publisher": "", "year": "2004"},
    ),
    (
        "report: an agency's series letters and number, no space before the year",
        "Doe E F. A torque control law for widget vehicles[R]. NASA TM X-64790,1973.",
        {"publisher": "", "year": "1973"},
    ),
    (
        "report: an agency's number after a slash",
        "Doe E F. A torque control law for widget vehicles[R]. EXRL/TP-500-12345, 2010.",
        {"publisher": "", "year": "2010"},
    ),
    (
        "guard: a report's publisher alone keeps its reading",
        "Doe E F. A torque control law for widget vehicles[R]. Example Agency, 1973.",
        {"publisher": "Example Agency", "year": "1973"},
    ),
    (
        "guard: an agency's letters alone are its publisher",
        "Doe E F. A torque control law for widget vehicles[R]. NASA, 1973.",
        {"publisher": "NASA", "year": "1973"},
    ),
    (
        "guard: a Chinese report's place and publisher",
        "张三. 部件研究报告[R]. 北京: 示例研究院, 2010.",
        {"publisher": "示例研究院", "place": "北京"},
    ),
    (
        "names: a digraph's initial in capitals before another initial is the given name's",
        "DOE SH J,ROE X B,POE F. Design of a widget attitude control system[J].Chinese "
        "Widget Science and Technology,2005,12(6):43-50.",
        {"families": ["DOE", "ROE", "POE"], "givens": ["SH J", "X B", "F"]},
    ),
    (
        "guard: two capitals alone after the family stay its given name",
        "DOE CH, ROE X B. Design of a widget[J]. Widget Science, 2005, 12(6): 43-50.",
        {"families": ["DOE", "ROE"], "givens": ["CH", "X B"]},
    ),
    (
        "standard: a designation without its year, a series' word in it, before the title",
        "International Union of Widgets. UIC Code 518 Testing and Approval of Widget "
        "Vehicles[S]. 3rd ed. Paris: International Union of Widgets, 2005.",
        {"title": "Testing and Approval of Widget Vehicles", "place": "Paris"},
    ),
    (
        "standard: a body's letters and number without a year before the title",
        "Example Organization. ISO 9001 Quality management of widgets[S]. Geneva: ISO, 2015.",
        {"title": "Quality management of widgets", "publisher": "ISO"},
    ),
    (
        "guard: a standard's title with a word and a year inside keeps them",
        "Example Organization. Widget Code 2005 for buildings[S]. Beijing: Example Press, 2010.",
        {"title": "Widget Code 2005 for buildings"},
    ),
    (
        "guard (review): a body's letters and a year open a standard's title",
        "Example Organization. WHO 2010 Widget guidelines[S]. Geneva: WHO, 2010.",
        {"title": "WHO 2010 Widget guidelines"},
    ),
    (
        "guard (review): an original whose reading takes its book's imprint for a journal",
        "Doe J Y. Widget design (in Chinese). In: Proceedings of the Widget Conference. "
        "Beijing: Example Press, 2010. 12-19 [张三. 部件设计. 见: 部件会议论文集. 北京: "
        "示例出版社, 2010. 12-19].",
        {"title_translation": ""},
    ),
    (
        "guard: a report's title opening with capitals and a number keeps them",
        "Doe E F. EXA 2000 Widget survey[R]. Washington: Example Agency, 2001.",
        {"title": "EXA 2000 Widget survey"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
