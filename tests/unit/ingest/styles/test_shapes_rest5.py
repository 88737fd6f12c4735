"""Shapes of what follows the author block, one row each: text → fields (fifth table).

Each row stands for a rule a style guide states or a shape real lists print after the
names. The first rows narrow last round's rules: a subtitle's sentence before `City,
Country` (a place alone, no `City, Publisher`), French and Spanish `City, Publisher`
before Springer's `Publisher, Place`, and German's place alone before a host's pages,
which two words no city's are not (a house's names). Then: Springer's page count after
a book's imprint, AIP deposits' glued CODEN and ISSN, SAE's and other reports' series
and number before `Publisher, Place, ST (Year)`, double volumes (`488–489:`), an English
translation printed as a sentence after the title's stop, more countries after a
meeting's city, `St.` inside a host book's title, French guillemets and months, French
lists' cities, APA 7's subtitle before a publisher alone, `Online:` and `DOI: http://…`
trailers, Japanese books (`Title.1-6頁,Publisher,2012`), ABNT's host by its author and
Portuguese `(Org.)`, a book series' acronym after a proceedings' name, ABNT's
editions (`2. ed.`, `5.ed.`) and book series after the imprint (`(Coleção …, 2)`).
The data is invented: names, titles, journals and publishers are placeholders, DOIs
use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "apa: a sentence before `City, Country` is no subtitle of a book",
        "Doe, J. (2015). Widget theory. Technical note. Paris, France.",
        {"title": "Widget theory", "publisher": "", "place": ""},
    ),
    (
        "spanish apa: `City, Publisher` after a subtitle's sentence, the city first",
        "Doe, J. (2015). Teoría de widgets. Una introducción. Madrid, Exemplo.",
        {"title": "Teoría de widgets. Una introducción", "place": "Madrid", "publisher": "Exemplo"},
    ),
    (
        "spanish apa: `City, Publisher` is no Springer `Publisher, Place`",
        "Doe, J. (2015). Teoría de widgets. Madrid, Exemplo.",
        {"title": "Teoría de widgets", "place": "Madrid", "publisher": "Exemplo"},
    ),
    (
        "german: a house of two names before a host's pages is no place",
        "Doe, J. (2015). Widgetpolitik. In: R. Roe (Hrsg.): Widgetbuch. Example Sample, S. 97–112.",
        {"container": "Widgetbuch", "publisher": "Example Sample", "place": "", "pages": "97-112"},
    ),
    (
        "springer basic: a book's page count after `Publisher, Place` is no locator",
        "Doe J (1989) Widget environments: an introduction. Example Press, London, p 617",
        {"publisher": "Example Press", "place": "London", "container": "", "volume": ""},
    ),
    (
        "springer basic: the page count printed after its figure",
        "Doe J (1989) Widget environments. Example Press, London, 312 pp",
        {"publisher": "Example Press", "place": "London", "container": ""},
    ),
    (
        "aip deposit: the journal's CODEN and ISSN glued after the year",
        "J. Doe, K. Roe, and L. Poe, Phys. Rev. 167, 289 (1968).EXMPLA0031-899X",
        {"container": "Phys. Rev", "volume": "167", "pages": "289", "year": "1968", "title": ""},
    ),
    (
        "aip deposit: the CODEN and ISSN after a space",
        "J. Doe and K. Roe, J. Chem. Phys. 42, 3043 (1971). EXMPL60021-9606",
        {"container": "J. Chem. Phys", "volume": "42", "pages": "3043", "year": "1971"},
    ),
    (
        "sae: the paper's series and number, then `Publisher, Place, ST (Year)`",
        "Doe, J.C., “A Comparison of Several Widget Alloys,” SAE Technical Paper #930417, "
        "EXA, Springfield, PA (2003).",
        {"publisher": "EXA", "place": "Springfield, PA", "container": "", "year": "2003"},
    ),
    (
        "report: `Technical Report No. 12, Agency, Place, ST (Year)`",
        "Doe, J., “Widget Testing,” Technical Report No. 12, Example Agency, Springfield, IL "
        "(2002).",
        {"publisher": "Example Agency", "place": "Springfield, IL", "container": ""},
    ),
    (
        "sae: a double volume before the colon and labelled pages",
        "Doe, J., “Paths to Widgets,” Widget Science Forum, 488–489: pp. 1–8 (2005).",
        {"container": "Widget Science Forum", "volume": "488-489", "pages": "1-8"},
    ),
    (
        "nlm: a double volume between the year and the pages",
        "Doe J. Paths to widgets. Key Widget Mater. 2005;488-489:1-8.",
        {"container": "Key Widget Mater", "volume": "488-489", "pages": "1-8", "year": "2005"},
    ),
    (
        "german apa: the English translation a bracketed sentence after the title's stop",
        "Doe, J., & Roe, K. (2001). Grüner Widget—eine Marktanalyse. [Green widget—a market "
        "analysis]. Frankfurt/M: Institut für Widgetforschung.",
        {
            "title": "Grüner Widget—eine Marktanalyse",
            "title_translation": "Green widget—a market analysis",
            "place": "Frankfurt/M",
            "publisher": "Institut für Widgetforschung",
            "container": "",
        },
    ),
    (
        "german apa: a subtitle's sentence before the bracketed translation",
        "Doe, J. (2005). Widgets in Deutschland bis 2030. Endbericht zum Vorhaben III. "
        "[Widgets in Germany up to 2030. Final report of project III.] Berlin: Exampleamt.",
        {
            "title": "Widgets in Deutschland bis 2030. Endbericht zum Vorhaben III",
            "title_translation": "Widgets in Germany up to 2030. Final report of project III",
            "place": "Berlin",
            "publisher": "Exampleamt",
        },
    ),
    (
        "apa 6: the English translation in parentheses after the title's stop",
        "Doe, P. O. (1982). Utdanning og widgets. (Education and Widgets). Central Bureau of "
        "Widgets.",
        {
            "title": "Utdanning og widgets",
            "title_translation": "Education and Widgets",
            "publisher": "Central Bureau of Widgets",
        },
    ),
    (
        "abnt: the host book by the chapter's author, no editor's mark before its title",
        "DOE, J. Capítulo de widgets. In: DOE, J. Livro de widgets. São Paulo: Editora "
        "Exemplo, 2010. p. 12-30.",
        {
            "title": "Capítulo de widgets",
            "container": "Livro de widgets",
            "place": "São Paulo",
            "publisher": "Editora Exemplo",
            "pages": "12-30",
        },
    ),
    (
        "portuguese apa: the host book's organiser marked `(Org.)`",
        "Doe, J. (2010). Capítulo de widgets. In: Roe, K. (Org.). Livro de widgets (pp. "
        "12-30). São Paulo: Exemplo.",
        {"container": "Livro de widgets", "pages": "12-30", "place": "São Paulo"},
    ),
    (
        "portuguese apa: `In` and the book's author before its title and edition",
        "Doe, P. (2012). Introdução aos widgets. In Doe, P. O poder dos widgets. 5.ed. Rio de "
        "Janeiro, RJ: Exemplo Brasil.",
        {
            "container": "O poder dos widgets",
            "place": "Rio de Janeiro, RJ",
            "publisher": "Exemplo Brasil",
        },
    ),
    (
        "pleiades: the book series' acronym after the proceedings' name, its volume after",
        "Doe, E., Roe, M., and Poe, S., A practical system for verifying widgets, Proc. WIDG "
        "2009, LNCS, 2009, vol. 5674, p. 23–42.",
        {"container": "Proc. WIDG 2009", "volume": "5674", "pages": "23-42", "year": "2009"},
    ),
    (
        "abnt: an edition's ordinal a figure and its stop before `Place: Publisher, Year`",
        "DOE, J. Livro de widgets. 2. ed. São Paulo: Editora Exemplo, 2019.",
        {"title": "Livro de widgets", "place": "São Paulo", "publisher": "Editora Exemplo"},
    ),
    (
        "abnt: `5.ed.`, no space after the ordinal's stop",
        "DOE, J. Livro de widgets. 5.ed. Rio de Janeiro: Exemplo, 2019.",
        {"title": "Livro de widgets", "place": "Rio de Janeiro", "container": ""},
    ),
    (
        "portuguese apa: `(2. ed.)` after the book's title",
        "Doe, J. (2019). Livro de widgets (2. ed.). São Paulo: Editora Exemplo.",
        {"title": "Livro de widgets", "place": "São Paulo", "container": ""},
    ),
    (
        "portuguese apa: a book series' sentence and number after the imprint",
        "Doe, M., & Roe, B. M (1999). A educação dos widgets. Brasília, DF: Articulação "
        "Exemplo. Coleção Widgets do Campo, nº 2.",
        {
            "title": "A educação dos widgets",
            "place": "Brasília, DF",
            "publisher": "Articulação Exemplo",
            "container": "",
            "issue": "",
        },
    ),
    (
        "abnt: the book series in parentheses after the imprint's year",
        "DOE, M. A educação dos widgets. Brasília: Exemplo, 1999. (Coleção Widgets do Campo, 2).",
        {"title": "A educação dos widgets", "place": "Brasília", "publisher": "Exemplo"},
    ),
    (
        "ieee: a meeting's city and a country of `_COUNTRIES` after the proceedings' name",
        "D. Doe, “Widget Architecture,” in Proc. Int. Conf. Widgets, Lahore, Pakistan, 2019, "
        "pp. 1–5.",
        {"container": "Proc. Int. Conf. Widgets", "pages": "1-5", "year": "2019"},
    ),
    (
        "springer basic: `St.` and a place's name inside a host book's title",
        "Doe JM (1979) Widget island shapes. In: Roe SP (ed) Widget islands from the Gulf of "
        "St. Lawrence to the Gulf of Example. Example Press, New York",
        {
            "container": "Widget islands from the Gulf of St. Lawrence to the Gulf of Example",
            "publisher": "Example Press",
            "place": "New York",
        },
    ),
    (
        "french author-date: a title in spaced guillemets, its question mark inside them",
        "DOE, A., et M. ROE. 1988. « Zones de widgets : un changement social ? », Revue "
        "française de widgets, 83, p. 12-18.",
        {
            "title": "Zones de widgets : un changement social ?",
            "container": "Revue française de widgets",
            "volume": "83",
            "pages": "12-18",
        },
    ),
    (
        "french author-date: the issue's months in French closing the locator",
        "DOE, A. 1988. « Zones de widgets », Revue française de widgets, 83, avril-mai-juin.",
        {"container": "Revue française de widgets", "volume": "83", "year": "1988"},
    ),
    (
        "french author-date: a French month and the year after the issue",
        "DOE, A. 1988. « Zones de widgets », Revue française de widgets, n° 83, juin 1988.",
        {"container": "Revue française de widgets", "issue": "83", "pages": "", "year": "1988"},
    ),
    (
        "french apa: `City, Publisher` with a city of French lists' houses",
        "Doe, A. (2001). Le widget et ses usages. Lyon, Exemple.",
        {"title": "Le widget et ses usages", "place": "Lyon", "publisher": "Exemple"},
    ),
    (
        "apa 7: a subtitle's question after the title's stop, then the publisher alone",
        "Doe, M. (2019). Widgets at the crossroads. Market or democracy? Example Press.",
        {
            "title": "Widgets at the crossroads. Market or democracy?",
            "publisher": "Example Press",
            "container": "",
        },
    ),
    (
        "apa 7: a subtitle's sentence after the title's stop, then the publisher alone",
        "Doe, M. (2019). Widgets at the crossroads. A market history. Example Books.",
        {"title": "Widgets at the crossroads. A market history", "publisher": "Example Books"},
    ),
    (
        "german author-date: a link without its scheme after `Online:`",
        "Exa (2009): Example Widget System Operators, Online: www.example.org.",
        {"url": "www.example.org", "place": "", "title": "Example Widget System Operators"},
    ),
    (
        "cdc: the `DOI:` label before the DOI's link",
        "Doe J, Roe K. Widget deaths — Example Region, 2019. Morb Widg Wkly Rep. "
        "2020;69(3):57-62. DOI: http://dx.doi.org/10.5555/mwwr.mm6903a1",
        {
            "doi": "10.5555/mwwr.mm6903a1",
            "container": "Morb Widg Wkly Rep",
            "year": "2020",
            "volume": "69",
        },
    ),
    (
        "japanese: a book's pages labelled `頁`, its publisher and year after commas",
        "サンプル A,他:ウィジェット実践ガイド.1-6頁,見本評論社,2012",
        {
            "title": "ウィジェット実践ガイド",
            "pages": "1-6",
            "publisher": "見本評論社",
            "year": "2012",
        },
    ),
    (
        "japanese: a book's title, publisher and year parted by commas",
        "サンプル A,他:ウィジェット療法ガイドライン2015,ミホンビュー,2015.",
        {"title": "ウィジェット療法ガイドライン2015", "publisher": "ミホンビュー", "year": "2015"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
