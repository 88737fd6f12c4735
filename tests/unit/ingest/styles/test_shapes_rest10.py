"""Shapes of what follows the title, one row each: text → fields (tenth table).

Each row stands for a shape real lists print after a title: a host book's comma imprint
whose house names itself by no publisher's word, read on its place's evidence (`Book,
EXAB, Wallingford, UK, pp.`, `Book, Paris, L’Exemple, p.`). Guard rows keep the readings
each rule must not change.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "elsevier-harvard: a host book's house, its city and country code in commas",
        "Doe, J., Roe, E., 1994. Participatory widgets: Water quality. In: Poe, J., Moe, M. "
        "(Eds.), Farm and Widget Systems Analysis: European perspectives, EXAB, Wallingford, "
        "UK, pp. 250–257",
        {
            "container": "Farm and Widget Systems Analysis: European perspectives",
            "publisher": "EXAB",
            "place": "Wallingford, UK",
            "pages": "250-257",
        },
    ),
    (
        "french author-date: a host book's city, then its house, in commas",
        "Doe, E., 1998, “Widgets et dons: éléments de la structure”, in E. Roe, C. Poe, "
        "R. Moe (eds), Regards sur le Widget: Pouvoir et altérité, Paris, L’Exemple, "
        "p. 139-154.",
        {
            "container": "Regards sur le Widget: Pouvoir et altérité",
            "publisher": "L’Exemple",
            "place": "Paris",
            "pages": "139-154",
        },
    ),
    (
        "guard: a meeting's host keeps its city out of the imprint",
        "Doe, J., 2003. Widgets. In: Proc. 5th Int. Conf. on Widgets, Madrid, Spain, pp. 1-5.",
        {"container": "Proc. 5th Int. Conf. on Widgets", "publisher": "", "pages": "1-5"},
    ),
    (
        "elsevier-harvard: a house, its stop, then its city and country (`House. City, Land`)",
        "Doe, A., Roe, I., 1985. Acoustic widget measurements. A review. In: Poe, H. (Ed.), "
        "Proc. Widget symposium on the Example Sea. Institute of Widget Research. Bergen, "
        "Norway, pp. 45–108",
        {
            "container": "Proc. Widget symposium on the Example Sea",
            "publisher": "Institute of Widget Research",
            "place": "Bergen, Norway",
        },
    ),
    (
        "elsevier-harvard: a host book's volume in Roman figures after `vol.`, then its house",
        "Doe, R., Roe, M., 1995. Pour un système durable. In: Poe, J.M., Moe, S. (Eds.), "
        "Livestock and Widget Cycling in Mixed Farming Systems, vol. II. EXCA, Addis Ababa, "
        "Ethiopia, pp. 171–182",
        {
            "container": "Livestock and Widget Cycling in Mixed Farming Systems",
            "volume": "II",
            "publisher": "EXCA",
            "place": "Addis Ababa, Ethiopia",
        },
    ),
    (
        "guard: a host book's volume in figures keeps its reading",
        "Doe, R., 1995. Widgets. In: Poe, J.M. (Ed.), Widget Systems, vol. 2. Example Press, "
        "London, pp. 171–182",
        {"container": "Widget Systems", "volume": "2", "publisher": "Example Press"},
    ),
    (
        "harvard in commas: a book's title, house and city, then its cited page `p. 45`",
        "Doe, J. A., and Roe, F. M., 1980, Practical Aspects of Widget Hydraulics, Example, "
        "London, p. 45.",
        {
            "title": "Practical Aspects of Widget Hydraulics",
            "publisher": "Example",
            "place": "London",
            "pages": "45",
            "container": "",
        },
    ),
    (
        "guard: a journal's name before a city and its pages stays the container",
        "Doe, J. A., 1980, Widget hydraulics, Widget Review, Paris, pp. 45-47.",
        {"publisher": ""},
    ),
    (
        "guard: an unlabelled range after a city is no book's cited page",
        "Doe, J. 1980. Widget hydraulics, Part Two, Example, Paris, 45-47.",
        {"publisher": ""},
    ),
    (
        "chicago (Spanish lists): volume and issue parted by a slash, Roman volume",
        'Doe, Philippe, "Reformar el widget: el proceso", Revista de Widgets, LXXVII/271 '
        "(2017): 791-821.",
        {"container": "Revista de Widgets", "volume": "LXXVII", "issue": "271"},
    ),
    (
        "chicago (Spanish lists): the journal's city in the date's parentheses",
        'Doe, Philippe, "Reformar el widget", Historia 396, 10/2 (Valparaíso, 2020): 27-56.',
        {
            "container": "Historia 396",
            "volume": "10",
            "issue": "2",
            "place": "Valparaíso",
            "year": "2020",
            "pages": "27-56",
        },
    ),
    (
        "guard: a season before the year in the parentheses is no place",
        "Doe, J. 2017. Widgets. Widget Journal 12 (Spring, 2017): 45-67.",
        {"container": "Widget Journal", "place": "", "volume": "12"},
    ),
    (
        "guard: a span of years before the pages' colon is no volume and issue",
        "Doe, J. 2017. Widgets. Widget Yearbook 2004/05: 33-41.",
        {"volume": "", "issue": ""},
    ),
    (
        "spanish author-date: the translator after the title's comma, `traducción de`",
        "Doe, Woodrow (1975). Comercio y widgets entre México y Perú en el siglo XVI, "
        "traducción de Roberto Gómez Roe. México: Instituto Example de Comercio.",
        {
            "title": "Comercio y widgets entre México y Perú en el siglo XVI",
            "place": "México",
            "publisher": "Instituto Example de Comercio",
        },
    ),
    (
        "french author-date: the translator after the title's comma, `traduit par`",
        "Doe, Jean (1975). Les widgets de Paris, traduit par Marie Roe. Paris: Éditions Exemple.",
        {"title": "Les widgets de Paris", "publisher": "Éditions Exemple"},
    ),
    (
        "guard: the translator's word inside the title keeps the title whole",
        "Doe, J. (1975). La traducción de los widgets. México: Instituto Example.",
        {"title": "La traducción de los widgets", "publisher": "Instituto Example"},
    ),
    (
        "polish author-date: a chapter's host after `W:`, its editors' `Red.` sentence",
        "Doe S., 2002. Przestrzeń widgetowa i osadnictwo. W: Kompendium wiedzy o widgetach. "
        "Red. G. Roe. PWN, Warszawa.",
        {
            "title": "Przestrzeń widgetowa i osadnictwo",
            "container": "Kompendium wiedzy o widgetach",
            "publisher": "PWN",
            "place": "Warszawa",
        },
    ),
    (
        "polish author-date: a double family name after `Red.`",
        "Doe S., 2002. Turystyka - alternatywą czy widgetem. W: Widgety w rozwoju "
        "regionalnym. Red. I. Roe-Poe. SGGW, Warszawa.",
        {"container": "Widgety w rozwoju regionalnym", "publisher": "SGGW"},
    ),
    (
        "guard: an author's initial W before the title is no host's `W:`",
        "Doe, W. 2002. Widget theory. Example Press, London.",
        {"title": "Widget theory", "publisher": "Example Press", "place": "London"},
    ),
    (
        "elsevier-harvard: a master's thesis as `M. S. Thesis.`, spaced initials",
        "Doe, S. K., 1999. Ecosystem effects of widget predation. M. S. Thesis. University of "
        "Washington, Seattle.",
        {
            "title": "Ecosystem effects of widget predation",
            "publisher": "University of Washington",
            "place": "Seattle",
        },
    ),
    (
        "harvard: a master's thesis as `MS thesis`, after a stop",
        "Doe, S. K., 1999. Ecosystem effects of widget predation. MS thesis, University of "
        "Example, Boston.",
        {"publisher": "University of Example", "place": "Boston"},
    ),
    (
        "springer (Nordic lists): a book's subtitle sentence before its house's sentence",
        "Doe S (1991) Widget Mayen. Norges utpost i vest. Schibsteds forlag, Oslo 1991.",
        {
            "title": "Widget Mayen. Norges utpost i vest",
            "publisher": "Schibsteds forlag",
            "place": "Oslo",
        },
    ),
    (
        "guard: a house's abbreviated word keeps the house whole",
        "Doe S (1991) Widget Mayen. Example Univ. Press, Oslo.",
        {"title": "Widget Mayen", "publisher": "Example Univ. Press"},
    ),
    (
        "guard: an edition's sentence is no subtitle",
        "Doe, J. 1991. Widgets. Second edition. Example Press, London.",
        {"title": "Widgets"},
    ),
    (
        "springer (Nordic lists): two subtitle sentences, a figure in one, before the house",
        "Doe S (1991) Widget Mayen. Norges utpost i vest. Øyas historie gjennom 1500 år. "
        "Schibsteds forlag, Oslo 1991. 264 pp. (in Norwegian)",
        {
            "title": "Widget Mayen. Norges utpost i vest. Øyas historie gjennom 1500 år",
            "publisher": "Schibsteds forlag",
        },
    ),
    (
        "guard: a foreword's sentence is no subtitle",
        "Doe, J. 1991. Widgets. With a foreword by J. Roe. Example Press, London.",
        {"title": "Widgets"},
    ),
    (
        "asa: a web page's link in parentheses, its access date in parentheses after it",
        "Example Heritage. 2014. “Colonial Widget Paintings.” "
        "(http://example.org/books/colonial-widget-paintings/) (2017/10/11)",
        {
            "title": "Colonial Widget Paintings",
            "url": "http://example.org/books/colonial-widget-paintings/",
            "container": "",
            "issue": "",
        },
    ),
    (
        "guard: a link in parentheses alone keeps its reading",
        "Doe, J. 2014. “Colonial Widget Paintings.” (http://example.org/widgets/)",
        {"url": "http://example.org/widgets/", "title": "Colonial Widget Paintings"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
