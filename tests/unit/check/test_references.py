"""`reference.incomplete` by kind and `reference.duplicate` from dedupe clusters, as tables."""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.check.references import duplicates, incomplete
from mmrefs.model import DedupeResult, Kind, Match, MatchStatus, Pair
from tests.unit.check.factory import make_build, ref

ARTICLE: dict[str, Any] = {"volume": "", "pages": "", "first_page": ""}

INCOMPLETE = [
    ("complete article", {}, []),
    ("article without volume and pages", ARTICLE, ["volume", "pages"]),
    ("article without pages", {"pages": ""}, ["pages"]),
    ("DOI stands in", {**ARTICLE, "doi": "10.5555/mmrefs.test.1"}, []),
    ("article number stands in", {**ARTICLE, "article_number": "e2307852"}, []),
    ("article without journal", {"container": ""}, ["journal or book"]),
    ("article without year", {"year": ""}, ["year"]),
    ("book with publisher", {"kind": Kind.BOOK, "publisher": "Springer", **ARTICLE}, []),
    ("book without publisher", {"kind": Kind.BOOK, **ARTICLE}, ["publisher or institution"]),
    ("thesis without institution", {"kind": Kind.THESIS}, ["publisher or institution"]),
    ("web page with URL", {"kind": Kind.WEB, "url": "https://example.org/x"}, []),
    ("web page without URL or DOI", {"kind": Kind.WEB}, ["url or doi"]),
    ("conference paper in proceedings", {"kind": Kind.CONFERENCE, "container": "Proc X"}, []),
    ("other kinds ask for nothing", {"kind": Kind.OTHER, **ARTICLE, "year": ""}, []),
]


@pytest.mark.parametrize(("label", "fields", "missing"), INCOMPLETE, ids=[r[0] for r in INCOMPLETE])
def test_incomplete(label: str, fields: dict[str, Any], missing: list[str]) -> None:
    found = incomplete(make_build([ref(4, "T", **fields)]))
    assert [dict(f.evidence)["missing"] for f in found] == ([", ".join(missing)] if missing else [])
    for f in found:
        assert f.severity == "warning" and f.refs == (4,) and f.message.startswith("[4] ")


def test_incomplete_message() -> None:
    (finding,) = incomplete(make_build([ref(10, "T", **ARTICLE)]))
    assert finding.message == (
        "[10] journal article lacks volume and pages (no article number or DOI to stand in)"
    )


def pair(a: int, b: int, status: MatchStatus, reason: str) -> Pair:
    return Pair(a, b, Match(status, reason, 1.0))


def dedupe(
    clusters: tuple[tuple[int, ...], ...], links: tuple[Pair, ...] = (), near: tuple[Pair, ...] = ()
) -> DedupeResult:
    ids = tuple(f"[{n}]" for n in range(1, 6))
    return DedupeResult(ids, clusters, links, near, (), (), (), 10)


DUPLICATES = [
    ("no clusters", dedupe(()), []),
    ("one pair", dedupe(((0, 3),), (pair(0, 3, MatchStatus.EXACT, "same DOI"),)), [(1, 4)]),
    ("a cluster of three", dedupe(((1, 2, 4),)), [(2, 3, 5)]),
    (
        "near-misses are not findings",
        dedupe((), near=(pair(0, 1, MatchStatus.DIFFERENT, "same title, different year"),)),
        [],
    ),
]


@pytest.mark.parametrize(
    ("label", "result", "expected"), DUPLICATES, ids=[r[0] for r in DUPLICATES]
)
def test_duplicates(label: str, result: DedupeResult, expected: list[tuple[int, ...]]) -> None:
    build = make_build([ref(n) for n in range(1, 6)], duplicates=result)
    found = duplicates(build)
    assert [f.refs for f in found] == expected
    for f in found:
        assert f.severity == "warning" and f.loc == ref(f.refs[-1]).loc


def test_duplicate_message_names_numbers_and_rule() -> None:
    result = dedupe(((0, 3),), (pair(0, 3, MatchStatus.EXACT, "same DOI"),))
    (finding,) = duplicates(make_build([ref(n) for n in range(1, 6)], duplicates=result))
    assert finding.message == "[1] and [4] are one work, listed twice (same DOI)"
