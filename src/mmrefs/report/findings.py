"""`mmrefs check` output: every finding of a build, grouped for reading, with counts.

The JSON lists each finding with its code, severity, reference numbers, place and evidence;
the Markdown groups them by severity then code so an editor reads the errors first.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from mmrefs.model import Build, Finding, ResolutionMode, Severity

SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def finding_record(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "refs": list(finding.refs),
        "file": finding.loc.file if finding.loc else None,
        "line": finding.loc.line if finding.loc else None,
        "message": finding.message,
        "evidence": dict(finding.evidence),
    }


def registry_note(build: Build) -> str:
    """What the registry checks could do, in one sentence."""
    if build.resolution_mode == ResolutionMode.ONLINE:
        return f"registry checks ran ({build.resolved_count} references resolved)"
    if build.resolution_mode == ResolutionMode.OFFLINE:
        return (
            f"registry checks used the cache only ({build.resolved_count} of "
            f"{len(build.document.references)} references resolved); rerun with network "
            "for the rest"
        )
    return "registry checks were not run"


def check_counts(build: Build) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = {}
    for f in build.findings:
        counts.setdefault(f.code, Counter())[f.severity.value] += 1
    return {code: dict(c) for code, c in sorted(counts.items())}


def render_check_json(build: Build) -> str:
    data = {
        "source": build.document.source,
        "registry": {"mode": build.resolution_mode.value, "note": registry_note(build)},
        "counts": check_counts(build),
        "findings": [finding_record(f) for f in build.findings],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_check_md(build: Build) -> str:
    lines = [f"# Citation check: {build.document.source}", "", f"_{registry_note(build)}_", ""]
    if not build.findings:
        return "\n".join([*lines, "No findings.", ""])
    for severity in SEVERITY_ORDER:
        found = [f for f in build.findings if f.severity == severity]
        if not found:
            continue
        lines += [f"## {severity.value} ({len(found)})", ""]
        for code in sorted({f.code for f in found}):
            lines += [f"### `{code}`", ""]
            lines += [_md_line(f) for f in found if f.code == code]
            lines.append("")
    return "\n".join(lines)


def _md_line(finding: Finding) -> str:
    """The message says which references; the place is `file:line` for going to look."""
    where = f"`{finding.loc}` " if finding.loc else ""
    return f"- {where}{finding.message}"
