"""Helpers that tests and benchmarks share: synthetic reviews and findings (`synthetic`),
provider payloads in the registries' wire formats (`fakes`), and a fault-injecting proxy
(`faults`). Shipped in the package so `bench/` never imports from `tests/`."""

from mmrefs.testing.synthetic import (
    HOSTILE_TITLE,
    ReviewShape,
    decorate,
    sample_findings,
    sample_resolutions,
    spread_findings,
    synthetic_review,
)

__all__ = [
    "HOSTILE_TITLE",
    "ReviewShape",
    "decorate",
    "sample_findings",
    "sample_resolutions",
    "spread_findings",
    "synthetic_review",
]
