"""Duplicate finding over any mix of bibliographies, and what its reports need."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from mmrefs.dedupe import find_duplicates
from mmrefs.dedupe.merge import merged_bibliography
from mmrefs.ingest.library import read_library
from mmrefs.match.signature import TITLE_LIMIT
from mmrefs.model import (
    DedupeResult,
    Document,
    Finding,
    Reference,
    Severity,
    SourceLoc,
)
from mmrefs.report.dedupe import render_dedupe_csv, render_dedupe_json, render_dedupe_md


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
