"""Shapes of a book's, a report's and a web page's imprint, one row each: text → fields
(round 25, S2).

Each row stands for a shape real lists print: a German house's seats, four cities or
more with spaces between (`Springer, Berlin Heidelberg New York Tokyo`); a web page's
link printed without its scheme before AMA's access date (`Place: Body; 2017.
www.example.gov/files/report.pdf. Accessed 28 Feb 2018.`); an annotated list's note
after a book's imprint all in commas (`…, Example Press, Oxford. A thorough
introduction …`); a city's state spelled out after a publisher's comma (`Example
Associates Inc., Sunderland, Massachusetts`); a US body's report printed `Body: City,
ST; YEAR`; a numbered brief's sentence before the imprint (`NCHS Data Brief, no 356.`);
a German host book's volume (`Handbuch, Bd. 2.`, `Innere Medizin 1.`); a German
edition before `Verlag, Ort` (`Titel, 2. Aufl. Thieme, Stuttgart`); a multivolume
book's volume between commas before its imprint (`Title, vol. 21, Wiley, New York, pp.
848–864.`).
Guard rows keep the readings each rule must not change.
The data is invented: names, titles and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "author-year: a German house's seats, four cities with spaces between",
        "Doe H (1992) Widget Physiology. Springer, Berlin Heidelberg New York",
        {
            "title": "Widget Physiology",
            "publisher": "Springer",
            "place": "Berlin Heidelberg New York",
        },
    ),
    (
        "author-year: five cities after the house, `New York` among them",
        "Doe H, Roe J (1998) Widgettechnik. Example, Berlin Heidelberg New York Tokyo",
        {"publisher": "Example", "place": "Berlin Heidelberg New York Tokyo"},
    ),
    (
        "author-year: a Verlag's seats, New York first",
        "Doe H (1992) Widget Physiology. Example Verlag, New York Berlin Heidelberg",
        {"publisher": "Example Verlag", "place": "New York Berlin Heidelberg"},
    ),
    (
        "guard: two cities with a space keep their reading",
        "Doe H, Roe J (1992) Klinische Widgetkunde. Example, Stuttgart New York",
        {"publisher": "Example", "place": "Stuttgart New York"},
    ),
    (
        "nlm: a report's link without its scheme before the access date",
        "Council of Widget Advisers. The cost of widgets. Washington, DC: Council of Widget "
        "Advisers; 2017. www.example.gov/files/cost.pdf. Accessed 28 Feb 2018.",
        {
            "title": "The cost of widgets",
            "place": "Washington, DC",
            "publisher": "Council of Widget Advisers",
            "year": "2017",
            "url": "www.example.gov/files/cost.pdf",
            "container": "",
        },
    ),
    (
        "nlm: a bare host and path, its file's name copied with spaces",
        "Council of Widget Advisers (CWA). The underestimated cost of widgets: executive "
        "summary. Washington, DC: Council of Widget Advisers (CWA); 2017. "
        "example.gov/sites/example.gov/files/images/The Cost of Widgets.pdf. Accessed 28 Feb "
        "2018.",
        {
            "title": "The underestimated cost of widgets: executive summary",
            "publisher": "Council of Widget Advisers (CWA)",
            "place": "Washington, DC",
            "url": "example.gov/sites/example.gov/files/images/The Cost of Widgets.pdf",
        },
    ),
    (
        "ama: a bare host and page before `Accessed Month D, YYYY`",
        "Doe A. The cost of widgets. Atlanta, GA: Example Agency; 2019. "
        "example.org/widgets/report.html. Accessed March 3, 2020.",
        {
            "publisher": "Example Agency",
            "place": "Atlanta, GA",
            "url": "example.org/widgets/report.html",
        },
    ),
    (
        "nlm: a label, then a bare host and path before the access date",
        "Doe A. Widget care online. Example Society; 2019. Available at: "
        "example.org/widgets/care.html. Accessed May 4, 2019.",
        {
            "publisher": "Example Society",
            "year": "2019",
            "url": "example.org/widgets/care.html",
            "place": "",
        },
    ),
    (
        "guard: `Available from: www.…` keeps its reading",
        "Doe A. Widget care online. Example Society; 2019. Available from: "
        "www.example.org/widgets. Accessed May 4, 2019.",
        {"publisher": "Example Society", "year": "2019", "url": "www.example.org/widgets"},
    ),
    (
        "guard: a DOI's link without its scheme is the DOI, no url",
        "Doe A. Widget care. Widget J. 2019;3:12-18. dx.doi.org/10.5555/widget.2019. Accessed "
        "May 4, 2019.",
        {"doi": "10.5555/widget.2019", "url": ""},
    ),
    (
        "guard: a host alone in a title before the access date is no link",
        "Doe A, Roe B. Widget sales on Example.com. Widget J. 2019;3:12-18. Accessed May 4, 2019.",
        {"container": "Widget J", "url": ""},
    ),
    (
        "author-year: an annotation after `Publisher, City, State.` and an edition",
        "Doe, B. (1992) Ionic Widgets of Excitable Membranes, 2nd edn, Example Associates Inc., "
        "Sunderland, Massachusetts. Excellent up-to-date textbook on the topic. Complements "
        "previous reference.",
        {
            "title": "Ionic Widgets of Excitable Membranes",
            "publisher": "Example Associates Inc",
            "place": "Sunderland, Massachusetts",
            "container": "",
        },
    ),
    (
        "author-year: an annotation after `Title, Publisher, City.`",
        "Doe, B. (1995) Widget Biology, Example Press, Oxford. A thorough introduction to the "
        "field.",
        {
            "title": "Widget Biology",
            "publisher": "Example Press",
            "place": "Oxford",
            "container": "",
        },
    ),
    (
        "author-year: an annotation after `Title. Publisher, City.`",
        "Doe, B. (1995) Widget biology. Example Press, London. A very readable account of the "
        "subject.",
        {"title": "Widget biology", "publisher": "Example Press", "place": "London"},
    ),
    (
        "apa: an annotation after a book's imprint, the year closed by its stop `(2001).`",
        "Doe, A. (2001). Widgets of the world, Example Press, London. An excellent and very "
        "readable account of widgets.",
        {"title": "Widgets of the world", "publisher": "Example Press", "place": "London"},
    ),
    (
        "apa: an annotation after a journal's locator, the year closed by its stop",
        "Doe, A. (2001). Widget care. Widget Journal, 18, 280–287. Excellent overview and "
        "introduction to the topic.",
        {"container": "Widget Journal", "volume": "18", "pages": "280-287"},
    ),
    (
        "guard: a title's place and a sentence-case subtitle are no imprint and annotation",
        "Doe, A. (2001). Widget Studies, Paris. A history of the trade in the old city.",
        {"title": "Widget Studies, Paris", "place": ""},
    ),
    (
        "guard: an unpublished manuscript's note after the city is no annotation",
        "Doe, B. (1995) Widget Biology, Example Press, Oxford. Unpublished manuscript kept by "
        "the author.",
        {"publisher": ""},
    ),
    (
        "author-year all in commas: a city's state spelled out after the publisher",
        "Doe, B. (1992) Ionic Widgets, Example Press, Harrisburg, Pennsylvania.",
        {
            "title": "Ionic Widgets",
            "publisher": "Example Press",
            "place": "Harrisburg, Pennsylvania",
        },
    ),
    (
        "author-year all in commas: `Inc.`, then the city and the state",
        "Doe, B. (1992) Ionic Widgets of Excitable Membranes, Example Associates Inc., "
        "Sunderland, Massachusetts.",
        {
            "title": "Ionic Widgets of Excitable Membranes",
            "publisher": "Example Associates Inc",
            "place": "Sunderland, Massachusetts",
        },
    ),
    (
        "guard: a short state's code after the city keeps its reading",
        "Doe, B. (1992) Ionic Widgets, Example Associates, Sunderland, MA.",
        {"title": "Ionic Widgets", "publisher": "Example Associates", "place": "Sunderland, MA"},
    ),
    (
        "nlm: a US body's report printed `Body: City, ST; YEAR`",
        "Doe H, Roe AM. Widget deaths in the United States, 1999–2018. National Center for "
        "Widget Statistics: Hyattsville, MD; 2020.",
        {
            "publisher": "National Center for Widget Statistics",
            "place": "Hyattsville, MD",
            "year": "2020",
        },
    ),
    (
        "nlm: an agency, then its city and state after the colon",
        "Doe H. Widget deaths. Example Agency: Atlanta, GA; 2019.",
        {"publisher": "Example Agency", "place": "Atlanta, GA"},
    ),
    (
        "guard: NLM's `City, ST: Body; YEAR` keeps its reading",
        "Doe H. Widget deaths. Washington, DC: Example Center; 2020.",
        {"publisher": "Example Center", "place": "Washington, DC"},
    ),
    (
        "nlm: a numbered brief's sentence between the title and the imprint",
        "Doe H, Roe AM. Widget deaths. NCHS Data Brief, no 356. Hyattsville, MD: National "
        "Center for Widget Statistics; 2020.",
        {
            "title": "Widget deaths",
            "container": "",
            "publisher": "National Center for Widget Statistics",
            "place": "Hyattsville, MD",
        },
    ),
    (
        "apa: `Policy Brief No. 5.` before the imprint",
        "Doe, H. (2020). Widget deaths. Policy Brief No. 5. Hyattsville, MD: Example Center.",
        {"title": "Widget deaths", "publisher": "Example Center", "place": "Hyattsville, MD"},
    ),
    (
        "guard: a title's `brief` before a journal keeps its reading",
        "Doe H. Widget deaths in brief. Widget J. 2019;3:12-18.",
        {"title": "Widget deaths in brief", "container": "Widget J", "volume": "3"},
    ),
    (
        "springer: a German host book's `, Bd. 2` is its volume",
        "Doe JW (2003) Widgets. In: Poe M (Hrsg) Handbuch der Widgetkunde, Bd. 2. Example, "
        "Berlin, S 12–40",
        {"container": "Handbuch der Widgetkunde", "volume": "2", "pages": "12-40"},
    ),
    (
        "springer: a German host book's `, Band 2`",
        "Doe JW (2003) Widgets. In: Poe M (Hrsg) Handbuch der Widgetkunde, Band 2. Example, "
        "Berlin, S 12–40",
        {"container": "Handbuch der Widgetkunde", "volume": "2", "publisher": "Example"},
    ),
    (
        "guard: a title's word `Band` is no volume",
        "Doe JW (2003) Widgets. In: Poe M (Hrsg) Die Band und ihre Widgets. Example, Berlin, "
        "S 12–40",
        {"container": "Die Band und ihre Widgets", "volume": ""},
    ),
    (
        "springer: a figure alone closing a German host book's name is its volume",
        "Doe JW, Roe EJ (2003) Anämien. In: Poe M et al. (Hrsg) Widgets Innere Medizin 1. "
        "Example/ABW Wissenschaftsverlag, Berlin, S 732–776",
        {"container": "Widgets Innere Medizin", "volume": "1", "place": "Berlin"},
    ),
    (
        "springer: `Lehrbuch … 2.` before the German imprint",
        "Doe JW (2003) Widgets. In: Poe M (Hrsg) Lehrbuch der Widgetkunde 2. Example, "
        "Stuttgart, S 12–40",
        {"container": "Lehrbuch der Widgetkunde", "volume": "2"},
    ),
    (
        "guard: a year closing a German host book's name stays the name's",
        "Doe JW (2003) Widgets. In: Poe M (Hrsg) Widgets 2000. Example, Berlin, S 12–40",
        {"container": "Widgets 2000", "volume": ""},
    ),
    (
        "guard: a one-word name and its figure stay the name (`Formel 1`)",
        "Doe JW (2003) Widgets. In: Poe M (Hrsg) Formel 1. Example, Berlin, S 12–40",
        {"container": "Formel 1", "volume": ""},
    ),
    (
        "guard: an English host's figure stays the name's (no `Hrsg`)",
        "Doe JW (2003) Widgets. In: Poe M (ed) Widget Handbook 2. Example, Berlin, pp 12–40",
        {"container": "Widget Handbook 2", "volume": ""},
    ),
    (
        "springer numbered: the house's seats, then the year after a space",
        "Doe H, Roe J: Widgetkunde. Springer, Berlin Heidelberg New York 1990",
        {
            "title": "Widgetkunde",
            "publisher": "Springer",
            "place": "Berlin Heidelberg New York",
            "year": "1990",
            "container": "",
        },
    ),
    (
        "guard: one city before the year keeps its reading",
        "Doe H, Roe J: Widgetkunde. Example Verlag, Stuttgart 1990",
        {"publisher": "Example Verlag", "place": "Stuttgart", "year": "1990"},
    ),
    (
        "springer: a German edition after the title's comma, then `Verlag, Ort`",
        "Doe H (1995) Widgetkunde, 2. Aufl. Thieme, Stuttgart",
        {"title": "Widgetkunde", "publisher": "Thieme", "place": "Stuttgart"},
    ),
    (
        "springer: a German edition as a sentence of its own",
        "Doe H (1995) Widgetkunde. 2. Aufl. Springer, Berlin",
        {"title": "Widgetkunde", "publisher": "Springer", "place": "Berlin", "container": ""},
    ),
    (
        "springer: `2. Auflage.` spelled out",
        "Doe H (1995) Widgetkunde, 2. Auflage. Example, München",
        {"title": "Widgetkunde", "publisher": "Example", "place": "München"},
    ),
    (
        "german: the edition's sentence, then `Ort: Verlag`",
        "Doe H (1995) Widgetkunde. 2. Aufl. Stuttgart: Example",
        {"title": "Widgetkunde", "publisher": "Example", "place": "Stuttgart"},
    ),
    (
        "guard: the edition between commas keeps its reading",
        "Doe H (1995) Widgetkunde, 2. Aufl., Example, München",
        {"title": "Widgetkunde", "publisher": "Example", "place": "München"},
    ),
    (
        "author-year all in commas: a multivolume book's `vol. 21,` then its imprint and pages",
        "Doe, L. O. (1978), Example Encyclopedia of Widget Technology, vol. 21, Wiley, New "
        "York, pp. 848–864.",
        {
            "title": "Example Encyclopedia of Widget Technology",
            "volume": "21",
            "publisher": "Wiley",
            "place": "New York",
            "pages": "848-864",
            "container": "",
        },
    ),
    (
        "author-year: `vol. 3,` then a press and its city, no pages",
        "Doe, L. O. (1978). Example Handbook of Widgets, Vol. 3, Example Press, London.",
        {
            "title": "Example Handbook of Widgets",
            "volume": "3",
            "publisher": "Example Press",
            "place": "London",
        },
    ),
    (
        "guard: a journal's `vol. 2, pp.` after its name keeps its reading",
        "Doe, A. (2001), Widget care, Widget Journal, vol. 2, pp. 12–18.",
        {"container": "Widget Journal", "volume": "2", "pages": "12-18"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
