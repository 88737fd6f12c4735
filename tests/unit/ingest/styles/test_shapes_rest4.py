"""Shapes of what follows the author block, one row each: text → fields (fourth table).

Each row stands for a rule a style guide states or a shape real lists print after the
names: Bentham's link and PMID in square brackets, the Spanish lists' `Available in:`,
German access dates (`Zugegriffen am …`), Elsevier's e-pages (`189.e1–189.e12`),
Springer's physics imprint with no comma before its year (`(Publisher, Place 1976)`,
`Place: Publisher 1971`) and IET's (`(Publisher 1997)`), a book all in commas after a
stop style's names (Copernicus), two cities joined by a dash, a subtitle printed after a
stop before `Place: Publisher`, a host book's subtitle before APA's `(pp. …)`, older
physics' and chemistry's journals printed with no title, a page count after the year's
comma, a report's `Publisher, Place` after its series, a host book's `Version`, German's
`Jg.` and `H.`, and German's place printed alone. The data is invented: names, titles,
journals and publishers are placeholders, DOIs use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.styles import parts
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "bentham: the DOI link and the PMID in square brackets after the pages",
        "Doe J, Roe K. Widget theory revisited. Int J Widg 2016; 13(6): 555-68. "
        "[http://dx.doi.org/10.5555/widg.2016.1182] [PMID: 27112301]",
        {
            "container": "Int J Widg",
            "year": "2016",
            "volume": "13",
            "issue": "6",
            "doi": "10.5555/widg.2016.1182",
            "pmid": "27112301",
            "url": "",
        },
    ),
    (
        "bentham: `[DOI: …]`, then the PMID and the PMCID in brackets of their own",
        "Doe J, Roe K. Widget theory revisited. Int J Widg 2016; 13(6): 555-68. "
        "[DOI: 10.5555/widg.2016.1183] [PMID: 27112302] [PMCID: PMC4567890]",
        {"container": "Int J Widg", "doi": "10.5555/widg.2016.1183", "pmid": "27112302"},
    ),
    (
        "spanish vancouver: `Available in:` before the link, an access date before it",
        "Doe J, Roe K. Epidemiología de los widgets. Rev Esp Widg. 2014;81:12-18 "
        "[accessed 02 May 2017]. Available in: http://www.example.org/widgets/.",
        {"container": "Rev Esp Widg", "volume": "81", "url": "http://www.example.org/widgets/"},
    ),
    (
        "nlm: a link without its scheme after `Available from`",
        "Doe J. Widget handbook. Springfield: Example Press; 2011. Available from "
        "www.example.org/widgets.",
        {"url": "www.example.org/widgets", "publisher": "Example Press", "year": "2011"},
    ),
    (
        "german springer: `Zugegriffen am` date after the link",
        "Doe, J. (2014). Widget policy in the regions. http://www.example.org/widgets.pdf. "
        "Zugegriffen am 07.11.2018.",
        {"title": "Widget policy in the regions", "container": "", "pages": ""},
    ),
    (
        "elsevier e-pages: `189.e1–189.e12`",
        "Doe J, Roe K, et al. Widgets in children. An Widg. 2014;81:189.e1–189.e12.",
        {"container": "An Widg", "volume": "81", "pages": "189.e1-189.e12"},
    ),
    (
        "springer physics: (Publisher, Place YEAR), no comma before the year, padded",
        "A. Doe: Introduction to Widget Physics, 5th ed. ( Example and Sons, Springfield 1976 )",
        {
            "title": "Introduction to Widget Physics",
            "publisher": "Example and Sons",
            "place": "Springfield",
            "year": "1976",
            "container": "",
        },
    ),
    (
        "iet: (Publisher YEAR) after a quoted title",
        "Doe, J.A., and Roe, K.: ‘Widget circuit design’, (Example University Press 1997)",
        {
            "title": "Widget circuit design",
            "publisher": "Example University Press",
            "year": "1997",
        },
    ),
    (
        "springer physics: Place: Publisher YEAR, no comma before the year",
        "Doe, A.: Statistical Widgets. Springfield: Example Press 1971",
        {"publisher": "Example Press", "place": "Springfield", "year": "1971", "pages": ""},
    ),
    (
        "copernicus: a book all in commas after the names' colon",
        "Doe, J.: Widget Theory, Example Press, Springfield, 2017.",
        {
            "style": "nlm",  # a grammar's reading, not the fallback's (`crf`)
            "title": "Widget Theory",
            "publisher": "Example Press",
            "place": "Springfield",
            "year": "2017",
        },
    ),
    (
        "copernicus: a data set's version closes its title, a figure before the year",
        "Doe, J. and Roe, K.: Widget Project Database, Version 2018, available at: "
        "https://www.example.org/widgets-2018 (last access: 18 March 2019), 2018a.",
        {"title": "Widget Project Database, Version 2018", "container": "", "year": "2018"},
    ),
    (
        "russian: two cities joined by a dash are the place",
        "A. B. Doe, Stability of Widget Systems, EXP, Springfield–Shelbyville, 1948.",
        {
            "title": "Stability of Widget Systems",
            "publisher": "EXP",
            "place": "Springfield–Shelbyville",
        },
    ),
    (
        "apa 6: a subtitle after a stop before Place: Publisher",
        "Doe, J. and Roe, K. (2003). Evaluar los widgets. Problemas y nuevos enfoques. "
        "Springfield: Exemplar.",
        {
            "title": "Evaluar los widgets. Problemas y nuevos enfoques",
            "publisher": "Exemplar",
            "place": "Springfield",
            "container": "",
        },
    ),
    (
        "apa: a host book's subtitle after a stop, then (pp. …)",
        "Doe, J., & Roe, K. (2007). Widget inclusion. In A. Poe & B. Moe (Eds.), Widgets in "
        "Higher Education. A Comparative Study (pp. 1–35). Example University Press.",
        {
            "container": "Widgets in Higher Education. A Comparative Study",
            "pages": "1-35",
            "publisher": "Example University Press",
        },
    ),
    (
        "physics: a journal of two abbreviated words, no title",
        "A. Doe, B. Roe, Surf. Sci. 28, 45 (1971)",
        {"title": "", "container": "Surf. Sci", "volume": "28", "pages": "45"},
    ),
    (
        "chemistry: a journal closed by a listed abbreviation, no title",
        "A. B. Doe and C. D. Roe, Tetrahedron Lett., 31, 611, (1990).",
        {"title": "", "container": "Tetrahedron Lett", "volume": "31", "year": "1990"},
    ),
    (
        "russian: the page count after the year's comma",
        "A. B. Doe, Widget Systems: Stability and Structure, Springfield: Example Press, "
        "1978, 416 p.",
        {
            "title": "Widget Systems: Stability and Structure",
            "publisher": "Example Press",
            "place": "Springfield",
            "year": "1978",
        },
    ),
    (
        "harvard report: Publisher, Place after the series and its number",
        "Doe, J. (2002). Widget cohesion. Example Discussion Paper No. 22. Example Research "
        "Networks, Springfield.",
        {
            "title": "Widget cohesion",
            "publisher": "Example Research Networks",
            "place": "Springfield",
            "container": "",
        },
    ),
    (
        "nlm chapter: the host book's version where its edition would be",
        "Doe J, Roe K. Searching for widgets. In: Poe A, Moe B, editors. Handbook of "
        "widget reviews. Version 5.1.0. Springfield: Example Press; 2011.",
        {
            "container": "Handbook of widget reviews",
            "place": "Springfield",
            "year": "2011",
            "pages": "",
        },
    ),
    (
        "german: Jg. and H. for volume and issue",
        "Doe, J. (1988): Widgets und Schule. In: Zeitschrift für Widgets, 46. Jg., H. 2, "
        "S. 209–237.",
        {
            "container": "Zeitschrift für Widgets",
            "volume": "46",
            "issue": "2",
            "pages": "209-237",
            "publisher": "",
        },
    ),
    (
        "german chapter: the place alone before S. pages",
        "Doe, J. (2000): Widgets im Alltag. In: Roe, K. (Hrsg.): Widgets und Bildung. "
        "Musterstadt, S. 97–112.",
        {"container": "Widgets und Bildung", "place": "Musterstadt", "publisher": ""},
    ),
    (
        "german book: a city and its river alone after the title",
        "Doe, J. (1999): Widgets und demokratische Gleichheit. Frankfurt a.M.",
        {"place": "Frankfurt a.M", "container": ""},
    ),
    (
        "french author-date: nº before the issue",
        "Doe, J. (1972). Processus des widgets. Bulletin de l’Association des widgets, "
        "nº 282, 57-84.",
        {
            "container": "Bulletin de l’Association des widgets",
            "issue": "282",
            "volume": "",
            "pages": "57-84",
        },
    ),
    (
        "apa: a firm's names listed after the first, no place",
        "Doe, J. (1969). Widget structure. In K. Roe (Ed.), Widgets and Learning. Holt, "
        "Rinehart and Winston.",
        {"publisher": "Holt, Rinehart and Winston", "place": ""},
    ),
    (
        "apa: `Published by` before the publisher",
        "Doe, J. (2009). Widget design. Published by Example Press.",
        {"publisher": "Example Press"},
    ),
    (
        "french thesis: `Thèse de doctorat` before the university",
        "Doe, J. (1986). Théorie des widgets. Thèse de doctorat d’État. Université de Exemple.",
        {"title": "Théorie des widgets", "publisher": "Université de Exemple"},
    ),
    (
        "brazilian vancouver: `[tese]` after the title",
        "Doe J. Os widgets [tese]. Cidade: Universidade de Exemplo; 2010.",
        {"title": "Os widgets", "publisher": "Universidade de Exemplo", "place": "Cidade"},
    ),
    (
        "french author-date: Place, Éditions … (a house's own word)",
        "Doe, J. (2007). La société des widgets. Paris, Éditions Exemple.",
        {"publisher": "Éditions Exemple", "place": "Paris", "container": ""},
    ),
    (
        "french author-date: a subtitle after a stop, then Place, Publisher",
        "Doe, J. (2007). La société des widgets. Comment le modèle s’explique. Paris, "
        "EXEMPLE, éditions Autre.",
        {
            "title": "La société des widgets. Comment le modèle s’explique",
            "publisher": "EXEMPLE, éditions Autre",
            "place": "Paris",
        },
    ),
    (
        "spanish apa: `Recuperado de` before the link",
        "Doe, J. (2015). Los widgets hoy. Revista de Widgets, 3(2), 1-9. Recuperado de "
        "http://www.example.org/a.pdf",
        {"container": "Revista de Widgets", "url": "http://www.example.org/a.pdf"},
    ),
    (
        "spanish apa: `Recuperado el <date>, de` before the link",
        "Doe, J. (2015). Los widgets hoy. Recuperado el 3 de mayo de 2019, de "
        "http://www.example.org/a.pdf",
        {"title": "Los widgets hoy", "container": "", "url": "http://www.example.org/a.pdf"},
    ),
    (
        "french: `Disponible sur :` before the link, `Consulté le` after it",
        "Doe J. Les widgets. Revue des Widgets. 2015;3:1-9. Disponible sur : "
        "http://www.example.org/a.pdf. Consulté le 12 mai 2020.",
        {"container": "Revue des Widgets", "url": "http://www.example.org/a.pdf"},
    ),
    (
        "german apa: `Abgerufen am <date> von` before the link",
        "Doe, J. (2015). Die Widgets. Abgerufen am 3. Mai 2019 von http://www.example.org/a",
        {"title": "Die Widgets", "container": "", "url": "http://www.example.org/a"},
    ),
    (
        "nlm (StatPearls): the update note after the title, a date left open",
        "Doe J, Roe K. Widget Disease. [Updated 2023 Jan 5]. In: WidgetPearls [Internet]. "
        "Treasure Island (FL): WidgetPearls Publishing; 2023 Jan-. Available from: "
        "https://example.org/books/NBK1234/",
        {
            "title": "Widget Disease",
            "title_translation": "",
            "container": "WidgetPearls",
            "year": "2023",
            "publisher": "WidgetPearls Publishing",
            "place": "Treasure Island (FL)",
        },
    ),
    (
        "nlm: the access date printed without its brackets after the imprint's stop",
        "Example Institute. Widget compare: widget diseases [Internet]. Springfield (WA): EXI;"
        "2019. cited 2022 April 13.",
        {
            "title": "Widget compare: widget diseases",
            "publisher": "EXI",
            "place": "Springfield (WA)",
            "year": "2019",
            "accessed": "2022 April 13",
        },
    ),
    (
        "nlm: a title ending in `cited` keeps it, with nothing dated after it",
        "Doe J. Works cited. J Widgets. 2001;3:1-5.",
        {"title": "Works cited", "container": "J Widgets", "volume": "3"},
    ),
    (
        "nlm: a public body's country in parentheses after its name, the publisher",
        "Doe J. Widget medicine [Internet]. Springfield (MD): Example Library of Widgets (US); "
        "2011 [cited 2020 May 1]. Available from: https://example.org/books/1",
        {
            "container": "",
            "publisher": "Example Library of Widgets (US)",
            "place": "Springfield (MD)",
            "year": "2011",
        },
    ),
    (
        "apa: a quoted first word opens the title, no quoted title",
        "Doe, J. (2010). “Smart” widgets for all. Journal of Widgets, 3(2), 1-5.",
        {"title": "“Smart” widgets for all", "container": "Journal of Widgets"},
    ),
    (
        "chicago: a quoted title, its stop inside, before a server's name in lower case",
        "Doe, Jane. 2016. “Widgets Predict Gears.” medRxiv. medRxiv.",
        {"title": "Widgets Predict Gears"},
    ),
    (
        "iet: the edition after the year inside the parenthesised imprint",
        "Doe, J.A., and Roe, K.: ‘Widget circuit design’ (Example Press, 1993, 2nd edn.)",
        {"title": "Widget circuit design", "publisher": "Example Press", "year": "1993"},
    ),
    (
        "iet: the edition after the parenthesised imprint",
        "Doe, J.E., and Roe, Y.: ‘Design of widget circuits’, (Example Hall 1993),2nd edn.",
        {"title": "Design of widget circuits", "publisher": "Example Hall", "year": "1993"},
    ),
    (
        "nlm: the page count as `pp.` after the year's stop",
        "Doe J. Widget theory. Springfield: Example-Verlag; 2010. 300 pp.",
        {
            "style": "nlm",  # a grammar's reading, not the fallback's (`crf`)
            "publisher": "Example-Verlag",
            "place": "Springfield",
            "year": "2010",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def test_host_editors_are_linear_on_a_run_of_spaces() -> None:
    """`parts._HOST`'s editors once ended anywhere in a run of white space, and the marks
    after them scanned the run again from each of its characters: 4,000 spaces took half
    a second, the 200,000 here far longer than a test's time (no timer: they flake)."""
    assert parts._HOST.match("In: A" + " " * 200_000 + "x")["eds"] is None
    assert parts._HOST.match("In A" + " \t" * 100_000 + "B, eds. ") is not None


def test_host_editors_still_read_before_their_mark() -> None:
    found = parts._HOST.match("In: Doe J, Roe K , editors. Widget handbook.")
    assert found is not None
    assert found["eds"] == "Doe J, Roe K "
    found = parts._HOST.match("In A. Editor  (Ed.), Book title")
    assert found is not None
    assert found["eds"] == "A. Editor"
