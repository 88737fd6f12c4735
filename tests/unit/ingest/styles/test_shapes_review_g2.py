"""Review rows for the sixth table's rules (test_shapes_gbt6.py), narrowed where an
invented near-miss read worse than before: a known publisher's one word before a
country stays the publisher; a one-word publisher after a host stays the publisher
unless the host names a meeting and the word is no house's (diacritics dropped); three
words that are no sure Korean family-first name (`Lee Ann Example`) or a Vietnamese
name stay unsplit that way; a transliterated foreign name before a middle dot is no
Chinese author; a Japanese title's head joined by a particle (`の`) is no body; a
journal's own field head before its colon (`物理学:`) is no city; a note in parentheses
after a Qikan journal (`(Online)`) is no issue; an editor whose family is a spelled
ordinal is no meeting's word; a year that opens a title is no date when the entry
prints its own year later. Score: a literal that reads as no body gets no body-book lift.

The data is invented: names, titles, journals and publishers are placeholders. A new
quirk is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gbt proceedings: a known publisher before a country stays the publisher",
        "DOE J, LEE A B. Widget theory[C]//Proceedings of the Example Conference on "
        "Widgets. Springer, Germany, 2016: 1-9.",
        {"publisher": "Springer", "place": "Germany"},
    ),
    (
        "gbt proceedings: a one-word house after a meeting stays the publisher",
        "DOE J. Widget theory[C]//Proc. Example Conf. Brill, 2000: 31-38.",
        {"publisher": "Brill", "place": ""},
    ),
    (
        "gbt proceedings: a house's name spelled without its diacritic stays the publisher",
        "DOE J. Widget theory[C]//Proc. Example Conf. Birkhauser, 2000: 31-38.",
        {"publisher": "Birkhauser", "place": ""},
    ),
    (
        "gbt hosted book (no meeting): its one-word publisher is no town",
        "DOE J. Widget theory[C]//ROE A. Widget Handbook. Exemplar, 2000: 31-38.",
        {"publisher": "Exemplar", "place": ""},
    ),
    (
        "gbt three english words led by a korean-like family: no korean given syllable",
        "Lee Ann Example. Widget theory[J]. Example Journal, 2010, 5(2): 1-9.",
        {"families": ["Example"], "givens": ["Lee Ann"]},
    ),
    (
        "gbt three words led by a vietnamese family stay whole",
        "Nguyen Van Thanh. Widget theory[J]. Example Journal, 2010, 5(2): 1-9.",
        {"families": ["Nguyen Van Thanh"]},
    ),
    (
        "gbt korean name given first with a korean family last, its first word vietnamese",
        "Ho Example Kim. Widget theory[J]. Example Journal, 2010, 5(2): 1-9.",
        {"families": ["Kim"], "givens": ["Ho Example"]},
    ),
    (
        "gbt transliterated foreign name before a middle dot is no chinese author",
        "史蒂夫·示例传记中文修订版本及其评论[M]. 北京: 示例出版社, 2012.",
        {"families": [], "title": "史蒂夫·示例传记中文修订版本及其评论"},
    ),
    (
        "japanese title head with a particle before its colon is no body",
        "日本の大学: 現状と課題. 示例学会誌 2012; 45: 12-18.",
        {"families": [], "title": "日本の大学: 現状と課題"},
    ),
    (
        "gbt journal whose own head names a field before its colon: no city",
        "张示明. 示例研究[J]. 物理学:示例与评论, 2010, 30(2): 1-9.",
        {"place": "", "container": "物理学:示例与评论"},
    ),
    (
        "qikan copy: a note in parentheses after the journal is no issue",
        "DOE J. Example study[J]. 1998, Example Journal (Online): 12-19.",
        {"issue": ""},
    ),
    (
        "gbt hosted book: an editor whose family is a spelled ordinal is no meeting's word",
        "DOE J. Widget theory[C]//Second Example, ROE B. Widget Handbook. New York: "
        "Exemplo, 2000: 31-38.",
        {"container": "Widget Handbook"},
    ),
    (
        "palgrave colon after a year that opens the title, the imprint's year later",
        "Doe, J. 1968: The Year That Rocked the Widgets. Exemplo Press, 2004.",
        {
            "year": "2004",
            "title": "1968: The Year That Rocked the Widgets",
            "publisher": "Exemplo Press",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def test_a_literal_that_is_no_body_gets_no_imprint_lift() -> None:
    """The body-book lift (`choose.body_imprint`) is for a body's name kept whole: a
    literal that reads as no body (a title's words taken for the names) scores the same
    with its place as without."""
    from mmrefs.ingest.styles.base import Candidate
    from mmrefs.ingest.styles.choose import score
    from mmrefs.model import Author

    fields = {
        "authors": (Author(literal="Widget Handbook"),),
        "name_score": 0.6,
        "title": "Guidelines for example widgets",
        "year": "2001",
        "publisher": "Example Press",
    }
    assert score(Candidate("nlm", {**fields, "place": "Exampleville"})) == score(
        Candidate("nlm", fields)
    )
