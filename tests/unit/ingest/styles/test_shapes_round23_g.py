"""Shapes of names and GB/T entries, one row each: text → fields (round 23, helper G).

Each row stands for a shape real lists print: GB/T names whose undotted initials a comma
parts from their family (`Doe, AB, Roe, CD, et al.`); a body's name and its short form in
parentheses before a GB/T title (`Example Health Organization (EHO). Title[M]`); a
journal's year then its volume and issue after a colon, no pages (`Journal, 2016:
137(1).`); a Chinese notice's document number in parentheses closing its title
(`…的通知(示发[2018]3号)[EB/OL]`); APA's family-first names typed without commas, their
initials spaced (`Doe A. Roe B. C. & Poe C. A.`); a family hyphened with U+2010; Nature's
untitled entries whose last initials run into a journal that `N.` or `J.` opens (`Roe,
C. N. Engl. J. Med. 364`, `Roe, C. J. Gerontol. A Biol. Sci.`).
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
        "gbt: undotted initials parted from each family by a comma, et al glued to the title",
        "Doe, AB, Roe, CD, Poe, EF, et al.Widget effects on children: A systematic review[J]. "
        "Example Journal, 2023, 23(1): 1575.",
        {
            "families": ["Doe", "Roe", "Poe"],
            "givens": ["AB", "CD", "EF"],
            "title": "Widget effects on children: A systematic review",
            "container": "Example Journal",
        },
    ),
    (
        "gbt: one lone initial and one run of initials, each after its family's comma",
        "Doe, A, Roe, CD. Widget effects on children[J]. Example Journal, 2023, 23(1): 15.",
        {"families": ["Doe", "Roe"], "givens": ["A", "CD"]},
    ),
    (
        "gbt: one family and its run of initials before et al",
        "Doe, AB, et al. Widget effects on children[J]. Example Journal, 2023, 23(1): 15.",
        {"families": ["Doe"], "givens": ["AB"]},
    ),
    (
        "gbt guard: families in capitals parted by commas stay names of their own",
        "DOE, AB, ROE, CD. Widget effects on children[J]. Example Journal, 2023, 23(1): 15.",
        {"families": ["DOE", "AB", "ROE", "CD"]},
    ),
    (
        "gbt guard: bodies parted from their countries' short forms by commas stay four",
        "Example Agency, UK, Other Agency, US. Widget effects[R]. London: Example Press, 2023.",
        {"families": ["Example Agency", "UK", "Other Agency", "US"]},
    ),
    (
        "gbt guard: bodies and their short forms parted by commas stay four names",
        "Example Laboratory, EXL, Other Institute, OTI. Widget effects[R]. London: Example "
        "Press, 2023.",
        {"families": ["Example Laboratory", "EXL", "Other Institute", "OTI"]},
    ),
    (
        "gbt guard: family-first names with their initials keep their reading",
        "Doe AB, Roe CD, Poe EF, et al. Widget effects on children[J]. Example Journal, 2023, "
        "23(1): 15.",
        {"families": ["Doe", "Roe", "Poe"], "givens": ["AB", "CD", "EF"]},
    ),
    (
        "gbt: a body's name and its short form in parentheses before the title",
        "Example Widget Organization (EWO). World Report on Widgets[M]. Geneva: Example Widget "
        "Organization, 2019.",
        {
            "families": ["Example Widget Organization (EWO)"],
            "title": "World Report on Widgets",
            "place": "Geneva",
            "publisher": "Example Widget Organization",
        },
    ),
    (
        "gbt guard: a work's name and its short form, no body's word, stays in the title",
        "Widget Database (WDB). World Report on Widgets[M]. Geneva: Example Press, 2019.",
        {"families": [], "title": "Widget Database (WDB). World Report on Widgets"},
    ),
    (
        "gbt: the year, then the volume and issue after a colon, no pages",
        "Doe SP, Roe CN. Procedures for the evaluation of widgets[J]. Widget Journal, 2016: "
        "137(1).doi:10.5555/wj.2015-3597.",
        {
            "container": "Widget Journal",
            "year": "2016",
            "volume": "137",
            "issue": "1",
            "pages": "",
            "doi": "10.5555/wj.2015-3597",
        },
    ),
    (
        "gbt guard: the year and its issue, then the pages",
        "Doe SP. Widgets[J]. Widget Journal, 2016(3): 45-50.",
        {"year": "2016", "volume": "", "issue": "3", "pages": "45-50"},
    ),
    (
        "gbt: a notice's document number in parentheses closing its title",
        "示例部,示例委员会,等. 关于印发《示例部件实施方案》的通知(示体艺[2018]3号) [EB/OL]. "
        "(2018-08-30)[2019-10-07]. http://www.example.gov.cn/.",
        {"title": "关于印发《示例部件实施方案》的通知", "year": "2018"},
    ),
    (
        "gbt guard: an edition in parentheses after the title keeps its reading",
        "示例部. 部件研究(第2版)[M]. 北京: 示例出版社, 2015.",
        {"title": "部件研究", "publisher": "示例出版社", "place": "北京"},
    ),
    (
        "apa: family-first names with spaced initials, no comma between the names",
        "Doe A. Roe B. C. & Poe C. A. (1996). Widget practice: Caring and ethics. New York: "
        "Example Press.",
        {
            "families": ["Doe", "Roe", "Poe"],
            "givens": ["A.", "B. C.", "C. A"],
            "title": "Widget practice: Caring and ethics",
            "publisher": "Example Press",
        },
    ),
    (
        "apa guard: one family-first name with spaced initials before `&`",
        "Doe A. B. & Roe C. (2001). Widget experiences. Journal of Widgets, 31, 61-68.",
        {"families": ["Doe", "Roe"], "givens": ["A. B.", "C"]},
    ),
    (
        "apa: a family hyphened with U+2010",
        "Example\u2010roe, E. S., Doe, R. A., & Poe, J. R. (2011). Widget determinants: The "
        "influence of support, self\u2010efficacy, and self\u2010regulation. Journal of Widget "
        "Research, 13(1), e28.",
        {
            "families": ["Example\u2010roe", "Doe", "Poe"],
            "givens": ["E. S.", "R. A.", "J. R"],
            "title": "Widget determinants: The influence of support, self\u2010efficacy, and "
            "self\u2010regulation",
        },
    ),
    (
        "nature untitled: the last initials run into `N. Engl. J. Med.`",
        "Doe, A.B. & Roe, C. N. Engl. J. Med. 364, 656–665 (2011).",
        {"families": ["Doe", "Roe"], "givens": ["A.B.", "C."], "container": "N. Engl. J. Med"},
    ),
    (
        "nature untitled: the last initials run into `J. Gerontol.` and its section",
        "Doe, A. & Roe, C. J. Gerontol. A Biol. Sci. Med. Sci. 69 (Suppl. 1), S4–S9 (2014).",
        {
            "givens": ["A.", "C."],
            "title": "",
            "container": "J. Gerontol. A Biol. Sci. Med. Sci",
            "volume": "69",
        },
    ),
    (
        "nature untitled: `J.` and a second word that opens journals of its own, a volume next",
        "Doe, A. & Roe, C. J. Immunol. 69, 14–19 (2014).",
        {"givens": ["A.", "C."], "container": "J. Immunol"},
    ),
    (
        "nature untitled guard: a journal that its second word opens keeps the initial `J`",
        "Doe, A. & Roe, C. J. Immunol. Rev. 69, 14–19 (2014).",
        {"givens": ["A.", "C. J"], "container": "Immunol. Rev"},
    ),
    (
        "nature guard: a titled entry's middle initial `N` stays the name's",
        "Doe, A. B. & Roe, C. N. Widget study. N. Engl. J. Med. 364, 656–665 (2011).",
        {"givens": ["A. B.", "C. N"], "title": "Widget study", "container": "N. Engl. J. Med"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
