"""Shapes of what follows the author block, one row each: text → fields (ninth table).

Each row stands for a shape real lists print after the names: a `Doi:` label, capital
first, before the DOI's link at the end (`Journal, 53, 901-910. Doi: https://doi.org/…`,
APA 6 lists of agricultural journals); a page range's hyphen with a space on one side only
(`901- 910`); a chapter's host named after its editor, the publisher after the book's
comma before the pages (`In: A. Editor (ed.), Book, Example Press, 209-231.`), or the
editor initials first with no mark, `In:` glued to it, and a city alone after the pages
(`In:M. L. Editor, Book, 253–281. N. Y.`); a title quoted by doubled single marks
(Turkish lists: `‘’Title’’, Journal`); Japanese lists' access date glued after a link
(`URL(2021年7月30日閲覧)`) and a journal's volume glued to its name (`例誌38:735-742`);
Korean lists' report month after the imprint's year (`Seoul: Agency;2017. 12.`); the
romanised Russian book's `Moscow; 2002 : 408 p.` and host's `In : Collection
[Translation]. Kharkiv. 2015; 2 (43) : 123-128`; an issue's `No.` after the journal's
comma (`Journal, No. 390/V-8, pp. 57-66`); a Japanese book's series and its society
(`Title, 例シリーズ12, 例学会, 1996.`).
Guard rows keep the readings each rule must not change.
The data is invented: names, titles, journals and publishers are placeholders, DOIs
use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "apa 6: `Doi:` with a capital before the DOI's link at the end",
        "Doe, A. and Roe, B. (2002). Widget patterns among farmers. Example Journal of Widgets, "
        "53, 901-910. Doi: https://doi.org/10.5555/x123",
        {
            "container": "Example Journal of Widgets",
            "volume": "53",
            "pages": "901-910",
            "doi": "10.5555/x123",
        },
    ),
    (
        "apa 6: `Doi:` before a bare DOI",
        "Doe, A. (2002). Widget patterns. Example Journal of Widgets, 53, 901-910. Doi: "
        "10.5555/x123",
        {"container": "Example Journal of Widgets", "volume": "53", "doi": "10.5555/x123"},
    ),
    (
        "apa 6: a country after the title's stop stays in the title once `Doi:` is gone",
        "Doe, A. (2011). Widget adoption in dairy farms in Example province. Turkey. Example "
        "Journal of Widget Research, 6, 2966-2970. Doi: https://doi.org/10.5555/x1",
        {
            "title": "Widget adoption in dairy farms in Example province. Turkey",
            "container": "Example Journal of Widget Research",
            "volume": "6",
            "pages": "2966-2970",
        },
    ),
    (
        "a page range's hyphen with a space after it",
        "Doe, A. (2002). Widget patterns. Example Journal of Widgets, 53, 901- 910.",
        {"volume": "53", "pages": "901-910"},
    ),
    (
        "a page range's hyphen with a space before it, in an NLM locator",
        "Doe A, Roe B. Widget patterns. Example Journal of Widgets. 2002;53(2):901 -910.",
        {"volume": "53", "issue": "2", "pages": "901-910"},
    ),
    (
        "guard: a hyphen spaced on both sides is the list's typography, kept",
        "Doe A, Roe B. Widget patterns. Example Journal of Widgets. 2002;53(2):901 - 910.",
        {"volume": "53", "issue": "2", "pages": "901 - 910"},
    ),
    (
        "a chapter's host: the editor with `(ed.)`, the book, its publisher, then the pages",
        "Doe, G. S. (1960). An analysis of widgets. In: G.S. Roe (ed.), Widget change in "
        "developed countries, Example University Press, 209-231.",
        {
            "container": "Widget change in developed countries",
            "publisher": "Example University Press",
            "pages": "209-231",
        },
    ),
    (
        "guard: a host's publisher after its pages keeps its reading",
        "Doe, G. S. (1960). An analysis of widgets. In: G.S. Roe (ed.), Widget change, "
        "209-231. Example University Press.",
        {"container": "Widget change", "publisher": "Example University Press"},
    ),
    (
        "a chapter's host: `In:` glued to its editor, named initials first and no mark",
        "Doe, J. (1985): Widget selection in temperate birds. In:M. L. Roe, Widget selection "
        "in birds, 253–281. N. Y.",
        {
            "container": "Widget selection in birds",
            "pages": "253-281",
            "place": "N. Y.",
            "publisher": "",
        },
    ),
    (
        "a chapter's host: the editor initials first, a city alone after the pages",
        "Doe, J. (1985): Widget selection. In: M. L. Roe, Widget selection in birds, 253–281. "
        "London.",
        {"container": "Widget selection in birds", "place": "London", "publisher": ""},
    ),
    (
        "guard: a host's imprint after its pages keeps its reading",
        "Doe, J. (1985): Widget selection. In: M. L. Roe (ed.), Widget selection in birds, "
        "253–281. London: Example Press.",
        {
            "container": "Widget selection in birds",
            "place": "London",
            "publisher": "Example Press",
        },
    ),
    (
        "turkish lists: a title quoted by doubled single marks after the names",
        "Doe, B., Roe, E., ‘’Widget levels in care nurses’’, Example Journal of Widget "
        "Sciences, 12(1), 9-19, 2009.",
        {
            "families": ["Doe", "Roe"],
            "title": "Widget levels in care nurses",
            "container": "Example Journal of Widget Sciences",
            "volume": "12",
            "pages": "9-19",
        },
    ),
    (
        "guard: a title in double quotes after the names keeps its reading",
        "Doe, B., Roe, E., “Widget levels in care nurses”, Example Journal of Widget "
        "Sciences, 12(1), 9-19, 2009.",
        {"title": "Widget levels in care nurses", "volume": "12"},
    ),
    (
        "japanese lists: an access date glued after the link",
        "例省:平成28年度版例白書.pp46-80,2017.https://www.example.go.jp/wp/16/dl/1-02.pdf"
        "(2021年7月30日閲覧)",
        {"url": "https://www.example.go.jp/wp/16/dl/1-02.pdf", "pages": "46-80"},
    ),
    (
        "japanese lists: a journal's volume glued to its name before the colon and pages",
        "例田誠司,他:地域の在宅例における転倒発生率と転倒状況.例公衛誌38:735-742,1991",
        {"container": "例公衛誌", "volume": "38", "pages": "735-742"},
    ),
    (
        "japanese lists: a report's number glued to its name",
        "例田誠司:例骨頸部骨折の転帰調査.例寿科学総合研究平成6年度研究報告4:584-586,1995",
        {"container": "例寿科学総合研究平成6年度研究報告", "volume": "4", "pages": "584-586"},
    ),
    (
        "guard: a Japanese container spaced from its volume keeps its reading",
        "例田誠司,他:地域の在宅例における転倒状況.例公衛誌 38:735-742,1991",
        {"container": "例公衛誌", "volume": "38", "pages": "735-742"},
    ),
    (
        "korean lists: a report's month after its imprint's year is no volume",
        "Doe DJ, Roe YS. The survey on widget overdependence. Seoul: Example Information "
        "Agency, Ministry of Widgets;2017. 12.",
        {
            "place": "Seoul",
            "publisher": "Example Information Agency, Ministry of Widgets",
            "container": "",
            "volume": "",
        },
    ),
    (
        "guard: a journal's volume after its year keeps its reading",
        "Doe DJ, Roe YS. The survey on widget overdependence. Example Journal; 2017. 12.",
        {"container": "Example Journal", "volume": "12"},
    ),
    (
        "romanised Russian: a book's city, `;`, its year and page count after a colon",
        "Doe G.G., Roe S.M. Osnovy otsenki vidzhetov [Widget Assessment Backgrounds]. "
        "Moscow; 2002 : 408 p. (in Russian).",
        {
            "title": "Osnovy otsenki vidzhetov",
            "title_translation": "Widget Assessment Backgrounds",
            "place": "Moscow",
            "pages": "",
            "container": "",
        },
    ),
    (
        "romanised Ukrainian: a host's translated name, its city, then the locator",
        "Doe K.V., Roe I.V. Metodyka rozrakhunku vidzhetiv [Methodology for the Calculation "
        "of Widgets]. In : Zbirnyk naukovykh prats prykladu [Collection of the Scientific "
        "Works of the Example University]. Kharkiv. 2015; 2 (43) : 123-128 (in Ukrainian).",
        {
            "container": "Zbirnyk naukovykh prats prykladu",
            "place": "Kharkiv",
            "volume": "2",
            "issue": "43",
            "pages": "123-128",
        },
    ),
    (
        "an issue's `No.` after the journal's comma, its number with a slash and a part",
        "A. Doe, B. Roe, Widget study, Example Journal, No. 390/V-8, pp. 57-66, 1988.",
        {
            "title": "Widget study",
            "container": "Example Journal",
            "issue": "390/V-8",
            "pages": "57-66",
        },
    ),
    (
        "guard: a report's `No.` after a stop stays no locator",
        "Example Agency. National widget report. EXA publication No. 13–0003. 2012.",
        {"title": "National widget report", "container": "", "pages": ""},
    ),
    (
        "japanese lists: a book's series after the title's comma, a society's name, the year",
        "例木学会例委員会: 例淡路大震災被害分析と靭性率評価式, コンクリート技術シリーズ12, "
        "例木学会, 1996.",
        {"title": "例淡路大震災被害分析と靭性率評価式", "publisher": "例木学会", "container": ""},
    ),
    (
        "guard: a Japanese book with its publisher after stops keeps its reading",
        "例田太郎. ウィジェットの研究,例出版,2015.",
        {"title": "ウィジェットの研究", "publisher": "例出版"},
    ),
    (
        "guard: `doi:` in lower case keeps its reading",
        "Doe, A. (2002). Widget patterns. Example Journal of Widgets, 53, 901-910. doi: "
        "https://doi.org/10.5555/x123",
        {"container": "Example Journal of Widgets", "pages": "901-910", "doi": "10.5555/x123"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
