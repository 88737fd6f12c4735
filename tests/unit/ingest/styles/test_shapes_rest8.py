"""Shapes of what follows the author block, one row each: text → fields (eighth table).

Each row stands for a rule a style guide states or a shape real lists print after the
names: a Japanese author-date list's book, its title between double corner brackets and
its publisher after them (`著者(年)『書名』出版社。`); an editor or a translator after
a title's comma (`Title, edited by A. Example.`); an edition in the list's own words in
parentheses (`(3. utg.)`, `(2. Aufl.)`); a range's dash a deposit lost to a question
mark (`14, 133?137`); Russian lists' city abbreviated in Cyrillic (`М.:`, `СПб.:`) and
their editor's sentence (`Под ред. В.Д.Примеров.`) before the imprint; a working
paper's city alone after its series' number (`EXA Discussion Paper, No. 1681, Bonn.`);
a Harvard chapter's host whose `In` was left out (`Title. Editor, A.B. (ed) Book.`).
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
        "japanese author-date: a book's title in double corner brackets, its publisher after",
        "道家太郎(2002)『ウィジェットの研究』例出版。",
        {"title": "ウィジェットの研究", "publisher": "例出版", "year": "2002"},
    ),
    (
        "japanese author-date: single corner brackets inside the book's title stay in it",
        "道家太郎(2002)『「例」のディスコース―例の落とし穴』例大学出版会。",
        {"title": "「例」のディスコース―例の落とし穴", "publisher": "例大学出版会"},
    ),
    (
        "japanese author-date guard: a comma-parted book keeps its reading",
        "道家太郎. ウィジェットの研究,例出版,2015.",
        {"title": "ウィジェットの研究", "publisher": "例出版", "year": "2015"},
    ),
    (
        "chicago: a book's editor after the title's comma, `edited by` in lower case",
        "Doe, John. 1970. Writings on Widgets, edited by Karl Roe. Madison: Example University "
        "Press.",
        {
            "title": "Writings on Widgets",
            "place": "Madison",
            "publisher": "Example University Press",
        },
    ),
    (
        "chicago: a book's translator after the title's comma, `translated by` in lower case",
        "Doe, John. 1970. Writings on Widgets, translated by Karl Roe. Madison: Example Press.",
        {"title": "Writings on Widgets", "place": "Madison", "publisher": "Example Press"},
    ),
    (
        "chicago: the editor's sentence of its own after the title's stop",
        "Doe, John. 1970. Writings on Widgets. Edited by Karl Roe. Madison: Example Press.",
        {"title": "Writings on Widgets", "place": "Madison", "publisher": "Example Press"},
    ),
    (
        "apa: the editor and the translator in parentheses after the title, labels first",
        "Doe, J. (1981). The widget imagination: four essays (Ed. K. Roe, Trans. L. Poe & K. Roe). "
        "Austin: Example University Press.",
        {"title": "The widget imagination: four essays", "place": "Austin"},
    ),
    (
        "apa: a book's editor in parentheses after its title, label last",
        "Doe, J. (2000). The question of widgets (K. Roe, Ed.). Example Press.",
        {"title": "The question of widgets", "publisher": "Example Press"},
    ),
    (
        "apa guard: a translator's parentheses keep their reading",
        "Doe, J. (2000). The question of widgets (J. Example, Trans.). Example Press.",
        {"title": "The question of widgets", "publisher": "Example Press"},
    ),
    (
        "aip guard: a host's `edited by` after `in` stays the host's",
        "A. Doe, in Widget Theory and Practice, edited by B. Roe (Example Press, Springfield, "
        "2001), p. 5.",
        {"title": "", "container": "Widget Theory and Practice", "publisher": "Example Press"},
    ),
    (
        "apa guard: a word in parentheses opening `Ed` is no editor",
        "Doe, J. (2005). Widgets (Edinburgh). Example Press.",
        {"title": "Widgets (Edinburgh)", "publisher": "Example Press"},
    ),
    (
        "guard: a book review's title quoting a book's whole entry keeps its editor's sentence",
        "Doe JK. The Widget Standard in Britain. Edited by Karl J. Roe. London: Example & "
        "Company, 1975. Pp. lvi, 216. $18.50, cloth. J Widget History. 1976;36(3):800-1.",
        {"container": "J Widget History", "volume": "36", "pages": "800-1"},
    ),
    (
        "apa (norwegian): an edition in parentheses in the list's words, its number's stop",
        "Doe S. & Roe L. (2020). Widgetmetoder: en grundbog (3. utg). Example Forlag.",
        {"title": "Widgetmetoder: en grundbog", "publisher": "Example Forlag", "issue": ""},
    ),
    (
        "apa (german): `(2. Aufl.)` after the title, then the imprint",
        "Doe, A. (2010). Widgetforschung (2. Aufl.). Berlin: Example Verlag.",
        {"title": "Widgetforschung", "container": "", "place": "Berlin"},
    ),
    (
        "apa (french): `(2e éd.)` after the title, then the imprint",
        "Doe, A. (2010). Théorie des widgets (2e éd.). Paris: Exemple.",
        {"title": "Théorie des widgets", "place": "Paris", "publisher": "Exemple"},
    ),
    (
        "author-date: a range's dash lost to a question mark between the pages",
        "Doe, D. M. (1977): Describing the size of widgets. Int. J. Widget Mech. Min Sci. 14, "
        "133?137.",
        {"container": "Int. J. Widget Mech. Min Sci", "volume": "14", "pages": "133-137"},
    ),
    (
        "author-date: a lost dash in a host's pages after its volume",
        "Doe, Z. T. (1979): The widget classification. In: Proc. Example Widget Congress, Vol 2, "
        "41?48.",
        {"volume": "2", "pages": "41-48"},
    ),
    (
        "guard: a question closing a title before a number keeps its mark",
        "Doe J. Why widgets? 12 reasons. Widget J. 2001;3:4-5.",
        {"title": "Why widgets? 12 reasons", "container": "Widget J", "pages": "4-5"},
    ),
    (
        "russian: a city abbreviated in Cyrillic before the imprint's colon (`М.:` Moscow)",
        "Примеров И. Физиология виджетов. М.: Медицина, 1988.",
        {"title": "Физиология виджетов", "container": "", "publisher": "Медицина", "place": "М"},
    ),
    (
        "russian: `СПб.:` (St Petersburg) before the publisher",
        "Примеров И. Физиология виджетов. СПб.: Питер, 2005.",
        {"title": "Физиология виджетов", "container": "", "publisher": "Питер", "place": "СПб"},
    ),
    (
        "russian: the editor's sentence `Под ред.` with Cyrillic initials before the imprint",
        "Физиология виджетов. Под ред. В.Д.Примерова. М.: Медицина, 1988.",
        {"title": "Физиология виджетов", "container": "", "publisher": "Медицина", "place": "М"},
    ),
    (
        "guard: a spelled-out Russian city keeps its imprint",
        "Примеров И. Физиология виджетов. Москва: Медицина, 1988.",
        {"title": "Физиология виджетов", "publisher": "Медицина", "place": "Москва"},
    ),
    (
        "apa (economics): a working paper's series, `, No.` and its number, then the city alone",
        "Doe, A., & Roe, C. (2005). Widget market institutions in the OECD. EXA Discussion "
        "Paper, No. 1681, Bonn.",
        {"title": "Widget market institutions in the OECD", "container": "", "place": "Bonn"},
    ),
    (
        "apa (economics): the city and its state's code after the series' number",
        "Doe, A. (2005). Widget institutions. EXA Working Paper No. 1681, Cambridge, MA.",
        {"title": "Widget institutions", "container": "", "place": "Cambridge, MA"},
    ),
    (
        "guard: an institute's acronym after the number is no place",
        "Doe, A. (2005). Widget institutions. EXA Working Paper No. 1681, NBER.",
        {"title": "Widget institutions", "place": ""},
    ),
    (
        "guard: the series' number, its publisher and place keep their reading",
        "Doe, A. (2005). Widget institutions. EXA Discussion Paper No. 1681, Example Institute, "
        "Bonn.",
        {"title": "Widget institutions", "publisher": "Example Institute", "place": "Bonn"},
    ),
    (
        "harvard: a chapter's host after the title's stop without its `In`, `Editor (ed) Book`",
        "Doe, D. (1992) Energy use and widget patterns. Roe, M.J. (ed) Sustainable Widgets and "
        "Urban Form. London: Example, pp. 160-181.",
        {
            "title": "Energy use and widget patterns",
            "container": "Sustainable Widgets and Urban Form",
            "place": "London",
            "pages": "160-181",
        },
    ),
    (
        "harvard: two editors and `(eds)` before the host, no `In`",
        "Doe, D. (1992) Energy use and widget patterns. Roe, M.J. and Poe, K. (eds) Sustainable "
        "Widgets. London: Example, pp. 160-181.",
        {"title": "Energy use and widget patterns", "container": "Sustainable Widgets"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
