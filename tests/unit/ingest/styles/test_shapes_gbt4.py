"""Name and GB/T 7714 shapes that real lists print, one row each: text → fields (fourth table).

Each row stands for a family of entries real lists print (Spanish APA's `y` before the
last name, German lists' slashes between names, English names of a GB/T list joined by
`&` with no space after a family's comma, a Chinese title opening with a span of years,
Vancouver's group author after the persons and a semicolon, a country's and an agency's
initials as the author, PIER's first name inverted and the others given first, names
spelled out and joined by `and` in an NLM-shaped entry, a patent printed without its title,
a GB/T chapter `In` a book whose editors carry their role in parentheses). The data is
invented: names, titles, journals and publishers are placeholders. A new quirk is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.model import Kind
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "apa spanish: y before the last name",
        "Sample Ortega, R., Example Ruiz, C., y Other Lucio, P. (2006). Metodología de "
        "los widgets. Ciudad: Editorial Ejemplo.",
        {"families": ["Sample Ortega", "Example Ruiz", "Other Lucio"], "year": "2006"},
    ),
    (
        "german author-date names joined by slashes",
        "Sample, Wilfried/Example, Andreas/Other, Eva-Maria (2004): Widgets am Ende der "
        "Stufe. Beispielstadt: Beispielverlag.",
        {
            "families": ["Sample", "Example", "Other"],
            "givens": ["Wilfried", "Andreas", "Eva-Maria"],
            "title": "Widgets am Ende der Stufe",
        },
    ),
    (
        "gbt english names joined by & with no space after the family's comma",
        "Sample,G. & Example, L.A. Methods for Widget Items [ M ] .Example City : Example "
        "Publications, 1994.",
        {"families": ["Sample", "Example"], "title": "Methods for Widget Items"},
    ),
    (
        "gbt chinese title opening with a span of years after et al",
        "张示例,李示例,王示例,等.1977—2008年中国示例碳汇的时空变化[J].示例科学,2013(5):421-431.",
        {"families": ["张", "李", "王"], "title": "1977—2008年中国示例碳汇的时空变化"},
    ),
    (
        "vancouver group author after the persons and a semicolon",
        "Sample A., Example T., Other C.J., Third M.P; Widget Working Group. Global "
        "surveillance of widgets in example places. Example J. 2018; 391 (10125): 1023–1075.",
        {
            "families": ["Sample", "Example", "Other", "Third", "Widget Working Group"],
            "title": "Global surveillance of widgets in example places",
            "container": "Example J",
        },
    ),
    (
        "country's and agency's initials as the author",
        "US EXA (1979) Methods for Widget Analysis of Water. Washington, DC: Example Widget "
        "Agency.",
        {"families": ["US EXA"], "title": "Methods for Widget Analysis of Water"},
    ),
    (
        "pier book: the first name inverted, the others given first, no quotes",
        "Sample, J.-S. and M. J. Example, Widget Filters for Example Applications, Example "
        "Press, 2001.",
        {
            "families": ["Sample", "Example"],
            "givens": ["J.-S.", "M. J."],
            "title": "Widget Filters for Example Applications",
            "publisher": "Example Press",
        },
    ),
    (
        "names spelled out and joined by and before a stop: given first",
        "Olaf Sample and Bernhard Example. Widget processes: composition and checking. "
        "Example J. 1994;3:98–113.",
        {"families": ["Sample", "Example"], "givens": ["Olaf", "Bernhard"]},
    ),
    (
        "chemistry list's patent without its title after the names",
        "Sample, M., US Patent Application 2006/0123456.",
        {"families": ["Sample"], "kind": Kind.PATENT, "year": "2006"},
    ),
    (
        "gbt chapter in a book whose editors carry their role in parentheses",
        "Sample, M. Goal-free Widgets. In Example, E. (ed.)Example Widgets: The Politics "
        "and Process [M]. Example City, CA:Example Press. 1973.",
        {
            "title": "Goal-free Widgets",
            "container": "Example Widgets: The Politics and Process",
            "publisher": "Example Press",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def test_an_editor_read_as_the_source_scores_lower() -> None:
    """A reading whose source is one person's inverted name (`In: Example, A. (Hrsg.):
    Book`, the role unread) scores below one whose source is a book's title."""
    from mmrefs.ingest.styles.base import Candidate
    from mmrefs.ingest.styles.choose import score

    base = {"authors": ("",), "name_score": 1.0, "title": "A widget title here", "year": "2004"}
    editor = score(Candidate("author-year", {**base, "container": "Example, A"}))
    book = score(Candidate("author-year", {**base, "container": "Widgets of the world"}))
    assert editor < book
