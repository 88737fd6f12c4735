"""Shapes of what follows the author block, one row each: text → fields (sixth table).

Each row stands for a rule a style guide states or a shape real lists print after the
names: MDPI's publisher with two seats (`Example: Springfield/Shelbyville, Country`),
linguistics' `25.3:493-531` (volume, stop, issue), Pleiades' `[in Russian]` after a
title and `in Book, Ed. by A. Editor (Publisher, City, 1991)`, a two-word country in an
imprint (`Amsterdam, The Netherlands`), APA 6's thesis genre in other capitals and
languages (`(PhD Thesis)`, `(tesis doctoral)`), ISO 4's Portuguese and Spanish cuts
(`Cad.`, `Trab.`, `Ciênc.`) opening a Brazilian journal's name, a web page's year after
its link (`…/en/,2018`), a working paper's series and number with no imprint, Turkish
houses (`Yayınevi`, `Kitabevleri`) and their `Publisher; City, YEAR` order, NLM's date
again after an author-year entry's year, a ministry before the link in Spanish APA, a
host book's `City, Publisher` after commas, a Swedish dissertation's series in
parentheses, German places abbreviating their river (`a.M.`), a thesis genre ending a
two-sentence title, an agency's series after the imprint's year, AIP's editors before
`Place: Publisher`, Chicago's host book before `, ed.` and its editor, and NLM's
multivolume book (`Title. Vol. 2, Volume title. Place: Publisher`). Guard rows keep the
readings each rule must not change.
The data is invented: names, titles, journals and publishers are placeholders, DOIs
use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "mdpi: a publisher's two seats parted by a slash before the country",
        "Doe, J.; Roe, R. Widget Steppes. In Widgets of the World; "
        "Example: Springfield/Shelbyville, "
        "Exampleland, 2020; pp. 249–283.",
        {
            "container": "Widgets of the World",
            "publisher": "Example",
            "place": "Springfield/Shelbyville, Exampleland",
            "pages": "249-283",
        },
    ),
    (
        "nlm: firms after a city's colon keep their order, slash and all",
        "Doe J. Widget Steppes. Oxford: Example/Sample, UK; 2020.",
        {"title": "Widget Steppes", "place": "Oxford"},
    ),
    (
        "linguistics: volume and issue parted by a stop before the pages' colon",
        "Doe, J. (1998). Widget syntax. Journal of Widget Studies, 25.3:493-531.",
        {
            "container": "Journal of Widget Studies",
            "volume": "25",
            "issue": "3",
            "pages": "493-531",
        },
    ),
    (
        "nlm: a year and a stop before a number is no dotted volume",
        "Doe J. Widget syntax. J Widget Stud. 2001.3:45-50.",
        {"container": "J Widget Stud", "year": "2001", "volume": "3", "issue": ""},
    ),
    (
        "pleiades: the language of a Russian book noted after its title",
        "A. B. Doe and C. D. Roe, Theory of Widget Waves [in Russian], Example, "
        "Springfield (1981).",
        {"title": "Theory of Widget Waves", "publisher": "Example", "place": "Springfield"},
    ),
    (
        "nature: an older list's language in brackets alone after the title",
        "Doe, J. Zur Anatomie der Widgets [German]. Dtsch. Z. Widg. 50, 50-55 (1913).",
        {"title": "Zur Anatomie der Widgets", "container": "Dtsch. Z. Widg", "volume": "50"},
    ),
    (
        "nlm: the language note left at a title's end once the journal's first words,"
        " glued to its volume, are given back",
        "Doe, J. Zur Anatomie der Widgets [German]. Dtsch. Z. f. Widg.50, 50-55 (1913).",
        {"title": "Zur Anatomie der Widgets", "container": "Dtsch. Z. f. Widg", "volume": "50"},
    ),
    (
        "apa: `Anonymous` in the author slot names no one, and the title follows it",
        "Anonymous (2014). Building a common widget vision. Example Organization, Rome, pp 14.",
        {"families": [], "title": "Building a common widget vision", "year": "2014"},
    ),
    (
        "apa: `Anonymous` before a journal alone: read as before, not refused",
        "Anonymous (2003). Journal of Widgets, 3(2), 1-5.",
        {"container": "Journal of Widgets", "volume": "3", "issue": "2", "year": "2003"},
    ),
    (
        "harvard: `Anonymous.` before a bare year names no one",
        "Anonymous. 2003. Widget guidelines. Example Society, London.",
        {"families": [], "title": "Widget guidelines", "year": "2003"},
    ),
    (
        "nlm: PubMed's language note after the title",
        "Doe J. Widgets of the cell [Article in German]. Example Journal. 2005;3(2):12-15.",
        {"title": "Widgets of the cell", "container": "Example Journal"},
    ),
    (
        "nlm: a Chinese work's language in parentheses after its translated title",
        "Doe J. Widgets of the cell (in Chinese). Example Journal. 2005;3(2):12-15.",
        {"title": "Widgets of the cell", "container": "Example Journal"},
    ),
    (
        "nlm: a bracketed word that names no language stays in the title",
        "Doe J. Widgets of the parish [Parish]. Example Journal. 2005;3(2):12-15.",
        {"title": "Widgets of the parish [Parish]", "container": "Example Journal"},
    ),
    (
        "aip: a parenthesised word after `in` that names no language stays in the title",
        "Doe J. Widgets of the cell (in Vivo). Example Journal. 2005;3(2):12-15.",
        {"title": "Widgets of the cell (in Vivo)", "container": "Example Journal"},
    ),
    (
        "pleiades: a host book's editors after `Ed. by`, its imprint in parentheses",
        "A. B. Doe, in Handbook of Widget Physics, Ed. by C. D. Roe "
        "(Example, Springfield, 1991), p. 65.",
        {
            "container": "Handbook of Widget Physics",
            "publisher": "Example",
            "place": "Springfield",
            "pages": "65",
        },
    ),
    (
        "aip: a two-word country after the city in a host's parenthesised imprint",
        "A. B. Doe, in Progress in Widgets, edited by C. D. Roe (Example, Springfield, "
        "The Exampleland, 1991), Vol. 29, p. 65.",
        {
            "container": "Progress in Widgets",
            "publisher": "Example",
            "place": "Springfield, The Exampleland",
            "volume": "29",
        },
    ),
    (
        "apa 6: a capitalised thesis genre in parentheses is no part of the title",
        "Doe, J. (2015). Widget talk in a classroom (PhD Thesis). Springfield: Example University.",
        {"title": "Widget talk in a classroom", "publisher": "Example University"},
    ),
    (
        "spanish apa: `(tesis doctoral)` before the university and its country",
        "Doe, J. (2011). Ejemplo de widgets (tesis doctoral). Universidad de Ejemplo, Exampleland",
        {
            "title": "Ejemplo de widgets",
            "publisher": "Universidad de Ejemplo",
            "place": "Exampleland",
        },
    ),
    (
        "apa: a parenthesis opening with a genre's word but no genre stays in the title",
        "Doe, J. (2011). Widget writing (Tesis and theses). Example Journal, 3(2), 12-15.",
        {"title": "Widget writing (Tesis and theses)", "container": "Example Journal"},
    ),
    (
        "ieee: a thesis's department, university, city and two-word country",
        'A. Doe, "Widget techniques for sails," Ph.D. thesis, Mech. Eng. Dept., Example Univ., '
        "Springfield, New Exampleland, 2006.",
        {"publisher": "Example Univ", "place": "Springfield, New Exampleland"},
    ),
    (
        "brazilian vancouver: ISO 4's Portuguese cut opens the journal, not the title",
        "Silva JP, Roe DC. Exemplo de widgets na escola. Cad. Exemplo Pública. 2018;16(2):683-702.",
        {"title": "Exemplo de widgets na escola", "container": "Cad. Exemplo Pública"},
    ),
    (
        "brazilian vancouver: a cut word before a listed one and a whole word",
        "Silva JP, Roe DC. Exemplo de widgets. Trab. Educ. Exemplo. 2018;16(2):683-702.",
        {"title": "Exemplo de widgets", "container": "Trab. Educ. Exemplo", "volume": "16"},
    ),
    (
        "vancouver: a web page's year glued after its link's closing slash",
        "WHO. Widget detection and diagnosis https://www.example.org/widgets/en/,2018.",
        {
            "title": "Widget detection and diagnosis",
            "year": "2018",
            "url": "https://www.example.org/widgets/en/",
        },
    ),
    (
        "vancouver: a web page's year after its link and a comma",
        "WHO. Widget detection and diagnosis https://www.example.org/widgets/en/, 2018.",
        {"title": "Widget detection and diagnosis", "year": "2018"},
    ),
    (
        "economics: a working paper's series and number with no imprint is no journal",
        "Doe, J. / Roe, H. (2006): Zur Wirkung der Widgets, EXA Discussion Paper 348.",
        {"title": "Zur Wirkung der Widgets", "container": "", "volume": ""},
    ),
    (
        "nlm: a weekly report's volume stays a journal's",
        "Doe J. Widgets and prices. Example Weekly Report 12.",
        {"title": "Widgets and prices", "container": "Example Weekly Report", "volume": "12"},
    ),
    (
        "turkish vancouver: a house's Turkish word before `, City, YEAR`",
        "Kaya SA. Widget Tarihi. Örnek Yayınevi, Exampleville, 2011.",
        {"title": "Widget Tarihi", "publisher": "Örnek Yayınevi", "place": "Exampleville"},
    ),
    (
        "turkish vancouver: `Title, Publisher; City, YEAR. pages`, the house before the city",
        "Kaya SA. Widget Tarihi, Örnek Tıp Kitabevleri; İzmirville, 2011. 61-97.",
        {
            "title": "Widget Tarihi",
            "publisher": "Örnek Tıp Kitabevleri",
            "place": "İzmirville",
            "container": "",
            "pages": "61-97",
        },
    ),
    (
        "vancouver: a journal's name before `;` and a city is no house without a house's word",
        "Doe J. Widget study; first results. Example Journal; Springfield, 2011. 61-97.",
        {"title": "Widget study; first results", "publisher": ""},
    ),
    (
        "turkish lists: NLM's date again in the locator after the entry's own year",
        "Kaya S, Demir B, 2012. Widget reasons. Journal of Example Sciences 2012;1(1):73-90.",
        {"container": "Journal of Example Sciences", "year": "2012", "volume": "1", "issue": "1"},
    ),
    (
        "spanish apa 7: a ministry printed alone before the link is the report's publisher",
        "Doe, M. (2012). La evaluación de widgets. Ministerio de Ejemplo. https://www.example.org/x",
        {
            "title": "La evaluación de widgets",
            "publisher": "Ministerio de Ejemplo",
            "container": "",
        },
    ),
    (
        "author-date: a host book's city and house after commas, the city first",
        'Doe, M., (1986), "Early widgets", In Roe, S., Poe, M. (eds.), The growth of widgets, '
        "New York, Example-Verlag.",
        {"container": "The growth of widgets", "place": "New York", "publisher": "Example-Verlag"},
    ),
    (
        "author-date: a host book's title whose last comma names a city alone keeps it",
        'Doe, M., (1986), "Early widgets", In Roe, S. (eds.), Widgets, gears, and springs, '
        "Cambridge.",
        {"container": "Widgets, gears, and springs, Cambridge", "publisher": ""},
    ),
    (
        "swedish apa: a dissertation's series and number in parentheses after the title",
        "Doe, E. (2012). Med widgets som måttstock (Exempelstad Studies in Education:34). "
        "Exempelstad: Exempel Universitet.",
        {
            "title": "Med widgets som måttstock",
            "place": "Exempelstad",
            "publisher": "Exempel Universitet",
        },
    ),
    (
        "apa: a title's parenthesised years are no series",
        "Doe, J. (2012). Widget case studies (1990 to 2000). Example Press.",
        {"title": "Widget case studies (1990 to 2000)", "publisher": "Example Press"},
    ),
    (
        "german apa: a place abbreviating its river (`a.M.`) before the colon",
        "Doe, J. M. (2010). Die Rechtsprechung der Widgets. Beispielstadt a.M.: Beispiel Lang.",
        {
            "title": "Die Rechtsprechung der Widgets",
            "place": "Beispielstadt a.M.",
            "publisher": "Beispiel Lang",
        },
    ),
    (
        "spanish apa: a thesis's genre ends a title of two sentences",
        "Doe, A. (2011). Widgets en la escuela. Estudio de un proceso (tesis doctoral). "
        "Universidad de Ejemplo, Exampleland",
        {
            "title": "Widgets en la escuela. Estudio de un proceso",
            "publisher": "Universidad de Ejemplo",
            "container": "",
        },
    ),
    (
        "vancouver: an agency's series and number in parentheses after the imprint's year",
        "Doe NE. Widget research. Springfield: Example Organization; 2003. "
        "(Example Technical Report Series, No. 916).",
        {
            "title": "Widget research",
            "publisher": "Example Organization",
            "place": "Springfield",
            "style": "nlm",
        },
    ),
    (
        "aip: a host's editors after `edited by` end before `Place, ST: Publisher`",
        "J. M. Doe, in Handbook of Widgets, edited by W. G. Roe, Springfield, EX: Example Press, "
        "1978, pp. 12-15.",
        {
            "container": "Handbook of Widgets",
            "place": "Springfield, EX",
            "publisher": "Example Press",
            "pages": "12-15",
        },
    ),
    (
        "chicago: a host book's title before `, ed.` and its editor is no editors' block",
        'Doe, Jane. 2010. "Widget Theory." In The Handbook of Widgets, ed. Anne Roe, 45–67. '
        "New York: Example Press.",
        {"container": "The Handbook of Widgets", "pages": "45-67", "publisher": "Example Press"},
    ),
    (
        "nlm: editors with particles before `editors.` stay the editors",
        "Doe J. Widget theory. In: Van Roe A, de la Poe B, editors. Handbook of widgets. "
        "New York: Example Press; 2001. p. 4-5.",
        {"container": "Handbook of widgets", "publisher": "Example Press", "pages": "4-5"},
    ),
    (
        "nlm: a multivolume book's volume as a sentence before `Place: Publisher`",
        "Doe NE. Statistical methods in widget research. Vol. 1. Springfield: Example Press; 1980.",
        {
            "title": "Statistical methods in widget research",
            "volume": "1",
            "place": "Springfield",
            "publisher": "Example Press",
            "year": "1980",
        },
    ),
    (
        "nlm: a host book's volume and its title before the imprint",
        "Doe J. Widget theory. In: Roe A, editor. Handbook of widgets. Vol. 2, Gears. "
        "Springfield: Example Press; 2001. p. 4-5.",
        {"container": "Handbook of widgets", "volume": "2", "place": "Springfield", "pages": "4-5"},
    ),
    (
        "vancouver: a journal's labelled volume before its issue is no book's",
        "Doe NE. Widget research. Example Journal. Vol. 7, No. 3, pp. 12-15, 2001.",
        {"container": "Example Journal", "volume": "7", "issue": "3", "pages": "12-15"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
