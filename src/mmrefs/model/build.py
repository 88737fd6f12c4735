"""The one result of a run over one input document: what every output is rendered from.

`pipeline.build` fills it stage by stage (parse → resolve → dedupe → cite → check); exports,
the check report and the claim ↔ source report are pure functions of it, so no output can
see a different state of the document than another.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mmrefs.model.citemap import CitationMap
from mmrefs.model.core import Document, Finding, Resolution, ResolutionStatus
from mmrefs.model.dedupe import DedupeResult


class ResolutionMode(StrEnum):
    """How the registries were consulted, so reports can say what a check could not do."""

    ONLINE = "online"  # the providers were asked (cache first)
    OFFLINE = "offline"  # cache only: --offline, or the network did not answer
    SKIPPED = "skipped"  # resolution was not run at all


@dataclass(frozen=True, slots=True)
class Build:
    """A document with its citation map, resolutions (with the provider records), duplicate
    clusters and every finding of every stage.

    `document` carries the verified identifiers; `resolutions` keep each provider `Record`
    so checks and reports can show what the registry said beside what was printed.
    `findings` is the checked list: parse, citation, resolution and check findings, each once.
    """

    document: Document
    citations: CitationMap | None
    resolutions: tuple[Resolution, ...] = ()
    resolution_mode: ResolutionMode = ResolutionMode.SKIPPED
    requests: int = 0
    duplicates: DedupeResult | None = None
    findings: tuple[Finding, ...] = ()

    def resolution_of(self, number: int) -> Resolution | None:
        """The resolution of reference `number`, if it was resolved at all."""
        return next((r for r in self.resolutions if r.number == number), None)

    @property
    def resolved_count(self) -> int:
        return sum(1 for r in self.resolutions if r.status == ResolutionStatus.RESOLVED)
