"""The claim ↔ source report as JSON: the view model written out with stable key names.

The structure is a contract for other tools, so it is spelled out here key by key rather
than dumped from the dataclasses (renaming a field must not silently change the output);
`mmrefs.report.json_schema.REPORT_SCHEMA` is its JSON Schema, and `schema_version`
changes whenever a key is renamed or removed (adding keys keeps the version).

Top level: `schema_version`, `document` {source, language}, `summary` (counts, findings by
severity and by code, `resolution` {mode, note, counts}), `charts` (citations per section,
publication years), `sections` [name, in reading order], `claims` [claim, in reading
order, each with its `section`], `sources` [source], `findings` [finding],
`unplaced_findings` [finding id], `failed_entries` [an unparsed entry as printed, with
its anchor, `cited_by` and findings: a source too]. Claims and sources name their findings
by id (`F1`, …); each finding lists the claims (by citation index) and sources (by
reference number) it is shown at; a source's `cited_by` names claims by index (their text
is in `claims`, once).
"""

from __future__ import annotations

import json
from typing import Any

from mmrefs.model import Build
from mmrefs.report.placement import FindingView
from mmrefs.report.sources import CitingView, FailedView, Link, ResolutionView, SourceView
from mmrefs.report.view import (
    SCHEMA_VERSION,
    SEVERITIES,
    ClaimView,
    ReportView,
    SummaryView,
    report_view,
)


def render_report_json(build: Build) -> str:
    """The JSON claim ↔ source report of one build."""
    return render_view_json(report_view(build))


def render_view_json(view: ReportView) -> str:
    """One top-level key per line and one claim, source or finding per line: readable and
    diffable, yet written by json's C encoder one item at a time (an indented dump of a
    review of 20,000 citations is several times slower and holds every dict at once)."""
    pieces: list[str] = []
    for key, value in _parts(view).items():
        pieces += [",\n" if pieces else "{\n", _dumps(key), ": "]
        if key not in _ONE_PER_LINE:
            pieces.append(_dumps(value))
            continue
        opened = len(pieces)
        pieces.append("[")
        for item in value:
            pieces += [",\n  " if len(pieces) > opened + 1 else "\n  ", _dumps(item)]
        pieces.append("\n]" if len(pieces) > opened + 1 else "]")
    pieces.append("\n}\n")
    return "".join(pieces)  # one join: the report is held once, plus its pieces


_ONE_PER_LINE = {"claims", "sources", "findings"}


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def report_data(view: ReportView) -> dict[str, Any]:
    """The report as JSON-ready data (what `render_report_json` writes)."""
    return {k: list(v) if k in _ONE_PER_LINE else v for k, v in _parts(view).items()}


def _parts(view: ReportView) -> dict[str, Any]:
    """The top-level keys in order; the long lists as generators, made one item at a time."""
    return {
        "schema_version": SCHEMA_VERSION,
        "document": {"source": view.source, "language": view.language},
        "summary": _summary(view.summary),
        "charts": {
            "citations_per_section": [
                {"section": s, "count": n} for s, n in view.citations_per_section
            ],
            "publication_years": [{"year": y, "count": n} for y, n in view.publication_years],
        },
        "sections": [s.name for s in view.sections],
        "claims": (_claim(c) for s in view.sections for c in s.claims),
        "sources": (_source(s) for s in view.sources),
        "findings": (_finding(f) for f in view.findings),
        "unplaced_findings": [f.id for f in view.unplaced],
        "failed_entries": [_failed(f) for f in view.failed],
    }


def _summary(s: SummaryView) -> dict[str, Any]:
    return {
        "references": s.references,
        "failed_entries": s.failed,
        "citations": s.citations,
        "cited": s.cited,
        "uncited": len(s.uncited),
        "uncited_numbers": list(s.uncited),
        "findings": s.findings,
        "findings_by_severity": dict(s.by_severity),
        "findings_by_code": [
            {"code": c.code, "total": c.total, **dict(zip(SEVERITIES, c.by_severity, strict=True))}
            for c in s.by_code
        ],
        "resolution": {
            "mode": s.resolution_mode,
            "note": s.resolution_note,
            "counts": dict(s.resolution),
        },
        "duplicate_clusters": s.duplicate_clusters,
    }


def _links(links: tuple[Link, ...]) -> list[dict[str, str]]:
    return [{"label": link.label, "url": link.url} for link in links]


def _claim(c: ClaimView) -> dict[str, Any]:
    return {
        "index": c.index,
        "anchor": c.anchor,
        "section": c.section,
        "marker": c.marker,
        "where": c.where,
        "line": c.line,
        "text": c.text,
        "context": c.context,
        "language": c.language,
        "narrative_author": c.narrative_author,
        "terms": list(c.terms),
        "refs": [
            {
                "number": m.number,
                "anchor": m.anchor or None,
                "label": m.label,
                "links": _links(m.links),
            }
            for m in c.marks
        ],
        "findings": [f.id for f in c.findings],
    }


def _source(s: SourceView) -> dict[str, Any]:
    return {
        "number": s.number,
        "anchor": s.anchor,
        "key": s.key,
        "authors": s.authors,
        "title": s.title,
        "title_translation": s.title_translation,
        "container": s.container,
        "year": s.year,
        "locator": s.locator,
        "biblio": s.biblio,
        "raw": s.raw,
        "line": s.line,
        "doi": s.doi,
        "pmid": s.pmid,
        "links": _links(s.links),
        "resolution": _resolution(s.resolution),
        "cited_by": [_citing(c) for c in s.cited_by],
        "same_work_as": list(s.same_work_as),
        "findings": [f.id for f in s.findings],
    }


def _failed(f: FailedView) -> dict[str, Any]:
    return {
        "number": f.number,
        "anchor": f.anchor,
        "line": f.line,
        "reason": f.reason,
        "raw": f.raw,
        "cited_by": [_citing(c) for c in f.cited_by],
        "findings": [x.id for x in f.findings],
    }


def _citing(c: CitingView) -> dict[str, Any]:
    return {
        "claim": c.claim,
        "anchor": c.anchor,
        "marker": c.marker,
        "section": c.section,
        "where": c.where,
        "line": c.line,
    }


def _resolution(r: ResolutionView) -> dict[str, Any]:
    return {
        "status": r.status,
        "confidence": r.confidence,
        "reason": r.reason,
        "evidence": _pairs(r.evidence),
        "registry": r.registry,
        "registry_title": r.registry_title,
        "candidates": list(r.candidates),
        "notices": list(r.notices),
    }


def _pairs(pairs: tuple[tuple[str, str], ...]) -> list[dict[str, str]]:
    """Evidence as a list, not an object: names may repeat and their order matters."""
    return [{"name": name, "value": value} for name, value in pairs]


def _finding(f: FindingView) -> dict[str, Any]:
    return {
        "id": f.id,
        "code": f.code,
        "severity": f.severity,
        "message": f.message,
        "refs": list(f.refs),
        "file": f.file,
        "line": f.line,
        "evidence": _pairs(f.evidence),
        "claims": list(f.claims),
        "sources": list(f.sources),
    }
