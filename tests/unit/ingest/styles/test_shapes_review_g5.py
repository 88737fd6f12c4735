"""Review rows for the Japanese, Korean and bilingual GB/T rules of the fresh17 round
(`test_shapes_japanese2.py`, `test_shapes_rest9.py`), narrowed where an invented
near-miss read worse than before: a lone block of three or four ideographs before the
colon that ends in a prefecture's, a city's or a bank's name is a body's, kept whole
(`東京都`, `日本銀行`), and one that ends in a title's head noun no name (`環境問題:その
現状と課題`), not a person's name parted two and one or two and two; an
English GB/T entry's bracketed Chinese original is read only when it names the authors
the English names (a body's Chinese name the original's grammar takes into its title
leaves the English reading), and takes from the English the locators it leaves out; a
semicolon list's `&` before a lone initial (`; & A. Poe`, the block cut at the initial's
stop) is kept, not dropped to leave the initial as a family that loses the whole list.

The data is invented: names, titles, journals and publishers are placeholders. A new
quirk is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import FAILED, check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "japanese lone block: a metropolis's name before the colon is no person",
        "東京都:東京都地域防災計画の例示, 2012.",
        {"families": ["東京都"], "year": "2012"},
    ),
    (
        "japanese lone block: a bank before the colon is no person",
        "日本銀行:金融システムの例示レポート, 2015.",
        {"families": ["日本銀行"], "year": "2015"},
    ),
    (
        "japanese lone block: a title's head before its colon is no person",
        "環境問題:その現状と課題, 例示書房, 2001.",
        {FAILED: True},
    ),
    (
        "japanese lone block guard: a person's unspaced name still parts",
        "道家太郎:鉄筋コンクリートの例示, 例示書房, 2001.",
        {"families": ["道家"], "givens": ["太郎"], "publisher": "例示書房"},
    ),
    (
        "semicolon list: an & before a lone initial cut at its stop is kept (the reading "
        "before the round, the first names kept), no family A that loses the list",
        "Doe, N.; Roe, F.; & A. Poe. Widget analysis. Widget Journal 2010, 12, 1-9.",
        {"families": ["Doe", "Roe", "& A"], "container": "Widget Journal"},
    ),
    (
        "gb/t bracketed original: a body's Chinese name lost to the title keeps the English",
        "WHO. Widget report[R]. Geneva: WHO, 2010. "
        "[世界示例卫生联盟. 某某报告[R]. 日内瓦: 世界示例卫生联盟, 2010.]",
        {"families": ["WHO"], "title": "Widget report", "place": "Geneva"},
    ),
    (
        "gb/t bracketed original: the locators it leaves out come from the English",
        "Doe J. Widget study[J]. Widget Journal, 2010, 12(3): 1-9. "
        "[道某. 某某研究[J]. 例示学报, 2010.]",
        {
            "title": "某某研究",
            "container": "例示学报",
            "volume": "12",
            "issue": "3",
            "pages": "1-9",
        },
    ),
    (
        "gb/t bracketed original guard: a whole original is read from the original",
        "Zhang S, Li S. Widget title[J]. Acta Widgetica Sinica, 2006, 61(5): 482-490. "
        "[张三, 李四. 某某题名[J]. 例示学报, 2006, 61(5): 482-490.]",
        {"title": "某某题名", "title_translation": "Widget title", "families": ["张", "李"]},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
