"""Shapes the review of the fix round's S rules repaired, one row each: text → fields.

Each row is an entry of a family neighbouring a rule the round added that the rule read
worse than before, and now reads as before (or better): an editor's parentheses after a
journal's name or past a title's stop (`_PAREN_TRANSLATOR`); a month, a season or an
issuer's name after a working paper's number (`series_place`); an imprint right after a
Harvard editor's `(ed)`, no book (`imprint_after_editors`); a question mark between two
numbers of a title (`_LOST_DASH`); a Japanese book's English translation in square
brackets and its pages (`bracketed_book`, the reading `grammars.japanese_rest` leaves
to it: a publisher holding a stop); Russian lists' `Пер. с англ.` and `Под общ. ред.`
before the imprint (`_CONTRIBUTORS`). The data is invented: names, titles, journals and
publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "apa guard: `(Ed. …)` after a journal's name, past the title's stop, is the journal's",
        "Doe, A. (2001). Widget waves. Journal of Widgets (Ed. Board), 3, 4-5.",
        {
            "title": "Widget waves",
            "container": "Journal of Widgets (Ed. Board)",
            "volume": "3",
            "pages": "4-5",
        },
    ),
    (
        "guard: a lower-case word after `Ed.` names no editor",
        "Doe A, Roe B. Widget waves (Ed. note). J Widget Stud. 2001;3:4-5.",
        {"title": "Widget waves (Ed. note)", "container": "J Widget Stud", "volume": "3"},
    ),
    (
        "guard: a month after a working paper's number is its date, no place",
        "Doe, A. (2005). Widget institutions. EXA Working Paper No. 1681, March.",
        {"title": "Widget institutions", "place": ""},
    ),
    (
        "guard: a season after a series' number is no place",
        "Doe, A. (2005). Widget institutions. EXA Policy Paper, No. 12, Spring.",
        {"title": "Widget institutions", "place": ""},
    ),
    (
        "guard: a university after a working paper's number is its publisher, no place",
        "Doe, A. (2005). Widget institutions. EXA Working Paper No. 1681, Example University.",
        {"title": "Widget institutions", "publisher": "Example University"},
    ),
    (
        "guard: an agency after a report's number is no place",
        "Doe, A. 2005. Widget institutions. Report, No. 12, Widget Agency.",
        {"title": "Widget institutions", "place": ""},
    ),
    (
        "harvard guard: a book's editor before its imprint, no host: the edition is no title's",
        "Doe, D. (1992) Sustainable Widgets. 2nd edn. Roe, M.J. (ed) London: Example.",
        {"title": "Sustainable Widgets"},
    ),
    (
        "harvard: a host without `In` whose title holds a colon keeps its reading",
        "Doe, D. (1992) Widget patterns. Roe, M.J. (ed) Widgets: A Guide. London: Example, "
        "pp. 3-9.",
        {"title": "Widget patterns", "container": "Widgets: A Guide", "pages": "3-9"},
    ),
    (
        "guard: a question mark between two numbers of a title stays",
        "Doe J. Is 2?3 a widget? Widget J. 2001;3:4-5.",
        {"title": "Is 2?3 a widget?", "container": "Widget J", "pages": "4-5"},
    ),
    (
        "guard: a question mark between a title's last numbers stays",
        "Doe J, Roe K. Widgets 1?2. Widget J. 2001;3:4-5.",
        {"title": "Widgets 1?2", "container": "Widget J"},
    ),
    (
        "a lost dash after `pp.` reads as the range",
        "Doe, A. (2001). Widget waves. In: Widget Congress, Example Press, pp. 41?48.",
        {"pages": "41-48"},
    ),
    (
        "japanese book in an english list: its title's translation in square brackets",
        "Doe, J. 2002. 『ウィジェットの研究』 [Widget studies]. Example Press.",
        {
            "title": "ウィジェットの研究",
            "title_translation": "Widget studies",
            "publisher": "Example Press",
        },
    ),
    (
        "japanese book whose publisher holds a stop (`japanese_rest` leaves it to `read_rest`)",
        "道家太郎(2002)『ウィジェットの研究』Example Univ. Press.",
        {"title": "ウィジェットの研究", "publisher": "Example Univ. Press"},
    ),
    (
        "japanese guard: the pages after the publisher are no publisher's words",
        "道家太郎(2002)『ウィジェットの研究』例出版, pp. 12-34.",
        {"pages": "12-34"},
    ),
    (
        "russian: the translator's sentence `Пер. с англ.` before the imprint",
        "Примеров И.И. Физиология виджетов. Пер. с англ. А.Б. Образцова. М.: Мир, 1988.",
        {"title": "Физиология виджетов", "container": "", "publisher": "Мир", "place": "М"},
    ),
    (
        "russian: the editor's sentence `Под общ. ред.` before the imprint",
        "Примеров И.И. Физиология виджетов. Под общ. ред. А.Б. Образцова. М.: Медицина, 1988.",
        {"title": "Физиология виджетов", "container": "", "publisher": "Медицина"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
