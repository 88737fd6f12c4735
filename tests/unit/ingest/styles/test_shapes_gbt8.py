"""Name, head and GB/T 7714 shapes that real lists print, one row each: text → fields
(eighth table).

Each row stands for a family of entries real lists print: the names of Kluwer's and
Reidel's astronomy and geophysics journals closed by a colon before the year and its
comma (`Example, A. B.: 1976, Journal 12, 34.`), untitled or with a quoted title;
Korean and other East Asian Vancouver lists' `etc.` for et al.; an Australian
author-date block (the first name inverted, the others given first, dotted initials)
before a bare year and its stop; a GB/T title that opens with a span of years spaced off
its ideographs (`2014—2023 年…`); a GB/T meeting paper whose host is printed with only
its year after `//` (the proceedings, no publisher); Japanese names with the space
between family and given name before the colon of Japanese lists' house style, with or
without `他`, and four ideographs after `他` parted two and two; an old physics list's
journal led by `Suppl.` after a colon head (the whole is the untitled article's
journal); `and` glued to the next initial before a colon (`andE. G. Third:`); a GB/T
journal's ISSN or Chinese name in parentheses after its name (no part of it); Korean
names in Hangul (the family's syllable first) and Korean lists' `등` for et al. Guard
rows: a title's own year after a colon is no head's year when a later year dates the
entry; a title's year after a stop-closed block is no bare year of an author block;
a Chinese journal's own edition in parentheses (`(自然科学版)`) stays its name's; a
title of four Hangul syllables is no person. A test
checks a score: Taiwanese APA's era date (`(民 82)`) counts as the reading's date.
The data is invented: names, titles, journals and publishers are placeholders. A new
quirk is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "kluwer colon head before the year's comma, untitled article",
        "Example, J. W. M. and Other, K. J.: 1973, Proc. Example Soc. 61(9), 1258–1266.",
        {
            "families": ["Example", "Other"],
            "year": "1973",
            "title": "",
            "container": "Proc. Example Soc",
            "volume": "61",
            "pages": "1258-1266",
        },
    ),
    (
        "kluwer colon head before the year's comma, quoted title",
        "Sample, A. B.: 1976, ‘A title of widget studies’, Example Phys. 12, 34–56.",
        {
            "families": ["Sample"],
            "year": "1976",
            "title": "A title of widget studies",
            "container": "Example Phys",
            "volume": "12",
        },
    ),
    (
        "guard: a title's year after a colon, the entry dated later",
        "A. Example: 2001, a year in widget space. Example Journal 3, 1-5 (2005).",
        {"families": ["Example"], "year": "2005"},
    ),
    (
        "etc. after a comma closes the names as et al.",
        "Example AB, Other CD, etc. A title of widget things. J Example. 2001;3:1-5.",
        {"families": ["Example", "Other"], "et_al": True, "title": "A title of widget things"},
    ),
    (
        "australian author-date block, the last name given first, bare year and stop",
        "Example, N., C. Other and D.A. Third 2018. A title of widget things. Journal of "
        "Examples 3:1-5.",
        {
            "families": ["Example", "Other", "Third"],
            "year": "2018",
            "title": "A title of widget things",
            "container": "Journal of Examples",
        },
    ),
    (
        "guard: a title's year after a stop-closed block is no bare year",
        "Example, A. B. Exampleville Games 2000. London: Example Press, 2001.",
        {"families": ["Example"], "year": "2001", "title": "Exampleville Games 2000"},
    ),
    (
        "gbt title opening with a span of years spaced off its ideographs",
        "王示,李样.2014—2023 年示例产业发展[J].示例学报,2024(7):31-39.",
        {"families": ["王", "李"], "title": "2014—2023 年示例产业发展", "container": "示例学报"},
    ),
    (
        "gbt meeting paper whose host has only its year after //",
        "EXAMPLE Ann, OTHER Ben.A title of widget things[C]//22nd Example Integration "
        "Workshop,2023:22-29.",
        {
            "container": "22nd Example Integration Workshop",
            "publisher": "",
            "year": "2023",
            "pages": "22-29",
        },
    ),
    (
        "gbt meeting paper, chinese proceedings with only its year after //",
        "王示,李样.示例研究[C]//第十届示例会议论文集,2023:22-29.",
        {"container": "第十届示例会议论文集", "publisher": "", "pages": "22-29"},
    ),
    (
        "gbt journal's issn in parentheses after its name",
        "EXAMPLE A, OTHER B. A title of widget things[J]. Renewable Example (S0960-1481), "
        "2001, 34(2): 126-128.",
        {"container": "Renewable Example", "volume": "34", "issue": "2"},
    ),
    (
        "gbt journal's chinese name in parentheses after its english one",
        "Wang S, Li Y. A title of widget things[J]. Acta Example Sinica (示例学报), 2001, "
        "34(2): 126-128.",
        {"container": "Acta Example Sinica", "volume": "34"},
    ),
    (
        "guard: a chinese journal's own edition in parentheses stays",
        "王示,李样.示例研究[J].示例大学学报(自然科学版),2024,12(7):31-39.",
        {"container": "示例大学学报(自然科学版)", "volume": "12"},
    ),
    (
        "japanese spaced names before the colon",
        "山田 示郎, 佐藤 示子:示例の研究.示例学会誌 12:34-40, 2010",
        {"families": ["山田", "佐藤"], "givens": ["示郎", "示子"], "title": "示例の研究"},
    ),
    (
        "japanese spaced name and 他 before the colon",
        "宮示 靖,他:Example法の方法と問題点.示例栄養 107:411-416,2005",
        {"families": ["宮示"], "givens": ["靖"], "et_al": True},
    ),
    (
        "japanese four ideographs after 他 parted two and two",
        "西示心大,他:本邦の示例研究における実態.示例誌 30:1145-1151,2015",
        {"families": ["西示"], "givens": ["心大"], "et_al": True},
    ),
    (
        "korean names in hangul and their et al. word",
        "홍예시, 김예시 등. 한국 예시 연구. 대한예시학회지 2001;3:1-5.",
        {
            "families": ["홍", "김"],
            "givens": ["예시", "예시"],
            "et_al": True,
            "title": "한국 예시 연구",
        },
    ),
    (
        "guard: a title of four hangul syllables is no person",
        "연구보고. 대한예시학회지 2001;3:1-5.",
        {"families": [], "title": "연구보고"},
    ),
    (
        "old physics journal led by Suppl. after a colon head",
        "A. Example: Suppl. Nuovo Exemplo 4, 848 (1956).",
        {"families": ["Example"], "title": "", "container": "Suppl. Nuovo Exemplo", "volume": "4"},
    ),
    (
        "and glued to the next initial before a colon",
        "Example, A. J., J. R. Other, andE. G. Third: A title of widget things. Example "
        "Journal 3, 1-5 (1967).",
        {"families": ["Example", "Other", "Third"], "title": "A title of widget things"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def test_an_era_dated_entry_scores_as_a_dated_one() -> None:
    """Taiwanese APA's year of the Republic's era (`(民 82)`) dates the work though no
    year of the common era is read from it: the reading is not scored as undated, so the
    fallback does not replace it (and misread its names)."""
    from mmrefs.ingest.refparse import LEARNED_REPLACES_BELOW
    from tests.unit.ingest.styles.shapes import parse

    ref = parse("陳示明(民 82)。示例研究。示例學刊,9,91-106。")
    score = ref.extra_value("style_score")
    assert LEARNED_REPLACES_BELOW is not None
    assert not score or float(score) >= LEARNED_REPLACES_BELOW
    assert [a.family for a in ref.authors] == ["陳"]
    assert ref.year == ""
