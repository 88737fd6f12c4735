"""Name, head and GB/T 7714 shapes that real lists print, one row each: text → fields
(fifth table).

Each row stands for a family of entries real lists print: an Arabic family with its
article in lower case; group authors in Spanish, Portuguese, Dutch, French and German
with their connectors, a jurisdiction before its body's levels (ABNT, Brazilian
Vancouver), a ministry's levels parted by commas, a German body whose word a hyphen
joins; GB/T's agency before a title that opens with a year, a Chinese name closed by a
comma, proceedings' places with a state and a country, international standards' numbers
with a colon before the year, English names given first with dotted initials; Japanese
lists' `他:` after a katakana family; short families in capitals before dotted initials;
Springer's spelled given names before a colon; a comma book's spelled name and middle
initial; a month in French before the year, a span of years;
untitled physics and chemistry articles whose journal's first word no list holds;
given-first names joined by `und` or `et` (the space after `und` lost); Spanish `y`
with no comma and German `u.` before the last name; an untitled
patent whose country's short form follows inverted names; APA's ellipsis before the last
author; a whole edited book's editors and their role in the author slot; undated works in
Spanish and German; ABNT's particles after the given names, Brazilian Vancouver's after
the initials. Two score rows: a reading
that left an imprint inside its source, or cut a part inside brackets, scores below the
fallback's setting. The data is invented: names, titles, journals and publishers are
placeholders. A new quirk is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.model import Kind
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "vancouver arabic family with its article in lower case",
        "Sample YM, Example JK, Abd el-other AM, et al. Effect of widgets on example "
        "outcomes in sampled dogs. Example Vet J 2010;51(4):380–4.",
        {
            "families": ["Sample", "Example", "Abd el-other"],
            "title": "Effect of widgets on example outcomes in sampled dogs",
            "container": "Example Vet J",
        },
    ),
    (
        "vancouver spanish group author with para and la",
        "Organización Mundial para la Ejemplo. Widgets. 2002 [accessed 02 Nov 2017]. "
        "Available from: https://example.org/widgets/",
        {"families": ["Organización Mundial para la Ejemplo"], "title": "Widgets"},
    ),
    (
        "apa dutch group author with en",
        "Bureau Onderzoek en Voorbeeld Gemeente Example. (2021). Evaluatie van widgets "
        "in Example. Gemeente Example.",
        {
            "families": ["Bureau Onderzoek en Voorbeeld Gemeente Example"],
            "title": "Evaluatie van widgets in Example",
        },
    ),
    (
        "vancouver federation of a romance language as group author",
        "Federación Internacional de Ejemplo. Atlas de widgets. 8th ed. Exampleville: "
        "Federación Internacional de Ejemplo; 2017.",
        {"families": ["Federación Internacional de Ejemplo"], "title": "Atlas de widgets"},
    ),
    (
        "vancouver jurisdiction then its body's levels",
        "BRASIL. Ministério da Exemplo. Secretaria de Atenção à Exemplo. Guia de widgets "
        "para a população. Cidade: Ministério da Exemplo; 2006.",
        {
            "families": ["BRASIL. Ministério da Exemplo. Secretaria de Atenção à Exemplo"],
            "title": "Guia de widgets para a população",
            "publisher": "Ministério da Exemplo",
        },
    ),
    (
        "gbt agency's short forms then a title opening with a year, no space",
        "US EXA.2004 Edition of the widget standards and advisories[EB/OL].[2006-2-28]."
        "http://www.example.org/widgets/standards.pdf",
        {
            "families": ["US EXA"],
            "title": "2004 Edition of the widget standards and advisories",
        },
    ),
    (
        "japanese house form: a katakana family, 他 and a colon with no space",
        "サンプル G,他:ウィジェットの実践ガイド.例示医学 45: 12-18, 2012",
        {
            "families": ["サンプル"],
            "givens": ["G"],
            "et_al": True,
            "title": "ウィジェットの実践ガイド",
            "container": "例示医学",
            "volume": "45",
        },
    ),
    (
        "french apa: short families in capitals, dotted initials, et before the last",
        "COBB, P., YACKEL, E. et WOOD, T. (1992). A widget alternative to the example view "
        "of gears, Journal for Research in Widget Education, 23(1), 2-33.",
        {
            "families": ["COBB", "YACKEL", "WOOD"],
            "title": "A widget alternative to the example view of gears",
            "container": "Journal for Research in Widget Education",
        },
    ),
    (
        "springer books: inverted names with spelled given names before the colon",
        "Sample, Alexander L., Example, John D.: Quantum Theory of Many Widgets. New York: "
        "Example Press, 1971",
        {
            "families": ["Sample", "Example"],
            "givens": ["Alexander L.", "John D."],
            "title": "Quantum Theory of Many Widgets",
        },
    ),
    (
        "comma book: a spelled given name and middle initial, no space after its comma",
        "Sample, Ana B.,The Economics of Widgets, second edition, The University of Example "
        "Press, 1971.",
        {
            "families": ["Sample"],
            "givens": ["Ana B."],
            "title": "The Economics of Widgets",
            "publisher": "The University of Example Press",
            "year": "1971",
        },
    ),
    (
        "french author-date: a month in french before the year in parentheses",
        "SAMPLE, G. (février 1972). Processus de widgetisation. Bulletin de l’Association "
        "des exemples, 28, 57-84.",
        {"families": ["SAMPLE"], "year": "1972", "title": "Processus de widgetisation"},
    ),
    (
        "untitled physics article: a short abbreviated word before a listed one",
        "T. Sample, R.E. Example, W.F. Other, Surf. Sci. 28, 45 (1971)",
        {"families": ["Sample", "Example", "Other"], "title": "", "container": "Surf. Sci"},
    ),
    (
        "untitled chemistry article: a whole word and a listed abbreviation, no container",
        "E.J. Sample and R.K. Example, Widgetron Lett., 31, 611, (1990).",
        {"families": ["Sample", "Example"], "title": "", "container": "Widgetron Lett"},
    ),
    (
        "german given-first names joined by und before an untitled journal",
        "G. I. Sample und O. G. Example, Zh. Neorg. Khim. 7, 120 (1962).",
        {"families": ["Sample", "Example"], "title": "", "container": "Zh. Neorg. Khim"},
    ),
    (
        "french given-first names joined by et before a title",
        "A. Sample et B. Other, Widgets et engrenages, J. Phys. 7, 120 (1962).",
        {"families": ["Sample", "Other"], "title": "Widgets et engrenages"},
    ),
    (
        "pdf text: und glued to the next initial, a volume glued to the journal",
        "L. F. Sample undJ. D. Example, Zh. Neorg. Khim.7, 120 (1962).",
        {"families": ["Sample", "Example"], "container": "Zh. Neorg. Khim", "volume": "7"},
    ),
    (
        "gbt chinese name closed by a comma where the stop was lost",
        "张示例,示例土壤农业化学分析法[M].北京:示例出版社,1999,235—285",
        {"families": ["张"], "title": "示例土壤农业化学分析法", "publisher": "示例出版社"},
    ),
    (
        "acs untitled patent after inverted names: the country's short form opens it",
        "Sample, A. B.; Example, C. U.S. Patent 4,123,456, 1978.",
        {
            "families": ["Sample", "Example"],
            "givens": ["A. B.", "C"],
            "kind": Kind.PATENT,
            "year": "1978",
        },
    ),
    (
        "gbt proceedings: a place with its state's short form and its country",
        "SAMPLE F, EXAMPLE G.Analysis of widget technology[C]//Proceedings of 2019 "
        "International Conference on Widgets.Piscataway, NJ, USA:Example Press, 2019:28-33.",
        {
            "container": "Proceedings of 2019 International Conference on Widgets",
            "place": "Piscataway, NJ, USA",
            "publisher": "Example Press",
        },
    ),
    (
        "gbt proceedings: the capital of the united states with its district's stops",
        "SAMPLE F.Analysis of widgets[C]//Proceedings of the Example Conference on Gears."
        "Washington D.C., USA:Example Press, 2019:28-33.",
        {
            "container": "Proceedings of the Example Conference on Gears",
            "place": "Washington D.C., USA",
        },
    ),
    (
        "german author-date: a federal commissioner's office as the author",
        "Beauftragte der Bundesregierung für Widgetfragen (2000): Daten und Fakten zur "
        "Widgetsituation. Berlin.",
        {
            "families": ["Beauftragte der Bundesregierung für Widgetfragen"],
            "title": "Daten und Fakten zur Widgetsituation",
        },
    ),
    (
        "gbt international standard: its number and a colon year before the title",
        "ISO 99999:2015 Widget management systems-Requirements with guidance for use[S]. "
        "Geneva: ISO, 2015.",
        {
            "title": "Widget management systems-Requirements with guidance for use",
            "kind": Kind.STANDARD,
            "year": "2015",
        },
    ),
    (
        "gbt international standard: its number after the title and a colon",
        "Example Organization for Widgets.Widget security systems:ISO/IEC 99999:2013[S]."
        "Geneva:ISO,2013.",
        {"families": ["Example Organization for Widgets"], "title": "Widget security systems"},
    ),
    (
        "apa 6: spaced ellipsis before the last author",
        "Sample, A. B., Example, C. D., Other, E., Third, F., Fourth, G., Fifth, H., . . . "
        "Last, Z. (2019). Widgets in practice. Journal of Widgets, 12(3), 45–67.",
        {
            "families": ["Sample", "Example", "Other", "Third", "Fourth", "Fifth", "Last"],
            "title": "Widgets in practice",
        },
    ),
    (
        "apa 7: ellipsis character before the last author",
        "Sample, A. B., Example, C. D., Other, E. … Last, Z. (2019). Widgets in practice. "
        "Journal of Widgets, 12(3), 45–67.",
        {
            "families": ["Sample", "Example", "Other", "Last"],
            "givens": ["A. B.", "C. D.", "E.", "Z"],
        },
    ),
    (
        "vancouver edited book: the editors' role closes the author block",
        "Sample A, Example B, editors. Widgets in practice. Example City: Example Press; 2019.",
        {"families": ["Sample", "Example"], "title": "Widgets in practice", "year": "2019"},
    ),
    (
        "apa edited book: (Eds.) before the year",
        "Sample, A., & Example, B. (Eds.). (2019). Widgets in practice. Example Press.",
        {"families": ["Sample", "Example"], "givens": ["A.", "B."], "title": "Widgets in practice"},
    ),
    (
        "german edited book: (Hrsg.) before the year and its colon",
        "Sample, A./Example, B. (Hrsg.) (2019): Widgets in der Pflege. Bern: Beispielverlag.",
        {"families": ["Sample", "Example"], "title": "Widgets in der Pflege", "year": "2019"},
    ),
    (
        "abnt edited book: (Org.) after the names' stop",
        "SAMPLE, A. B.; EXAMPLE, C. D. (Org.). Widgets na prática. São Paulo: Editora "
        "Exemplo, 2019.",
        {"families": ["SAMPLE", "EXAMPLE"], "title": "Widgets na prática", "place": "São Paulo"},
    ),
    (
        "spanish apa undated: (s.f.) where the year stands",
        "Sample, A. (s.f.). Widgets en la práctica. Editorial Ejemplo.",
        {"families": ["Sample"], "title": "Widgets en la práctica", "year": ""},
    ),
    (
        "german author-date undated: (o. J.) and its colon",
        "Sample, A. (o. J.): Widgets in der Pflege. Bern: Beispielverlag.",
        {"families": ["Sample"], "title": "Widgets in der Pflege", "year": ""},
    ),
    (
        "abnt names between semicolons: a particle after the given names",
        "SAMPLE, João Carlos da; EXAMPLE, Maria. Widgets na prática. Revista de Widgets, v. "
        "12, n. 3, p. 45-67, 2019.",
        {
            "families": ["da SAMPLE", "EXAMPLE"],
            "givens": ["João Carlos", "Maria"],
            "title": "Widgets na prática",
        },
    ),
    (
        "abnt jurisdiction with its kind in parentheses, then its body",
        "SÃO EXEMPLO (Estado). Secretaria da Exemplo. Guia de widgets. São Exemplo: SES, 2019.",
        {
            "families": ["SÃO EXEMPLO (Estado). Secretaria da Exemplo"],
            "title": "Guia de widgets",
        },
    ),
    (
        "german body whose word a hyphen joins to a name",
        "Example Sample-Institut (Hrsg.) (2019): Widgets in Deutschland. Berlin: ESI.",
        {"families": ["Example Sample-Institut"], "title": "Widgets in Deutschland"},
    ),
    (
        "french body: haute autorité",
        "Haute Autorité de Exemple. Recommandations sur les widgets. Saint-Exemple: HAE; 2019.",
        {"families": ["Haute Autorité de Exemple"], "title": "Recommandations sur les widgets"},
    ),
    (
        "spanish ministry whose name's levels commas part",
        "Ministerio de Sanidad, Servicios Sociales e Igualdad. Estrategia de widgets. "
        "Madrid: Ministerio de Sanidad; 2019.",
        {
            "families": ["Ministerio de Sanidad, Servicios Sociales e Igualdad"],
            "title": "Estrategia de widgets",
        },
    ),
    (
        "no jurisdiction: a one-word title before a society's name stays authorless",
        "Widgets. Society for Widget Research. Annual report on widgets. 2019.",
        {"families": []},
    ),
    (
        "author-date: a span of years in the year's parentheses",
        "Sample, A. (1999/2000): Widgets in der Pflege. Bern: Beispielverlag.",
        {"families": ["Sample"], "title": "Widgets in der Pflege", "year": "1999"},
    ),
    (
        "gbt english names given first with dotted initials",
        "F. Sample, G. Example. Analysis of widget technology[J]. Journal of Widgets, 2020, "
        "8(2): 17-25.",
        {"families": ["Sample", "Example"], "title": "Analysis of widget technology"},
    ),
    (
        "gbt english names given first, joined by and before the last",
        "F. Sample, G. H. Example and K. Other. Analysis of widget technology[J]. Journal of "
        "Widgets, 2020, 8(2): 17-25.",
        {"families": ["Sample", "Example", "Other"], "title": "Analysis of widget technology"},
    ),
    (
        "brazilian vancouver: a particle after the initials",
        "Sample JC da, Example MA de, Other P. Widgets na prática. Rev Bras Widgets. "
        "2019;12(3):45-67.",
        {
            "families": ["da Sample", "de Example", "Other"],
            "givens": ["JC", "MA", "P"],
            "title": "Widgets na prática",
        },
    ),
    (
        "spanish apa: y before the last name with no comma, after an initial",
        "Sample, A., Example, B. y Other, C. (2019). Widgets en la práctica. Madrid: Ejemplo.",
        {"families": ["Sample", "Example", "Other"], "title": "Widgets en la práctica"},
    ),
    (
        "german author-date: u. (und) before the last name",
        "Sample, A. u. Example, B. (2019): Widgets in der Pflege. Bern: Beispielverlag.",
        {"families": ["Sample", "Example"], "title": "Widgets in der Pflege"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def test_an_imprint_read_inside_the_source_scores_lower() -> None:
    """A reading whose source ends in a book's unread `Place: Publisher` (`Subtitle.
    Madrid: Example`: a two-sentence title's second half and the imprint read as a
    journal) scores below the setting that hands it to the fallback; a journal's own
    colon (`Widgets: A Journal`) keeps its score."""
    from mmrefs.ingest.refparse import LEARNED_REPLACES_BELOW
    from mmrefs.ingest.styles.base import Candidate
    from mmrefs.ingest.styles.choose import score

    base = {"authors": ("",), "name_score": 1.0, "title": "A widget title here", "year": "2004"}
    imprint = score(
        Candidate("author-year", {**base, "container": "Nuevos widgets. Madrid: Ejemplo"})
    )
    journal = score(Candidate("author-year", {**base, "container": "Widgets: A Journal"}))
    assert LEARNED_REPLACES_BELOW is not None
    assert imprint < LEARNED_REPLACES_BELOW <= journal


def test_a_part_cut_inside_brackets_scores_lower() -> None:
    """A reading whose title or source opens a parenthesis it does not close (a book's
    `(Publisher, Place Year)` cut into a title's words and a journal) scores below the
    setting that hands it to the fallback; closed brackets keep the score."""
    from mmrefs.ingest.refparse import LEARNED_REPLACES_BELOW
    from mmrefs.ingest.styles.base import Candidate
    from mmrefs.ingest.styles.choose import score

    base = {"authors": ("",), "name_score": 1.0, "year": "1964"}
    cut = score(
        Candidate("nlm", {**base, "title": "Widget Theory ( Example Press", "container": "London"})
    )
    whole = score(Candidate("nlm", {**base, "title": "Widget Theory (WT)", "container": "London"}))
    assert LEARNED_REPLACES_BELOW is not None
    assert cut < LEARNED_REPLACES_BELOW <= whole
