"""Carried findings: parse and resolution findings pass through, out-of-range marks get
their own code, and a build the registry did not fully check says so once."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mmrefs.check.carried import carried, mark_numbers, recode_out_of_range, registry_skipped
from mmrefs.model import Finding, ResolutionMode, Severity, SourceLoc
from tests.unit.check.factory import make_build, ref, resolved, with_findings

LOC = SourceLoc("t.txt", 9)


def malformed(marker: str, problem: str) -> Finding:
    return Finding(
        "citation.malformed",
        Severity.ERROR,
        f"malformed citation {marker!r}: {problem}",
        (),
        LOC,
        (("marker", marker),),
    )


MARKS = [
    ("^[12]", (12,)),
    ("^[1,3-5]", (1, 3, 4, 5)),
    ("[2–4]", (2, 3, 4)),
    ("<sup>7</sup>", (7,)),
    ("（8）", (8,)),
    ("^[5-3]", None),
    ("^[12-]", None),
    ("^[a]", None),
]


@pytest.mark.parametrize(("marker", "numbers"), MARKS)
def test_mark_numbers(marker: str, numbers: tuple[int, ...] | None) -> None:
    assert mark_numbers(marker) == numbers


RECODE = [
    ("^[140]", "number above the list's last reference [139]", "citation.out-of-range"),
    ("^[0]", "reference number 0 or below", "citation.out-of-range"),
    ("^[138-141]", "number above the list's last reference [139]", "citation.out-of-range"),
    ("^[5-3]", "reversed range '5-3'", "citation.malformed"),
    ("^[12-]", "open range '12-'", "citation.malformed"),
    ("^[3", "unclosed bracket", "citation.malformed"),
]


@pytest.mark.parametrize(("marker", "problem", "code"), RECODE)
def test_out_of_range_gets_its_own_code(marker: str, problem: str, code: str) -> None:
    finding = recode_out_of_range(malformed(marker, problem), 139)
    assert finding.code == code and finding.loc == LOC and finding.severity == Severity.ERROR


def test_out_of_range_message() -> None:
    finding = recode_out_of_range(malformed("^[140]", "above"), 139)
    assert finding.message == "citation '^[140]' at line 9 cites 140, outside the list [1]-[139]"


def test_carried_keeps_parse_citation_and_resolution_findings_once() -> None:
    parse = Finding("numbering.gap", Severity.WARNING, "gap", (), LOC)
    mismatch = Finding("resolve.mismatch.year", Severity.WARNING, "year", (1,), LOC)
    build = make_build([ref(1)], [], resolutions=[with_findings(resolved(ref(1)), mismatch)])
    cmap = replace(build.citations, malformed=(malformed("^[9]", "above"),))  # type: ignore[arg-type]
    build = replace(
        build, citations=cmap, document=replace(build.document, findings=(parse, parse))
    )
    assert [f.code for f in carried(build)] == [
        "numbering.gap",
        "citation.out-of-range",
        "resolve.mismatch.year",
    ]


SKIPPED = [
    (ResolutionMode.ONLINE, 1, None),
    (
        ResolutionMode.OFFLINE,
        1,
        "registry checks incomplete: offline, answered from the cache only; 2 of 3 references "
        "unresolved, so their resolve.mismatch.* and resolve.notice.* checks did not run",
    ),
    (
        ResolutionMode.SKIPPED,
        0,
        "registry checks skipped: Crossref and PubMed were not consulted; 3 of 3 references "
        "unresolved, so their resolve.mismatch.* and resolve.notice.* checks did not run",
    ),
]


@pytest.mark.parametrize(("mode", "resolved_count", "message"), SKIPPED)
def test_registry_skipped(mode: ResolutionMode, resolved_count: int, message: str | None) -> None:
    refs = [ref(n) for n in (1, 2, 3)]
    build = make_build(refs, resolutions=[resolved(r) for r in refs[:resolved_count]], mode=mode)
    found = registry_skipped(build)
    assert [f.message for f in found] == ([message] if message else [])
    assert all(f.severity == Severity.INFO and f.code == "check.skipped.registry" for f in found)
