"""Name, head and GB/T 7714 shapes that real lists print, one row each: text → fields
(sixth table).

Each row stands for a family of entries real lists print: a Chinese name closed by a
middle dot where copies lost the stop; a Chinese journal's city and a colon before its
name, as a book's imprint is printed; copies from the Qikan database that print the
year before the journal and the issue after it; given names of two words before the
family (Korean names as their sources spell them), and three words led by a Korean
family, family first; pinyin's two-letter initials (`Zh`, `Ch`, `Sh`); a Japanese
society's name before `他:`, and a Japanese ministry's or society's name alone before
the colon; Taiwanese APA's `與` before the last Chinese name, and its bodies' names in
traditional characters; Palgrave's colon after the year that follows the names; German
names parted by a spaced slash; ASTM's lettered designations before a standard's title,
a standard's designation alone where the names stand, a Chinese industry standard's
letter before its number (`JTG E42—2005`), a European one's parts before its colon;
proceedings after `//` whose host holds a spelled ordinal and abbreviated words, with
the meeting's town alone (no publisher) or its city and country (or state and USA)
after the host's stop; NLM initials beyond ASCII (`Example Å`, `Example Ö`); German
research centres and federal offices named in one compound word. Score rows: a body's
book with its place and publisher scores as a person's does.

Review rows (the previous round's rules narrowed): a family that ends in an English
agency word after a hyphen (`Example-Court AB`) is a person; a title led by a
government's word that no connector or level's word follows (`Council Decisions on …`)
is no government's level after an acronym; a Chinese title that lists nouns before a
comma (`中国,美国,…`) is no names; a Spanish title's first part before its colon with
`en` or `para` is no body. Score rows: a part keeps its score when its source holds a
part's word before a colon (`Part II: …`), an article with its volume and pages when its
source lost a parenthesis (a title cut inside brackets still scores lower).
The data is invented: names, titles, journals and publishers are placeholders. A new
quirk is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape, parse

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gbt journal's city and colon before its name",
        "示例,样本. 示例题名:相关性研究[J]. 北京:示例研究, 2004(1):4-15.",
        {
            "families": ["示", "样"],
            "title": "示例题名:相关性研究",
            "container": "示例研究",
            "place": "北京",
            "year": "2004",
            "issue": "1",
        },
    ),
    (
        "gbt chinese name closed by a middle dot where the stop was lost",
        "范示华·示例盆地天然气赋存形成及气藏类型[J].天然气工业,1990,10(2):7-12.",
        {"families": ["范"], "givens": ["示华"], "title": "示例盆地天然气赋存形成及气藏类型"},
    ),
    (
        "gbt journal whose own name holds a colon after four ideographs keeps it",
        "示例,样本. 示例题名[J]. 示例科学:地球科学, 2004, 34(1):4-15.",
        {"container": "示例科学:地球科学", "place": "", "volume": "34"},
    ),
    (
        "qikan copy: the year before the journal, the issue after it",
        "A. Sample,B. C. Example. Widget casting of example alloys[J] 1982,Example "
        "Transactions A(6):945~951",
        {
            "families": ["Sample", "Example"],
            "title": "Widget casting of example alloys",
            "container": "Example Transactions A",
            "year": "1982",
            "volume": "",
            "issue": "6",
            "pages": "945-951",
        },
    ),
    (
        "qikan copy: the year before the journal, the issue and no pages",
        "A. Sample,B. Example. Widget casting of example alloys[J] 1982,示例学报(6)",
        {"container": "示例学报", "year": "1982", "issue": "6", "pages": ""},
    ),
    (
        "gbt given names of two words before the family, as the source spells them",
        "Anna Sample,Seung Hyuk Example,Jae Won Other. Widgets in example alloys[J]. "
        "Example Materials, 1998, 29(4): 1221-1235.",
        {
            "families": ["Sample", "Example", "Other"],
            "givens": ["Anna", "Seung Hyuk", "Jae Won"],
        },
    ),
    (
        "gbt korean names of three words family first, led by a korean family",
        "Park Sung Example, Choi Min Sample. Widgets in example alloys[J]. Example "
        "Materials, 1998, 29(4): 1221-1235.",
        {"families": ["Park", "Choi"], "givens": ["Sung Example", "Min Sample"]},
    ),
    (
        "gbt pinyin's two-letter initial before another initial",
        "SAMPLE D Y, EXAMPLE Q H, LI Zh B, et al. Widget manufacturing in example "
        "industry[J]. Example Manufacturing Technology, 2011(9): 38-41.",
        {"families": ["SAMPLE", "EXAMPLE", "LI"], "givens": ["D Y", "Q H", "Zh B"]},
    ),
    (
        "japanese society's name before 他 and a colon",
        "日本例示学会,他:ウィジェットの実践ガイド.例示医学 45: 12-18, 2012",
        {
            "families": ["日本例示学会"],
            "et_al": True,
            "title": "ウィジェットの実践ガイド",
            "container": "例示医学",
        },
    ),
    (
        "japanese ministry before the colon, no space after it",
        "例示労働省:高齢者の示例療法の指針. 2018. https://www.example.go.jp/x.pdf",
        {"families": ["例示労働省"], "title": "高齢者の示例療法の指針", "year": "2018"},
    ),
    (
        "japanese society before the colon",
        "日本例示学会: 高齢者の示例ガイドライン2015. 例示出版社, 東京, 2015.",
        {"families": ["日本例示学会"], "title": "高齢者の示例ガイドライン2015"},
    ),
    (
        "japanese centre in katakana before the colon",
        "例示センター:ウィジェットの実践ガイド. 2018. https://www.example.go.jp/x.pdf",
        {"families": ["例示センター"], "title": "ウィジェットの実践ガイド"},
    ),
    (
        "japanese ほか before the colon with no space still closes the names",
        "サンプル G,ほか:ウィジェットの実践ガイド.例示医学 45: 12-18, 2012",
        {"families": ["サンプル"], "et_al": True, "title": "ウィジェットの実践ガイド"},
    ),
    (
        "japanese title's own colon is no body",
        "高齢者の医療: 現状と課題. 例示書院, 東京, 2012",
        {"families": [], "title": "高齢者の医療: 現状と課題"},
    ),
    (
        "taiwanese apa: the last chinese name joined by 與",
        "陳示明、林示華與王小明(2010)。示例研究之探討。教育研究月刊,135,81-91。",
        {
            "families": ["陳", "林", "王"],
            "givens": ["示明", "示華", "小明"],
            "title": "示例研究之探討",
        },
    ),
    (
        "taiwanese apa: a society's name in traditional characters",
        "台灣示例與文化研究學會(2010)。示例研究之探討。台北:五南。",
        {"families": ["台灣示例與文化研究學會"], "title": "示例研究之探討", "place": "台北"},
    ),
    (
        "palgrave author-date: a colon after the year that follows the names' stop",
        "Sample, CM, Example, R and Other, P . 2009: Widget convergence in Europe. "
        "Comparative Example Studies 51 (2): 123-145.",
        {
            "families": ["Sample", "Example", "Other"],
            "year": "2009",
            "title": "Widget convergence in Europe",
            "container": "Comparative Example Studies",
        },
    ),
    (
        "a title that opens with a year and a colon in lower case stays the title",
        "Sample AB, Example CD. 2009: a widget odyssey. Example J. 2010;1:1-2.",
        {"title": "2009: a widget odyssey", "year": "2010"},
    ),
    (
        "german author-date names parted by a spaced slash",
        "Sample, S. / Example, H. / Other, K. (2006): Zur Wirkung der Widgets. Example "
        "Journal 12, 3-4.",
        {
            "families": ["Sample", "Example", "Other"],
            "title": "Zur Wirkung der Widgets",
            "year": "2006",
        },
    ),
    (
        "gbt astm's lettered designation before the title, nothing after the code",
        "ASTM-D1234-00, standard test method for index of widget shape and texture[S].",
        {
            "families": [],
            "title": "standard test method for index of widget shape and texture",
        },
    ),
    (
        "gbt standard's designation alone where the names stand",
        "GB/T 1234-2005. 示例标准[S]. 北京: 示例出版社, 2005.",
        {"families": [], "title": "示例标准", "year": "2005", "place": "北京"},
    ),
    (
        "gbt chinese industry standard: a letter before the standard's number",
        "JTG E99—2005, 公路示例集料试验规程[S].",
        {"families": [], "title": "公路示例集料试验规程", "year": "2005"},
    ),
    (
        "gbt european standard with its parts before the colon and year",
        "EN 1234-1-1:2004. Examplecode 2: Design of widget structures[S]. Brussels: "
        "Example Committee, 2004.",
        {"families": [], "title": "Examplecode 2: Design of widget structures"},
    ),
    (
        "gbt proceedings: a spelled ordinal and abbreviations, the meeting's town alone",
        "Sample A, Other B. Widget analysis using spatial operators[C]// Sixth Int. Conf. "
        "on Methods and Models in Widgets. Exampleville, 2000: 31-38.",
        {
            "container": "Sixth Int. Conf. on Methods and Models in Widgets",
            "place": "Exampleville",
            "publisher": "",
            "pages": "31-38",
        },
    ),
    (
        "gbt proceedings: a one-word publisher alone stays the publisher",
        "Sample A. Widget analysis[C]//Proceedings of Example Widgets. Springer, 2000: 31-38.",
        {"container": "Proceedings of Example Widgets", "publisher": "Springer", "place": ""},
    ),
    (
        "gbt proceedings: the meeting's city and country after the host's stop",
        "Sample C. Architecture of the widget fabric [C]// Example Research. Exampletown, "
        "Switzerland, 2016: 310.",
        {"container": "Example Research", "place": "Exampletown, Switzerland"},
    ),
    (
        "gbt proceedings: the meeting's city, state and USA after the host's stop",
        "Sample A. Widget fabric [C]// Proceedings of the Example Conference. New Exampleton, "
        "LA, USA, 2016: 1-5.",
        {
            "container": "Proceedings of the Example Conference",
            "place": "New Exampleton, LA, USA",
            "pages": "1-5",
            "style": "gbt7714",
        },
    ),
    (
        "vancouver initials beyond ascii after nordic and turkish families",
        "Østsample Å, Sæther K, Example Ö. Sykepleie til widgets. Tidsskr Example. "
        "2010;130(4):380-4.",
        {
            "families": ["Østsample", "Sæther", "Example"],
            "givens": ["Å", "K", "Ö"],
            "title": "Sykepleie til widgets",
        },
    ),
    (
        "german research centre named in one compound word",
        "Forschungszentrum Example (2005). Widgets in Deutschland bis 2030. Berlin: "
        "Example Verlag.",
        {"families": ["Forschungszentrum Example"], "givens": [""], "year": "2005"},
    ),
    (
        "german bodies in a list: a body's one word is no given name",
        "Sample (Deutsches Institut für Widgets) Berlin, Forschungszentrum Example, "
        "Example-Institut (2005). Widgets in Deutschland bis 2030. Berlin: Example Verlag.",
        {
            "families": [
                "Sample (Deutsches Institut für Widgets) Berlin",
                "Forschungszentrum Example",
                "Example-Institut",
            ]
        },
    ),
    (
        "review: a family ending in an english agency word after a hyphen, first",
        "Example-Court AB, Other CD. Widget theory. Example J Med. 2010;5:1-9.",
        {"families": ["Example-Court", "Other"], "title": "Widget theory"},
    ),
    (
        "review: a family ending in an english agency word after a hyphen, second",
        "Sample AB, Example-Bank CD. Widget theory. Example J Med. 2010;5:1-9.",
        {"families": ["Sample", "Example-Bank"], "givens": ["AB", "CD"]},
    ),
    (
        "review: a title led by a government's word after an acronym",
        "EXO. Council Decisions on Example Widgets. Paris: Example Press; 2010.",
        {
            "families": ["EXO"],
            "title": "Council Decisions on Example Widgets",
            "place": "Paris",
        },
    ),
    (
        "review: a handbook's title led by office after an acronym",
        "EXO. Office Handbook for Example Widgets. Geneva: Example Organization; 2010.",
        {"title": "Office Handbook for Example Widgets", "place": "Geneva"},
    ),
    (
        "review: a title led by department after a firm's short name",
        "ACME. Department Stores of Example City. Example City: Example Press; 2010.",
        {"title": "Department Stores of Example City", "place": "Example City"},
    ),
    (
        "a jurisdiction's municipal secretariat stays a level",
        "Brasil. Secretaria Municipal de Exemplo. Guia de widgets para a população. "
        "Cidade: Ministério da Exemplo; 2006.",
        {
            "families": ["Brasil. Secretaria Municipal de Exemplo"],
            "title": "Guia de widgets para a população",
        },
    ),
    (
        "review: a chinese title listing countries before a comma is no names",
        "中国,美国,日本示例比较研究[M]. 北京: 示例出版社, 2010.",
        {"families": [], "title": "中国,美国,日本示例比较研究"},
    ),
    (
        "review: a spanish title's first part with en before its colon is no body",
        "Sociedad en Transición: Widgets en España. Madrid: Editorial Ejemplo; 2010.",
        {"families": [], "title": "Sociedad en Transición: Widgets en España"},
    ),
    (
        "review: a spanish title's first part with para before its colon is no body",
        "Fundación para el Futuro: Widgets y Sociedad. Madrid: Editorial Ejemplo; 2010.",
        {"families": [], "title": "Fundación para el Futuro: Widgets y Sociedad"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


TEXTS = {name: text for name, text, _ in SHAPES}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            TEXTS["gbt astm's lettered designation before the title, nothing after the code"],
            "ASTM-D1234-00",
        ),
        (TEXTS["gbt standard's designation alone where the names stand"], "GB/T 1234-2005"),
    ],
)
def test_standard_designation_is_the_document_number(text: str, number: str) -> None:
    """The designation read apart from the title and the names is the standard's
    number."""
    assert parse(text).extra_value("document_number") == number


def test_a_located_part_keeps_its_score_before_a_parts_colon() -> None:
    """A part with pages whose source holds a part's word before a colon (`Proceedings.
    Part II: Widget Methods`) is no imprint read inside the source: it keeps the score
    the fallback leaves alone; a source that ends in `. Madrid: Example` with nothing
    located still scores lower."""
    from mmrefs.ingest.refparse import LEARNED_REPLACES_BELOW
    from mmrefs.ingest.styles.base import Candidate
    from mmrefs.ingest.styles.choose import score

    base = {"authors": ("",), "name_score": 1.0, "title": "Example widget methods", "year": "2010"}
    part = {"container": "Proceedings of the Example Conference. Part II: Widget Methods"}
    paged = score(Candidate("author-year", {**base, **part, "first_page": "1"}))
    unpaged = score(Candidate("author-year", {**base, **part}))
    imprint = score(
        Candidate("author-year", {**base, "container": "Nuevos widgets. Madrid: Ejemplo"})
    )
    assert LEARNED_REPLACES_BELOW is not None
    assert imprint < LEARNED_REPLACES_BELOW <= paged
    assert unpaged == score(Candidate("author-year", {**base, "container": "Proceedings"}))


def test_a_located_article_keeps_its_score_when_a_parenthesis_was_lost() -> None:
    """A journal that lost its closing parenthesis (`Example Journal (Online, 5, 1-9.`)
    with its volume and pages read is no part cut inside brackets: it keeps its score
    (the score `style_score` keeps, to two places, as the fallback's setting reads it)."""
    from mmrefs.ingest.refparse import LEARNED_REPLACES_BELOW
    from mmrefs.ingest.styles.base import Candidate
    from mmrefs.ingest.styles.choose import score

    base = {"authors": ("",), "name_score": 1.0, "title": "Widget theory", "year": "2010"}
    fields = {**base, "container": "Example Journal (Online", "volume": "5", "first_page": "1"}
    kept = float(f"{score(Candidate('author-year', fields)):.2f}")  # as `style_score` keeps it
    assert LEARNED_REPLACES_BELOW is not None
    assert kept >= LEARNED_REPLACES_BELOW


def test_a_title_cut_inside_brackets_scores_lower_though_located() -> None:
    """A title that opens a parenthesis it does not close (`(Example Press`: a book's
    `(Publisher, Place, YEAR)` cut) scores below the fallback's setting even when the
    reading holds a volume and pages: only a source may lose its closing parenthesis."""
    from mmrefs.ingest.refparse import LEARNED_REPLACES_BELOW
    from mmrefs.ingest.styles.base import Candidate
    from mmrefs.ingest.styles.choose import score

    fields = {
        "authors": ("",),
        "name_score": 1.0,
        "title": "(Example Press",
        "container": "Example City",
        "year": "2009",
        "volume": "5",
        "first_page": "432",
    }
    assert LEARNED_REPLACES_BELOW is not None
    assert score(Candidate("nlm", fields)) < LEARNED_REPLACES_BELOW


def test_a_bodys_book_with_its_imprint_scores_as_a_persons() -> None:
    """A book by one body (`Example Society. Title. Place: Publisher; 2001.`) with its
    place and publisher read scores at the fallback's setting or above, as a person's
    book does; without its place it keeps the lower score."""
    from mmrefs.ingest.refparse import LEARNED_REPLACES_BELOW
    from mmrefs.ingest.styles.base import Candidate
    from mmrefs.ingest.styles.choose import score
    from mmrefs.model import Author

    fields = {
        "authors": (Author(literal="Example Widget Society"),),
        "name_score": 0.9,
        "title": "Guidelines for example widgets",
        "year": "2001",
        "publisher": "Example Press",
    }
    assert LEARNED_REPLACES_BELOW is not None
    assert score(Candidate("nlm", {**fields, "place": "Exampleville"})) >= LEARNED_REPLACES_BELOW
    assert score(Candidate("nlm", fields)) < LEARNED_REPLACES_BELOW
