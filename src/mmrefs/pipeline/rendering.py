"""Every rendering of a `Build` or `Document`: exports, citation map, check, report."""

from __future__ import annotations

from collections.abc import Callable

from mmrefs.formats.bibtex import render_bibtex
from mmrefs.formats.csljson import render_csljson
from mmrefs.formats.jsonmodel import render_json
from mmrefs.formats.ris import render_ris
from mmrefs.model import (
    Build,
    CitationMap,
    Document,
)
from mmrefs.report.citemap import (
    render_by_reference_json,
    render_by_reference_md,
    render_citations_json,
    render_citations_md,
)
from mmrefs.report.claims import render_reports
from mmrefs.report.findings import render_check_json, render_check_md
from mmrefs.report.html import render_report_html
from mmrefs.report.json_report import render_report_json
from mmrefs.report.markdown import render_report_md

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


def render(doc: Document, fmt: str) -> str:
    return FORMATS[fmt](doc)


def build_outputs(doc: Document, stem: str) -> dict[str, str]:
    """File name → content for every export of one document (what `mmrefs build` writes)."""
    return {stem + suffix: render(doc, fmt) for fmt, suffix in BUILD_SUFFIXES.items()}


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
