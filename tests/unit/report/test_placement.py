"""Where a finding is shown: table of findings (line, refs) → claims and sources."""

from __future__ import annotations

import pytest

from mmrefs.model import Citation, Claim, Finding, Reference, Severity, SourceLoc, Where
from mmrefs.report.placement import Place, place_findings


def cit(index: int, line: int, numbers: tuple[int, ...], claim_line: int | None = None) -> Citation:
    claim = Claim("text", SourceLoc("d", claim_line or line), "en")
    return Citation(index, f"[{index}]", numbers, Where.BODY, "1", SourceLoc("d", line), claim)


CITATIONS = [cit(1, 10, (1, 2)), cit(2, 10, (3,)), cit(3, 12, (2,), claim_line=11)]
REFERENCES = [
    Reference(f"k{n}", n, "raw", SourceLoc("d", 100 + 2 * n, 101 + 2 * n)) for n in (1, 2, 3)
]

ROWS = [
    # (line, refs) → claims, sources
    pytest.param(10, (3,), Place((2,), (3,)), id="line+refs: the claim citing it"),
    pytest.param(10, (2,), Place((1,), (2,)), id="line+refs: only claims on that line"),
    pytest.param(10, (), Place((1,), ()), id="line only: the first claim on the line"),
    pytest.param(10, (99,), Place((1,), ()), id="number not in the list: line's claim"),
    pytest.param(11, (2,), Place((3,), (2,)), id="claim start line when no mark there"),
    pytest.param(None, (1, 3), Place((), (1, 3)), id="refs only: the sources"),
    pytest.param(105, (), Place((), (2,)), id="a reference's own line: that source"),
    pytest.param(50, (), Place((), ()), id="nowhere: unplaced"),
    pytest.param(None, (), Place((), ()), id="no line, no refs: unplaced"),
]


@pytest.mark.parametrize(("line", "refs", "expected"), ROWS)
def test_placement(line: int | None, refs: tuple[int, ...], expected: Place) -> None:
    loc = SourceLoc("d", line) if line is not None else None
    finding = Finding("x.y", Severity.WARNING, "m", refs, loc)
    assert place_findings([finding], CITATIONS, REFERENCES) == (expected,)


EVIDENCE_ROWS = [
    pytest.param((("citation_line", "12"),), Place((3,), (2,)), id="*_line names the claim"),
    pytest.param((("line", "10"),), Place((1,), (2,)), id="line names the claim"),
    pytest.param((("citation_line", "x"),), Place((), (2,)), id="not a number: ignored"),
    pytest.param((("outline", "10"),), Place((), (2,)), id="other keys: ignored"),
]


@pytest.mark.parametrize(("evidence", "expected"), EVIDENCE_ROWS)
def test_evidence_lines(evidence: tuple[tuple[str, str], ...], expected: Place) -> None:
    """A reference's fault found through a claim (say, names swapped in [2], noticed at
    the claim on line 12) is shown at the source's line and at that claim."""
    finding = Finding("x.y", Severity.WARNING, "m", (2,), SourceLoc("d", 105), evidence)
    assert place_findings([finding], CITATIONS, REFERENCES) == (expected,)
