"""Volumes glued to a Japanese journal's name or printed in Roman figures, katakana
journals and written-out editions, one row each: text → fields (session 34, second
round).

- A Japanese journal's volume glued to its name before its issue in brackets or a spaced
  colon (`例評治19(suppl):14-16,2002`, `例外科52 : 117-123,2018`): the volume was read
  as the journal's last word.
- A journal named in katakana after a title's glued stop (`Title.アレルギー例示 2:113`):
  the stop ended no sentence, so the journal stayed in the title.
- Names parted by `; and` (`Roe, Ann; and Bo Poe.`): the `and` was read into a name.
- APA's edition written out in parentheses after a book's title (`Title (12th Edition.).`,
  `(Third Edition)`): it stayed in the title.
- A volume in Roman figures before its issue in APA's locator (`Revista, VIII(1),
  131-151.`, as Spanish and Italian journals print it): the volume stayed in the journal.

The data is invented: names, titles, journals and houses are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.refparse import parse_fields
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Japanese journal: volume glued before a supplement in brackets",
        "日本例示研究会身体計測基準値検討委員会:日本人の新しい例示基準値."
        "栄例治19(suppl):14-16,2002",
        {"container": "栄例治", "volume": "19", "issue": "suppl", "pages": "14-16"},
    ),
    (
        "Japanese journal: volume glued before a spaced colon",
        "道家太郎,例田花子 : 患者満足度の向上に果たす例示チームの役割."
        "外科と例示・栄52 : 117-123,2018",
        {"container": "外科と例示・栄", "volume": "52", "pages": "117-123", "year": "2018"},
    ),
    (
        "guard: the unspaced glued volume reads as before",
        "道家太郎,例田花子:ウィジェットの筋活動量と反応時間との関係.日本例示誌 2:113-120,1995",
        {"container": "日本例示誌", "volume": "2"},
    ),
    (
        "Japanese journal named in katakana after the title's glued stop",
        "道家太郎,例田花子:ウィジェットの筋活動量と反応時間との関係.アレルギー例示 2:113-120,1995",
        {
            "title": "ウィジェットの筋活動量と反応時間との関係",
            "container": "アレルギー例示",
            "volume": "2",
        },
    ),
    (
        "guard: an initial's stop before a katakana name ends no sentence",
        "Smith J.ジョン, Roe A. Widget study. J Widget Res. 2001;12:1-9.",
        {"title": "Widget study", "container": "J Widget Res"},
    ),
    (
        "names parted by `; and`: the `and` is no name's word",
        "Roe, A. M.; and Poe, B. (2013). Widgets. Journal of Widgets, 12(3), 1-9.",
        {"families": ["Roe", "Poe"], "title": "Widgets"},
    ),
    (
        "names parted by `; and` before a name printed given first",
        "Brooks, Sam; and Walter C. Poe. (2005) “Widgets at Work,” Widget Studies 12, 3: 1-15.",
        {"families": ["Brooks", "Poe"], "givens": ["Sam", "Walter C."]},
    ),
    (
        "APA book: an edition written out in parentheses after the title",
        "Roe, P. O., & Moe, K. (1986). Text Book of Widget Physiology (Thirth Edition). "
        "Example Hill Book Company, New York.",
        {
            "title": "Text Book of Widget Physiology",
            "publisher": "Example Hill Book Company",
            "place": "New York",
        },
    ),
    (
        "guard: a named edition that is no ordinal stays in the title",
        "Roe, P. (2006). Widgets (Special Edition). Example Hall.",
        {"title": "Widgets (Special Edition)"},
    ),
    (
        "guard: an edition named inside an article's title stays in it",
        "Roe, A. (2010). Validity of the Widget Intelligence Scale (Fourth Edition) in a "
        "clinical sample. Widget Assessment, 31(2), 145-156.",
        {
            "title": "Validity of the Widget Intelligence Scale (Fourth Edition) in a clinical "
            "sample",
            "container": "Widget Assessment",
            "volume": "31",
        },
    ),
    (
        "guard: a named edition that is no ordinal word stays in the title",
        "Roe, P. (2006). Widget OS X (Leopard Edition). Example Hall.",
        {"title": "Widget OS X (Leopard Edition)"},
    ),
    (
        "APA: a volume in Roman figures before its issue",
        "Roe Moe, T. (2008). Redes y mapas sociales: Desde la investigación a la intervención. "
        "Revista de Ejemplo, VIII(1), 131-151.",
        {"container": "Revista de Ejemplo", "volume": "VIII", "issue": "1", "pages": "131-151"},
    ),
    (
        "guard: a title ending in a Roman figure and a bracket keeps it",
        "Roe, T. (2008). Widgets in World War II(2). Journal of Widgets, 12(3), 31-51.",
        {"title": "Widgets in World War II(2)", "container": "Journal of Widgets", "volume": "12"},
    ),
    (
        "APA: a volume in Roman figures of three letters and more",
        "Roe, A. (2005). Widgets. Rivista di Ejemplo, CLVII(2), 1-20.",
        {"container": "Rivista di Ejemplo", "volume": "CLVII", "issue": "2"},
    ),
    (
        "guard: an acronym of Roman letters is no volume",
        "Roe, A. (1983). Widgets. Proceedings of ICCV(2), 100-120.",
        {"volume": ""},
    ),
    (
        "guard: a lone C is a journal's section, no volume",
        "Roe, A. (1983). Widgets. Acta Crystallogr, C(39), 100-120.",
        {"volume": ""},
    ),
    (
        "guard: a series' numeral after a space stays in the journal's name",
        "Roe, A. (1983). Widgets. J. Chem. Soc., Perkin Trans. II(1), 100-120.",
        {"container": "J. Chem. Soc., Perkin Trans. II", "volume": ""},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def test_a_bang_before_katakana_ends_no_sentence() -> None:
    """A title's `!` before a katakana loanword is no sentence's end: the title is not cut
    there (the katakana rule follows a stop only)."""
    fields = parse_fields("道家太郎:まさか!ウィジェットの仕事,例示研究,12:1-10,2010")
    assert isinstance(fields, dict)
    assert str(fields["title"]).startswith("まさか!ウィジェットの仕事")
