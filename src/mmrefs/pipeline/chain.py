"""The chain over one input: parse → resolve → dedupe → cite → check, into one `Build`.

Pure: providers come in from the shell, and every failure is a value in the result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from mmrefs.check import run_checks
from mmrefs.ingest.citations import cite_document
from mmrefs.ingest.document import parse_document
from mmrefs.model import (
    Build,
    CitationMap,
    Document,
    Resolution,
    ResolutionMode,
    ResolutionStatus,
    Severity,
)
from mmrefs.pipeline.library import dedupe
from mmrefs.providers.crossref import Crossref
from mmrefs.providers.pubmed import PubMed
from mmrefs.resolve.enrich import Prefer, enrich_document
from mmrefs.resolve.resolver import Progress, resolve_references
from mmrefs.resolve.unparsed import resolve_failed_entries


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


def cite(text: str, doc: Document) -> CitationMap:
    """The citation map of a review whose reference list is `doc` (numbered or author–year)."""
    return cite_document(text, doc)


def apply_resolutions(
    doc: Document, resolutions: Sequence[Resolution], prefer: Prefer = Prefer.PRINTED
) -> Document:
    """Each resolved reference enriched from its registry records (`resolve.enrich`): what
    was missing is filled, what was printed stays unless `prefer` is `registry`, and every
    filled field is recorded in `provenance`. The resolutions themselves stay in the Build."""
    return enrich_document(doc, resolutions, prefer)


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
    prefer: Prefer = Prefer.PRINTED


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
        resolutions += tuple(resolve_failed_entries(doc.failures, providers.crossref, progress))
        doc = apply_resolutions(doc, resolutions, providers.prefer)
    cmap = cite(text, doc) if doc.kind == "reflist" else None
    result = Build(
        doc,
        cmap,
        resolutions,
        resolution_mode(providers, resolutions),
        duplicates=dedupe([doc]).result,
    )
    return replace(result, findings=run_checks(result))
