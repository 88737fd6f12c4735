"""Review of session 23's second round (helper G's rules): neighbouring shapes the round's
two rules read worse, one row each: text → fields.

`in` glued to a host (`J. A. Doe: inWidget Handbook, edited byB. Roe, …`) was taken
whenever the entry named editors anywhere: an edition's `ed.`, a journal's `Ed.`, a
journal named for its editors or a host of the paper's own further on turned a title
glued to `in` (`inVivo Methods`) into a host. The editors must now follow the host's
name (maybe after its volume or edition). A book in commas after inverted initials
(`Doe, J. A., Title, Publisher, 1977.`) read a firm's suffix (`Example Press, Inc.,
1977`) or a second year (`Example Press, 1977, 1990.`) as a cut of its own, scored high
enough to keep; those are left to the other grammars and the fallback again.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import parse_entry
from mmrefs.ingest.styles.grammars import comma_book
from mmrefs.model import Reference
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a title glued to `in` before an edition's `ed.` stays the book's title",
        "J. A. Doe, inVivo Methods, 2nd ed., Example Press, London, 1977.",
        {"families": ["Doe"], "title": "inVivo Methods", "publisher": "Example Press"},
    ),
    (
        "a title glued to `in` before a journal's `Ed.` stays the article's title",
        "J. A. Doe, inVitro Widget Studies, J. Widget Ed. 12, 33 (2001).",
        {"title": "inVitro Widget Studies", "container": "J. Widget Ed", "volume": "12"},
    ),
    (
        "a title glued to `in` before a journal named for its editors stays the title",
        "J. A. Doe, inSitu Widget Growth, Widget Editors Digest 12, 33 (2001).",
        {"title": "inSitu Widget Growth", "container": "Widget Editors Digest"},
    ),
    (
        "a chapter's title glued to `in`, then its own host with editors, stays the title",
        "A. Doe, inVivo Widget Imaging, in Widget Handbook, edited by B. Roe (Example Press, "
        "1977), p. 3.",
        {
            "families": ["Doe"],
            "title": "inVivo Widget Imaging",
            "container": "Widget Handbook",
            "publisher": "Example Press",
        },
    ),
    (
        "guard: the glued host's editors after its volume still make it the host",
        "J. A. Doe, inWidget Handbook, Vol. 7, edited by B. Roe (Amsterdam, 1969), p. 361.",
        {"families": ["Doe"], "title": "", "container": "Widget Handbook", "year": "1969"},
    ),
    (
        "guard: the glued host's editors after its edition still make it the host",
        "J. A. Doe, inWidget Handbook, 2nd ed., edited by B. Roe (Example Press, 1969), p. 3.",
        {"title": "", "publisher": "Example Press", "year": "1969"},
    ),
    (
        "guard: the glued host's editor named before `ed.` still makes it the host",
        "J. A. Doe, inWidget Handbook, B. Roe, ed. (Example Press, 1969), p. 361.",
        {"title": "", "publisher": "Example Press", "year": "1969"},
    ),
    (
        "guard: the glued host's `ed. by` still makes it the host",
        "J. A. Doe, inWidget Handbook, ed. by B. Roe (Example Press, London, 1969), p. 3.",
        {"title": "", "container": "Widget Handbook", "place": "London"},
    ),
    (
        "guard: the glued host's `Eds.` before the editors' initials still makes it the host",
        "J. A. Doe, inComprehensive Widget Chemistry, Eds. B. Roe and C. D. Poe. Example "
        "Press, Oxford-New York, 1982, p. 3.",
        {"families": ["Doe"], "title": "", "place": "Oxford-New York", "year": "1982"},
    ),
    (
        "guard: a comma book with its firm's suffix before a place keeps its authors",
        "Doe, J. A., Widget theory, Example & Sons, Ltd., London, 1977.",
        {"families": ["Doe"], "year": "1977"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


# What users get (the fallback replaces the low-scored readings): the comma book's cut
# kept its 0.90 and hid these from the fallback and from the report.
FALLBACK: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a firm's suffix after its comma stays the publisher's",
        "Doe, J. A., Widget theory, Example Press, Inc., 1977.",
        # the model retrained in round C (SOURCES-fresh22.md) read the firm's `Inc` as a
        # place; the imprint reader finds no place in it, so the suffix is the publisher's
        {"title": "Widget theory", "publisher": "Example Press, Inc", "place": "", "year": "1977"},
    ),
    (
        "a second year closing a book in commas is no journal's page",
        "Doe, J. A., Widget theory, Example Press, 1977, 1990.",
        {"title": "Widget theory", "publisher": "Example Press", "pages": ""},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), FALLBACK, ids=[s[0] for s in FALLBACK])
def test_what_users_get(name: str, text: str, expected: dict[str, Any]) -> None:
    assert not comma_book(text, 12), name
    ref = parse_entry(RawEntry(1, "[1]", text, 1, 1), "t.txt")
    assert isinstance(ref, Reference), name
    assert [a.family for a in ref.authors] == ["Doe"], name
    for field, value in expected.items():
        assert getattr(ref, field) == value, f"{name}: {field}"
