"""Shapes of what follows the author block, one row each: text → fields (session 24's
second round, S group): families two or more batches of real lists print.

A report series named by its body's acronym closing the entry (`EKC Reports 245.`) and a
bank's or programme's numbered collection in lower case (`Example Bank case profile
collection 22.`): a report's number, no journal and volume. A foundation or a Spanish
study centre issuing a report or a web document, printed alone after the title before
its year or link (`Title. Example Foundation. 2014. https://…`, APA's `Title. Centro de
Estudios Ejemplo. Recuperado de https://…`): the publisher, no journal. A working
paper's series and number after the title's comma before `Place: Publisher` (`Title,
Working Paper No. 50, Berkeley: Example Press.`), and a body and the university it
belongs to after the place's colon (`Berkeley: Centre for Widget Research, University of
Example.`): one publisher, the city the place.
Guard rows keep the readings each rule must not change; the review's guards (`review
guard:`) the neighbours the first forms of these rules read worse: NLM's `MMWR Reports
2017;66` (a journal's year and volume), a foundation's blog or journal (`Example
Foundation Blog`), a study centre's series, a subtitle's colon or a city's sentence
running on into a journal after a report's number.
The data is invented: names, titles, journals and publishers are placeholders, DOIs
use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "apa: an agency's report series by its acronym and number, a link after",
        "Example Knowledge Centre (EKC) (2015): Comprehensive widget care in hospital. EKC "
        "Reports 245. Verfügbar unter: https://example.org/a.pdf",
        {
            "title": "Comprehensive widget care in hospital",
            "container": "",
            "volume": "",
            "year": "2015",
            "url": "https://example.org/a.pdf",
        },
    ),
    (
        "apa: an agency's report series by its acronym and number closing the entry",
        "Example Knowledge Centre (EKC) (2015). Comprehensive widget care in hospital. EKC "
        "Reports 245.",
        {"title": "Comprehensive widget care in hospital", "container": "", "volume": ""},
    ),
    (
        "springer: a bank's numbered collection in lower case, a link after",
        "Doe S, Roe S (2009) A widget evaluation of community-based resource management. "
        "Example Bank EX-WI case profile collection 22. http://www.example.org/a . Accessed "
        "10 Nov 2016",
        {
            "title": "A widget evaluation of community-based resource management",
            "container": "",
            "volume": "",
            "url": "http://www.example.org/a",
        },
    ),
    (
        "guard: a journal named by an acronym and `Reports` keeps its volume (EMBO Reports)",
        "Doe J (2017) Widget signalling in cells. EMBO Reports 18.",
        {"container": "EMBO Reports", "volume": "18"},
    ),
    (
        "guard: a journal named `… Reports` with its pages keeps its reading",
        "Doe J (2017) Widget signalling in cells. Physics Reports 245, 1-80.",
        {"container": "Physics Reports", "volume": "245", "pages": "1-80"},
    ),
    (
        "guard: `Scientific Reports` and its article number stay a journal's",
        "Doe J (2017) Widget signalling in cells. Scientific Reports 7, 1234.",
        {"container": "Scientific Reports", "volume": "7", "pages": "1234"},
    ),
    (
        "nlm: a foundation issuing a guide, its year and link after",
        "Doe NB, Roe AI, Poe S. Widget Guide for Practitioners and Educators. EXWI Foundation. "
        "2014. https://www.example.com/a.pdf. Accessed 11 April 2023.",
        {
            "title": "Widget Guide for Practitioners and Educators",
            "container": "",
            "publisher": "EXWI Foundation",
            "year": "2014",
        },
    ),
    (
        "apa: a Spanish study centre issuing a report, `Recuperado de` its link",
        "Doe, M., Roe, G., & Poe, M. E. (2012). La evaluación de widgets: Discriminación del "
        "desempeño. Centro de Estudios EXA/EXB. Recuperado de https://www.example.cl/a/",
        {
            "title": "La evaluación de widgets: Discriminación del desempeño",
            "container": "",
            "publisher": "Centro de Estudios EXA/EXB",
            "url": "https://www.example.cl/a/",
        },
    ),
    (
        "apa: a Spanish foundation before the link",
        "Doe, M. (2012). La evaluación de widgets. Fundación Ejemplo. Recuperado de "
        "https://www.example.cl/a/",
        {"container": "", "publisher": "Fundación Ejemplo"},
    ),
    (
        "guard: a journal named `Foundation Review` keeps its locator",
        "Doe J. Widget funding in practice. Foundation Review. 2014;6(2):12-20.",
        {"container": "Foundation Review", "volume": "6", "issue": "2", "publisher": ""},
    ),
    (
        "guard: `Foundations of …` before a link stays the journal",
        "Doe, J. (2014). Widget funding in practice. Foundations of Widget Science. "
        "https://example.org/a",
        {"container": "Foundations of Widget Science", "publisher": ""},
    ),
    (
        "guard: a foundation's journal keeps its volume and pages",
        "Doe, J. (2014). Widget funding. Revista de la Fundación Ejemplo, 3, 1–9.",
        {"container": "Revista de la Fundación Ejemplo", "volume": "3", "pages": "1-9"},
    ),
    (
        "guard: a study centre's journal keeps its volume, issue and pages",
        "Doe, J. (2014). Widget funding in practice. Centro de Estudios Públicos, 12(3), 1-20.",
        {"container": "Centro de Estudios Públicos", "volume": "12", "issue": "3"},
    ),
    (
        "harvard: a working paper's series after the title's comma, `Place: Publisher` after",
        "Doe, C. (1966) The City as a Widget, Working Paper No. 50, Berkeley: Example Press.",
        {"title": "The City as a Widget", "place": "Berkeley", "publisher": "Example Press"},
    ),
    (
        "harvard: the series after the comma, a centre and its university after the colon",
        "Doe, C. (1966) The City as a Widget, Working Paper No. 50, Berkeley: Centre for Widget "
        "Research, University of Example.",
        {
            "title": "The City as a Widget",
            "place": "Berkeley",
            "publisher": "Centre for Widget Research, University of Example",
        },
    ),
    (
        "apa: a book's imprint, an institute and its university after the place's colon",
        "Doe, C. (1966). The City as a Widget. Berkeley: Institute of Widget Studies, University "
        "of Example.",
        {"place": "Berkeley", "publisher": "Institute of Widget Studies, University of Example"},
    ),
    (
        "guard: ACS's `Publisher: City, Region` keeps its reading",
        "Doe, J. Widget Chemistry; Example-VCH: Weinheim, Germany, 2001.",
        {"publisher": "Example-VCH", "place": "Weinheim, Germany"},
    ),
    (
        "guard: a series after the title's stop, `Place: Publisher` after",
        "Doe, C. 1966. The City as a Widget. EXA Working Paper No. 50. Berkeley: Example Press.",
        {"title": "The City as a Widget", "place": "Berkeley", "publisher": "Example Press"},
    ),
    (
        "guard: a report's number after a comma, then a journal, stays in the title",
        "Doe, C. (1966) The City as a Widget, Technical Report 7, Widget Journal 12: 1-9.",
        {"container": "Widget Journal", "volume": "12", "pages": "1-9"},
    ),
    (
        "review guard: NLM's journal named by an acronym and `Reports`, year and volume",
        "Doe J, Roe K. Widget signalling in cells. MMWR Reports 2017;66.",
        {"container": "MMWR Reports", "volume": "66", "year": "2017"},
    ),
    (
        "review guard: a foundation's blog before a link stays the site",
        "Doe, J. (2014, May 3). Widget funding in practice. Example Foundation Blog. "
        "https://example.org/a",
        {"container": "Example Foundation Blog", "publisher": ""},
    ),
    (
        "review guard: a foundation's journal before its year stays the journal",
        "Doe J. Widget funding in practice. Example Foundation Journal. 2014.",
        {"container": "Example Foundation Journal", "publisher": ""},
    ),
    (
        "review guard: a study centre's series before a link stays the container",
        "Doe, J. (2014). Widget funding. Estudios del Centro de Estudios Ejemplo. "
        "https://example.org/a",
        {"container": "Estudios del Centro de Estudios Ejemplo", "publisher": ""},
    ),
    (
        "review guard: a report's number after a comma, then a subtitle's colon and a journal",
        "Doe C. Widgets in policy, Report No. 7, Widgets: A review. Widget J. 1966;3:1-9.",
        {"container": "Widget J", "volume": "3", "pages": "1-9", "place": ""},
    ),
    (
        "harvard: a paper's series after the comma, a city and its state before the colon",
        "Doe, C. (1966). Widgets in policy, Research Paper 12, Cambridge, MA: Example Press.",
        {"title": "Widgets in policy", "place": "Cambridge, MA", "publisher": "Example Press"},
    ),
    (
        "review guard: a report's number after a comma, a city's colon, then a journal",
        "Doe, J. 2001. Widget gears, Report 5, London: A history of gears. Widget J. 3: 1-9.",
        {"container": "Widget J", "volume": "3", "pages": "1-9", "place": ""},
    ),
    (
        "nlm: a report's number after the comma, `Place: Publisher; YEAR`",
        "Doe J. Widget gears, Report 5, London: Example Office; 2001.",
        {"title": "Widget gears", "place": "London", "publisher": "Example Office"},
    ),
    (
        "review: a discussion paper's number after its comma, its issuer alone after",
        "Doe, J., 2001. Widget theory. EXA Discussion Paper, No. 1681, Example Foundation.",
        {"title": "Widget theory", "container": "", "publisher": "Example Foundation"},
    ),
    (
        "review guard: a series' number after its comma, the city alone after",
        "Doe, J., 2001. Widget theory. EXA Discussion Paper, No. 1681, Bonn.",
        {"title": "Widget theory", "container": "", "place": "Bonn"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
