"""Pieces every JSON report shares, so a finding reads the same in each of them."""

from __future__ import annotations

from typing import Any

from mmrefs.model import Finding


def finding_data(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "source": str(finding.loc),
    }
