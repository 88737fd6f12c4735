"""Shapes of round 24 (helper G), one row each: text → fields.

A GB/T entry whose English version follows the Chinese one with no space after the stop
(`…:1156-1166.DOE Jia,ROE Feng,et al.Title[J].Acta …`, as 石油学报 prints it); a GB/T
proceedings' `[C]` without `//` whose meeting stands after its place where a house would
(`[C].成都:示例会议(年会),2012:10-14.`); Taiwan's APA, whose full stop is the hyphenation
point (`作者(2020)‧題名‧期刊,14(3),1-29。`); Springer's German lists' initials joined by
Unicode's non-breaking hyphen (`Example B‑M`); a Chinese guideline's version by its year
(`诊疗指南(2020版)`), which stays in its title; a German association's `e. V.` closing a
body's name (`Deutsche Gesellschaft für Widgets e. V. (2004)`). Guard rows keep the
readings each rule must not change; the last tests hold the new patterns linear (no timer).
The data is invented: names, titles, journals and
publishers are placeholders, DOIs use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.gbt7714 import _NAMES_YEAR, _YEAR_VERSION, pop_translation
from mmrefs.ingest.styles.grammars import dotted_stops
from mmrefs.ingest.styles.people import (
    _REGISTERED,
    _REGISTERED_CUT,
    _REGISTERED_NAME,
    _UNICODE_HYPHEN_INITIAL,
)
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gbt: an article's English version glued to the Chinese entry's pages",
        "道家,罗杰,等.全球例子研究进展[J].例子学报,2015,36(9):1156-1166.DOE Jia,ROE Feng,"
        "et al.Progress of widget research[J].Acta Exempli Sinica,2015,36(9):1156-1166.",
        {
            "title": "全球例子研究进展",
            "container": "例子学报",
            "volume": "36",
            "pages": "1156-1166",
            "title_translation": "Progress of widget research",
        },
    ),
    (
        "gbt: a thesis's English version glued to the Chinese imprint's year",
        "道家.例子关键参数模拟研究[D].成都:例子大学,2017.DOE Jia.Study on key parameters of "
        "widgets[D].Chengdu:Example University,2017.",
        {
            "title": "例子关键参数模拟研究",
            "publisher": "例子大学",
            "place": "成都",
            "title_translation": "Study on key parameters of widgets",
        },
    ),
    (
        "gbt guard: the English version after a spaced stop keeps its reading",
        "道家, 罗杰. 全球例子研究进展[J]. 例子学报, 2015, 36(9): 1156-1166. DOE Jia, ROE Feng. "
        "Progress of widget research[J]. Acta Exempli Sinica, 2015, 36(9): 1156-1166.",
        {
            "container": "例子学报",
            "title_translation": "Progress of widget research",
        },
    ),
    (
        "gbt author-date: an English version glued to the Chinese entry's pages",
        "道家, 罗杰, 2015. 例子研究进展[J]. 例子学报, 36(9): 1156-1166.DOE Jia, ROE Jie, 2015. "
        "Progress of widgets[J]. Acta Exempli Sinica, 36(9): 1156-1166.",
        {
            "style": "gbt7714-author-date",
            "container": "例子学报",
            "year": "2015",
            "title_translation": "Progress of widgets",
        },
    ),
    (
        "gbt author-date: an English version after the Chinese entry's spaced stop",
        "道家, 罗杰, 2015. 例子研究进展[J]. 例子学报, 36(9): 1156-1166. DOE Jia, ROE Jie, 2015. "
        "Progress of widgets[J]. Acta Exempli Sinica, 36(9): 1156-1166.",
        {
            "style": "gbt7714-author-date",
            "container": "例子学报",
            "title_translation": "Progress of widgets",
        },
    ),
    (
        "gbt author-date guard: a Chinese article without an English version",
        "道家, 罗杰, 2015. 例子研究进展[J]. 例子学报, 36(9): 1156-1166.",
        {"style": "gbt7714-author-date", "container": "例子学报", "pages": "1156-1166"},
    ),
    (
        "gbt: a newspaper's English version glued to the Chinese page in parentheses",
        "道家.例子研究[N].例子日报,2016-03-01(06).DOE Jia.Widget study[N].Example Daily,"
        "2016-03-01(06).",
        {"container": "例子日报", "title_translation": "Widget study"},
    ),
    (
        "gbt guard: a Chinese article without an English version",
        "道家,罗杰,等.全球例子研究进展[J].例子学报,2015,36(9):1156-1166.",
        {"title": "全球例子研究进展", "container": "例子学报", "title_translation": ""},
    ),
    (
        "gbt guard: an English entry's Latin journal keeps its stops",
        "DOE J,ROE K.Widget study[J].J.Widget Sci.,2015,3(2):1-5.",
        {"title": "Widget study", "volume": "3", "pages": "1-5"},
    ),
    (
        "gbt: a proceedings' meeting after its place, no `//`",
        "道家.南海例子开发模式浅析[C].成都:可持续发展——2012年全国例子研究会(年会),2012:1012-1014.",
        {
            "title": "南海例子开发模式浅析",
            "container": "可持续发展——2012年全国例子研究会(年会)",
            "place": "成都",
            "publisher": "",
            "pages": "1012-1014",
        },
    ),
    (
        "gbt: an English proceedings after its place, no `//`",
        "DOE J.Widget study[C].Beijing:Proceedings of the Example Conference on Widgets,"
        "2012:10-15.",
        {
            "container": "Proceedings of the Example Conference on Widgets",
            "place": "Beijing",
            "publisher": "",
        },
    ),
    (
        "gbt guard: a house after a proceedings' place stays the publisher",
        "道家.例子开发模式浅析[C].北京:例子出版社,2012:10-14.",
        {"publisher": "例子出版社", "place": "北京", "container": ""},
    ),
    (
        "gbt guard: a society after a proceedings' place stays the publisher",
        "道家.例子开发模式浅析[C].北京:中国例子学会,2012:10-14.",
        {"publisher": "中国例子学会", "place": "北京"},
    ),
    (
        "gbt guard: a forum's organising committee after the place stays the publisher",
        "道家.南海例子开发[C].北京:例子论坛组委会,2012:10-14.",
        {"publisher": "例子论坛组委会", "place": "北京", "container": ""},
    ),
    (
        "gbt: a [C]//host's English version glued to the Chinese imprint's pages",
        "道家.例子研究[C]//例子会议论文集.北京:例子出版社,2015:1-5.DOE Jia.Widget research[C]//"
        "Proceedings of Widgets.Beijing:Example Press,2015:1-5.",
        {
            "container": "例子会议论文集",
            "publisher": "例子出版社",
            "place": "北京",
            "title_translation": "Widget research",
        },
    ),
    (
        "gbt guard: a conference press after the place stays the publisher",
        "DOE J.Widget study[C].New York:Example Conference Press,2012:10-15.",
        {"publisher": "Example Conference Press", "place": "New York"},
    ),
    (
        "gbt: a guideline's version by its year stays in the title",
        "示例学会. 示例皮炎诊疗指南(2020版)[J]. 中华示例杂志, 2020,53(2):81-88.",
        {"title": "示例皮炎诊疗指南(2020版)", "container": "中华示例杂志"},
    ),
    (
        "gbt guard: a book's edition in parentheses leaves the title",
        "道家. 示例学(2版)[M]. 北京:示例出版社,2020.",
        {"title": "示例学", "publisher": "示例出版社"},
    ),
    (
        "gbt guard: a book's numbered edition in parentheses leaves the title",
        "道家. 示例学(第3版)[M]. 北京:示例出版社,2020.",
        {"title": "示例学", "publisher": "示例出版社"},
    ),
    (
        "apa-zh (Taiwan): the hyphenation point as the full stop, an article",
        "道家、罗杰(2020)‧例子老人生活狀況之探討‧人文例子研究,14(3),1-29。"
        "https://doi.org/10.5555/x.1",
        {
            "families": ["道", "罗"],
            "title": "例子老人生活狀況之探討",
            "container": "人文例子研究",
            "volume": "14",
            "issue": "3",
            "pages": "1-29",
        },
    ),
    (
        "apa-zh (Taiwan): the hyphenation point as the full stop, a book",
        "道家(2013)‧例子統計分析‧臺北:例子出版社。",
        {"title": "例子統計分析", "publisher": "例子出版社", "place": "臺北"},
    ),
    (
        "apa-zh (Taiwan): a foreign name's point inside the title stays",
        "道家(2013)‧約翰‧杜威的例子思想‧例子學報,21,27-54。",
        {"title": "約翰‧杜威的例子思想", "container": "例子學報", "volume": "21"},
    ),
    (
        "apa-zh guard: the ideographic full stop keeps its reading",
        "道家、罗杰(2020)。例子老人生活狀況之探討。人文例子研究,14(3),1-29。",
        {"title": "例子老人生活狀況之探討", "container": "人文例子研究"},
    ),
    (
        "springer-basic: a German association's `e. V.` closes a body's name",
        "Deutsche Gesellschaft für Widgets e. V. (2004) Leitlinie der Widgets. Example, Berlin",
        {
            "families": ["Deutsche Gesellschaft für Widgets e. V"],
            "title": "Leitlinie der Widgets",
            "publisher": "Example",
        },
    ),
    (
        "springer-basic: `e.V.` unspaced closes a body's name",
        "Verein für Widgets e.V. (2004) Leitlinie der Widgets. Example, Berlin",
        {"families": ["Verein für Widgets e.V"], "title": "Leitlinie der Widgets"},
    ),
    (
        "springer-basic: a group of associations joined by `der` and `und` is one body",
        "Arbeitsgruppe der Gesellschaft für Widgets e. V., der Deutschen Gesellschaft für Dinge "
        "e. V. und der Gesellschaft für Sachen e. V. (2004) Leitlinie der Widgets. Example, Berlin",
        {"title": "Leitlinie der Widgets", "year": "2004"},
    ),
    (
        "apa: two associations parted by a comma are two bodies",
        "Gesellschaft für Widgets e. V., Verein für Dinge e. V. (2004). Leitlinie der Widgets. "
        "Example Press.",
        {
            "families": ["Gesellschaft für Widgets e. V.", "Verein für Dinge e. V"],
            "title": "Leitlinie der Widgets",
        },
    ),
    (
        "springer-basic: a body's short form in parentheses before its `e. V.`",
        "Deutsche Gesellschaft für Widgets (DGW) e. V. (2004) Leitlinie der Widgets. Example, "
        "Berlin",
        {
            "families": ["Deutsche Gesellschaft für Widgets (DGW) e. V"],
            "title": "Leitlinie der Widgets",
        },
    ),
    (
        "apa guard: a person's initials `E. V.` stay a person's",
        "Doe, E. V. (2004). Leitlinie der Widgets. Example Press.",
        {"families": ["Doe"], "givens": ["E. V"], "title": "Leitlinie der Widgets"},
    ),
    (
        "springer-basic: initials joined by the non-breaking hyphen",
        "Doe B\u2011M, Roe E (2014) Widget change. J Widget Res 12:34–54",
        {"families": ["Doe", "Roe"], "givens": ["B-M", "E"], "container": "J Widget Res"},
    ),
    (
        "apa: dotted initials joined by the non-breaking hyphen",
        "Doe, J.\u2011P., & Roe, E. (2014). Widget change. Journal of Widgets, 12, 34–54.",
        {"families": ["Doe", "Roe"], "container": "Journal of Widgets"},
    ),
    (
        "springer-basic guard: a family joined by the non-breaking hyphen keeps it",
        "Doe\u2011Roe BM, Roe E (2014) Widget change. J Widget Res 12:34–54",
        {"families": ["Doe\u2011Roe", "Roe"], "givens": ["BM", "E"]},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


RUN = 100_000


def test_glued_version_stops_are_bounded() -> None:
    """`gbt7714.pop_translation` tries a glued stop (`_VERSION_STOP`'s second branch) in the
    first `_GLUED_VERSION_REACH` characters only: each stop tried reads the rest."""
    tail = ".例子学报,2015,36(9):1-2." + "1.A" * RUN + "[J].x"
    assert pop_translation(tail) == (tail, {})


def test_round24_patterns_read_once() -> None:
    """No timer: a quadratic reading at these lengths would take minutes."""
    assert _REGISTERED.search("a" + " " * RUN + "e x") is None
    assert _REGISTERED.search("a) e" * RUN) is None
    assert _REGISTERED_NAME.fullmatch("Ab" + "-a" * RUN + "&") is None
    assert _REGISTERED_NAME.fullmatch("Ab" + " a." * RUN + " (AB") is None
    assert _REGISTERED_CUT.split("A e. V.," + " " * RUN + "X")[1] == "X"
    hyphened = _UNICODE_HYPHEN_INITIAL.sub(r"\1-", "B\u2011" * RUN + "x")
    assert hyphened == "B-" * (RUN - 1) + "B\u2011x"  # `x`: no initial after the last
    assert _NAMES_YEAR.search(", " * RUN + "x2015") is None
    assert _NAMES_YEAR.search("DOE J" + " " * RUN + ", 2015") is not None
    assert _YEAR_VERSION.search("2020 " * RUN + "x") is None
    assert _YEAR_VERSION.search("2020" + " " * RUN + "x") is None
    assert dotted_stops("示示示示‧" * RUN).count(". ") == RUN
