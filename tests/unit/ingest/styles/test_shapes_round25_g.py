"""Shapes of author blocks and their ends, one row each: text → fields (round 25, G).

Each row stands for a shape real lists print: Japanese lists' `他` (et al.) joined to
the last name by the middle dot (`道家太郎,例田花子・他.`), the names printed without the
space between family and given name; Russian lists' `и др.` / `и соавт.` (et al.)
after the last name's initials; an NLM name whose two initials are printed in mixed
case (`Roe Am`) between NLM names; Japanese medical journals' house style printed in
Latin letters, `Doe P, et al:Title.Journal 32:1-9, 2012` (no space after the colon, the
year after the pages); a Japanese committee's name holding a short form in Latin capitals
and a number; GB/T's book whose link was lost after `Available.`, its edition printed
before the type code. Guard rows keep the readings each rule must not change.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "japanese: `・他` after the last unspaced name, then the stop and the title",
        "道家太郎,例田花子,山元健太・他.ウィジェットの簡易評価法の開発.例示科学2010;59(3):291-302.",
        {
            "families": ["道家", "例田", "山元"],
            "givens": ["太郎", "花子", "健太"],
            "title": "ウィジェットの簡易評価法の開発",
            "container": "例示科学",
            "year": "2010",
        },
    ),
    (
        "japanese: `・他` before the house style's colon",
        "道家太郎,例田花子・他:ウィジェットの簡易評価法の開発.例示科学 59:291-302, 2010.",
        {
            "families": ["道家", "例田"],
            "title": "ウィジェットの簡易評価法の開発",
            "container": "例示科学",
            "year": "2010",
        },
    ),
    (
        "japanese guard: `,他.` after a comma keeps its reading",
        "道家太郎,例田花子,他.ウィジェットの簡易評価法の開発.例示科学2010;59(3):291-302.",
        {"families": ["道家", "例田"], "title": "ウィジェットの簡易評価法の開発"},
    ),
    (
        "japanese guard: `・` between names of an author-date list",
        "道家太郎・例田花子(2002)『ウィジェットの研究』例出版。",
        {"families": ["道家", "例田"], "title": "ウィジェットの研究", "year": "2002"},
    ),
    (
        "russian: `и др.` after the last name's initials, then the title",
        "Доу А.Н., Роу В.П. и др. Виджеты в клинической практике (пример). М., 1997.",
        {
            "families": ["Доу", "Роу"],
            "title": "Виджеты в клинической практике (пример)",
            "year": "1997",
        },
    ),
    (
        "russian: `и соавт.` after the last name's initials, a journal's title",
        "Доу А.Н., Роу В.П., Поу Е.Е. и соавт. Виджеты в клинической практике. Пример "
        "журнала. 2016;61(5):32-42.",
        {
            "families": ["Доу", "Роу", "Поу"],
            "title": "Виджеты в клинической практике",
            "pages": "32-42",
        },
    ),
    (
        "russian: `и соавт.` after NLM's undotted initials",
        "Doe JA, Roe KB, Poe MC и соавт. Виджеты в клинической практике. Пример журнала. "
        "2016;61(5):32-42.",
        {"families": ["Doe", "Roe", "Poe"], "title": "Виджеты в клинической практике"},
    ),
    (
        "russian guard: a title opening with `И` after the names keeps its reading",
        "Доу А.Н., Роу В.П. Истории виджетов. Пример журнала. 2016;61(5):32-42.",
        {"families": ["Доу", "Роу"], "title": "Истории виджетов"},
    ),
    (
        "nlm: a name's two initials in mixed case between NLM names",
        "Doe N, Roe Am, Poe M, et al. Widget statistics review. J Widget Res 2017;12:1-9.",
        {
            "families": ["Doe", "Roe", "Poe"],
            "givens": ["N", "Am", "M"],
            "title": "Widget statistics review",
        },
    ),
    (
        "chicago guard: the first name inverted, a family of two words and `Given I`",
        "Smith Li, Mary K. 2010. Widget Stories. Chicago: Example Press.",
        {"families": ["Smith Li"], "givens": ["Mary K"], "title": "Widget Stories"},
    ),
    (
        "japanese medical in Latin letters: `et al:` with no space, year after the pages",
        "Doe P,et al:The management of widgets around the world:a comparison of guidelines "
        "from 2001 to 2011.Widget Int 32:1053-1063,2012",
        {
            "families": ["Doe"],
            "title": "The management of widgets around the world:a comparison of guidelines "
            "from 2001 to 2011",
            "container": "Widget Int",
            "year": "2012",
            "volume": "32",
            "pages": "1053-1063",
        },
    ),
    (
        "japanese medical in Latin letters: a PMID after the year",
        "Doe FC, et al:The Example Widget Association 1987 revised criteria for widgets. "
        "Widget Rheum 31:315-324, 1988 PMID 1234567",
        {
            "families": ["Doe"],
            "title": "The Example Widget Association 1987 revised criteria for widgets",
            "year": "1988",
            "pages": "315-324",
        },
    ),
    (
        "guard: `et al.: Title` with its space keeps its reading",
        "Doe, A., Roe, B., et al.: Widget structures. Widget J. 12, 1-9 (2010)",
        {"families": ["Doe", "Roe"], "title": "Widget structures", "year": "2010"},
    ),
    (
        "gb/t: `Available.` closing the entry, its link lost; the edition before the code",
        "Example College of Widgets. National Guidelines for Widgets. 2nd ed. Prepared by the "
        "Example Working Party[M]. London: EWC,2004. Available.",
        {
            "families": ["Example College of Widgets"],
            "title": "National Guidelines for Widgets",
            "place": "London",
            "publisher": "EWC",
            "year": "2004",
            "style": "gbt7714",
        },
    ),
    (
        "gb/t guard: `Available from:` and its link keep their reading",
        "Example College of Widgets. National Guidelines for Widgets[M]. London: EWC,2004. "
        "Available from: http://example.org/w.pdf.",
        {"title": "National Guidelines for Widgets", "url": "http://example.org/w.pdf"},
    ),
    (
        "gb/t guard: a title's part after the edition stays in the title",
        "Doe J. Widget handbook. 2nd ed. Part 1. Widgets[M]. London: Example Press, 2004.",
        {"title": "Widget handbook. 2nd ed. Part 1. Widgets", "publisher": "Example Press"},
    ),
    (
        "japanese: a committee's name holding a short form and a number before the colon",
        "日本例示学会WIDガイドライン第6版作成委員会:ウィジェット診断と治療のためのガイドライン2022,"
        "日本例示学会,2022",
        {
            "families": ["日本例示学会WIDガイドライン第6版作成委員会"],
            "title": "ウィジェット診断と治療のためのガイドライン2022",
            "publisher": "日本例示学会",
            "year": "2022",
        },
    ),
    (
        "japanese author-date: `・他` after names the middle dot parts, corner brackets",
        "道家太郎・例田花子・他(2002)『ウィジェットの研究』例出版。",
        {"families": ["道家", "例田"], "givens": ["太郎", "花子"], "title": "ウィジェットの研究"},
    ),
    (
        "japanese author-date: `・他` after names the middle dot parts, the year's stop",
        "道家太郎・例田花子・他(2002).ウィジェットの研究.例示科学,12,1-9.",
        {"families": ["道家", "例田"], "givens": ["太郎", "花子"], "title": "ウィジェットの研究"},
    ),
    (
        "japanese: `・他` after names the middle dot parts, then the stop",
        "道家太郎・例田花子・他.ウィジェットの研究.例示科学2010;59(3):291-302.",
        {"families": ["道家", "例田"], "title": "ウィジェットの研究", "container": "例示科学"},
    ),
    (
        "nlm: `и др.` after NLM names in Latin letters",
        "Doe J, Roe K и др. Widget study. J Widget 2010;12:1-9.",
        {"families": ["Doe", "Roe"], "givens": ["J", "K"], "title": "Widget study"},
    ),
    (
        "russian: `и другие` printed in full after the names",
        "Доу А.Н., Роу В.П. и другие. Виджеты в практике. М.: Наука, 2001.",
        {"families": ["Доу", "Роу"], "title": "Виджеты в практике", "year": "2001"},
    ),
    (
        "nlm guard: a title after the names that holds `и др.` keeps it",
        "Doe A, Roe B, Poe C. Widgets: и др. J Widget 2010;12:1-9.",
        {"families": ["Doe", "Roe", "Poe"], "title": "Widgets: и др"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
