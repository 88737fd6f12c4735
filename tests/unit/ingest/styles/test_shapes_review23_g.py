"""Shapes of names and journals, one row each: text → fields (review of round 23, G).

Each row is a neighbour of a shape round 23 taught the grammars to read, which the new
rule had read worse: Vancouver's names before an untitled `J.` journal whose second word
no list of abbreviations holds (`Roe C. J. Gerontol. 2011;31:61`, the `J.` given back to
the journal and read as the title); a title `J.` and a cut word open (`J. Edgar`), which
only an untitled entry's trailing year makes a journal's name; a GB/T title whose words
name a body before its short form (`Guidelines of the Example Society (EWS).`) and a
study or trial with its short form (`Example Widget Study (EWS).`), both titles, not
authors. Guard rows keep the readings each repair must not change. Last, APA's names
left out (`…` or `. . .` before the last author) cut the list short, as `et al.` does.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "nlm untitled: the last initial's `J.` opens a journal of one cut word",
        "Doe A, Roe C. J. Gerontol. 2011;31:61.",
        {
            "families": ["Doe", "Roe"],
            "givens": ["A", "C."],
            "title": "",
            "container": "J. Gerontol",
            "volume": "31",
        },
    ),
    (
        "nlm untitled: the last initial's `J.` opens a journal and its section",
        "Doe A, Roe C. J. Gerontol. A Biol. Sci. Med. Sci. 2011;31(2):61-65.",
        {
            "givens": ["A", "C."],
            "title": "",
            "container": "J. Gerontol. A Biol. Sci. Med. Sci",
            "issue": "2",
        },
    ),
    (
        "nlm guard: a journal the list of abbreviations holds keeps its reading",
        "Doe A, Roe C. J. Immunol. 2011;31(2):61-65.",
        {"givens": ["A", "C."], "title": "", "container": "J. Immunol"},
    ),
    (
        "apa: a title of `J.` and a word, the year in the head, stays the title",
        "Doe, A. (2014). J. Edgar. Journal of Widgets, 69, 14–19.",
        {"title": "J. Edgar", "container": "Journal of Widgets", "volume": "69"},
    ),
    (
        "harvard: a title of `J.` and a word before an abbreviated journal stays the title",
        "Doe, A. 2014. J. Edgar. Widget Rev. 69: 14–19.",
        {"title": "J. Edgar", "container": "Widget Rev"},
    ),
    (
        "nature untitled guard: `J. Gerontol.` and its section before the volume",
        "Doe, A. & Roe, C. J. Gerontol. A Biol. Sci. 69, S4–S9 (2014).",
        {"givens": ["A.", "C."], "title": "", "container": "J. Gerontol. A Biol. Sci"},
    ),
    (
        "gbt: a title naming a body's guidelines and its short form stays the title",
        "Guidelines of the Example Widget Society (EWS). Widget management[S]. Beijing: "
        "Example Press, 2019.",
        {
            "families": [],
            "title": "Guidelines of the Example Widget Society (EWS). Widget management",
        },
    ),
    (
        "gbt: a title naming a commission's report and its short form stays the title",
        "Report of the Example Widget Commission (EWC). Widget management[R]. Beijing: "
        "Example Press, 2019.",
        {
            "families": [],
            "title": "Report of the Example Widget Commission (EWC). Widget management",
        },
    ),
    (
        "gbt: a study's name and its short form before the title stay the title",
        "Example Widget Study (EWS). Widget management[J]. Widget Journal, 2019, 3(1): 5-10.",
        {"families": [], "title": "Example Widget Study (EWS). Widget management"},
    ),
    (
        "gbt guard: a ministry `of` its field and its short form is the author",
        "Ministry of Widgets (MOW). Widget report[R]. Beijing: Example Press, 2019.",
        {"families": ["Ministry of Widgets (MOW)"], "title": "Widget report"},
    ),
    (
        "gbt guard: a study group and its short form is the author",
        "Example Widget Study Group (EWSG). Widget report[R]. London: Example Press, 2019.",
        {"families": ["Example Widget Study Group (EWSG)"], "title": "Widget report"},
    ),
    (
        "apa 7: names left out before the last author cut the list short",
        "Doe, A. B., Roe, C., Poe, D., Loe, E., Moe, F., Noe, G., … Zoe, H. (2006). "
        "Widget evaluation. Widget Journal, 70, 190–202.",
        {"families": ["Doe", "Roe", "Poe", "Loe", "Moe", "Noe", "Zoe"], "et_al": True},
    ),
    (
        "apa 6: spaced stops before the last author cut the list short",
        "Doe, A. B., Roe, C., Poe, D., Loe, E., Moe, F., Noe, G., . . . Zoe, H. (2006). "
        "Widget evaluation. Widget Journal, 70, 190–202.",
        {"families": ["Doe", "Roe", "Poe", "Loe", "Moe", "Noe", "Zoe"], "et_al": True},
    ),
    (
        "apa guard: every name printed, the list is whole",
        "Doe, A. B., Roe, C., & Zoe, H. (2006). Widget evaluation. Widget Journal, 70, 190–202.",
        {"families": ["Doe", "Roe", "Zoe"], "et_al": False},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
