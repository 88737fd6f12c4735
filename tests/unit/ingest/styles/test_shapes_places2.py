"""Places and imprints after a title, one row each: text → fields (second table).

Each row stands for a shape real lists print: a Turkish thesis with APA 6's
`Unpublished` in Turkish (`Yayımlanmamış yüksek lisans tezi, University Institute,
City.`) and a German one (`Unveröffentlichte Masterarbeit, University, City.`); a Korean
book all in commas, its city in Hangul (`Title, Publisher, 서울.`); the cataloguer's
`[S.l.]` where no place was printed (`[S.l.]: Publisher`); a city abbreviated with its
stops (`N. Y.`, `Washington D.C.`) or several joined by hyphens
(`Berlin-Heidelberg-N. Y.`) alone after the title; older natural-history lists' page
count (`2: 376 pp. London.`, `Handbook No. 552. 102 pp. Washington D.C.`, `Series
(Fauna) 12: 98 pp.`), which is no part's pages.
Guard rows keep the readings each rule must not change.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "turkish thesis: `Yayımlanmamış yüksek lisans tezi,` then the institute and the city",
        "Doe, A. (2001). Widget Yapılanması Konusunda Görüşleri. Yayımlanmamış yüksek lisans "
        "tezi, Example Üniversitesi Sosyal Bilimler Enstitüsü, Bolu.",
        {
            "title": "Widget Yapılanması Konusunda Görüşleri",
            "publisher": "Example Üniversitesi Sosyal Bilimler Enstitüsü",
            "place": "Bolu",
        },
    ),
    (
        "turkish thesis: `Basılmamış doktora tezi,`",
        "Doe, A. (2001). Widget Görüşleri. Basılmamış doktora tezi, Example Üniversitesi "
        "Sosyal Bilimler Enstitüsü, Ankara.",
        {"title": "Widget Görüşleri", "place": "Ankara"},
    ),
    (
        "german thesis: `Unveröffentlichte Masterarbeit,` then the university and the city",
        "Doe, A. (2001). Widget-Studien im Vergleich. Unveröffentlichte Masterarbeit, "
        "Universität Example, Wien.",
        {
            "title": "Widget-Studien im Vergleich",
            "publisher": "Universität Example",
            "place": "Wien",
        },
    ),
    (
        "guard: a Turkish thesis without `Unpublished` keeps its reading",
        "Doe, A. (2001). Widget Görüşleri. Yüksek lisans tezi, Example Üniversitesi Sosyal "
        "Bilimler Enstitüsü, Bolu.",
        {"title": "Widget Görüşleri", "place": "Bolu"},
    ),
    (
        "korean book all in commas: title, publisher, a city in Hangul",
        "도철수, 2013, 위젯: 공적 냉소와 사적 정열이 지배하는 사회, 예시출판, 서울.",
        {
            "title": "위젯: 공적 냉소와 사적 정열이 지배하는 사회",
            "publisher": "예시출판",
            "place": "서울",
        },
    ),
    (
        "guard: a Korean article in commas keeps its journal and locator",
        "도철수, 2013, 위젯 사회의 연구, 예시학회지, 12(3), 45-67.",
        {"title": "위젯 사회의 연구", "container": "예시학회지", "volume": "12", "pages": "45-67"},
    ),
    (
        "`[S.l.]` where no place was printed: the publisher alone",
        "Doe J. Widget Environments. [S.l.]: Example Press; 1997.",
        {"title": "Widget Environments", "publisher": "Example Press", "place": ""},
    ),
    (
        "`[s.l.]` in an author-year book",
        "Doe, J. 1997. Widget environments. [s.l.]: Example Press.",
        {"publisher": "Example Press", "place": ""},
    ),
    (
        "a city abbreviated with its stops alone after the title",
        "Doe, E. (1976): The ethology of widgets. N. Y.",
        {"title": "The ethology of widgets", "place": "N. Y.", "container": ""},
    ),
    (
        "`Washington D.C.` alone after the title",
        "Doe, E. (1976): The ethology of widgets. Washington D.C.",
        {"place": "Washington D.C.", "publisher": ""},
    ),
    (
        "several cities joined by hyphens, the last abbreviated",
        "Doe, E. (1976): The ethology of widgets. Berlin-Heidelberg-N. Y.",
        {"place": "Berlin-Heidelberg-N. Y.", "container": ""},
    ),
    (
        "guard: a city alone keeps its reading",
        "Doe, E. (1976): The ethology of widgets. London.",
        {"place": "London", "container": ""},
    ),
    (
        "a volume's number and a page count before the place: the count is no pages",
        "Doe, J. 1802. Travels through Widgetland, Examplia and Roeland, in the years 1798 "
        "and 1799. 2: 376 pp. London.",
        {"volume": "2", "pages": "", "place": "London", "container": ""},
    ),
    (
        "a series and its number, a page count and the place",
        "Doe, A. 1980. Widgets of America north of Mexico. Example Handbook No. 552. 102 pp. "
        "Washington D.C.",
        {
            "title": "Widgets of America north of Mexico",
            "container": "",
            "issue": "",
            "pages": "",
            "place": "Washington D.C.",
        },
    ),
    (
        "a series (its part in parentheses) and volume, then a page count",
        "Doe, F. 1996. Widget keys. Example Helvetica (Fauna) 12: 98 pp.",
        {"container": "Example Helvetica (Fauna)", "volume": "12", "pages": ""},
    ),
    (
        "guard: a journal's volume and page range keep their reading",
        "Doe, F. 1996. Widget keys. Example Journal 12: 98-110.",
        {"container": "Example Journal", "volume": "12", "pages": "98-110"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
