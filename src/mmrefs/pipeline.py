"""Wires the stages: text in, Document and rendered outputs out. No files, no network."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mmrefs.export.bibtex import render_bibtex
from mmrefs.export.csljson import render_csljson
from mmrefs.export.jsonmodel import render_json
from mmrefs.export.ris import render_ris
from mmrefs.ingest.citations import CitationMap, build_citation_map
from mmrefs.ingest.document import parse_document
from mmrefs.model import Document, Severity
from mmrefs.report.citemap import (
    render_by_reference_json,
    render_by_reference_md,
    render_citations_json,
    render_citations_md,
)

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
