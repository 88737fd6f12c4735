"""`mmrefs resolve` output: one entry per reference with status, identifiers and evidence."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from mmrefs.model import Record, Resolution
from mmrefs.report.common import finding_data


def _candidate(record: Record) -> dict[str, Any]:
    return {
        "source": record.source,
        "doi": record.doi,
        "pmid": record.pmid,
        "title": record.title,
        "first_author": (record.authors[0].family or record.authors[0].literal)
        if record.authors
        else "",
        "year": record.year,
        "container": record.container or record.container_short,
        "volume": record.volume,
        "pages": record.pages or record.article_number,
        "notices": [n.kind for n in record.notices],
    }


def resolution_data(res: Resolution) -> dict[str, Any]:
    return {
        "number": res.number,
        "key": res.key,
        "status": res.status.value,
        "doi": res.doi,
        "pmid": res.pmid,
        "confidence": res.confidence,
        "reason": res.reason,
        "evidence": dict(res.evidence),
        "candidates": [_candidate(c) for c in res.candidates],
        "findings": [finding_data(f) for f in res.findings],
    }


def render_resolutions_json(resolutions: Sequence[Resolution], requests: int) -> str:
    data = {
        "requests": requests,
        "references": [resolution_data(r) for r in resolutions],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_resolutions_md(resolutions: Sequence[Resolution]) -> str:
    lines = ["| ref | status | DOI | PMID | confidence | reason |", "|---|---|---|---|---:|---|"]
    for r in resolutions:
        label = f"[{r.number}]" if r.number is not None else r.key
        lines.append(
            f"| {label} | {r.status.value} | {r.doi} | {r.pmid} | {r.confidence:.2f} | {r.reason} |"
        )
    findings = [f for r in resolutions for f in r.findings]
    if findings:
        lines += ["", "## Findings", ""]
        lines += [f"- {f.loc}: **{f.code}** {f.message}" for f in findings]
    return "\n".join(lines) + "\n"
