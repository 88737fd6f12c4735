"""Japanese lists' author blocks and rests, one row each: text → fields (second Japanese
table).

Japanese medical and engineering lists print their persons' names in ideographs without
the space between family and given name (`道家太郎`), parted by commas and closed by a
colon (`道家太郎, 例田花子:Title, Journal, 56 巻, 523 号, pp.1-9, 1990.3`) or, after
`他`, by a full stop (`道家太郎,例田花子,他.Title.Journal 56:1-9, 2021`). The block was
read as its first name alone, the others going into the title, and each name whole. A
Japanese family is mostly two ideographs; a name of three parts as its ideographs say
(`japanese_names`); a Chinese list's names part one and two (guard rows).
An entry romanised, then `(in Japanese)` and its original, is read from the original,
the romanised title as its translation. Their journals may have the volume glued to
them (`日本例示誌38:735-742,1991`), which was read as the journal's last word; their
comma-parted books and chapters close with the publisher and the year.
The data is invented: names, titles and journals are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "two unspaced names before a colon with no space, journal `VOL:PAGES,YEAR`",
        "道家太郎,例田花子:ウィジェットの筋活動量と反応時間との関係.日本例示誌 2:113-120,1995",
        {
            "families": ["道家", "例田"],
            "givens": ["太郎", "花子"],
            "title": "ウィジェットの筋活動量と反応時間との関係",
            "container": "日本例示誌",
            "volume": "2",
            "pages": "113-120",
        },
    ),
    (
        "three unspaced names before a colon, the last of three ideographs",
        "道家太郎, 例田花子, 見本聡:ウィジェット用の部品に関する研究, 日本例示学会論文集, "
        "56 巻, 523 号, pp.132-140, 1990.3",
        {
            "families": ["道家", "例田", "見本"],
            "givens": ["太郎", "花子", "聡"],
            "title": "ウィジェット用の部品に関する研究",
        },
    ),
    (
        "one unspaced name before a colon, a Japanese title after it",
        "道家太郎:ウィジェットの転帰調査;生存率について.例示研究報告 4:584-586,1995",
        {
            "families": ["道家"],
            "givens": ["太郎"],
            "title": "ウィジェットの転帰調査;生存率について",
        },
    ),
    (
        "two unspaced names before a colon and a space",
        "道家太郎, 例田花子: ウィジェット橋脚の変形能力に関する研究, 例示学会論文集, "
        "No. 390, pp. 57-66, 1988.",
        {"families": ["道家", "例田"], "title": "ウィジェット橋脚の変形能力に関する研究"},
    ),
    (
        "the comma-parted article: journal, `巻`, `号`, pages, year and month",
        "道家太郎, 例田花子:ウィジェット用の部品に関する研究 (第 1 報, 基本特性), "
        "日本例示学会論文集(C 編), 56 巻, 523 号, pp.132-140, 1990.3",
        {
            "title": "ウィジェット用の部品に関する研究 (第 1 報, 基本特性)",
            "container": "日本例示学会論文集(C 編)",
            "volume": "56",
            "issue": "523",
            "pages": "132-140",
            "year": "1990",
        },
    ),
    (
        "the comma-parted article: `第17巻, 第35号`",
        "道家太郎, 例田花子:ウィジェットの構築と現状分析, 日本例示学会報告集, 第17巻, 第35号, "
        "pp.79-84, 2011.2",
        {"container": "日本例示学会報告集", "volume": "17", "issue": "35", "pages": "79-84"},
    ),
    (
        "the comma-parted article: JSCE's `No. 390/V-8` is the number",
        "道家太郎, 例田花子: ウィジェット橋脚に関する研究, 例示学会論文集, No. 390/V-8, "
        "pp. 57-66, 1988.",
        {"container": "例示学会論文集", "issue": "390/V-8", "volume": "", "pages": "57-66"},
    ),
    (
        "a society's book: its edition after the title, the month after the year",
        "日本例示学会:ウィジェット設計指針 第 3 版, 2001.9",
        {"families": ["日本例示学会"], "title": "ウィジェット設計指針", "volume": ""},
    ),
    (
        "three unspaced names, `他` and a full stop, the journal's `VOL:PAGES, YEAR`",
        "道家太郎,例田花子,見本次郎,他.ウィジェットの表在研究—例示を中心に."
        "例示と腸 56:1419-1426, 2021",
        {
            "families": ["道家", "例田", "見本"],
            "givens": ["太郎", "花子", "次郎"],
            "title": "ウィジェットの表在研究—例示を中心に",
            "container": "例示と腸",
            "volume": "56",
        },
    ),
    (
        "guard: a Chinese list's `等` and stop keep their reading",
        "张勇,刘时银,等. 冰川研究[J]. 例示学报,2006,61(5):482-490.",
        {"families": ["张", "刘"], "givens": ["勇", "时银"], "title": "冰川研究"},
    ),
    (
        "a name of three ideographs and `他` before the colon: two and one",
        "見本聡,他:地域のウィジェットにおける発生率.日本例示誌 38:735-742,1991",
        {"families": ["見本"], "givens": ["聡"]},
    ),
    (
        "guard: spaced names and `他` before the colon keep their space's reading",
        "林 太郎, 見本 聡, 他: 地域のウィジェットにおける発生率. 日本例示誌 38:735-742, 1991",
        {"families": ["林", "見本"], "givens": ["太郎", "聡"]},
    ),
    (
        "the journal's volume glued to it: `JournalVOL:PAGES,YEAR`",
        "道家太郎,他:地域のウィジェットにおける発生率.日本例示誌38:735-742,1991",
        {"container": "日本例示誌", "volume": "38", "pages": "735-742", "year": "1991"},
    ),
    (
        "the journal's year glued to it: `JournalYEAR;VOL:PAGES`",
        "道家太郎,他:ウィジェット実践の頻度別にみた特徴.例示学研究2007;52:173-186",
        {"container": "例示学研究", "volume": "52", "pages": "173-186", "year": "2007"},
    ),
    (
        "a report's name holding digits of its own, the volume glued to it",
        "道家太郎:ウィジェットの転帰調査;生存率について.例示研究平成6年度研究報告4:584-586,1995",
        {"container": "例示研究平成6年度研究報告", "volume": "4", "pages": "584-586"},
    ),
    (
        "a romanised entry, `(in Japanese)`, then its Japanese original: read from the original",
        "Doe,T., Roe,K., et al. : Development of database for widget buildings in Japan, AIJ "
        "Journal of Widget Technology, Vol.17, No.35, pp.79-84, 2011.2 (in Japanese) 道家太郎, "
        "例田花子:国内ウィジェット建物のデータベース構築, 日本例示学会技術報告集, 第17巻, "
        "第35号, pp.79-84, 2011.2",
        {
            "families": ["道家", "例田"],
            "title": "国内ウィジェット建物のデータベース構築",
            "container": "日本例示学会技術報告集",
            "volume": "17",
            "issue": "35",
            "title_translation": "Development of database for widget buildings in Japan",
        },
    ),
    (
        "guard: a romanised entry `(in Japanese)` closes keeps its reading",
        "Doe, T.: Widget notes. Widget Journal, 12, 1-9, 2001 (in Japanese)",
        {"families": ["Doe"], "title_translation": ""},
    ),
    (
        "a comma-parted book: title, series, publisher, year (the series is no journal)",
        "例示学会例示委員会・例示特別委員会: 例示大震災被害分析と評価式, 例示技術シリーズ12, "
        "例示学会, 1996.",
        {
            "title": "例示大震災被害分析と評価式",
            "container": "",
            "publisher": "例示学会",
            "year": "1996",
        },
    ),
    (
        "a comma-parted book: title, publisher, year",
        "道家太郎: ウィジェットの設計, 例示出版, 1996.",
        {"title": "ウィジェットの設計", "container": "", "publisher": "例示出版"},
    ),
    (
        "a chapter: its editor's `(編)` and colon before the book, pages, publisher, year",
        "道家太郎:姿勢・動作分析,例田 花(編):例示評価学,pp194-207,例示書院,2001",
        {
            "families": ["道家"],
            "title": "姿勢・動作分析",
            "container": "例示評価学",
            "pages": "194-207",
            "publisher": "例示書院",
        },
    ),
    (
        "guard: a Chinese list's comma-parted book keeps its place and publisher",
        "窦静秀, 罗斌, and 蒲磊, 部件代谢指标对示例系统的影响, 4th ed. 上海: 示例医学出版社, 1993.",
        {"publisher": "示例医学出版社", "place": "上海"},
    ),
    (
        "guard: `他` before the colon keeps its reading",
        "道家太郎,他:地域のウィジェットにおける発生率.日本例示誌 38:735-742,1991",
        {"families": ["道家"], "givens": ["太郎"], "title": "地域のウィジェットにおける発生率"},
    ),
    (
        "guard: a society before the colon stays whole",
        "日本例示学会:ウィジェット設計指針, 2001",
        {"families": ["日本例示学会"], "title": "ウィジェット設計指針"},
    ),
    (
        "guard: a title's head of ideographs before its colon in a Chinese entry",
        "张勇. 冰川研究:现状与展望[J]. 例示学报,2006,61(5):482-490.",
        {"families": ["张"], "title": "冰川研究:现状与展望"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
