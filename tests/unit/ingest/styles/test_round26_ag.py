"""Shapes of author blocks and their ends, one row each: text → fields (round 26, AG).

Each row stands for a shape real lists print: Japanese clinical lists' supervising body
before the colon (`日本例示学会例示部会(監修):`, no author), a committee printed after its
society with a space between the levels, a book's edition closing its title before the
house (`Title 第4版,例示社,2022`); two bodies a comma parts before the colon, the second
led by its short form (`Example Agency, XYZ International:`); given-first names closed by
a stop (`A. Doe, et al. Title, with commas. J. Widg. 2018;…`), a lone initial without its
stop among them (`A. Doe, K Roe, B. Poe`), or a second one in lower case (`E. j. Roe`);
GB/T's family in capitals before a given name spelled out and an initial (`DOE Jonathan
A`); spaced initials whose stop only the last kept (`Roe, H A.:`); GB/T's `[L]` (a law or
a notice); an English version's name a line's hyphen bullet broke (`Zh⁃ ingming`); an
author-date body's name printed again as its report's issuer. Guard
rows keep the readings each rule must not change. The data is invented: names, titles,
journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import parse_entry
from mmrefs.model import Reference
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "japanese: a supervising subcommittee `(監修)` before a spaced colon",
        "日本例示学会ウィジェット専門部会(監修) : ウィジェット管理ガイドライン2012.例示企画,2012",
        {"families": [], "title": "ウィジェット管理ガイドライン2012", "year": "2012"},
    ),
    (
        "japanese: `(監修)` before the colon of a comma-parted book",
        "日本例示学会ウィジェット専門部会(監修):ウィジェット管理ガイドライン2012,例示社,2012",
        {"families": [], "title": "ウィジェット管理ガイドライン2012", "publisher": "例示社"},
    ),
    (
        "japanese: a committee after its society, the levels parted by spaces",
        "日本例示学会 例示専門委員会 ウィジェット作成委員会:ウィジェット手引,例示社,2021",
        {
            "families": ["日本例示学会 例示専門委員会 ウィジェット作成委員会"],
            "title": "ウィジェット手引",
            "publisher": "例示社",
        },
    ),
    (
        "japanese: the edition closing the title before the house",
        "道家 太郎,例田 花子:ウィジェットへのアプローチ 例示的指針を踏まえて 第4版,例示医学社,2022",
        {
            "families": ["道家", "例田"],
            "title": "ウィジェットへのアプローチ 例示的指針を踏まえて",
            "publisher": "例示医学社",
        },
    ),
    (
        "japanese guard: an editor's `(編)` still names no author",
        "日本例示学会(編):ウィジェットの研究,例示出版,2009",
        {"families": [], "title": "ウィジェットの研究"},
    ),
    (
        "japanese guard: a spaced person's name before the colon stays a person",
        "小山 諭:ウィジェットの研究.例示科学 8:267-273,2001",
        {"families": ["小山"], "givens": ["諭"], "title": "ウィジェットの研究"},
    ),
    (
        "group: two bodies a comma parts before the colon, the second led by its short form",
        "Central Widget Agency, XYZ International: Example Widget Survey 2005. 2006, "
        "Accessed July 8, 2014, from: http://example.org/a.pdf",
        {
            "families": ["Central Widget Agency", "XYZ International"],
            "title": "Example Widget Survey 2005",
        },
    ),
    (
        "group guard: two initials before a body's last word stay a person's",
        "AB Heritage, C Doe. Widget survey. J Widgets. 2006;3:1-9.",
        {"families": ["Heritage", "Doe"], "givens": ["AB", "C"], "title": "Widget survey"},
    ),
    (
        "given-first: names closed by `et al.` and a stop, a title holding commas",
        "A.B. Doe, C.D. Roe, E.F. Poe, et al. Widget guideline: advice for diagnosis, "
        "treatment and follow-up. Ann. Widg., 2018;29(Suppl 4):iv192–iv237.",
        {
            "families": ["Doe", "Roe", "Poe"],
            "title": "Widget guideline: advice for diagnosis, treatment and follow-up",
            "container": "Ann. Widg",
            "volume": "29",
        },
    ),
    (
        "given-first guard: names closed by a comma, the title's comma parts the journal",
        "A. Doe, B. Roe, Widgets in use, J. Widg. 12 (2001) 1-9.",
        {"families": ["Doe", "Roe"], "title": "Widgets in use", "container": "J. Widg"},
    ),
    (
        "given-first: one name's lone initial printed without its stop inside the list",
        "D. Doe, S. Roe, K Poe, S. Moe, et al. Widget cancer. Ann. Widg., 2018;29(4):192–237.",
        {"families": ["Doe", "Roe", "Poe", "Moe"], "title": "Widget cancer"},
    ),
    (
        "given-first guard: a title's `A Word` after the names is no name",
        "D. Doe, S. Roe, A Study of widgets, J. Widg. 12 (2001) 1-9.",
        {"families": ["Doe", "Roe"], "title": "A Study of widgets"},
    ),
    (
        "gbt: a family in capitals, the given name spelled out, then a middle initial",
        "DOE Jonathan A, ROE Ruth, POE Gregory P, et al. Widgets of land use[J]. "
        "Widget Science, 2005, 309(5734): 570-574.",
        {"families": ["DOE", "ROE", "POE"], "givens": ["Jonathan A", "Ruth", "Gregory P"]},
    ),
    (
        "gbt guard: a family in capitals and its initials",
        "DOE J A, ROE R. Widgets of land use[J]. Widget Science, 2005, 309(5734): 570-574.",
        {"families": ["DOE", "ROE"], "givens": ["J A", "R"]},
    ),
    (
        "given-first: a second initial typed in lower case",
        'S. K. Doe, E. j. Roe, T. Y. Poe, "A study of widgets," Widget Review, vol. 32, '
        "no. 4, pp. 5-30, 2012.",
        {"families": ["Doe", "Roe", "Poe"], "givens": ["S. K.", "E. J.", "T. Y."]},
    ),
    (
        "author-year: spaced initials only the last of which kept its stop, before `:`",
        "Doe, E.Z. and Roe, H A.: 1999, Widget management revisited, J Widg Manag 24, 437–448.",
        {"families": ["Doe", "Roe"], "givens": ["E.Z.", "H A."], "year": "1999"},
    ),
    (
        "gbt: a government's notice coded `[L]`, its document number and date after it",
        "示例发展委员会,示例能源局. 关于促进示例发展的指导意见 [L]. "
        "发改运行[2015]1518号,2015-07-06.",
        {
            "families": ["示例发展委员会", "示例能源局"],
            "title": "关于促进示例发展的指导意见",
            "container": "",
            "year": "2015",
        },
    ),
    (
        "gbt: the English version's name broken by the line's hyphen bullet",
        "张三, 李四. 示例研究进展[J]. 示例科学, 2011, 33(6): 1195-1203. [ZHANG San, "
        "FENG Zh\u2043 ingming. Progress on widget studies[J]. Widget Science, 2011, "
        "33(6): 1195-1203. ]",
        {"title": "示例研究进展", "title_translation": "Progress on widget studies"},
    ),
    (
        "author-year: a body's name no word marks, printed again as the report's issuer",
        "Friends in Widget Health. (2023) The Great Widget: why widget workers are leaving. "
        "Report, Friends in Widget Health. https://example.org/gw/",
        {
            "families": ["Friends in Widget Health"],
            "title": "The Great Widget: why widget workers are leaving",
            "year": "2023",
        },
    ),
    (
        "author-year guard: a title put first (APA's work without authors) stays the title",
        "Widget handbook of examples. (2020). Example Press.",
        {"families": [], "title": "Widget handbook of examples", "publisher": "Example Press"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def test_japanese_body_book_kept_from_fallback() -> None:
    """A society's book in a Japanese list, its publisher in Japanese script and no place
    printed (`日本例示学会:Title2020,例示企画,2020`): the publisher issues it as a place
    would, so the grammar's reading stands (the fallback's dropped the title's year)."""
    text = "日本例示学会:例示ウィジェット治療・管理ガイドライン2020,例示企画,2020"
    ref = parse_entry(RawEntry(1, "[1]", text, 1, 1), "t.txt")
    assert isinstance(ref, Reference)
    assert ref.title == "例示ウィジェット治療・管理ガイドライン2020"
    assert [a.literal for a in ref.authors] == ["日本例示学会"]
