"""Shapes of the author block and the head of an entry, one row each: text → fields
(ninth table of the CJK and GB/T lists' shapes).

Each row stands for a rule a style guide states or a shape real lists print at the head:
a Japanese author-date list's names glued to their year and its title in hook brackets
(`山田太郎(2002)『書名』出版社。`), the first edition's year after the printing's
(`(2005・初2002)`); GB/T's publisher before its place, the year in parentheses of
English lists that print GB/T's codes, a standard's designation of other bodies, a
numbered committee as the author; an untitled patent's year in the head, initials of
Latin Extended-B, the Journal of Fluid Mechanics' bare year after the initials (and its
PDF text's moved stops). Guard rows keep the readings each rule must not change.
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
        "gb/t: the publisher before its place, a publishing body's last word",
        "Doe T M, Roe G S. Widget analysis[M]. Example Publishing, Beijing, 2010.",
        {"publisher": "Example Publishing", "place": "Beijing", "year": "2010"},
    ),
    (
        "gb/t: an institute before its city and its state in full",
        "Doe J. Widget code[S]. Example Institute, Farmington Hills, Michigan, 2005.",
        {"publisher": "Example Institute", "place": "Farmington Hills, Michigan"},
    ),
    (
        "gb/t: the publisher before its place, a range of pages after the year's comma",
        "Doe J. Widget code for buildings[S]. Example Building Press, Beijing, 2001, 13–15.",
        {"publisher": "Example Building Press", "pages": "13-15", "style": "gbt7714"},
    ),
    (
        "gb/t guard: the publisher before its place with pages after a colon",
        "Doe J. Widget theory[M]. Example Press, San Diego, 2000: 45-47.",
        {"publisher": "Example Press", "place": "San Diego", "pages": "45-47"},
    ),
    (
        "gb/t author-date: the year in parentheses, no year in the imprint",
        "Doe T.M., Roe G.S. (2010) Widget analysis and simulation[M]. Example Water Power "
        "Press, Beijing.",
        {
            "families": ["Doe", "Roe"],
            "title": "Widget analysis and simulation",
            "publisher": "Example Water Power Press",
            "place": "Beijing",
            "year": "2010",
            "style": "gbt7714-author-date",
        },
    ),
    (
        "gb/t author-date: the year in parentheses, and again in the journal's part",
        "Doe J, Roe K (2010) Widget analysis[J]. Widget Journal,2010,12(3): 45-67.",
        {"title": "Widget analysis", "container": "Widget Journal", "volume": "12"},
    ),
    (
        "gb/t author-date guard: the year after a stop still read so",
        "Doe J, Roe K. 2010. Widget analysis[J]. Widget Journal, 12(3): 45-67.",
        {"container": "Widget Journal", "year": "2010", "style": "gbt7714-author-date"},
    ),
    (
        "gb/t: a standard's body hyphened to its number, parts before the year",
        "EXS-02-1726-2002,Widget resistance design standard[S].Exampleland:Ministry of "
        "Widgets,2002:1-25.",
        {"title": "Widget resistance design standard", "families": []},
    ),
    (
        "gb/t: a standard's series words between its body and number, nothing after [S]",
        "WIDGT Test Method 84-2000,Widget Resistance of Yarns[S].",
        {"title": "Widget Resistance of Yarns", "year": "2000"},
    ),
    (
        "gb/t: a Chinese industry standard's letter spaced off its number",
        "JTG B 01—2003 示例工程技术标准[S]. 北京: 示例出版社, 2004.",
        {"title": "示例工程技术标准", "year": "2004"},
    ),
    (
        "gb/t guard: a national standard's designation before a Chinese title",
        "GB 50010-2010 示例结构设计规范[S]. 北京: 示例出版社, 2010.",
        {"title": "示例结构设计规范", "publisher": "示例出版社"},
    ),
    (
        "gb/t guard: an international standard's part and colon year",
        "ISO 1234-1:2005 Widget rules[S]. Geneva: Example Press, 2005.",
        {"title": "Widget rules", "place": "Geneva"},
    ),
    (
        "gb/t: a numbered committee closed by a comma is the author",
        "Example Committee 318, Widget requirements for concrete[S]. Example Institute, "
        "Farmington Hills, Michigan, 2005.",
        {"families": ["Example Committee 318"], "title": "Widget requirements for concrete"},
    ),
    (
        "gb/t guard: a committee's word inside a title stays the title's",
        "Doe J. Widget Committee reports, 1990-2000[M]. Beijing: Example Press, 2001.",
        {"families": ["Doe"], "title": "Widget Committee reports, 1990-2000"},
    ),
    (
        "author-date: an untitled patent keeps the year of the head",
        "Doe, J. A. (1988), US Patent 1234567.",
        {"year": "1988", "title": "", "families": ["Doe"]},
    ),
    (
        "author-date: a capital of Latin Extended-B as the last initial",
        "Doe, S., & Roe, Ȧ. (2015). Widget walls. Example Press.",
        {"families": ["Doe", "Roe"], "givens": ["S.", "Ȧ"]},
    ),
    (
        "author-date: Romanian's comma-below capital as an initial",
        "Doe, Ș., & Roe, T. (2015). Widget walls. Example Press.",
        {"families": ["Doe", "Roe"], "givens": ["Ș.", "T"]},
    ),
    (
        "jfm: the bare year after the last initial's stop, then the title",
        "Doe, J. C. 1951 Widget theory of turbulence. J. Widget Mech. 129, 547–560.",
        {
            "year": "1951",
            "title": "Widget theory of turbulence",
            "container": "J. Widget Mech",
            "volume": "129",
        },
    ),
    (
        "jfm: a book with its publisher alone",
        "Doe, B. E. & Roe, D. B. 1972 Widget Models of Turbulence. Academic.",
        {"year": "1972", "title": "Widget Models of Turbulence", "publisher": "Academic"},
    ),
    (
        "jfm: PDF text that moved each stop before its space",
        "Doe, A. D. , Roe, W. M. & Moe, M .1968 Widget Transfer in Flows .Academic.",
        {
            "families": ["Doe", "Roe", "Moe"],
            "year": "1968",
            "title": "Widget Transfer in Flows",
            "publisher": "Academic",
        },
    ),
    (
        "nlm guard: a title that opens with a year after initials undotted",
        "Doe J, Roe K. 2019 Novel widget outbreak. Widget J. 2020;3:45-50.",
        {"year": "2020", "title": "2019 Novel widget outbreak", "container": "Widget J"},
    ),
    (
        "gb/t: a pinyin given name typed in lower case in a list of names",
        "Li jie, Li Guoqiang. Introduction to widget engineering[M]. Example Press, Beijing, "
        "1992, 225–226.",
        {
            "families": ["Li", "Li"],
            "givens": ["Jie", "Guoqiang"],
            "title": "Introduction to widget engineering",
            "publisher": "Example Press",
        },
    ),
    (
        "gb/t guard: a title of two pinyin words before its stop is no name",
        "Tai chi. Widget exercise[M]. Beijing: Example Press, 1992.",
        {"families": [], "title": "Tai chi. Widget exercise"},
    ),
    (
        "french author-date: the year after the names' comma, then the title in guillemets",
        "Doe, David, Karen Roe et Tim Moe, 2011 « Widgets and the Environment », Annual "
        "Review of Widgets, 36 : 247-270.",
        {
            "families": ["Doe", "Roe", "Moe"],
            "year": "2011",
            "title": "Widgets and the Environment",
            "container": "Annual Review of Widgets",
        },
    ),
    (
        "genetics guard: the year after the names' comma, then the title's capital",
        "Doe, J., and K. Roe, 2011 Widgets and the environment. Genetics 36: 247-270.",
        {"year": "2011", "title": "Widgets and the environment", "container": "Genetics"},
    ),
    (
        "comma style: a Chinese name in pinyin, family first, closed by a comma (a book)",
        "Cai Zaisheng, Widget chemistry and physics, Example Textile Press, Beijing, 2004, "
        "pp.225-226.",
        {
            "families": ["Cai"],
            "givens": ["Zaisheng"],
            "title": "Widget chemistry and physics",
            "publisher": "Example Textile Press",
        },
    ),
    (
        "comma style: pinyin names before a title and Elsevier's numeric locator",
        "Song Xinyuan, Li Wei, The development of widget fibres, Dyeing. 8 (2005) 41-45.",
        {"families": ["Song", "Li"], "title": "The development of widget fibres"},
    ),
    (
        "comma style guard: capitalised words that are no pinyin stay the title's",
        "World Widgets, Widget chemistry and physics, Example Press, Beijing, 2004.",
        {"families": []},
    ),
    (
        "gb/t without a code: an untitled article, its journal's part after the names",
        "Doe C, Roe C, Poe B, et al. Widgets, 2018, 10(6):679",
        {
            "families": ["Doe", "Roe", "Poe"],
            "title": "",
            "container": "Widgets",
            "volume": "10",
            "issue": "6",
            "pages": "679",
            "style": "gbt7714-no-code",
        },
    ),
    (
        "gb/t without a code guard: a titled article keeps its title",
        "Doe C, Roe C. Widget analysis. Widgets, 2018, 10(6):679-685.",
        {"title": "Widget analysis", "container": "Widgets", "style": "gbt7714-no-code"},
    ),
    (
        "gb/t: a report's number after `Report No.` is no publisher",
        "Doe A. K., Roe R. K. Widget methods: SDF systems[R]. Report No. EXR-1999/02, 1999.",
        {"title": "Widget methods: SDF systems", "publisher": "", "year": "1999"},
    ),
    (
        "gb/t guard: a report's place and publisher",
        "Doe A. K. Widget methods[R]. Washington, DC: Example Agency, 1999.",
        {"publisher": "Example Agency", "place": "Washington, DC"},
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
