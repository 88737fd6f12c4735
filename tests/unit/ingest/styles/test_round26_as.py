"""Shapes of imprints, hosts, reports and locators, one row each: text → fields (round 26,
AS).

Each row stands for a shape real lists print: Harvard's house, city and the state's code
after the title (`Example Books, Philadelphia, PA.`); a Spanish list's `en` for `In`
before a host's editors (`“Title”, en A. Editor (Ed.), Book, House, City, 1989, pp.`);
a report's genre before its issuer (`Research report, Example Trust.`); MDPI's body of a
long name before its city and country (`Title; Body: Rome, Italy, 2023.`); Elsevier's
book with a city and a country's code, no house (`Title, Amsterdam, UK, 2014.`); German
lists' place alone (`Titel. Wiesbaden.`), a host book's `Place: pages` (`New York:
137-173.`) and `(S. 611–615 )` padded inside its parentheses; Vancouver's edition spelled
out before the house (`10th edition, Chapter 21. House; 2006.`); old BMC's DOI glued by a
hyphen to the article's number (`9 (4): e95439-10.5555/…`); a year glued after a DOI
(`doi:10.5555/wdg.b3692.2009`); a report's `Report to …` sentence before its imprint; a
title opening with a word in single quotes (`‘Bizarre’ Widget Metrics …. Site.`); a German
body as a host book's editor (`In: Deutsche Stelle gegen die Widgetgefahren (Eds), Buch`).
Guard rows keep the readings each rule must not change.
The data is invented: names, titles and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "harvard: a house, its city and the state's code after the title",
        "Doe P & Roe D (1999) Widget Wisdom: Gears in Critical Care. QX Examplers, "
        "Philadelphia, PA.",
        {
            "title": "Widget Wisdom: Gears in Critical Care",
            "publisher": "QX Examplers",
            "place": "Philadelphia, PA",
        },
    ),
    (
        "guard: a journal, its city and the country's code stay a container",
        "Doe P (1999) Widget wisdom. Widget Review, London, UK.",
        {"publisher": ""},
    ),
    (
        "name-first: Spanish `en` before a host's editors and its `(Ed.)`",
        "Roe, J. T., “Popular Widgets and Militant Gears”, en Doe, H. T. (Ed.), Widgets "
        "and the Gear Revolution 1789-1815, Examplan, London, 1989, pp. 103-126.",
        {
            "title": "Popular Widgets and Militant Gears",
            "container": "Widgets and the Gear Revolution 1789-1815",
            "publisher": "Examplan",
            "place": "London",
            "pages": "103-126",
        },
    ),
    (
        "name-first: `en` and the editor's name given first, `(Ed.)` before the book",
        "Roe, John, “Readings of widgets”, en Mark Doe (Ed.) The Widget Revolution and "
        "Popular Gears, Example University Press, Cambridge, 1991, pp.103-126.",
        {
            "container": "The Widget Revolution and Popular Gears",
            "publisher": "Example University Press",
            "place": "Cambridge",
        },
    ),
    (
        "harvard: a report's genre and a comma before its issuer alone",
        "Doe SJ, Roe L. (2022) Widget recovery from gears: lessons. Research report, "
        "Example Trust. https://www.example.org/research/widget",
        {
            "title": "Widget recovery from gears: lessons",
            "publisher": "Example Trust",
            "container": "",
        },
    ),
    (
        "harvard: `Report,` and a body's name, no house's word in it",
        "Widget Organization. (2022) Global strategy on widgets: workforce 2030. Report, "
        "Widget Organization. https://example.org/pdf/A75_15-en.pdf",
        {"publisher": "Widget Organization", "place": ""},
    ),
    (
        "harvard: `Technical report,` before a university and its city",
        "Doe SJ (2022) Widget recovery. Technical report, Example University, Boston, MA.",
        {"title": "Widget recovery", "publisher": "Example University", "place": "Boston, MA"},
    ),
    (
        "mdpi: a body's long name, its city and country after the title's `;`",
        "Widget Organization. World Widget Production and Trade: Current and Future; Widget "
        "and Gear Organization of the United Nations: Rome, Italy, 2023.",
        {
            "title": "World Widget Production and Trade: Current and Future",
            "publisher": "Widget and Gear Organization of the United Nations",
            "place": "Rome, Italy",
            "year": "2023",
        },
    ),
    (
        "elsevier: a book's city and country code in commas, no house",
        "K. Doe, M. Roe, Bioaccumulation, Amsterdam, UK, 2014.",
        {"title": "Bioaccumulation", "publisher": "", "place": "Amsterdam, UK"},
    ),
    (
        "guard: a house before the city and country keeps its reading",
        "K. Doe, M. Roe, Bioaccumulation, Example, Amsterdam, UK, 2014.",
        {"publisher": "Example", "place": "Amsterdam, UK"},
    ),
    (
        "german: a book's place alone after its title, a city the lexicon names",
        "Roe, G. (2015): Widgetförderung lokal verorten. Wiesbaden.",
        {
            "title": "Widgetförderung lokal verorten",
            "place": "Wiesbaden",
            "publisher": "",
            "container": "",
        },
    ),
    (
        "guard: a country alone after the title is no book's place",
        "Roe, G. (2015): Widgets in the tropics. Africa.",
        {"place": ""},
    ),
    (
        "german: a host book's place, its colon and the chapter's pages",
        "Doe, L. & T. Roe (2000): Social Widgets. In: Doe, L. & I. Kim (ed.): Social "
        "Widgetology. New York: 137-173.",
        {
            "container": "Social Widgetology",
            "place": "New York",
            "pages": "137-173",
            "publisher": "",
        },
    ),
    (
        "german apa: `(S. 611–615 )`, a space before the closing parenthesis",
        "Doe, K. & Roe, U. (1995). Widgetliche Risiken. In: H. Kim, U. Lee & C.O. Park "
        "(Eds), Widget und Information (S. 611–615 ). München: Example Verlag.",
        {
            "container": "Widget und Information",
            "pages": "611-615",
            "place": "München",
            "publisher": "Example Verlag",
        },
    ),
    (
        "apa: `(pp. 12–34 )` padded the same way",
        "Doe, K. (1995). Widget risks. In H. Kim & U. Lee (Eds.), Widgets and Gears "
        "(pp. 12–34 ). Example Press.",
        {"container": "Widgets and Gears", "pages": "12-34", "publisher": "Example Press"},
    ),
    (
        "vancouver: a book's edition spelled out, a chapter and part cited after it",
        "Doe OM, Roe CC, Kim KW. Widget medicine: a textbook of gears. 10th edition, Chapter "
        "21, Part 2. Example Health Sci; 2006. p. 1223-1230.",
        {
            "title": "Widget medicine: a textbook of gears",
            "publisher": "Example Health Sci",
            "container": "",
            "year": "2006",
            "pages": "1223-1230",
        },
    ),
    (
        "vancouver: the edition sentence alone before the house",
        "Doe OM. Widget medicine. 4th edition. Example Health Sci; 2006. p. 12-30.",
        {"title": "Widget medicine", "publisher": "Example Health Sci", "container": ""},
    ),
    (
        "bmc: a DOI glued by a hyphen to the article's number",
        "Doe EA, Roe MW: Birth in a widget facility: results from surveys. PLoS Widgets. "
        "2014, 9 (4): e95439-10.5555/journal.pwid.0095439.",
        {
            "title": "Birth in a widget facility: results from surveys",
            "container": "PLoS Widgets",
            "volume": "9",
            "issue": "4",
            "pages": "e95439",
            "doi": "10.5555/journal.pwid.0095439",
        },
    ),
    (
        "bmc: a DOI glued by a hyphen to the first page",
        "Doe EA, Roe MW: Widget surveys. BMC Widgets. 2009, 9: 223-10.5555/1471-0000-9-223.",
        {"container": "BMC Widgets", "pages": "223", "doi": "10.5555/1471-0000-9-223"},
    ),
    (
        "nlm: the year glued after a DOI ending in an article's number",
        "Doe HA, Roe B, et al:Widget prevention:a meta-analysis of gears. BMJ Oct "
        "1;339:b3692.doi:10.5555/wdg.b3692.2009",
        {"container": "BMJ", "year": "2009", "doi": "10.5555/wdg.b3692"},
    ),
    (
        "guard: a DOI whose suffix is a number alone keeps its last piece",
        "Doe HA. Widget prices. Working paper. 2012. doi:10.5555/ssrn.2012",
        {"doi": "10.5555/ssrn.2012"},
    ),
    (
        "elsevier: a house before the city and the country spelled out",
        "K. Doe, Global Widget Supply Report, World Widget Organization, Geneva, Switzerland, "
        "2000.",
        {
            "title": "Global Widget Supply Report",
            "publisher": "World Widget Organization",
            "place": "Geneva, Switzerland",
        },
    ),
    (
        "harvard: the sentence saying whom a report was written for, before its imprint",
        "Roe J (1990) Widget competencies assessment project. Report to the Widget "
        "Conference. Widgets Board of South Australia, Adelaide.",
        {
            "title": "Widget competencies assessment project",
            "publisher": "Widgets Board of South Australia",
            "place": "Adelaide",
            "container": "",
        },
    ),
    (
        "chicago: a web page's title opening with a word in single quotes",
        "Doe, Paul. 2016. ‘Bizarre’ Widget Metrics Overlook So Much About Gears. Times "
        "Higher Widget Supplement. https://www.example.com/blog/bizarre",
        {
            "title": "‘Bizarre’ Widget Metrics Overlook So Much About Gears",
            "container": "Times Higher Widget Supplement",
        },
    ),
    (
        "guard: a one-word quoted title before its journal's volume",
        "Doe, Paul. 2016. ‘Widgets’ Example Journal 12: 3-9.",
        {"title": "Widgets", "container": "Example Journal", "volume": "12"},
    ),
    (
        "german apa: a German body as the host's editor, its `(Eds)` in parentheses",
        "Roe, G. (1994). Aktuelle Konzepte zur Widgetprävention. In: Deutsche Stelle gegen "
        "die Widgetgefahren (Eds), Widgetprävention (S. 55–64 ). Freiburg: Example.",
        {
            "container": "Widgetprävention",
            "pages": "55-64",
            "place": "Freiburg",
            "publisher": "Example",
        },
    ),
    (
        "guard: a one-word title in single quotes and its comma stays the title",
        "Doe, Paul. 2016. ‘Widgets’, Example Press. London.",
        {"title": "Widgets"},
    ),
    (
        "guard: `Report to` a body whose name holds initials is not cut at an initial",
        "Roe J (1990) Widget project. Report to the U.S. Congress. Widgets Board, Adelaide.",
        # the imprint reader (`imprint.imprint_at_end`) reads the body and its city at the
        # container's end, as the fallback read them for users before it
        {
            "title": "Widget project",
            "container": "Report to the U.S. Congress",
            "publisher": "Widgets Board",
            "place": "Adelaide",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
