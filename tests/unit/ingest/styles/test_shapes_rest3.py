"""Shapes of what follows the author block, one row each: text → fields (third table).

Each row stands for a rule a style guide states or a shape real lists print after the
names: German author-date's chapter (`In: Editor (Hrsg.): Book. Ort: Verlag. S. 5–9.`),
French's `Dans … (dir.) :`, a host book's edition in parentheses, BibTeX's `plain`
chapter (`pages 52–71`, `volume 131 of Series`), a meeting's year in its name before
the year, Copernicus' journal after a comma and its link with an access date before the
year, German's `In:` before a journal and `S.` before its pages, a report's imprint in
commas, a public body issuing a report. The data is invented: names, titles, journals
and publishers are placeholders, DOIs use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "german author-date chapter: editors' (Hrsg.), place: publisher, S. pages",
        "Doe, Jane (2011): Widget theory and practice. In: Roe, Rita (Hrsg.): Handbuch der "
        "Widgets. Wiesbaden: Beispielverlag. S. 85–129.",
        {
            "title": "Widget theory and practice",
            "container": "Handbuch der Widgets",
            "publisher": "Beispielverlag",
            "place": "Wiesbaden",
            "pages": "85-129",
        },
    ),
    (
        "german author-date chapter: editors' year before (Hrsg.), book of two sentences",
        "Doe, Jane (2007): Widget theory and practice. In: Roe, Rita/Poe, Paul (2007) "
        "(Hrsg.): Handbuch der Widgets. Zum Stand der Forschung. Berlin/New York: "
        "Beispielverlag. S. 56–83.",
        {
            "container": "Handbuch der Widgets. Zum Stand der Forschung",
            "publisher": "Beispielverlag",
            "place": "Berlin/New York",
            "pages": "56-83",
        },
    ),
    (
        "german author-date chapter: Ders. as editor, the book's edition before the place",
        "Doe, Jane (2011): Widget theory and practice. In: Ders. (Hrsg.): Handbuch der "
        "Widgets. 2. Auflage. Wiesbaden: Beispielverlag. S. 85–129.",
        {
            "container": "Handbuch der Widgets",
            "publisher": "Beispielverlag",
            "place": "Wiesbaden",
            "pages": "85-129",
        },
    ),
    (
        "french author-date chapter: Dans editors (Dir.) : book. Lieu : Éditeur",
        "Doe, J. (2011). Widget theory and practice. Dans R. Roe (Dir.) : Le livre des "
        "widgets. Sherbrooke, Québec : Éditions Exemple.",
        {
            "title": "Widget theory and practice",
            "container": "Le livre des widgets",
            "publisher": "Éditions Exemple",
            "place": "Sherbrooke, Québec",
        },
    ),
    (
        "french chapter: the book's edition in parentheses before the imprint",
        "Doe, J. (2011). Widget theory and practice. Dans R. Roe, S. Poe et T. Moe (Dir.) : "
        "Le livre des widgets (1re édition). New York, New York : Exemple.",
        {
            "container": "Le livre des widgets",
            "publisher": "Exemple",
            "place": "New York, New York",
        },
    ),
    (
        "apa chapter: the book's edition in parentheses, its stop left out",
        "Doe, J.(1986).Widget theory and practice. In M. C. Roe (Ed.), Handbook of widgets "
        "(3rd ed). New York: Example.",
        {"container": "Handbook of widgets", "publisher": "Example", "place": "New York"},
    ),
    (
        "bibtex plain chapter: pages after the book, then publisher and year",
        "A. Doe and B. Roe. Widget checking. In Widget Workshop, pages 52–71. Example, 1981.",
        {"container": "Widget Workshop", "pages": "52-71", "publisher": "Example", "year": "1981"},
    ),
    (
        "bibtex plain chapter: volume N of a series, then pages",
        "A. Doe and B. Roe. Widget checking. In Widget Workshop, volume 131 of Lecture Notes "
        "in Computer Science, pages 52–71. Example-Verlag, 1981.",
        {
            "container": "Widget Workshop",
            "volume": "131",
            "pages": "52-71",
            "publisher": "Example-Verlag",
            "year": "1981",
        },
    ),
    (
        "old splncs chapter: LNCS vol. N without its comma, month before the year",
        "A. Doe and B. Roe. Widget checking. In Proc. of the 9th Conference on Widgets, LNCS "
        "vol. 1254, pages 480–484. Example, June 1997.",
        {
            "container": "Proc. of the 9th Conference on Widgets",
            "volume": "1254",
            "pages": "480-484",
            "publisher": "Example",
            "year": "1997",
        },
    ),
    (
        "springer lncs proceedings: the meeting's year in its name, then the year alone",
        "Doe, J., Roe, R.: Widget modelling. In: International Conference on Widgets, "
        "ICW 2010 (2010)",
        {"container": "International Conference on Widgets, ICW 2010", "year": "2010", "pages": ""},
    ),
    (
        "copernicus article: a comma ends the title before an abbreviated journal",
        "Doe, J. and Roe, R. L.: The Widget Project: Research on Historical Widgets, Econ. "
        "Hist. Rev., 67, 627–651, https://doi.org/10.5555/1468-0289.12032, 2014.",
        {
            "title": "The Widget Project: Research on Historical Widgets",
            "container": "Econ. Hist. Rev",
            "volume": "67",
            "year": "2014",
        },
    ),
    (
        "copernicus web page: available at URL (last access: date) before the year",
        "Doe, J.: Widget Data Portal, available at: https://www.example.org/widgets/ "
        "(last access: 18 March 2019), 2018.",
        {"title": "Widget Data Portal", "year": "2018", "url": "https://www.example.org/widgets/"},
    ),
    (
        "report in commas after its year: publisher, then city, state and country",
        "Doe J (1988) Widget Field Manual, Example Water Resources Board, Springfield, CA, USA.",
        {
            "title": "Widget Field Manual",
            "publisher": "Example Water Resources Board",
            "place": "Springfield, CA, USA",
        },
    ),
    (
        "report in commas: the agency's report number is no title's",
        "Doe J (1979) Methods for Analysis of Widgets, EX600/14-79/020, Example Protection "
        "Agency, Washington, DC, USA.",
        {
            "title": "Methods for Analysis of Widgets",
            "publisher": "Example Protection Agency",
            "place": "Washington, DC, USA",
        },
    ),
    (
        "pier proceedings: pages, then the meeting's place and days before the year",
        'Doe, K. C., H. T. Roe, and M. K. Poe, "Triple mode widget filters," Example '
        "Proceedings, 1356-1360, Example City, Exampleland, Sep. 12-16, 2011.",
        {"container": "Example Proceedings", "pages": "1356-1360", "year": "2011"},
    ),
    (
        "copernicus data set: its version is its title's, the year last",
        "Doe, J., Roe, R., and Poe, P.: Widget Database, Version 2018, "
        "https://www.example.org/widgets/db-2018, 2018.",
        {"container": ""},
    ),
    (
        "quoted book title, then a house's bare name and the year",
        'Doe, K. and L.-H. Roe, "Widget Ring Circuits and Related Structures," Wiley, 2004.',
        {
            "title": "Widget Ring Circuits and Related Structures",
            "publisher": "Wiley",
            "container": "",
        },
    ),
    (
        "aip chapter: the series volume between the imprint and the page",
        'L. Doe and S. Roe, "Widget title," in Solid State Widgets, edited by H. Poe, F. Moe, '
        "and D. Toe (Example Press, New York, 1969), Vol. 23, p. 1.",
        {
            "container": "Solid State Widgets",
            "publisher": "Example Press",
            "place": "New York",
            "volume": "23",
            "pages": "1",
        },
    ),
    (
        "romanised russian book: Ed. by editors in a sentence before the imprint",
        "Doe A. Widget care in Exampleland. Ed. by Roe V.V., Poe A.O. Example City: Example "
        "Press; 2020. 239 p.",
        {
            "title": "Widget care in Exampleland",
            "publisher": "Example Press",
            "place": "Example City",
            "container": "",
        },
    ),
    (
        "apa proceedings: the meeting's date and place in parentheses after the book",
        "Doe, S. (2002). Widget foundations. In G. Roe (Ed.), Proceedings of CSW 2002 "
        "(January 7–11, 2002, Example City, Exampleland). Springfield: Example Press.",
        {
            "container": "Proceedings of CSW 2002",
            "publisher": "Example Press",
            "place": "Springfield",
        },
    ),
    (
        "bibtex plain proceedings: pages, the address and year, then the publisher",
        "A. Doe and B. Roe. Widget checking. In Proceedings of the Widget Workshop, pages "
        "52–71, Example City, 1981. Example.",
        {
            "container": "Proceedings of the Widget Workshop",
            "pages": "52-71",
            "year": "1981",
            "publisher": "Example",
            "place": "Example City",
        },
    ),
    (
        "government report: a department of state before a date alone is the publisher",
        "Doe J. Widget health in Exampleland: a report. US Department of Widgets and Gears. "
        "Jul 2000.",
        {"publisher": "US Department of Widgets and Gears", "container": "", "year": "2000"},
    ),
    (
        "german author-date article: In: before the journal, S. before the pages",
        "Doe, Jane (2005): Widget theory. In: Zeitschrift für Widgets 34 (3), S. 4–19.",
        {
            "container": "Zeitschrift für Widgets",
            "volume": "34",
            "issue": "3",
            "pages": "4-19",
            "publisher": "",
        },
    ),
    (
        "german author-date article: S. before the pages, no In:",
        "Doe, Jane (2005): Widget theory. Zeitschrift für Widgets 34 (3), S. 4–19.",
        {"container": "Zeitschrift für Widgets", "volume": "34", "pages": "4-19"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
