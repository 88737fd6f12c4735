"""Review of round 25's G rules, one row each: text → fields. Each repaired row is an
entry of a neighbouring family the round's rule read worse than before; the guard rows
keep what the rule is for. The data is invented: names, titles and publishers are
placeholders."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gb/t: a title's own part after an edition sentence stays in the title",
        "DOE J. Widget handbook. 2nd ed. Widget methods in practice[M]. London: Example "
        "Press, 2004.",
        {
            "title": "Widget handbook. 2nd ed. Widget methods in practice",
            "publisher": "Example Press",
            "year": "2004",
        },
    ),
    (
        "gb/t: a place's name after an edition sentence stays in the title",
        "Example College of Widgets. National Guidelines for Widgets. 3rd edn. Oxford[M]. "
        "London: EWC,2004.",
        {"title": "National Guidelines for Widgets. 3rd edn. Oxford", "place": "London"},
    ),
    (
        "gb/t guard: an edition's statement after the edition leaves the title",
        "DOE J. Widget handbook. 2nd ed. Revised and enlarged[M]. London: Example Press, 2004.",
        {"title": "Widget handbook", "publisher": "Example Press"},
    ),
    (
        "gb/t guard: an editor's statement after the edition leaves the title",
        "DOE J. Widget handbook. 2nd edition. Edited by Roe K[M]. London: Example Press, 2004.",
        {"title": "Widget handbook", "year": "2004"},
    ),
    (
        "japanese author-date: a society's name before `・他`, kept whole",
        "例示学会・他(2002)『ウィジェットの研究』例出版。",
        {"families": ["例示学会"], "title": "ウィジェットの研究", "publisher": "例出版"},
    ),
    (
        "japanese: a university's name before `・他` and the stop, kept whole",
        "例示大学・他.ウィジェットの研究.例示科学2010;59(3):291-302.",
        {"families": ["例示大学"], "title": "ウィジェットの研究", "container": "例示科学"},
    ),
    (
        "japanese author-date: a society's name before a person's, kept whole",
        "例示学会・道家太郎(2002)『ウィジェットの研究』例出版。",
        {"families": ["例示学会", "道家"], "givens": ["", "太郎"]},
    ),
    (
        "japanese guard: a given name ending in one ideograph a body's word may end in",
        "道家健司・例田花子・他(2002)『ウィジェットの研究』例出版。",
        {"families": ["道家", "例田"], "givens": ["健司", "花子"]},
    ),
    (
        "nlm: `et al:` closing the text before a link opens no title (the entry is kept)",
        "Doe P, et al: http://example.org/widgets.",
        {"url": "http://example.org/widgets"},
    ),
    (
        "nlm guard: `et al:` with no space before the title and a journal",
        "Doe P, Roe K, et al:Widget structures.Widget Int 32:1053-1063,2012",
        {
            "families": ["Doe", "Roe"],
            "title": "Widget structures",
            "container": "Widget Int",
            "year": "2012",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
