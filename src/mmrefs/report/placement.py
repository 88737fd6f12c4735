"""Where each finding belongs in the claim ↔ source report.

Findings come from many rules, some not yet written, so placement reads only the generic
fields every `Finding` has: its line (`loc`) and the reference numbers it names (`refs`).
A reviewer should meet a finding where the problem is, so a finding is shown at the claim
printed on its line, or on a line its evidence names (`line`, `*_line`), narrowed to the
claims citing its numbers; at every source it names (or whose entry is on its line); and,
when it concerns neither, in the document-wide list.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from mmrefs.model import Citation, FailedEntry, Finding, Reference


@dataclass(frozen=True, slots=True)
class FindingView:
    """A finding with a stable id (`F1`, …) and the claims and sources it is shown at."""

    id: str
    code: str
    severity: str
    message: str
    refs: tuple[int, ...]
    file: str
    line: int | None
    evidence: tuple[tuple[str, str], ...]
    claims: tuple[int, ...]
    sources: tuple[int, ...]


def filter_values(findings: Sequence[FindingView]) -> tuple[str, str]:
    """(codes, severities) of some findings, each `|`-joined once: what the page's filters
    match a claim or a source on."""
    codes = "|".join(dict.fromkeys(f.code for f in findings))
    return codes, "|".join(dict.fromkeys(f.severity for f in findings))


@dataclass(frozen=True, slots=True)
class Place:
    """The claims (citation indexes) and sources (reference numbers) a finding is shown at."""

    claims: tuple[int, ...]
    sources: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class _Index:
    """Lines of the document → what is printed there, built once per report."""

    marks: dict[int, list[Citation]]
    claim_starts: dict[int, list[Citation]]
    reference_lines: dict[int, int]
    numbers: frozenset[int]


Entry = Reference | FailedEntry


def finding_views(
    findings: Sequence[Finding], citations: Sequence[Citation], entries: Sequence[Entry]
) -> tuple[FindingView, ...]:
    """Every finding, numbered in order, with where the report shows it. `entries` are the
    list's references and the entries that failed to parse: both are sources to a reader."""
    places = place_findings(findings, citations, entries)
    return tuple(
        _finding_view(i, f, p) for i, (f, p) in enumerate(zip(findings, places, strict=True))
    )


def _finding_view(position: int, finding: Finding, place: Place) -> FindingView:
    loc = finding.loc
    return FindingView(
        id=f"F{position + 1}",
        code=finding.code,
        severity=finding.severity.value,
        message=finding.message,
        refs=finding.refs,
        file=loc.file if loc else "",
        line=loc.line if loc else None,
        evidence=finding.evidence,
        claims=place.claims,
        sources=place.sources,
    )


def findings_by_source(findings: Sequence[FindingView]) -> dict[int, list[FindingView]]:
    """Reference number → the findings shown at that source, in order."""
    out: dict[int, list[FindingView]] = {}
    for f in findings:
        for n in f.sources:
            out.setdefault(n, []).append(f)
    return out


def place_findings(
    findings: Sequence[Finding], citations: Sequence[Citation], entries: Sequence[Entry]
) -> tuple[Place, ...]:
    """One `Place` per finding, in the findings' order."""
    index = _index(citations, entries)
    return tuple(_place(f, index) for f in findings)


def _index(citations: Sequence[Citation], entries: Sequence[Entry]) -> _Index:
    marks: dict[int, list[Citation]] = defaultdict(list)
    starts: dict[int, list[Citation]] = defaultdict(list)
    for cit in citations:
        marks[cit.loc.line].append(cit)
        starts[cit.claim.loc.line].append(cit)
    lines: dict[int, int] = {}
    for entry in entries:
        if entry.number is None:
            continue
        for line in range(entry.loc.line, (entry.loc.end_line or entry.loc.line) + 1):
            lines.setdefault(line, entry.number)
    numbers = frozenset(e.number for e in entries if e.number is not None)
    return _Index(dict(marks), dict(starts), lines, numbers)


def _place(finding: Finding, index: _Index) -> Place:
    sources = tuple(dict.fromkeys(n for n in finding.refs if n in index.numbers))
    line = finding.loc.line if finding.loc is not None else None
    if not sources and line in index.reference_lines:
        sources = (index.reference_lines[line],)
    claims = (c for at in _lines(finding) for c in _claims_at(finding, at, index))
    return Place(tuple(dict.fromkeys(claims)), sources)


def _lines(finding: Finding) -> list[int]:
    """The finding's own line, then any line its evidence names (`line`, `*_line`): a rule
    that reports a reference's fault found through a claim points at both."""
    lines = [finding.loc.line] if finding.loc is not None else []
    named = (v for k, v in finding.evidence if k == "line" or k.endswith("_line"))
    return lines + [int(v) for v in named if v.isdigit()]


def _claims_at(finding: Finding, line: int, index: _Index) -> tuple[int, ...]:
    """The claims on `line` that cite what the finding names; when it names none of them
    (a malformed or out-of-range mark, say), the first claim on that line."""
    candidates = index.marks.get(line) or index.claim_starts.get(line) or []
    wanted = set(finding.refs)
    citing = [c.index for c in candidates if wanted.intersection(c.numbers)]
    if citing:
        return tuple(citing)
    return (candidates[0].index,) if candidates else ()
