"""Review rows for round 24's G rules (`test_shapes_round24_g.py`), narrowed where an
invented neighbour read worse than before the round, or where the round's new reading
kept a flaw: a German `e. V.` body after a person's name (`Doe J, Deutsche Gesellschaft
für Widgets e. V.`) is no one body whole, the person keeps the name; a GB/T `[C]` whose
meeting stands after its place is read as the proceedings only where pages follow, and a
body's name with a meeting's word (`示例会议论文集编委会`, `示例会议中心`, `示例论坛网`,
`Widget Workshop Organizers`) stays the publisher; a glued stop before any comma or colon
(`[C]//示例会议2015.ROE A.Proceedings[C]`) closes no Chinese imprint; an author-date
English version's names keep no lettered year (`2015a`), its title no year after the names'
stop (`DOE Jia, ROE Jie. 2015. Title[J]`), its journal no yearless locator (`Acta …, 36(9):
1156-1166`). The last tests hold the review's patterns linear (no timer).

The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.gbt7714 import (
    _IMPRINT_MARK,
    _MEETING_BODY_WORD,
    _NAMES_YEAR,
    _TITLE_YEAR,
    _YEARLESS_LOCATOR,
)
from mmrefs.ingest.styles.people import _UNREGISTERED_COMMA
from tests.unit.ingest.styles.shapes import check_shape, parse

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gbt [C]: a meeting's editorial board after the place stays the publisher",
        "道家.例子研究[C].北京:示例会议论文集编委会,2012:10-14.",
        {"publisher": "示例会议论文集编委会", "place": "北京", "container": ""},
    ),
    (
        "gbt [C]: a conference centre after the place stays the publisher",
        "道家.例子研究[C].北京:示例会议中心,2012:10-14.",
        {"publisher": "示例会议中心", "container": ""},
    ),
    (
        "gbt [C]: a forum's website after the place stays the publisher",
        "道家.例子研究[C].北京:示例论坛网,2012:10-14.",
        {"publisher": "示例论坛网", "container": ""},
    ),
    (
        "gbt [C]: a workshop's organizers after the place stay the publisher",
        "DOE J. Widget study[C]. New York: Widget Workshop Organizers, 2012: 10-14.",
        {"publisher": "Widget Workshop Organizers", "place": "New York", "container": ""},
    ),
    (
        "gbt [C]: proceedings without pages keep the meeting as their publisher",
        "道家.例子论文集[C].成都:示例会议,2012.",
        {"title": "例子论文集", "publisher": "示例会议", "place": "成都", "container": ""},
    ),
    (
        "gbt [C] guard: a society's proceedings after the place are the container",
        "DOE J. Widget study[C]. Washington: Proceedings of the Widget Society, 2012: 10-14.",
        {"container": "Proceedings of the Widget Society", "publisher": ""},
    ),
    (
        "gbt [C] guard: a meeting after the place, with pages, is the container",
        "道家.例子研究[C].成都:示例会议(年会),2012:10-14.",
        {"container": "示例会议(年会)", "publisher": "", "pages": "10-14"},
    ),
    (
        "gbt: a glued stop before any comma or colon closes no Chinese imprint",
        "道家.例子研究[C]//示例会议2015.ROE A.Widget Proceedings[C].New York:Example Press,"
        "2015:1-5.",
        {
            "style": "gbt7714",
            "publisher": "Example Press",
            "place": "New York",
            "pages": "1-5",
            "title_translation": "",
        },
    ),
    (
        "gbt author-date: the English version's names keep no lettered year",
        "道家, 罗杰, 2015a. 例子研究进展[J]. 例子学报, 36(9): 1156-1166.DOE J, ROE J, 2015a. "
        "Progress of widgets[J]. Acta Exempli Sinica, 36(9): 1156-1166.",
        {
            "style": "gbt7714-author-date",
            "container": "例子学报",
            "title_translation": "Progress of widgets",
            "container_translation": "Acta Exempli Sinica",
        },
    ),
    (
        "gbt author-date: the year after the English names' stop is no title's",
        "道家, 罗杰, 2015. 例子研究进展[J]. 例子学报, 36(9): 1156-1166.DOE Jia, ROE Jie. 2015. "
        "Progress of widgets[J]. Acta Exempli Sinica, 36(9): 1156-1166.",
        {
            "title_translation": "Progress of widgets",
            "container_translation": "Acta Exempli Sinica",
        },
    ),
    (
        "gbt author-date: the English journal keeps no yearless locator",
        "道家, 2015. 例子研究[J]. 例子学报, 36(9): 1156-1166. DOE J, 2015. Progress of "
        "widgets[J]. Acta Exempli Sinica, 36(9): 1156-1166.",
        {
            "style": "gbt7714-author-date",
            "container": "例子学报",
            "volume": "36",
            "container_translation": "Acta Exempli Sinica",
        },
    ),
    (
        "gbt author-date guard: a newspaper's English copy keeps its name",
        "道家, 2015. 例子研究[N]. 示例日报, 2015-03-01(06).DOE J, 2015. Widget news[N]. Example "
        "Daily, 2015-03-01(06).",
        {"container": "示例日报", "container_translation": "Example Daily"},
    ),
    (
        "gbt guard: a title with a year keeps it in the English version",
        "道家, 罗杰, 2015. 例子研究进展[J]. 例子学报, 36(9): 1156-1166.DOE J, ROE J. Progress "
        "in 2015[J]. Acta Exempli Sinica, 36(9): 1156-1166.",
        {"title_translation": "Progress in 2015"},
    ),
    (
        "springer-basic guard: two `e. V.` bodies parted by a comma",
        "Deutsche Gesellschaft für Widgets e. V., Bundesverband Widget e. V. (2004) Leitlinie "
        "der Widgets. Example, Berlin",
        {
            "families": ["Deutsche Gesellschaft für Widgets e. V.", "Bundesverband Widget e. V"],
            "title": "Leitlinie der Widgets",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def test_english_names_drop_a_lettered_year() -> None:
    """`DOE J, ROE J, 2015a. Title[J]`: two translators' names, no third `2015a`."""
    ref = parse(SHAPES[8][1])
    assert [a.family for a in ref.authors_translation] == ["DOE", "ROE"]


def test_person_before_an_e_v_body_keeps_the_name() -> None:
    """`Doe J, Deutsche Gesellschaft für Widgets e. V.`: the person is read, not one body
    `Doe J, Deutsche …` (the round's reading)."""
    ref = parse(
        "Doe J, Deutsche Gesellschaft für Widgets e. V. (2004) Leitlinie der Widgets. "
        "Example, Berlin"
    )
    assert ref.authors[0].family == "Doe"
    assert ref.authors[0].given == "J"
    assert len(ref.authors) == 2


RUN = 100_000


def test_review24_g_patterns_read_once() -> None:
    """No timer: a quadratic (or the unpossessive locator's cubic) reading at these lengths
    would take minutes."""
    assert _YEARLESS_LOCATOR.search("a, 1" + " " * RUN + "x") is None
    assert _YEARLESS_LOCATOR.search("a, 1(2)" + " " * RUN + "x") is None
    assert _YEARLESS_LOCATOR.search("a, 1:2" + " " * RUN + "x") is None
    assert _YEARLESS_LOCATOR.search("a" + " " * RUN + ", 1(2): 3-4 .") is not None
    assert _YEARLESS_LOCATOR.sub("", "Acta, 36 (9) : 1-5 .") == "Acta"
    assert _UNREGISTERED_COMMA.search("e. V.," * RUN) is None
    assert _MEETING_BODY_WORD.search("Committee " * RUN + "x") is None
    assert _TITLE_YEAR.match("2015" + " " * RUN) is None
    assert _NAMES_YEAR.search("," + " " * RUN + "2015ab") is None
    assert _IMPRINT_MARK.search("1.A" * RUN) is None
