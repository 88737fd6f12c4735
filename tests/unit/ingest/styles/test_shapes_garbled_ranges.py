"""Ranges printed in two odd ways, one row each: text → fields.

- A page stored in GBK and shown as Latin-1 prints every en dash as `¨C` (bytes A8 43):
  Chinese-hosted copies of English articles print `Gut 2023, 72, 338¨C344.`. Between
  digits it is repaired to the en dash; the journal and the pages were lost before.
- Elsevier's online-only pages (`89.e1`) shortened as MEDLINE shortens any range:
  `89.e1-8` is `89.e1`-`89.e8`.
- Japanese clinical lists print a range with the horizontal bar (U+2015: `506 : 30―34`).
The data is invented: names, titles, journals are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "mdpi: GBK-garbled en dash between pages",
        "Doe, J.; Roe, K. Widget burden in 2020 and 2040. Widget 2023, 72, 338¨C344.",
        {"container": "Widget", "year": "2023", "volume": "72", "pages": "338-344"},
    ),
    (
        "mdpi: GBK-garbled en dash before an online-only last page",
        "Doe, J.; Roe, K. Widget trends. Clin. Widget Res. 2021, 19, 955¨C966.e61.",
        {"container": "Clin. Widget Res", "pages": "955-966.e61"},
    ),
    (
        "mdpi: GBK-garbled en dash in a title's year range is repaired",
        "Doe, J. A study of widgets, 1998¨C2001. Widget 2006, 107, 1128¨C1141.",
        {"title": "A study of widgets, 1998–2001", "pages": "1128-1141"},
    ),
    (
        "guard: `¨C` not between digits is left as printed",
        "Doe, J. The ¨C widget. Widget 2006, 107, 11-14.",
        {"title": "The ¨C widget", "pages": "11-14"},
    ),
    (
        "vancouver (Japanese list): a range printed with the horizontal bar",
        "山田太郎 : 例示的な研究の方法.WIDGET magazine 506 : 30\u201534,2011",
        {
            "families": ["山田"],
            "givens": ["太郎"],
            "container": "WIDGET magazine",
            "volume": "506",
            "pages": "30-34",
            "year": "2011",
        },
    ),
    (
        "guard: a horizontal bar not between digits is left as printed",
        "Doe J, Roe K. Widget title \u2015 a study. J Widget. 2017;18(1):89-95.",
        {"title": "Widget title \u2015 a study", "pages": "89-95"},
    ),
    (
        "nlm: an online-only range shortened as MEDLINE does",
        "Doe J, Roe K. Widget title. J Am Widget Dir Assoc. 2017;18(1):89.e1-8.",
        {"container": "J Am Widget Dir Assoc", "first_page": "89.e1", "last_page": "89.e8"},
    ),
    (
        "guard: an online-only range printed whole",
        "Doe J, Roe K. Widget title. J Am Widget Dir Assoc. 2017;18(1):89.e1-89.e8.",
        {"first_page": "89.e1", "last_page": "89.e8"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
