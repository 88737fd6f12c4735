"""Dedupe results as JSON (clusters with rules and evidence), CSV (`ID,cluster`) and
Markdown (for a person reading the near-misses of a review)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from mmrefs.model import DedupeResult, Document, FailedEntry, Finding, Pair, Reference
from mmrefs.report.common import finding_data


def _pair(pair: Pair, result: DedupeResult) -> dict[str, Any]:
    return {
        "a": result.ids[pair.a],
        "b": result.ids[pair.b],
        "status": pair.match.status.value,
        "reason": pair.match.reason,
        "title_similarity": pair.match.score,
        "evidence": dict(pair.match.evidence),
    }


def _member(i: int, ref: Reference, result: DedupeResult) -> dict[str, Any]:
    return {"id": result.ids[i], "source": str(ref.loc), "title": ref.title, "year": ref.year}


def _failed(failure: FailedEntry) -> dict[str, Any]:
    return {"source": str(failure.loc), "reason": failure.reason, "raw": failure.raw}


def dedupe_data(
    docs: Sequence[Document],
    refs: Sequence[Reference],
    result: DedupeResult,
    findings: Sequence[Finding] = (),
) -> dict[str, Any]:
    links: dict[int, list[Pair]] = {}
    cluster_of = result.cluster_of()
    for pair in result.links:
        links.setdefault(cluster_of[pair.a], []).append(pair)
    clusters = [
        {
            "cluster": result.ids[members[0]],
            "status": min((p.match.status.value for p in links.get(n, [])), default="exact"),
            "members": [_member(i, refs[i], result) for i in members],
            "links": [_pair(p, result) for p in links.get(n, [])],
        }
        for n, members in enumerate(result.clusters)
    ]
    return {
        "summary": {
            "inputs": len(docs),
            "records": len(refs),
            "clusters": len(result.clusters),
            "records_in_clusters": sum(len(c) for c in result.clusters),
            "records_after_merge": len(refs) - sum(len(c) - 1 for c in result.clusters),
            "pairs_compared": result.compared,
            "failed_entries": sum(len(d.failures) for d in docs),
            "set_aside": len(result.set_aside),
        },
        "inputs": [
            {
                "source": d.source,
                "records": len(d.references),
                "failed": [_failed(f) for f in d.failures],
            }
            for d in docs
        ],
        "clusters": clusters,
        "related": [_pair(p, result) for p in result.related],
        "near_misses": [_pair(p, result) for p in result.near_misses],
        "refused_links": [_pair(p, result) for p in result.refused],
        "set_aside": [
            {"id": result.ids[s.index], "source": str(refs[s.index].loc), "reason": s.reason}
            for s in result.set_aside
        ],
        "findings": [finding_data(f) for f in findings],
    }


def render_dedupe_json(
    docs: Sequence[Document],
    refs: Sequence[Reference],
    result: DedupeResult,
    findings: Sequence[Finding] = (),
) -> str:
    return (
        json.dumps(dedupe_data(docs, refs, result, findings), ensure_ascii=False, indent=2) + "\n"
    )


def render_dedupe_csv(result: DedupeResult) -> str:
    """`ID,cluster` for every record; a record alone is its own cluster."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["ID", "cluster"])
    cluster_of = result.cluster_of()
    for i, record_id in enumerate(result.ids):
        cluster = result.ids[result.clusters[cluster_of[i]][0]] if i in cluster_of else record_id
        writer.writerow([record_id, cluster])
    return out.getvalue()


def render_dedupe_md(refs: Sequence[Reference], result: DedupeResult) -> str:
    """Clusters, then every near-miss with the reason it was kept apart."""
    lines = [f"# Duplicates: {len(result.clusters)} clusters among {len(refs)} records", ""]
    for n, members in enumerate(result.clusters, 1):
        lines.append(f"## Cluster {n}")
        lines += [f"- `{result.ids[i]}` ({refs[i].loc}): {refs[i].title}" for i in members]
        lines.append("")
    lines += ["## Near-misses (considered, kept apart)", ""]
    if not result.near_misses and not result.related:
        lines.append("None.")
    for pair in (*result.near_misses, *result.related):
        a, b = result.ids[pair.a], result.ids[pair.b]
        evidence = "; ".join(f"{k} {v}" for k, v in pair.match.evidence)
        lines.append(
            f"- `{a}` / `{b}`: **{pair.match.status.value}**, {pair.match.reason} ({evidence})"
        )
    return "\n".join(lines) + "\n"
