"""Findings earlier stages made, carried into the checked list, and what the registry could not
check.

Parsing findings and resolution findings (`resolve.mismatch.*`, `resolve.notice.*`) pass
through unchanged. The citation map reports every unreadable mark as `citation.malformed`;
a well-formed mark whose numbers fall outside the list is a different mistake (a wrong number,
not a typing slip), so it is re-coded `citation.out-of-range`. When the registries were not
consulted, or only through the cache, one `check.skipped.registry` note says so, with the
number of references left unresolved, so a short list of `resolve.*` findings is never read
as a clean bill.
"""

from __future__ import annotations

import re

from mmrefs.model import Build, Finding, Resolution, ResolutionMode, Severity
from mmrefs.text import as_int

_ITEM = re.compile(r"^(\d+)(?:\s*[-\u2010-\u2015\u2212~\uff5e\uff0d]\s*(\d+))?$")
_INNER = re.compile(r"\[([^\]]*)\]|<sup>([^<]*)</sup>|（([^）]*)）|\^\{?([\d,\-–]+)\}?")


def mark_numbers(marker: str) -> tuple[int, ...] | None:
    """The numbers of a well-formed mark (`^[12,14-16]`), or None if it cannot be read."""
    match = _INNER.search(marker)
    if match is None:
        return None
    inner = next(g for g in match.groups() if g is not None).strip("[] ")
    numbers: list[int] = []
    for item in re.split(r"\s*[,，、;；]\s*", inner):
        parts = _ITEM.match(item.strip())
        if parts is None:
            return None
        low, high = as_int(parts.group(1)), as_int(parts.group(2) or parts.group(1))
        if low is None or high is None or high < low:
            return None
        numbers.extend(range(low, min(high, low + 500) + 1))
    return tuple(numbers)


def recode_out_of_range(finding: Finding, last: int | None) -> Finding:
    """`citation.malformed` for a readable mark pointing outside 1..last → `out-of-range`."""
    marker = dict(finding.evidence).get("marker", "")
    numbers = mark_numbers(marker) if finding.code == "citation.malformed" else None
    if not numbers or last is None:
        return finding
    outside = [n for n in numbers if n < 1 or n > last]
    if not outside:
        return finding
    line = f" at line {finding.loc.line}" if finding.loc else ""
    listed = ", ".join(str(n) for n in outside[:5])
    return Finding(
        "citation.out-of-range",
        Severity.ERROR,
        f"citation {marker!r}{line} cites {listed}, outside the list [1]-[{last}]",
        (),
        finding.loc,
        (
            ("reason", "outside-list"),
            ("marker", marker),
            ("numbers", listed),
            ("last_reference", str(last)),
        ),
    )


def by_number(resolutions: tuple[Resolution, ...]) -> dict[int, Resolution]:
    """Resolutions by reference number (the first one, as `Build.resolution_of` picks), for
    rules that look one up per reference."""
    out: dict[int, Resolution] = {}
    for res in resolutions:
        if res.number is not None:
            out.setdefault(res.number, res)
    return out


def carried(build: Build) -> tuple[Finding, ...]:
    """Findings earlier stages already made: parsing, citation marks, resolution."""
    found = list(build.document.findings)
    if build.citations is not None:
        last = build.citations.last_reference
        found += [recode_out_of_range(f, last) for f in build.citations.malformed]
    found += [f for r in build.resolutions for f in r.findings]
    return tuple(dict.fromkeys(found))


def registry_skipped(build: Build) -> tuple[Finding, ...]:
    """One info note when resolution did not run online: what was not checked, and how much."""
    if build.resolution_mode == ResolutionMode.ONLINE:
        return ()
    total = len(build.document.references)
    unresolved = total - build.resolved_count
    if build.resolution_mode == ResolutionMode.OFFLINE:
        why = "incomplete: offline, answered from the cache only"
    else:
        why = "skipped: Crossref and PubMed were not consulted"
    return (
        Finding(
            "check.skipped.registry",
            Severity.INFO,
            f"registry checks {why}; {unresolved} of {total} references unresolved, so their "
            "resolve.mismatch.* and resolve.notice.* checks did not run",
            (),
            None,  # about the whole document, not a line of it
            (
                ("reason", build.resolution_mode.value),
                ("unresolved", str(unresolved)),
                ("references", str(total)),
            ),
        ),
    )
