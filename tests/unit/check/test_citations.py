"""`citation.uncited` and `citation.order` as tables: sequences of marks that must and must
not produce findings. A new quirk is one row."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mmrefs.check.citations import compress, order, uncited
from mmrefs.model import FailedEntry, SourceLoc, Where
from tests.unit.check.factory import cite, make_build, ref

B, T, C = Where.BODY, Where.TABLE, Where.CAPTION

UNCITED = [
    ("every reference cited in the body", [((1,), B), ((2,), B)], 2, []),
    ("one cited only in a table", [((1,), B), ((2,), T)], 2, []),
    ("one cited only in a figure caption", [((1,), B), ((2,), C)], 2, []),
    ("one never cited", [((1,), B), ((3,), B)], 3, [2]),
    ("cited inside a range", [((1, 2, 3), B)], 3, []),
    ("two never cited", [((2,), B)], 3, [1, 3]),
]


@pytest.mark.parametrize(
    ("name", "marks", "listed", "expected"), UNCITED, ids=[r[0] for r in UNCITED]
)
def test_uncited(name: str, marks: list, listed: int, expected: list[int]) -> None:
    cits = [cite(i, nums, where=where) for i, (nums, where) in enumerate(marks, 1)]
    found = uncited(make_build([ref(n) for n in range(1, listed + 1)], cits))
    assert [f.refs for f in found] == [(n,) for n in expected]
    assert all(f.severity == "warning" and f.loc == ref(f.refs[0]).loc for f in found)


def test_uncited_counts_unreadable_entries_and_skips_documents_without_a_map() -> None:
    build = make_build([ref(1)], [cite(1, (1,))])
    failed = FailedEntry("[2] ???", SourceLoc("t.txt", 102), "no title found", 2)
    build = replace(build, document=replace(build.document, failures=(failed,)))
    assert [f.refs for f in uncited(build)] == [(2,)]
    assert uncited(make_build([ref(1)], None)) == ()


def body(*marks: tuple[int, ...] | int) -> list[tuple[tuple[int, ...], Where]]:
    return [((m,) if isinstance(m, int) else m, B) for m in marks]


ORDER = [
    ("in order", body(1, 2, 3, 4, 5, 6), []),
    ("one jump", body(1, 2, 3, 5, 4, 6), [("[5]", "[4]")]),
    ("a jump over two, reported once", body(1, 2, 3, 6, 4, 5, 7), [("[6]", "[4-5]")]),
    ("two separate breaks", body(1, 2, 4, 3, 5, 6, 7, 9, 8, 10), [("[4]", "[3]"), ("[9]", "[8]")]),
    (
        "late number after a break is not a second break",
        body(1, 2, 5, 3, 4, 6, 7),
        [("[5]", "[3-4]")],
    ),
    ("re-citing a smaller number", body(1, 2, 3, 1, 4, 5, 2, 6), []),
    ("a range in order", body((1, 2, 3), (4, 5), 6, 7, 8), []),
    ("a multi-number mark jumping", body((1, 2), (3, 5), 4, 6, 7, 8), [("[5]", "[4]")]),
    ("a number never cited is not waited for", body(1, 2, 4, 5, 6, 7), []),
    ("table cites a later number early", [((9,), T), *body(1, 2, 3, 4, 5, 6, 7, 8, 9)], []),
    ("caption cites a later number early", [*body(1, 2, 3), ((7,), C), *body(4, 5, 6, 7)], []),
    ("alphabetical list: not by appearance", body(5, 2, 9, 1, 7, 3, 8, 4, 6), []),
    ("too few citations to tell", body(2, 1, 3), []),
]


@pytest.mark.parametrize(("name", "marks", "expected"), ORDER, ids=[r[0] for r in ORDER])
def test_order(name: str, marks: list, expected: list[tuple[str, str]]) -> None:
    cits = [cite(i, nums, where=where, line=10 + i) for i, (nums, where) in enumerate(marks, 1)]
    found = order(make_build([ref(n) for n in range(1, 11)], cits))
    assert [
        (dict(f.evidence)["first_cited"], dict(f.evidence)["waiting"]) for f in found
    ] == expected
    for f in found:
        assert f.code == "citation.order" and f.severity == "warning"
        assert f.loc is not None and str(f.loc.line) in f.message


def test_order_message_names_mark_line_and_numbers() -> None:
    cits = [cite(i, (n,), line=10 + i) for i, n in enumerate([1, 2, 3, 5, 4, 6], 1)]
    (finding,) = order(make_build([ref(n) for n in range(1, 7)], cits))
    assert (
        finding.message
        == "^[5] at line 14 first cites [5] before [4], which is first cited later (line 15)"
    )
    assert finding.refs == (4, 5)


@pytest.mark.parametrize(
    ("numbers", "shown"), [([4], "[4]"), ([4, 5], "[4-5]"), ([3, 4, 6], "[3-4, 6]")]
)
def test_compress(numbers: list[int], shown: str) -> None:
    assert compress(numbers) == shown
