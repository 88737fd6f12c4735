"""Author blocks, one row each: text → fields (fourth names table).

Each row stands for a shape real lists print in their author blocks: a Chinese name's
ideographs in parentheses after its romanisation (`Wang Y-G (王某某), Chen X-J (陈某某).`),
as the English lists of Chinese fisheries and agriculture journals print them; the
first name inverted, then the bare year, maybe a colon, and the title (`Example, Fred
1950 Title. Place, Publisher.`), as anthropology's and Scandinavian sociology's older
lists print their heads; one name inverted before the title's stop, its given names
spelled out (`Example, John Robert. Title.`), as Chicago's bibliography prints it.
Guard rows keep the readings each rule must not change.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.styles.choose import best_reading
from mmrefs.model import Kind
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "romanised names, their ideographs in parentheses: a book",
        "Doe Y-G (张三丰), Roe X-J (李新军). The World Widget Resources and Fisheries. "
        "Beijing: Example Ocean Press, 2005 (in Chinese)",
        {
            "families": ["Doe", "Roe"],
            "givens": ["Y-G", "X-J"],
            "title": "The World Widget Resources and Fisheries",
            "publisher": "Example Ocean Press",
        },
    ),
    (
        "romanised names, their ideographs spaced in parentheses, a comma misplaced, et al.",
        "Doe J (张 俊) ,Roe G-B (李国宝), Doe P (张 鹏), et al. Estimation of widget "
        "resource in the central Example Sea. Journal of Widget Sciences of China, 2014, "
        "21(4): 822-831 (in Chinese)",
        {"families": ["Doe", "Roe", "Doe"], "givens": ["J", "G-B", "P"], "et_al": True},
    ),
    (
        "one romanised name, its ideographs in parentheses: an article",
        "Doe D-K (张德康). The resources and utilization of two species of widget. Journal "
        "of Example Fisheries University, 2002, 11(2): 176-179 (in Chinese)",
        {"families": ["Doe"], "givens": ["D-K"], "volume": "11"},
    ),
    (
        "guard: a Chinese block's romanisation in parentheses keeps its reading",
        "陈健(Chen Jian), 李四(Li Si). 部件的研究[J]. 示例学报, 2007, 12(3): 1-9.",
        {"families": ["陈", "李"], "title": "部件的研究"},
    ),
    (
        "guard: an editor's role in parentheses after the names",
        "Doe J, Roe K (eds). Widget Handbook. London: Example Press, 2005.",
        {"families": ["Doe", "Roe"], "publisher": "Example Press"},
    ),
    (
        "inverted name, its given name spelled out, the bare year, the title: a book",
        "Doe, Fred 1950 Social organization of the Western Widgets. Chicago, University of "
        "Example Press.",
        {
            "families": ["Doe"],
            "year": "1950",
            "title": "Social organization of the Western Widgets",
            "publisher": "University of Example Press",
            "place": "Chicago",
        },
    ),
    (
        "inverted name, the bare year and a colon, the title with commas",
        "Doe, John 1985: Widgets, rum, individ och kollektiv, Stockholm, Example Förlag.",
        {"families": ["Doe"], "year": "1985", "title": "Widgets, rum, individ och kollektiv"},
    ),
    (
        "two names, the second given first after `and`, the bare year",
        "Doe, R. H. and J. Roe 1896 A dictionary of the language of Widgets. London: Example "
        "Press.",
        {
            "families": ["Doe", "Roe"],
            "year": "1896",
            "title": "A dictionary of the language of Widgets",
        },
    ),
    (
        "inverted name, the bare year, a quoted title and a journal",
        "Doe, Ulli 1955 “The Position of Widget Women”, Widget Africaine 1:39-46.",
        {
            "families": ["Doe"],
            "year": "1955",
            "title": "The Position of Widget Women",
            "container": "Widget Africaine",
            "volume": "1",
            "pages": "39-46",
        },
    ),
    (
        "inverted name with an initial, the bare year, a quoted title",
        "Doe, J. 1966 “Ritual and Widget Change”, Widget Studies 1:60-74",
        {"families": ["Doe"], "year": "1966", "title": "Ritual and Widget Change"},
    ),
    (
        "guard: a later year alone dates the entry, the bare one is the title's",
        "Doe, Ana 2020 Census survey of widgets. Example Press, 2021.",
        {"year": "2021"},
    ),
    (
        "guard (review): a body and its level before a title's year are no person",
        "United Nations, Department 2030 Agenda for widgets. New York: Example Press.",
        {"year": ""},
    ),
    (
        "guard (review): a city and its country before a year are no person",
        "Example Society, London 1999 Widget survey. London: Example Society.",
        {"year": ""},
    ),
    (
        "guard: JFM's head keeps its reading",
        "Doe, J. A., Roe, K. 1972 Widget flows in pipes. J. Widget Mech. 12, 547.",
        {"families": ["Doe", "Roe"], "year": "1972", "title": "Widget flows in pipes"},
    ),
    (
        "one name inverted, two given names spelled out, before the title's stop",
        "Doe, John Robert. Widget History. London: Example Press, 2018.",
        {"families": ["Doe"], "givens": ["John Robert"], "title": "Widget History"},
    ),
    (
        "one name inverted, two given names with accents, a Spanish book",
        "Doe, José Joaquín. Historia de los widgets. Bogotá: Editorial Example, 2018.",
        {"families": ["Doe"], "title": "Historia de los widgets", "place": "Bogotá"},
    ),
    (
        "guard: two names given first parted by a comma are not one inverted name",
        "John Smith, Mary Doe. Widget History. London: Example Press, 2018.",
        {"title": "Widget History"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


# A chapter without its pages whose book and imprint are read scores as located
# (`choose.score`), so that the fallback (`refparse.LEARNED_REPLACES_BELOW`), which reads
# the book's title as the chapter's, does not replace it; a chapter whose imprint went
# unread, or whose publisher holds a digit (a date taken for one), does not.
CHAPTER_SCORES = [
    (
        "Doe, P.N., Roe, B. 1987. Zoonotic widgets. In: Zoonoses and widgets common to man "
        "and animals. Example Health Organization, Washington.",
        True,
    ),
    ("Doe, P.N., Roe, B. 1987. Zoonotic widgets. In: Zoonoses and widgets of man.", False),
    ("Doe, J. 2001. Widgets. In: Widget Daily, 12 May, London.", False),  # a date, no house
]


@pytest.mark.parametrize(("text", "kept"), CHAPTER_SCORES)
def test_a_chapter_with_its_imprint_scores_as_located(text: str, kept: bool) -> None:
    found = best_reading(text)
    assert not isinstance(found, list)
    assert found[0].fields["kind"] == Kind.CHAPTER
    assert (round(found[1], 2) >= 0.9) == kept  # the score is kept to two places
