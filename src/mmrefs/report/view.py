"""The claim ↔ source report as plain data: one pure function of a `Build`.

The HTML, Markdown and JSON reports all render this one view, so they cannot disagree
about what a reviewer sees: the same counts, claims, sources, links and findings. Nothing
here formats for a medium; it decides *what* is shown (which claim a finding belongs to,
which DOI is linked, what "not checked" means) once.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from mmrefs.model import Build, Citation, ResolutionMode, ResolutionStatus, Severity
from mmrefs.report.placement import FindingView, finding_views
from mmrefs.report.sources import (
    FailedView,
    Link,
    SourceView,
    failed_views,
    mark_links,
    source_views,
)

SCHEMA_VERSION = 1
SEVERITIES = tuple(s.value for s in sorted(Severity, key=lambda s: -s.rank))
NOT_CHECKED = "not_checked"
MODE_NOTES = {
    ResolutionMode.ONLINE: "Registries (Crossref, PubMed) were consulted; cache first.",
    ResolutionMode.OFFLINE: "Offline: registry checks were not done beyond cached answers; "
    "identifiers and resolution findings may be missing.",
    ResolutionMode.SKIPPED: "Resolution was skipped: registry checks were not done; "
    "DOIs and PMIDs are as printed.",
}


@dataclass(frozen=True, slots=True)
class MarkView:
    """One cited number: a link to its source (`anchor` empty when not in the list)."""

    number: int
    anchor: str
    label: str
    links: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One citation occurrence with the claim it supports, its marks and its findings."""

    index: int
    anchor: str
    marker: str
    section: str
    where: str
    line: int
    text: str
    context: str
    language: str
    narrative_author: str
    terms: tuple[str, ...]
    marks: tuple[MarkView, ...]
    findings: tuple[FindingView, ...]


@dataclass(frozen=True, slots=True)
class SectionView:
    name: str
    claims: tuple[ClaimView, ...]


@dataclass(frozen=True, slots=True)
class CodeCount:
    """Findings of one code, in total and by severity (error, warning, info)."""

    code: str
    total: int
    by_severity: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SummaryView:
    """What a reviewer reads first: sizes, finding counts, resolution coverage."""

    references: int
    failed: int
    citations: int
    cited: int
    uncited: tuple[int, ...]
    findings: int
    by_severity: tuple[tuple[str, int], ...]
    by_code: tuple[CodeCount, ...]
    resolution: tuple[tuple[str, int], ...]
    resolution_mode: str
    resolution_note: str
    duplicate_clusters: int


@dataclass(frozen=True, slots=True)
class ReportView:
    """Everything every rendering of the report shows, in reading order."""

    source: str
    language: str
    summary: SummaryView
    sections: tuple[SectionView, ...]
    sources: tuple[SourceView, ...]
    findings: tuple[FindingView, ...]
    unplaced: tuple[FindingView, ...]
    failed: tuple[FailedView, ...]
    citations_per_section: tuple[tuple[str, int], ...]
    publication_years: tuple[tuple[str, int], ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.summary.by_code)

    @property
    def claim_count(self) -> int:
        return sum(len(s.claims) for s in self.sections)


def report_view(build: Build) -> ReportView:
    """The view of one build; pure, so every renderer gets the same answer."""
    citations = build.citations.citations if build.citations else ()
    refs = build.document.references
    findings = finding_views(build.findings, citations, (*refs, *build.document.failures))
    sections = _sections(build, citations, findings)
    sources = source_views(build, findings)
    return ReportView(
        source=build.document.source,
        language=document_language(build),
        summary=_summary(build, findings),
        sections=sections,
        sources=sources,
        findings=findings,
        unplaced=tuple(f for f in findings if not f.claims and not f.sources),
        failed=failed_views(build, findings),
        citations_per_section=tuple((s.name, len(s.claims)) for s in sections),
        publication_years=_years(build),
    )


def document_language(build: Build) -> str:
    """The language most body claims are written in (`zh`, `en`), for `<html lang>` and
    fonts; a document without claims takes its references' majority language."""
    claims = build.citations.citations if build.citations else ()
    votes = Counter(c.claim.language for c in claims if c.where.value == "body")
    if not votes:
        votes = Counter(r.language for r in build.document.references)
    votes.pop("", None)
    return votes.most_common(1)[0][0] if votes else "en"


def _sections(
    build: Build, citations: tuple[Citation, ...], findings: tuple[FindingView, ...]
) -> tuple[SectionView, ...]:
    """Claims grouped by section in order of the section's first appearance."""
    at_claim: dict[int, list[FindingView]] = {}
    for f in findings:
        for index in f.claims:
            at_claim.setdefault(index, []).append(f)
    links = mark_links(build)
    grouped: dict[str, list[ClaimView]] = {}
    for cit in citations:
        claim = _claim_view(cit, links, tuple(at_claim.get(cit.index, ())))
        grouped.setdefault(cit.section or "—", []).append(claim)
    return tuple(SectionView(name, tuple(claims)) for name, claims in grouped.items())


def _claim_view(
    cit: Citation, links: dict[int, tuple[str, tuple[Link, ...]]], found: tuple[FindingView, ...]
) -> ClaimView:
    marks = tuple(
        MarkView(n, f"ref-{n}" if n in links else "", *links.get(n, ("not in the list", ())))
        for n in cit.numbers
    )
    return ClaimView(
        index=cit.index,
        anchor=f"claim-{cit.index}",
        marker=cit.marker,
        section=cit.section or "—",
        where=cit.where.value,
        line=cit.loc.line,
        text=cit.claim.text,
        context=cit.claim.context,
        language=cit.claim.language,
        narrative_author=cit.narrative_author,
        terms=cit.terms,
        marks=marks,
        findings=found,
    )


def _summary(build: Build, findings: tuple[FindingView, ...]) -> SummaryView:
    cmap = build.citations
    severities = Counter(f.severity for f in findings)
    per_code: dict[str, Counter[str]] = {}
    for f in findings:
        per_code.setdefault(f.code, Counter())[f.severity] += 1
    statuses = Counter(r.status.value for r in build.resolutions)
    resolved_numbers = {r.number for r in build.resolutions}
    statuses[NOT_CHECKED] = sum(
        1 for r in build.document.references if r.number not in resolved_numbers
    )
    return SummaryView(
        references=len(build.document.references),
        failed=len(build.document.failures),
        citations=len(cmap.citations) if cmap else 0,
        cited=len(cmap.by_reference) if cmap else 0,
        uncited=cmap.uncited() if cmap else (),
        findings=len(findings),
        by_severity=tuple((s, severities[s]) for s in SEVERITIES),
        by_code=tuple(
            CodeCount(code, sum(c.values()), tuple(c[s] for s in SEVERITIES))
            for code, c in sorted(per_code.items())
        ),
        resolution=tuple(
            (s, statuses[s]) for s in [*(v.value for v in ResolutionStatus), NOT_CHECKED]
        ),
        resolution_mode=build.resolution_mode.value,
        resolution_note=MODE_NOTES[build.resolution_mode],
        duplicate_clusters=len(build.duplicates.clusters) if build.duplicates else 0,
    )


def _years(build: Build) -> tuple[tuple[str, int], ...]:
    years = Counter(r.year[:4] for r in build.document.references if r.year[:4].isdigit())
    return tuple(sorted(years.items()))
