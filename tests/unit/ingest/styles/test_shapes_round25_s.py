"""Shapes of what follows the author block, one row each: text → fields (round 25, S).

Each row stands for a shape real lists print after the names: a book's imprint printed
`Publisher: Place` (the house first, the city after its colon); a Vancouver report's
place closed by a `;` where NLM prints a colon (`Bethesda, MD; Example Institute, 2017`);
a department and the college it belongs to after the place's colon, one publisher; a
book all in commas closed by `Publisher, Place: 413 pp.`, a page count after the
colon; a year-less `(Place: Publisher)` closing an author-year title; PubMed's journal
qualifier glued to the year (`J Widget Physiol (1985)2003;95:…`); GOST's locator
labelled in Cyrillic (`2016. Т. 61, № 5. С. 32-42.`); an annotated list's note after
an author-year locator (`Journal, 18, 280–287. Excellent overview …`); German and
Japanese access dates after a link (`URL [17.07.2010]`, `URL(2024年3月閲覧)`); a German
date's ordinal stop inside a title (`seit dem 1. Januar 1999`).
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
        "author-year: the house before the colon, the city after it (`Publisher: Place.`)",
        "Doe, R.D. and Roe, M. (1993) Principles of Widgets. Widget-Hill: New York.",
        {"title": "Principles of Widgets", "publisher": "Widget-Hill", "place": "New York"},
    ),
    (
        "nlm: the house before the colon, a city after it and the year",
        "Doe RD, Roe M. Principles of widgets. Widgetco: London; 1993.",
        {"publisher": "Widgetco", "place": "London", "year": "1993"},
    ),
    (
        "guard: a small town before the colon and a house after it stay as read",
        "Doe, A. (2005). Widget care. Hillsdale, NJ: Exampleworth.",
        {"publisher": "Exampleworth", "place": "Hillsdale, NJ"},
    ),
    (
        "guard: a city before the colon and a house after it stay as read",
        "Doe, A. 2005. Widget care. Paris: Example.",
        {"publisher": "Example", "place": "Paris"},
    ),
    (
        "vancouver: a report's city and state closed by a `;`, its publisher and year after",
        "Doe N, Roe A, Poe M et al. Widget statistics review, 1975–2014. Bethesda, MD; Example "
        "Institute, 2017.",
        {
            "title": "Widget statistics review, 1975–2014",
            "place": "Bethesda, MD",
            "publisher": "Example Institute",
            "year": "2017",
        },
    ),
    (
        "guard: Turkish lists' `Publisher; City; YEAR` keeps its reading",
        "Doe A. Widget care. 2nd ed. Example Kitabevleri; Ankara; 2011.",
        {"publisher": "Example Kitabevleri", "place": "Ankara", "year": "2011"},
    ),
    (
        "harvard: a department and its college after the place's colon, one publisher",
        "Doe, T, Roe, A & Poe, E 2009, ‘Widget utilisation: a scoping review of the "
        "literature’. London: Department of Widgets, Example College London.",
        {
            "title": "Widget utilisation: a scoping review of the literature",
            "publisher": "Department of Widgets, Example College London",
            "place": "London",
        },
    ),
    (
        "guard: a centre and its university after the place's colon, one publisher",
        "Doe, T. 2009. Widget policy. Berkeley: Centre for Widget Research, University of Example.",
        {
            "publisher": "Centre for Widget Research, University of Example",
            "place": "Berkeley",
        },
    ),
    (
        "guard: ACS's `Publisher: City, Region` keeps its reading",
        "Doe, A. Widget Chemistry; Example-VCH: Springfield, Exampleland, 2010.",
        {"publisher": "Example-VCH"},
    ),
    (
        "author-year all in commas: `Publisher, Place: 413 pp.`, a page count after the colon",
        "Doe, N.T.J., 1975, The Mathematical Theory of Widgets and its Applications, Widgetco, "
        "London: 413 pp.",
        {
            "title": "The Mathematical Theory of Widgets and its Applications",
            "publisher": "Widgetco",
            "place": "London",
            "year": "1975",
        },
    ),
    (
        "author-year: a year-less `(Place: Publisher)` closing a comma title with its dates",
        "Doe, H. C. (1954), Mr Widget’s Hospital, 1726–1948 (London: Example, Green & Co.).",
        {
            "title": "Mr Widget’s Hospital, 1726–1948",
            "place": "London",
            "publisher": "Example, Green & Co",
            "pages": "",
        },
    ),
    (
        "author-year: `(Place: Publisher)`, the house led by its founder's initials",
        "Doe, A. (2007), Practising Widget Medicine: The Service in East Exampleland (London: "
        "I. B. Example).",
        {
            "title": "Practising Widget Medicine: The Service in East Exampleland",
            "place": "London",
            "publisher": "I. B. Example",
        },
    ),
    (
        "author-year: `(Place and Place, ST: Publisher B.V.)`, two cities joined by `and`",
        "Doe, A. (1996), Fantasy Widgets, 1880–1930: With Special Reference to Sir Example "
        "Roe (Amsterdam and Atlanta, GA: Editions Example B.V.).",
        {
            "title": "Fantasy Widgets, 1880–1930: With Special Reference to Sir Example Roe",
            "place": "Amsterdam and Atlanta, GA",
            "publisher": "Editions Example B.V",
        },
    ),
    (
        "guard: a city and a subtitle led by an article in a title's parenthesis is no imprint",
        "Doe, A. (2001). Gotham (Boston: A Case Study of Widgets).",
        {"title": "Gotham (Boston: A Case Study of Widgets)", "publisher": ""},
    ),
    (
        "guard: a part's colon in a title's parenthesis is no imprint",
        "Doe, A. (2007). Widget methods for the working engineer (Part II: Methods).",
        {"title": "Widget methods for the working engineer (Part II: Methods)", "place": ""},
    ),
    (
        "nlm: a journal's dated qualifier glued to the article's year, `(1985)2003;`",
        "Doe A, Roe CR, Poe S, et al. Age-associated changes in widgets and their effect on "
        "mobility. J Widget Physiol (1985)2003;95(5):1851-60.",
        {
            "container": "J Widget Physiol (1985)",
            "year": "2003",
            "volume": "95",
            "issue": "5",
            "pages": "1851-60",
        },
    ),
    (
        "guard: the qualifier and the year parted by a space keep their reading",
        "Doe A, Roe CR, Poe S, et al. Age-associated changes in widgets and their effect on "
        "mobility. J Widget Physiol (1985) 2003;95(5):1851-60.",
        {"container": "J Widget Physiol (1985)", "year": "2003", "volume": "95"},
    ),
    (
        "guard: a proceedings' publisher and place after its pages are no annotation",
        "Doe A, Roe B. Widget tolerance. In: Proceedings of the 5th Widget Conference, vol 2, "
        "33–40. Example Society of Widget Engineers, Springfield, Illinois.",
        {
            "container": "Proceedings of the 5th Widget Conference",
            "publisher": "Example Society of Widget Engineers",
            "place": "Springfield, Illinois",
        },
    ),
    (
        "gost: a Russian journal's locator labelled in Cyrillic, `т.`, `№` and `с.`",
        "Иванов С.В., Петров М.П. Распространенность виджетов в учреждениях России: "
        "исследование ПРИМЕР. Вестник виджетологии. 2016. т. 61, № 5-6, с. 32-42.",
        {
            "title": "Распространенность виджетов в учреждениях России: исследование ПРИМЕР",
            "container": "Вестник виджетологии",
            "year": "2016",
            "volume": "61",
            "issue": "5-6",
            "pages": "32-42",
        },
    ),
    (
        "gost: the full form's `//` and dashes, `Т.`, `№` and `С.` in capitals",
        "Иванов С.В., Петров М.П. Распространенность виджетов в учреждениях России // "
        "Вестник виджетологии. – 2016. – Т. 61, № 5. – С. 32–42.",
        {"container": "Вестник виджетологии", "volume": "61", "issue": "5", "pages": "32-42"},
    ),
    (
        "guard: GOST's Latin labels keep their reading",
        "Ivanov S.V., Petrov M.P. Widget prevalence in Russian institutions. Vestnik "
        "Widgetologii. 2016. Vol. 61, No. 5. P. 32-42.",
        {"container": "Vestnik Widgetologii", "volume": "61", "issue": "5", "pages": "32-42"},
    ),
    (
        "annotated author-year list: a sentence judging the work after the locator",
        "Doe, W.N. and Roe, N.S. (1995) Widget assembly. Trends in Widgets, 18,280–287. "
        "Excellent overview and introduction to topic.",
        {
            "title": "Widget assembly",
            "container": "Trends in Widgets",
            "volume": "18",
            "pages": "280-287",
        },
    ),
    (
        "annotated author-year list: the note after a volume, issue and pages",
        "Doe, W.N. (1995) Widget assembly in the field. Widget Science, 18(2): 280-287. A "
        "classic study of widget assembly in the wild.",
        {"container": "Widget Science", "volume": "18", "issue": "2", "pages": "280-287"},
    ),
    (
        "apa (German list): `Verfügbar unter: URL [17.07.2010]`, the access date in figures",
        "Centre for Widget Medicine. (2005). Levels of widgets and grades of recommendation. "
        "Verfügbar unter: http://www.example.net/index.aspx?o=1025 [17.07.2010]",
        {
            "title": "Levels of widgets and grades of recommendation",
            "url": "http://www.example.net/index.aspx?o=1025",
            "publisher": "",
            "place": "",
        },
    ),
    (
        "japanese: the access month glued after the link, no day (`URL(2024年3月閲覧)`)",
        "例示学会:例示鑑別疾患難易度別リスト.2016 https://www.example-jp.com/info/table1.pdf"
        "(2024年3月閲覧)",
        {"url": "https://www.example-jp.com/info/table1.pdf", "year": "2016"},
    ),
    (
        "author-year: a preprint server's name and `preprint` where the journal stands",
        "Doe AJ, Roe JM, Poe TJ (2017) Basal widget control of reflexive saccades: a "
        "computational model. bioRxiv preprint. https://doi.org/10.5555/135251",
        {"container": "bioRxiv", "doi": "10.5555/135251", "year": "2017"},
    ),
    (
        "harvard: the volume and issue glued to the journal's last word in lower case",
        "Doe, C., Roe, A., Poe, J. and Koe, J., 2013. Best fit framework synthesis: refining "
        "the widget method. BMC widget research methodology13(1), p.37.",
        {
            "container": "BMC widget research methodology",
            "volume": "13",
            "issue": "1",
            "pages": "37",
        },
    ),
    (
        "author-year: an older journal's name, a whole word then a cut in lower case",
        "Doe, G.P. (1995) Widget balance during maximal exercise. Equine vet. J. 18, 261-265.",
        {
            "title": "Widget balance during maximal exercise",
            "container": "Equine vet. J",
            "volume": "18",
        },
    ),
    (
        "guard: a two-word subtitle whose last word a journal's cut spells keeps its title",
        "Doe A. Depression in adolescents. Mental health. Lancet 2001;357:1-9.",
        {"title": "Depression in adolescents. Mental health", "container": "Lancet"},
    ),
    (
        "author-year all in commas: a chapter's host after `in Editor, ed.,`, no parentheses",
        "Doe, R.M., 1981, Population ecology of widget agents, in R.M. Roe, ed., Theoretical "
        "Widgetology, 2nd ed., Example, Oxford, pp. 318–355.",
        {
            "title": "Population ecology of widget agents",
            "container": "Theoretical Widgetology",
            "publisher": "Example",
            "place": "Oxford",
            "pages": "318-355",
        },
    ),
    (
        "author-year all in commas: two editors and `eds.,` before the host",
        "Doe, R.M., 1981, Population ecology of widget agents, in R.M. Roe and A. Poe, eds., "
        "Theoretical Widgetology, Example Press, Oxford, p. 318-355.",
        {"title": "Population ecology of widget agents", "container": "Theoretical Widgetology"},
    ),
    (
        "apa (German list): a date's ordinal stop inside the title, `seit dem 1. Januar 1999`",
        "Bundesministerium für Widgets. (1999). Widgetgesetz (WidgG) – erläuterte Textausgabe "
        "zu der seit dem 1. Januar 1999 geltenden Neuregelung der Widgetversorgung. Köln: "
        "Example Verlag.",
        {
            "title": "Widgetgesetz (WidgG) – erläuterte Textausgabe zu der seit dem 1. Januar "
            "1999 geltenden Neuregelung der Widgetversorgung",
            "place": "Köln",
            "publisher": "Example Verlag",
        },
    ),
    (
        "apa (German list): the title closing with the date, its day of two figures",
        "Doe, A. (1999). Die Widgetreform vom 12. Oktober 1990. Berlin: Example Verlag.",
        {"title": "Die Widgetreform vom 12. Oktober 1990", "place": "Berlin"},
    ),
    (
        "guard: a figure's stop before a city, no month, still ends the title",
        "Doe, A. (1999). Widgets in Phase 1. Berlin: Example Verlag.",
        {"title": "Widgets in Phase 1", "place": "Berlin", "publisher": "Example Verlag"},
    ),
    (
        "guard: a book's title before `eds.,` is no editor (the host's rule wants initials)",
        "Doe, A. (2001). Widget care, in Widget Studies, eds., Example Press, London.",
        {"publisher": "Example Press", "place": "London"},
    ),
    (
        "guard: a title and a place before a colon's page count keep the count in the title",
        "Doe, A. (2001). Widgets, London: 12 pp.",
        {"title": "Widgets, London: 12 pp"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
