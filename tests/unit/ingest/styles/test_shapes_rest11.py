"""Chapters and names as Japanese and Spanish Vancouver lists print them, and titles in
modifier-letter quotes, one row each: text → fields (session 34).

- A Japanese chapter's parts parted by stops as well as commas
  (`Chapter.Editor(編):Book.pp121-129,House,YEAR`), its editors after the book
  (`Chapter.Book(Editor編).60-61頁,House,City,YEAR`) or the house before the pages
  (`Chapter.Editor(編).Book.House,pp128-149, YEAR`): the chapter's title, its book and the
  house were read as one title.
- Spanish Vancouver's `En:` for `In:`, and the editors' `editores` (or `editors`) after an
  `et al.` with no comma: the host's editors and book were read into the title. A host
  book's second sentence before NLM's imprint (`Book. Subtitle. Place: Publisher; 2007.`)
  is its subtitle, not the place's first words.
- A Japanese person's name printed whole (`道家太郎`) where no colon closes the block is
  parted as the other Japanese readers part it, in an entry that prints kana.
- `ʻTitleʼ` (U+02BB, U+02BC) read as a title's single quotes.

The data is invented: names, titles, journals and houses are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.model import Kind
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Japanese chapter: stops around the editor's block, pages before the house",
        "道家 太郎:ODAと例示指標.日本例示学会(編):日本例示学会例示ハンドブック."
        "pp121-129,例示堂,2011",
        {
            "families": ["道家"],
            "title": "ODAと例示指標",
            "container": "日本例示学会例示ハンドブック",
            "pages": "121-129",
            "publisher": "例示堂",
            "year": "2011",
            "kind": Kind.CHAPTER,
        },
    ),
    (
        "Japanese chapter: the editors after the book, whose own stops stay in it",
        "道家太郎:ウィジェット症と部品炎.新図説例示科.例示講座No 4.口腔.咽頭(例田花子編).60-61頁,"
        "例示ビュー社,東京,2000.",
        {
            "title": "ウィジェット症と部品炎",
            "container": "新図説例示科.例示講座No 4.口腔.咽頭",
            "pages": "60-61",
            "publisher": "例示ビュー社",
            "place": "東京",
            "kind": Kind.CHAPTER,
        },
    ),
    (
        "Japanese chapter: the house before the pages, the names closed by a stop",
        "道家太郎,例田花子,見本一郎.表面型例示部品の内視鏡診断(深達度を中心に).見本次郎(編)."
        "スキルアップ例示─診断編.例示医学社,pp128-149, 2010",
        {
            "families": ["道家", "例田", "見本"],
            "givens": ["太郎", "花子", "一郎"],
            "title": "表面型例示部品の内視鏡診断(深達度を中心に)",
            "container": "スキルアップ例示─診断編",
            "publisher": "例示医学社",
            "pages": "128-149",
            "kind": Kind.CHAPTER,
        },
    ),
    (
        "guard: the comma-parted Japanese chapter reads as before",
        "道家太郎:姿勢・部品分析,例田 花子(編):例示評価学,pp194-207,例示書院,2001",
        {
            "title": "姿勢・部品分析",
            "container": "例示評価学",
            "publisher": "例示書院",
            "kind": Kind.CHAPTER,
        },
    ),
    (
        "guard: a journal's section label in brackets is no editor",
        "道家太郎,例田花子:ウィジェットの研究.日本例示学会論文集(C編),76(765),pp12-20,2010",
        {"container": "日本例示学会論文集(C編)", "volume": "76", "issue": "765"},
    ),
    (
        "guard: a book's part label in brackets is no editor",
        "道家太郎:ウィジェット症.新図説例示科(基礎編)(例田花子編).60-61頁,例示社,東京,2000.",
        {"title": "ウィジェット症", "container": "新図説例示科(基礎編)", "kind": Kind.CHAPTER},
    ),
    (
        "guard: a Japanese book with no editor's mark keeps its title whole",
        "道家太郎:例示診断ガイドブック 改訂第3版.pp48-50,例示堂,2016.",
        {"title": "例示診断ガイドブック 改訂第3版", "container": "", "kind": Kind.BOOK},
    ),
    (
        "Spanish Vancouver chapter: `En:`, `et al. editores`, `2007.p.69-78`",
        "Roe A, Poe B, Doe C. Prueba de esfuerzo. En: Moe-Yarza E, et al. editores. "
        "La función del widget en el niño. Madrid, España: Ejemplo; 2007.p.69-78.",
        {
            "families": ["Roe", "Poe", "Doe"],
            "title": "Prueba de esfuerzo",
            "container": "La función del widget en el niño",
            "place": "Madrid, España",
            "publisher": "Ejemplo",
            "pages": "69-78",
            "kind": Kind.CHAPTER,
        },
    ),
    (
        "Spanish Vancouver chapter: `En:` before editors with their comma",
        "Roe SL. Prueba de widgets. En: Moe P, Zoe RA, editores. La función del widget. "
        "Principios y aplicaciones. Madrid, España: Ejemplo; 2007.p.79-82.",
        {
            "title": "Prueba de widgets",
            "container": "La función del widget. Principios y aplicaciones",
            "publisher": "Ejemplo",
            "kind": Kind.CHAPTER,
        },
    ),
    (
        "NLM chapter: `et al. editors` with no comma before the role",
        "Roe A. Widget testing. In: Moe E, et al. editors. Widgets in children. "
        "London: Example Press; 2007. p. 69-78.",
        {"title": "Widget testing", "container": "Widgets in children", "kind": Kind.CHAPTER},
    ),
    (
        "NLM chapter: the host book's second sentence before the imprint is its subtitle",
        "Roe SL. Widget tests. In: Moe P, Zoe RA, editors. Widget book. Principles and "
        "applications. London: Example Press; 2007. p. 79-82.",
        {
            "container": "Widget book. Principles and applications",
            "place": "London",
            "publisher": "Example Press",
            "year": "2007",
        },
    ),
    (
        "guard: `St. Louis` is a place, not a subtitle and a place",
        "Roe SL. Widget tests. In: Moe P, Zoe RA, editors. Widget book. St. Louis: Example; "
        "2007. p. 79-82.",
        {"container": "Widget book", "place": "St. Louis", "publisher": "Example"},
    ),
    (
        "guard: a capitalised `En` opening a title is no host",
        "Roe A. Widgets. En route to a cure. J Widget Res. 2007;12(3):69-78.",
        {"title": "Widgets. En route to a cure", "container": "J Widget Res", "volume": "12"},
    ),
    (
        "a Japanese name printed whole before a stop is parted",
        "道家太郎. ウィジェット発作の国際分類の現状. Widgets. 2007; 1: 17-22",
        {"families": ["道家"], "givens": ["太郎"], "title": "ウィジェット発作の国際分類の現状"},
    ),
    (
        "guard: a Japanese body's name stays whole",
        "日本例示学会. ウィジェットの診療ガイド. Widgets. 2007; 1: 17-22",
        {"families": ["日本例示学会"], "givens": [""]},
    ),
    (
        "a title in modifier-letter quotes",
        "Roe, B. (2014). ʻThe widget revolution in a European mirrorʼ, "
        "Journal of Widget History, 9(2), 1-52.",
        {
            "title": "The widget revolution in a European mirror",
            "container": "Journal of Widget History",
            "volume": "9",
        },
    ),
    (
        "guard: an ʻokina and a modifier apostrophe inside a title stay",
        "Roe, K. (2010). ʻOhana and the familiesʼ role in widget schools. "
        "Journal of Widgets, 3(1), 1-9.",
        {"title": "ʻOhana and the familiesʼ role in widget schools", "volume": "3"},
    ),
    (
        "guard: the modifier apostrophe in a name stays",
        "AʼRoe, B. (2014). ʻThe widget revolution in a European mirrorʼ, "
        "Journal of Widget History, 9(2), 1-52.",
        {"families": ["AʼRoe"], "title": "The widget revolution in a European mirror"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
