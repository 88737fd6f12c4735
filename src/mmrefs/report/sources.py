"""The sources half of the claim ↔ source view: every reference with the claims citing it,
its identifiers as links, what resolution found, and its findings.

Identifiers come from the reference (printed, or verified and applied by the pipeline) and
else from its resolution, so a link is shown whenever anything trustworthy knows one.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from mmrefs.model import Build, Citation, Reference, Resolution, ResolutionMode
from mmrefs.report.placement import FindingView, findings_by_source

DOI_BASE = "https://doi.org/"
PUBMED_BASE = "https://pubmed.ncbi.nlm.nih.gov/"


@dataclass(frozen=True, slots=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True, slots=True)
class CitingView:
    """One claim citing a source, and where it stands in the document."""

    claim: int
    anchor: str
    marker: str
    section: str
    where: str
    line: int
    text: str

    @property
    def label(self) -> str:
        """`§1.3 · line 87 · body · ^[36-37]`: where the claim stands, as one link text."""
        return f"§{self.section} · line {self.line} · {self.where} · {self.marker}"


@dataclass(frozen=True, slots=True)
class ResolutionView:
    """What the registries said about a source (`not_checked` when nobody asked)."""

    status: str
    confidence: float | None
    reason: str
    evidence: tuple[tuple[str, str], ...]
    registry: str
    registry_title: str
    candidates: tuple[str, ...]
    notices: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SourceView:
    """One reference as the report shows it."""

    number: int | None
    anchor: str
    key: str
    authors: str
    title: str
    title_translation: str
    container: str
    year: str
    locator: str
    biblio: str
    raw: str
    line: int
    doi: str
    pmid: str
    links: tuple[Link, ...]
    resolution: ResolutionView
    cited_by: tuple[CitingView, ...]
    sections: tuple[str, ...]
    same_work_as: tuple[str, ...]
    findings: tuple[FindingView, ...]


@dataclass(frozen=True, slots=True)
class FailedView:
    """An entry the parser could not read: still a source, shown as printed."""

    number: int | None
    anchor: str
    line: int
    reason: str
    raw: str
    cited_by: tuple[CitingView, ...]
    findings: tuple[FindingView, ...]

    @property
    def sections(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.section for c in self.cited_by))


def identifier_links(doi: str, pmid: str) -> tuple[Link, ...]:
    """DOI and PubMed links; a PMID that is not all digits is shown but never linked."""
    links = []
    if doi:
        links.append(Link("DOI", DOI_BASE + quote(doi, safe="/:;()")))
    if pmid.isdigit():
        links.append(Link("PubMed", f"{PUBMED_BASE}{pmid}/"))
    return tuple(links)


def identifiers(ref: Reference, res: Resolution | None) -> tuple[str, str]:
    doi = ref.doi or (res.doi if res else "")
    pmid = ref.pmid or (res.pmid if res else "")
    return doi, pmid


def resolutions_by_key(build: Build) -> dict[str, Resolution]:
    """Reference key → its resolution (looked up once, not per reference)."""
    return {r.key: r for r in build.resolutions}


def mark_links(build: Build) -> dict[int, tuple[str, tuple[Link, ...]]]:
    """Reference number → (short label, identifier links), what a citation mark shows;
    entries that failed to parse are listed too (they are sources, just unread)."""
    out: dict[int, tuple[str, tuple[Link, ...]]] = {
        f.number: (f"unparsed entry: {f.raw[:80]}", ())
        for f in build.document.failures
        if f.number is not None
    }
    resolutions = resolutions_by_key(build)
    for ref in build.document.references:
        if ref.number is not None:
            doi, pmid = identifiers(ref, resolutions.get(ref.key))
            out[ref.number] = (short_label(ref), identifier_links(doi, pmid))
    return out


def short_label(ref: Reference) -> str:
    """`RAJKUMAR S V 2024. Multiple myeloma: …`, enough to recognise a source on hover."""
    return f"{author_list(ref, 1)} {ref.year}. {ref.title or ref.title_translation}".strip()


def author_list(ref: Reference, limit: int = 3) -> str:
    names = [a.literal or f"{a.family} {a.given}".strip() for a in ref.authors[:limit]]
    more = ", et al." if ref.et_al or len(ref.authors) > limit else ""
    return ", ".join(names) + more if names else "Anon."


def locator(ref: Reference) -> str:
    """`99(9): 1802-24`, the volume/issue/pages (or article number) as printed."""
    where = ref.volume + (f"({ref.issue})" if ref.issue else "")
    pages = ref.pages or ref.article_number
    return f"{where}: {pages}" if where and pages else where or pages


def biblio(ref: Reference) -> str:
    """`RAJKUMAR S V. Am J Hematol, 2024, 99(9): 1802-24.`: who, where, when, as printed."""
    parts = [ref.container or ref.container_translation or ref.publisher, ref.year, locator(ref)]
    where = ", ".join(p for p in parts if p)
    who = author_list(ref).rstrip(".")
    return f"{who}. {where}." if where else f"{who}."


def source_views(build: Build, findings: tuple[FindingView, ...]) -> tuple[SourceView, ...]:
    citing = citing_views(build)
    at_source = findings_by_source(findings)
    same = _same_work(build)
    resolutions = resolutions_by_key(build)
    return tuple(
        _source_view(
            ref,
            _Context(build.resolution_mode, resolutions.get(ref.key), citing, same.get(i, ())),
            i,
            tuple(at_source.get(ref.number or -1, ())),
        )
        for i, ref in enumerate(build.document.references)
    )


@dataclass(frozen=True, slots=True)
class _Context:
    """What a source's view needs from the rest of the build."""

    mode: ResolutionMode
    resolution: Resolution | None
    citing: dict[int, list[CitingView]]
    same_work_as: tuple[str, ...]


def _source_view(
    ref: Reference, ctx: _Context, position: int, found: tuple[FindingView, ...]
) -> SourceView:
    doi, pmid = identifiers(ref, ctx.resolution)
    cited_by = tuple(ctx.citing.get(ref.number, ())) if ref.number is not None else ()
    return SourceView(
        number=ref.number,
        anchor=f"ref-{ref.number}" if ref.number is not None else f"ref-key-{position}",
        key=ref.key,
        authors=author_list(ref),
        title=ref.title,
        title_translation=ref.title_translation,
        container=ref.container or ref.container_translation,
        year=ref.year,
        locator=locator(ref),
        biblio=biblio(ref),
        raw=ref.raw,
        line=ref.loc.line,
        doi=doi,
        pmid=pmid,
        links=identifier_links(doi, pmid),
        resolution=_resolution_view(ctx.resolution, ctx.mode),
        cited_by=cited_by,
        sections=tuple(dict.fromkeys(c.section for c in cited_by)),
        same_work_as=ctx.same_work_as,
        findings=found,
    )


def failed_views(build: Build, findings: tuple[FindingView, ...]) -> tuple[FailedView, ...]:
    citing = citing_views(build)
    at_source = findings_by_source(findings)
    return tuple(
        FailedView(
            number=f.number,
            anchor=f"ref-{f.number}" if f.number is not None else f"failed-{i}",
            line=f.loc.line,
            reason=f.reason,
            raw=f.raw,
            cited_by=tuple(citing.get(f.number, ())) if f.number is not None else (),
            findings=tuple(at_source.get(f.number, ())) if f.number is not None else (),
        )
        for i, f in enumerate(build.document.failures)
    )


def citing_views(build: Build) -> dict[int, list[CitingView]]:
    """Reference number → the claims citing it, in reading order."""
    out: dict[int, list[CitingView]] = {}
    for cit in build.citations.citations if build.citations else ():
        view = _citing_view(cit)
        for n in dict.fromkeys(cit.numbers):
            out.setdefault(n, []).append(view)
    return out


def _citing_view(cit: Citation) -> CitingView:
    return CitingView(
        cit.index,
        f"claim-{cit.index}",
        cit.marker,
        cit.section or "—",
        cit.where.value,
        cit.loc.line,
        cit.claim.text,
    )


def _resolution_view(res: Resolution | None, mode: ResolutionMode) -> ResolutionView:
    if res is None:
        reason = "registry checks were not done" if mode != ResolutionMode.ONLINE else ""
        return ResolutionView("not_checked", None, reason, (), "", "", (), ())
    record = res.record
    return ResolutionView(
        status=res.status.value,
        confidence=res.confidence if res.confidence else None,
        reason=res.reason,
        evidence=res.evidence,
        registry=record.source if record else "",
        registry_title=record.title if record else "",
        candidates=tuple(
            " ".join(p for p in (c.source, c.doi or c.pmid, c.year, c.title) if p)
            for c in res.candidates
        ),
        notices=tuple(n.kind + (f" {n.doi}" if n.doi else "") for n in record.notices)
        if record
        else (),
    )


def _same_work(build: Build) -> dict[int, tuple[str, ...]]:
    """Position of a reference → the ids of the others dedupe put in its cluster."""
    result = build.duplicates
    if result is None:
        return {}
    out = {}
    for cluster in result.clusters:
        for i in cluster:
            out[i] = tuple(result.ids[j] for j in cluster if j != i)
    return out
