"""Author-block shapes real lists print, one row each: text → names (and the fields the
names' end decides).

Each row stands for a rule about names: a body's name kept whole (an agency's or firm's
word, a country's in a name without initials, the levels of a body in commas or `and`,
`& Co.`, a firm's one word), an undated work's `(n.d.)`, `(no date)` or `n.d.` after a
body, names no stop closes ended by a quoted title, Chinese names in pinyin with their
given names spelled out or transliterated foreign names, `et al.` misprinted, and a
middle name spelled out after an initial. The data is invented: names, titles, journals
and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.styles.heads import names_end
from mmrefs.ingest.styles.people import read_names
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "ama task force led by a country's initials",
        "US Widget Services Task Force. Screening for widget wear: US Widget Services Task "
        "Force recommendation statement. Example J. 2020;323(20):2060–2066.",
        {"families": ["US Widget Services Task Force"], "givens": [""], "container": "Example J"},
    ),
    (
        "nlm body named with its country",
        "Widget Scotland. Living with widgets [internet]. 2024 [cited 2024 Feb 18]. "
        "Available from: https://example.org/living-with-widgets",
        {"families": ["Widget Scotland"], "title": "Living with widgets"},
    ),
    (
        "apa body without a date",
        "Widgets New Zealand. (n.d.). Form a new widget club. https://example.org/clubs",
        {"families": ["Widgets New Zealand"], "title": "Form a new widget club", "year": ""},
    ),
    (
        "agps harvard firm with an ampersand",
        "Sample & Co. 2002, Style manual for widget makers, 6th edn, Example Press, Sampletown.",
        {"families": ["Sample & Co"], "year": "2002"},
    ),
    (
        "nlm levels of one body in commas",
        "Department of Widgets, National Institutes of Gears, National Heart, Lung, and Blood "
        "Institute. Guidelines for widget care. Example J. 2012;3(2):1-5.",
        {
            "families": [
                "Department of Widgets, National Institutes of Gears, National Heart, Lung, "
                "and Blood Institute"
            ],
            "title": "Guidelines for widget care",
        },
    ),
    (
        "chicago person and a group stay apart",
        "Sample, Ming and Example Collaborative Study Group. 1975. “Engineering Widgets.” "
        "Example Physics 143 (3): 2243.",
        {"families": ["Sample", "Example Collaborative Study Group"], "givens": ["Ming", ""]},
    ),
    (
        "gbt pinyin names family first with given names spelled out",
        "Wang Xiaoming, Liu Hong, Zhou Zhiyan, et al. Design of widget parameters[J]. "
        "Example Journal of Widgets, 2016, 9(5): 24-32.",
        {
            "families": ["Wang", "Liu", "Zhou"],
            "givens": ["Xiaoming", "Hong", "Zhiyan"],
            "et_al": True,
        },
    ),
    (
        "gbt pinyin names given first with the family in capitals",
        "Hong ZHANG, Xiaoli WANG, Jianjia ZHU. Methods of widget trade-offs[J]. Example "
        "Research, 2016, 35(6): 1005-1016.",
        {"families": ["ZHANG", "WANG", "ZHU"], "givens": ["Hong", "Xiaoli", "Jianjia"]},
    ),
    (
        "gbt western names are no pinyin",
        "Ana Sample, Bo Example. Widget wear[J]. Example Research, 2016, 35(6): 1005-1016.",
        {"families": ["Sample", "Example"], "givens": ["Ana", "Bo"]},
    ),
    (
        "nlm et al misprinted et all",
        "Sample YT, Example AP, Other K, et all. Widget imaging in children. Example J. "
        "2015;72(8):912-919.",
        {"families": ["Sample", "Example", "Other"], "et_al": True},
    ),
    (
        "gbt et al misprinted et all",
        "SAMPLE Y T, EXAMPLE A P, et all. Widget imaging in children[J]. Example J, 2015, "
        "72(8): 912-919.",
        {"families": ["SAMPLE", "EXAMPLE"], "et_al": True},
    ),
    (
        "nlm et al with a doubled stop",
        "Sample YT, Example AP, et al.. Widget imaging in children. Example J. 2015;72(8):912-919.",
        {"families": ["Sample", "Example"], "et_al": True, "title": "Widget imaging in children"},
    ),
    (
        "chicago initial then a middle name spelled out",
        'Sample, Sarah B., W. Kindred Example, and Thomas Other. 2017. "All Widgets are '
        'Global." Example Studies Quarterly 61, no. 4 (December): 907-923.',
        {
            "families": ["Sample", "Example", "Other"],
            "givens": ["Sarah B.", "W. Kindred", "Thomas"],
        },
    ),
    (
        "ieee initial then a family of two words",
        "E. Le Sample and A. Brito Example, “Widgets in use,” Example Trans. Widg., vol. 3, "
        "no. 2, pp. 10–12, Mar. 2001.",
        {"families": ["Le Sample", "Brito Example"], "givens": ["E.", "A."]},
    ),
    (
        "harvard body then no date without a stop",
        "Example Skin Foundation (no date) What is widget wear? Available at: "
        "https://example.org/widget-wear (Accessed: 18 January 2024).",
        {"families": ["Example Skin Foundation"], "title": "What is widget wear?", "year": ""},
    ),
    (
        "apa body then n.d. without a stop",
        "Example Widget Society (n.d.). Widget care for all ages. https://example.org/care",
        {"families": ["Example Widget Society"], "title": "Widget care for all ages"},
    ),
    (
        "chicago body then n.d. between stops",
        "Example Oral Widget Project. n.d. “Widget Database: Terms of Use.” Accessed May 27, "
        "2019. https://example.org/terms.",
        {"families": ["Example Oral Widget Project"], "title": "Widget Database: Terms of Use"},
    ),
    (
        "aip inverted names closed by a comma before the quoted title",
        "Sample, L. M., Other, T. L., and Example, J. F., “Fundamentals of widget "
        "synchronization, concepts, and uses,” Chaos 7, 520–543 (1997).",
        {
            "families": ["Sample", "Other", "Example"],
            "title": "Fundamentals of widget synchronization, concepts, and uses",
            "container": "Chaos",
        },
    ),
    (
        "ieee names closed by a stop before the quoted title",
        "D.B. Sample and H.G. Example. “Digital widgets and broadband gears,” in Proc. "
        "EX-CONF, 1986, pp. 557-598.",
        {
            "families": ["Sample", "Example"],
            "givens": ["D.B.", "H.G."],
            "title": "Digital widgets and broadband gears",
        },
    ),
    (
        "ieee names with spaces lost after their commas",
        "A. B. Sample,C. Other,and D. E. Example,“Widgets in use,” Example Trans. Widg.,vol. "
        "3,no. 2,pp. 10–12,Mar. 2001.",
        {"families": ["Sample", "Other", "Example"], "title": "Widgets in use"},
    ),
    (
        "ama et al misprinted et. al.",
        "Sample, A, Example, B, Other, J, et. al. Widget care: the basics. New York, NY: "
        "Example Press; 2008.",
        {"families": ["Sample", "Example", "Other"], "et_al": True, "year": "2008"},
    ),
    (
        "apa body named a league",
        "National Widget League (1951). 40th anniversary yearbook. New York, NY: Author",
        {"families": ["National Widget League"], "year": "1951"},
    ),
    (
        "apa body whose levels name its portfolios",
        "Department of Widgets, Housing, Community Services and Indigenous Affairs (2009). "
        "Growing up with widgets: annual report. Example Press.",
        {"families": ["Department of Widgets, Housing, Community Services and Indigenous Affairs"]},
    ),
    (
        "apa body of two levels joined by and",
        "Human Rights and Equal Widget Commission (1997). Bringing widgets home. Example Press.",
        {"families": ["Human Rights and Equal Widget Commission"], "givens": [""]},
    ),
    (
        "chicago firm of one word",
        'Examplify. 2016. "A look into the future of widget technology." Accessed March 23, '
        "2018. https://example.com/future/.",
        {"families": ["Examplify"], "title": "A look into the future of widget technology"},
    ),
    (
        "nlm home page titled by its body",
        "Example Widget Research Institute [Internet]. Sampletown: Example University; 2009 "
        "[cited 2009 Sep 23]. Available from: https://example.org/.",
        {"families": [], "title": "Example Widget Research Institute"},
    ),
    (
        "ieee names no stop closes whose closing stop follows the quoted title",
        "王洋,李明,赵红,孙伟,周静,and 张华,“示例部件的研究,” 示例杂志,vol. 4,no. 2,pp. 1-5,2004.",
        {"families": ["王", "李", "赵", "孙", "周", "张"], "title": "示例部件的研究"},
    ),
    (
        "chicago in capitals with a middle initial before any pair",
        "SAMPLE, KWAME F. EXAMPLE, AND LINDA T. OTHER. 2015. WIDGETS IN USE. BERLIN: EXAMPLE "
        "PRESS.",
        {"families": ["SAMPLE", "EXAMPLE", "OTHER"], "givens": ["", "KWAME F.", "LINDA T."]},
    ),
    (
        "gbt foreign name transliterated in four characters",
        "萨默斯基, 主编. 示例学: 下册[M]. 北京: 示例出版社, 1981: 7-9.",
        {"families": ["萨默斯基"], "givens": [""]},
    ),
    (
        "agps harvard body then its year without a stop",
        "Department of Widget Affairs and Trade 2005, Widgets of mass construction: practical "
        "responses, Example Press, Sampletown.",
        {"families": ["Department of Widget Affairs and Trade"], "year": "2005"},
    ),
    (
        "agps harvard title first then its year",
        "Be, make, do: widget care the Example way 2004, Example-Bass, Sampletown.",
        {"families": [], "year": "2004"},
    ),
    (
        "ieee body closed by a comma",
        "Example Engineers Australia, For students and educators, Sampletown: Example "
        "Engineers Australia, 2017.",
        {"families": ["Example Engineers Australia"], "title": "For students and educators"},
    ),
    (
        "ieee body with its division in parentheses",
        "Example Electric Corporation (Staff of Widgets and Gears, Aerospace Div.), Integrated "
        "Widget Systems. Sampletown, NJ: Example-Hall, 1970.",
        {
            "families": [
                "Example Electric Corporation (Staff of Widgets and Gears, Aerospace Div.)"
            ],
            "title": "Integrated Widget Systems",
        },
    ),
    (
        "ieee patent titled first with its inventor after by",
        "Musical widget with an adjustable gear, by L.M.R. Sample. (1992, May 19). Patent D 326 "
        "189 [Online]. Available: Example Library",
        {
            "families": ["Sample"],
            "givens": ["L.M.R."],
            "title": "Musical widget with an adjustable gear",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def test_a_body_led_by_a_dotted_abbreviation_ends_at_its_own_stop() -> None:
    """`U.S. Department of Widgets. Title`: `U.S` closes no author block, the body does."""
    text = "U.S. Department of Widgets, Gears and Wheels Bureau. Widget care. Example J."
    found = names_end(text, len(text), True)
    assert found is not None
    end, names = found
    assert text[end:].startswith("Widget care")
    assert [a.literal for a in names.authors] == [
        "U.S. Department of Widgets, Gears and Wheels Bureau"
    ]


def test_two_bodies_in_commas_stay_two() -> None:
    """NLM separates bodies by semicolons, but lists print commas too: two bodies with no
    fragment between them are two authors."""
    names = read_names("Example Widget Group, Other Gear Consortium")
    assert [a.literal for a in names.authors] == ["Example Widget Group", "Other Gear Consortium"]


def test_the_pinyin_syllables_come_from_pypinyin() -> None:
    """`pinyin_syllables` reads a table inside `pypinyin`; a release that moved it would
    silently turn the pinyin reading off, so its size is pinned here."""
    from mmrefs.ingest.authors import pinyin_syllables

    syllables = pinyin_syllables()
    assert len(syllables) >= 400
    assert {"li", "zhang", "xiao", "yu"} <= syllables
