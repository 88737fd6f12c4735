"""Name and GB/T 7714 shapes that real lists print, one row each: text → fields (third table).

Each row stands for a family of entries real lists print (GB/T's `et al` with its stop
spaced off, a translated book's authors and translators, APA's names in a GB/T list, the
English after each Chinese part, a report's series before its imprint, Pleiades' inverted
names before a title, an untitled author-date article, initials hyphened in lower case).
The data is invented: names, titles, journals and publishers are placeholders. A new
quirk is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gbt et al with its stop spaced off before a title opening with a hyphened word",
        "Sample A B, Example C,Other Name D E ,et al .X-ray widget profiles of example "
        "powders[ J ]. Example Mater, 1995,5( 1 ):53-61.",
        {
            "families": ["Sample", "Example", "Other Name"],
            "et_al": True,
            "title": "X-ray widget profiles of example powders",
            "container": "Example Mater",
        },
    ),
    (
        "gbt translated book: the author's role, then the translators",
        "Sample D F 著,张三,等译.示例学原理[M].北京:示例出版社,1982.",
        {"families": ["Sample"], "givens": ["D F"], "title": "示例学原理", "place": "北京"},
    ),
    (
        "gbt translated book: the author's initials first, as the source prints them",
        "K L Example 著,李四等译.示例力学[M].北京.示例出版社,1992.",
        {"families": ["Example"], "givens": ["K L"], "title": "示例力学"},
    ),
    (
        "gbt entry with APA's names: comma after a family, spaced comma, and",
        "Sample, J. H. , Example, C. and Other, C. Widget Mobility in Example Places[M]. "
        "Oxford: Example Press, 1987.",
        {
            "families": ["Sample", "Example", "Other"],
            "title": "Widget Mobility in Example Places",
            "publisher": "Example Press",
        },
    ),
    (
        "gbt entry with APA 6's names: the later names given first after a comma or &",
        "Sample, A., S. Example & K. Other. Learners' views of widgets [J]. Example "
        "Studies in Widgets, 2000(22): 471 - 497.",
        {
            "families": ["Sample", "Example", "Other"],
            "title": "Learners' views of widgets",
            "container": "Example Studies in Widgets",
        },
    ),
    (
        "gbt entry with the English after each Chinese part in parentheses",
        "张示例(Zhang Shili).示例电网负荷研究(Research on Example Loads of a Grid)[D]."
        "示例大学电力学院(School of Example Power, Example University), 2007.",
        {
            "families": ["张"],
            "title": "示例电网负荷研究",
            "title_translation": "Research on Example Loads of a Grid",
            "publisher": "示例大学电力学院",
            "container": "",
        },
    ),
    (
        "gbt report with its series and number before the body, place and year",
        "Sample D E,Example D G.Widget Theory Approaches[R].Special Report 79,Example "
        "Research Board,Washington D C,1964",
        {"publisher": "Example Research Board", "place": "Washington D C", "year": "1964"},
    ),
    (
        "gbt conference paper whose part after [C] is a body, its place and year",
        "Sample M J,Example G B.On Widget Waves[C].The Example Society of London,London,1955",
        {"publisher": "The Example Society of London", "place": "London", "container": ""},
    ),
    (
        "gbt Chinese name in full pinyin among names family first with initials",
        "Yang Qi, Example H. A widget simulator for examples[J]. Example Research C, 1996,"
        "4(3): 113- 129.",
        {"families": ["Yang", "Example"], "givens": ["Qi", "H"]},
    ),
    (
        "gbt body's name as the author: a working group and its number",
        "EXA Working Group No.2.Guidelines for widget risk management[J].Example Widget "
        "Technology,2004,19(9):217-237.",
        {"families": ["EXA Working Group No.2"], "title": "Guidelines for widget risk management"},
    ),
    (
        "pleiades inverted names and et al before a title, the locator spelled with stops",
        "Sample, N.A., Example, L.N., Other, A.V., et al., Composites of example widgets: "
        "Preparation and characterization, Vestn. Exampl. Inst. Widg., 2012, no. 3, pp. 57–62.",
        {
            "families": ["Sample", "Example", "Other"],
            "et_al": True,
            "title": "Composites of example widgets: Preparation and characterization",
            "container": "Vestn. Exampl. Inst. Widg",
            "issue": "3",
        },
    ),
    (
        "pleiades two inverted names joined by and before a title",
        "Sample, M. and Example, R.L., Automatic construction of widget generators, Lect. "
        "Notes Comput. Sci., 1981, vol. 115, p. 363–377.",
        {
            "families": ["Sample", "Example"],
            "title": "Automatic construction of widget generators",
            "volume": "115",
        },
    ),
    (
        "jsme inverted names before a title, the year in parentheses after the number",
        "Sample, M., Example, H. and Other, K., Visible-light widget photocatalysts for "
        "indoor use, Transactions of the Example Society of Widgets, Vol. 7, No. 1 (2016), "
        "pp. 31–41.",
        {
            "families": ["Sample", "Example", "Other"],
            "title": "Visible-light widget photocatalysts for indoor use",
            "container": "Transactions of the Example Society of Widgets",
            "year": "2016",
        },
    ),
    (
        "pleiades names given first and spelled out, and before the last",
        "Ana Sample, Ben Example, and Carl Other, Widget photocatalysts: A historical "
        "overview, Exampl. J. Widg. Phys., 2005, vol. 44, no. 12, pp. 8269–8285.",
        {
            "families": ["Sample", "Example", "Other"],
            "title": "Widget photocatalysts: A historical overview",
            "container": "Exampl. J. Widg. Phys",
        },
    ),
    (
        "pleiades proceedings after the title's comma without IEEE's in",
        "Sample, J.C. and Example, C., Multi-prover checking of widget programs, Proc. EXWC "
        "2004, 2004, vol. 3308, p. 15–29.",
        {
            "families": ["Sample", "Example"],
            "title": "Multi-prover checking of widget programs",
            "container": "Proc. EXWC 2004",
        },
    ),
    (
        "physics entry with its language note typed in odd case",
        "Sample H, Example P R, Other B and Fourth X D 2020 Acta Exampl. Sin. 69 077101 "
        "(in CHinese)",
        {"container": "Acta Exampl. Sin", "volume": "69", "pages": "077101", "title": ""},
    ),
    (
        "author-date article printed without its title, the journal abbreviated",
        "Sample, J.-P., Example, A., and Other, C. (2018). Biochem. Soc. Widg. 47 (1): 281.",
        {
            "families": ["Sample", "Example", "Other"],
            "title": "",
            "container": "Biochem. Soc. Widg",
        },
    ),
    (
        "author-date article without its title, the journal opened by a word ISO 4 keeps",
        "Sample, G., Example, C.S., and Other, B. (2018). Cell Chem. Widg. 25 (11): 1318–1325.",
        {"title": "", "container": "Cell Chem. Widg", "volume": "25"},
    ),
    (
        "gbt name family first with dotted initials run together, its last stop the block's",
        "Sample J., Example K.L. Widget studies of examples[J]. Example Journal, 2007, 31(4): 1-5.",
        {"families": ["Sample", "Example"], "givens": ["J.", "K.L"]},
    ),
    (
        "inverted name with a hyphened given name's initials, the second in lower case",
        "Sample, J., Liu, W.-t., and Example, C. (2018). Widget structures of examples. "
        "Example Journal 17: 471–480.",
        {"families": ["Sample", "Liu", "Example"], "givens": ["J.", "W.-t.", "C"]},
    ),
    (
        "nlm Korean given name's initials joined by a hyphen",
        "Sample J, Shin H-R, Example F, et al. Estimates of widget burden in 2008. Example J "
        "Widgets. 2010;127(12):2893–2917.",
        {"families": ["Sample", "Shin", "Example"], "givens": ["J", "H-R", "F"]},
    ),
    (
        "author-date season in lower case with a comma inside the year's parentheses",
        "Sample, C., & Example, T, (autumn, 2013). Using widget technology to increase "
        "knowledge. Example Education.",
        {"families": ["Sample", "Example"], "year": "2013"},
    ),
    (
        "harvard body, year and a comma spaced off",
        "Example Agency 2013 , Improving widget practice — a call to action "
        "http://www.example.org/widgets/ (accessed 9 Oct 2013).",
        {
            "families": ["Example Agency"],
            "year": "2013",
            "title": "Improving widget practice — a call to action",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
