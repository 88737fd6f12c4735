"""Wires the stages: text in, one `Build` and its rendered outputs out. No files, no network.

`build` runs parse → resolve (through providers the shell passes in) → dedupe → cite →
check and returns one frozen `Build`; `outputs` renders every file of it. The commands call
these; none of them re-implements the chain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath

from mmrefs.check import run_checks
from mmrefs.dedupe import find_duplicates
from mmrefs.dedupe.merge import merged_bibliography
from mmrefs.formats.bibtex import render_bibtex
from mmrefs.formats.csljson import render_csljson
from mmrefs.formats.jsonmodel import render_json
from mmrefs.formats.ris import render_ris
from mmrefs.identifiers import normalize_doi
from mmrefs.ingest.citations import build_citation_map
from mmrefs.ingest.document import parse_document
from mmrefs.ingest.library import read_library
from mmrefs.match.signature import TITLE_LIMIT
from mmrefs.model import (
    Build,
    CitationMap,
    DedupeResult,
    Document,
    Finding,
    Reference,
    Resolution,
    ResolutionMode,
    ResolutionStatus,
    Severity,
    SourceLoc,
)
from mmrefs.providers.crossref import Crossref
from mmrefs.providers.pubmed import PubMed
from mmrefs.report.citemap import (
    render_by_reference_json,
    render_by_reference_md,
    render_citations_json,
    render_citations_md,
)
from mmrefs.report.claims import render_reports
from mmrefs.report.dedupe import render_dedupe_csv, render_dedupe_json, render_dedupe_md
from mmrefs.report.findings import render_check_json, render_check_md
from mmrefs.report.html import render_report_html
from mmrefs.report.json_report import render_report_json
from mmrefs.report.markdown import render_report_md
from mmrefs.resolve.resolver import Progress, resolve_references
from mmrefs.text import has_cjk

FORMATS: dict[str, Callable[[Document], str]] = {
    "json": render_json,
    "bibtex": lambda doc: render_bibtex(doc.references),
    "biblatex": lambda doc: render_bibtex(doc.references, biblatex=True),
    "csl-json": lambda doc: render_csljson(doc.references),
    "ris": lambda doc: render_ris(doc.references),
}
BUILD_SUFFIXES = {
    "bibtex": ".bib",
    "biblatex": ".biblatex.bib",
    "csl-json": ".csl.json",
    "ris": ".ris",
    "json": ".mmrefs.json",
}


@dataclass(frozen=True, slots=True)
class Summary:
    """The counts a person checks first after a run."""

    source: str
    kind: str
    references: int
    failed: int
    skipped_lines: int
    errors: int
    warnings: int


def summarize(doc: Document) -> Summary:
    return Summary(
        doc.source,
        doc.kind,
        len(doc.references),
        len(doc.failures),
        len(doc.skipped),
        sum(1 for f in doc.findings if f.severity == Severity.ERROR),
        sum(1 for f in doc.findings if f.severity == Severity.WARNING),
    )


def parse_text(text: str, source: str) -> Document:
    return parse_document(text, source)


def render(doc: Document, fmt: str) -> str:
    return FORMATS[fmt](doc)


def build_outputs(doc: Document, stem: str) -> dict[str, str]:
    """File name → content for every export of one document (what `mmrefs build` writes)."""
    return {stem + suffix: render(doc, fmt) for fmt, suffix in BUILD_SUFFIXES.items()}


def worst_severity(doc: Document) -> Severity | None:
    ranks = [f.severity for f in doc.findings]
    return max(ranks, key=lambda s: s.rank) if ranks else None


def cite(text: str, doc: Document) -> CitationMap:
    """The citation map of a review whose reference list is `doc`."""
    numbers = [r.number for r in doc.references if r.number is not None]
    numbers += [f.number for f in doc.failures if f.number is not None]
    return build_citation_map(text, doc.source, max(numbers) if numbers else None)


def render_citations(cmap: CitationMap, doc: Document, fmt: str, by_reference: bool) -> str:
    refs = doc.by_number()
    if fmt == "md":
        return (
            render_by_reference_md(cmap, refs) if by_reference else render_citations_md(cmap, refs)
        )
    return render_by_reference_json(cmap) if by_reference else render_citations_json(cmap)


def build_citation_outputs(cmap: CitationMap, doc: Document, stem: str) -> dict[str, str]:
    return {
        f"{stem}.citations.json": render_citations(cmap, doc, "json", False),
        f"{stem}.citations.md": render_citations(cmap, doc, "md", False),
        f"{stem}.by-reference.json": render_citations(cmap, doc, "json", True),
        f"{stem}.by-reference.md": render_citations(cmap, doc, "md", True),
    }


@dataclass(frozen=True, slots=True)
class DedupeRun:
    """Everything a dedupe report needs: the inputs, the flat record list, the result."""

    docs: tuple[Document, ...]
    refs: tuple[Reference, ...]
    result: DedupeResult
    findings: tuple[Finding, ...]


def record_ids(docs: Sequence[Document]) -> tuple[list[Reference], list[str]]:
    """Unique ids: `[n]` for numbered references, the record's own key otherwise, prefixed
    with the file name when several inputs are compared."""
    refs: list[Reference] = []
    ids: list[str] = []
    seen: set[str] = set()
    for doc in docs:
        prefix = f"{PurePath(doc.source).name}:" if len(docs) > 1 else ""
        for ref in doc.references:
            base = prefix + (f"[{ref.number}]" if ref.number is not None else ref.key)
            rid, n = base, 1
            while rid in seen:
                n += 1
                rid = f"{base}#{n}"
            seen.add(rid)
            refs.append(ref)
            ids.append(rid)
    return refs, ids


def read_libraries(
    inputs: Sequence[tuple[str, str, Sequence[int]]],
) -> tuple[list[Document], list[Finding]]:
    """Bibliographies in any format from (text, source, lines that were not UTF-8); those
    lines were read as Windows-1252 and each becomes a warning, so nothing is dropped."""
    docs = [read_library(text, source) for text, source, _ in inputs]
    notes = [
        Finding(
            "input.encoding",
            Severity.WARNING,
            "line is not UTF-8; read as Windows-1252",
            loc=SourceLoc(source, line),
        )
        for _, source, bad in inputs
        for line in bad
    ]
    return docs, notes


def dedupe_findings(run: DedupeRun) -> list[Finding]:
    """Everything dedupe has to say about its inputs: unreadable entries (errors), then the
    run's findings (the documents' own, encodings, long titles)."""
    failed = [
        Finding("parse.failed", Severity.ERROR, f.reason, loc=f.loc)
        for d in run.docs
        for f in d.failures
    ]
    return [*failed, *run.findings]


def dedupe(docs: Sequence[Document], extra_findings: Sequence[Finding] = ()) -> DedupeRun:
    refs, ids = record_ids(docs)
    result = find_duplicates(refs, ids)
    own = [f for d in docs for f in d.findings]  # no key, duplicate key, … (kept in the report)
    findings = [*extra_findings, *own, *long_title_findings(refs)]
    return DedupeRun(tuple(docs), tuple(refs), result, tuple(findings))


def long_title_findings(refs: Sequence[Reference]) -> list[Finding]:
    return [
        Finding(
            "dedupe.long-title",
            Severity.WARNING,
            f"title of {len(r.title)} characters; compared on its first {TITLE_LIMIT}",
            loc=r.loc,
        )
        for r in refs
        if len(r.title) > TITLE_LIMIT
    ]


def render_dedupe(run: DedupeRun, fmt: str) -> str:
    if fmt == "csv":
        return render_dedupe_csv(run.result)
    if fmt == "md":
        return render_dedupe_md(run.refs, run.result)
    return render_dedupe_json(run.docs, run.refs, run.result, run.findings)


def merged_document(run: DedupeRun) -> Document:
    """The de-duplicated bibliography, as a Document every exporter can render."""
    source = " + ".join(d.source for d in run.docs)
    return Document(source, "library", merged_bibliography(run.refs, run.result))


def dedupe_summary(run: DedupeRun) -> str:
    """The one line a person reads first after `mmrefs dedupe`."""
    r = run.result
    merged = sum(len(c) - 1 for c in r.clusters)
    failed = sum(len(d.failures) for d in run.docs)
    return (
        f"{len(run.refs)} records, {len(r.clusters)} duplicate clusters "
        f"({merged} records would merge), {len(r.near_misses)} near-misses kept apart, "
        f"{len(r.related)} related (errata, replies, preprints), {len(r.refused)} links refused, "
        f"{len(r.set_aside)} set aside, {failed} unreadable entries, {r.compared} pairs compared"
    )


def apply_resolutions(doc: Document, resolutions: Sequence[Resolution]) -> Document:
    """Verified identifiers into the references (a differing printed DOI is kept in
    `extra`), and an English title for a Chinese record when the record found has one.
    The resolutions themselves (records, findings) stay in the `Build`."""
    by_key = {r.key: r for r in resolutions}
    refs = []
    for ref in doc.references:
        res = by_key.get(ref.key)
        if res is None or res.status != ResolutionStatus.RESOLVED:
            refs.append(ref)
            continue
        extra = ref.extra
        if ref.doi and res.doi and normalize_doi(ref.doi) != res.doi:
            extra += (("printed_doi", ref.doi),)
        title_translation = ref.title_translation
        if has_cjk(ref.title) and not title_translation and res.record and res.record.title:
            title_translation = res.record.title
        refs.append(
            replace(
                ref,
                doi=res.doi or ref.doi,
                pmid=res.pmid or ref.pmid,
                title_translation=title_translation,
                extra=extra,
            )
        )
    return replace(doc, references=tuple(refs))


def resolution_counts(resolutions: Sequence[Resolution]) -> dict[str, int]:
    counts = {status.value: 0 for status in ResolutionStatus}
    for res in resolutions:
        counts[res.status.value] += 1
    return counts


def resolve(
    doc: Document, crossref: Crossref, pubmed: PubMed, progress: Progress = lambda _: None
) -> list[Resolution]:
    """Every reference's DOI/PMID, verified; providers come in from the shell."""
    return resolve_references(doc.references, crossref, pubmed, progress)


@dataclass(frozen=True, slots=True)
class Providers:
    """The registries as the shell hands them in: two providers over one cached client.

    `offline` says the client answers from the cache only, so a build can say which checks
    it could not run.
    """

    crossref: Crossref
    pubmed: PubMed
    offline: bool = False


def resolution_mode(
    providers: Providers | None, resolutions: Sequence[Resolution]
) -> ResolutionMode:
    if providers is None:
        return ResolutionMode.SKIPPED
    if providers.offline or any(r.status == ResolutionStatus.OFFLINE for r in resolutions):
        return ResolutionMode.OFFLINE
    return ResolutionMode.ONLINE


def build(
    text: str,
    source: str,
    providers: Providers | None = None,
    progress: Progress = lambda _: None,
) -> Build:
    """The whole chain over one input: parse → resolve → dedupe → cite → check."""
    doc = parse_text(text, source)
    resolutions: tuple[Resolution, ...] = ()
    if providers is not None:
        resolutions = tuple(resolve(doc, providers.crossref, providers.pubmed, progress))
        doc = apply_resolutions(doc, resolutions)
    cmap = cite(text, doc) if doc.kind == "reflist" else None
    result = Build(
        doc,
        cmap,
        resolutions,
        resolution_mode(providers, resolutions),
        duplicates=dedupe([doc]).result,
    )
    return replace(result, findings=run_checks(result))


def worst_finding(builds: Sequence[Build]) -> Severity | None:
    """The most severe finding over several builds (what `--fail-on` compares)."""
    found = [f.severity for b in builds for f in b.findings]
    return max(found, key=lambda s: s.rank) if found else None


CHECK_RENDERERS: dict[str, Callable[[Build], str]] = {
    "json": render_check_json,
    "md": render_check_md,
}
REPORT_RENDERERS: dict[str, Callable[[Build], str]] = {
    "html": render_report_html,
    "md": render_report_md,
    "json": render_report_json,
}


def render_check(result: Build, fmt: str) -> str:
    return CHECK_RENDERERS[fmt](result)


def render_report(result: Build, fmt: str) -> str:
    return REPORT_RENDERERS[fmt](result)


def outputs(result: Build, stem: str) -> dict[str, str]:
    """File name → content for everything `mmrefs build` writes for one input: exports,
    the citation map, the check and the claim ↔ source report."""
    files = build_outputs(result.document, stem)
    if result.citations is not None:
        files |= build_citation_outputs(result.citations, result.document, stem)
    files |= {f"{stem}.check.{fmt}": render(result) for fmt, render in CHECK_RENDERERS.items()}
    files |= {f"{stem}.report.{fmt}": text for fmt, text in render_reports(result).items()}
    return files
