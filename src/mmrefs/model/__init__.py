"""The data model every stage shares: frozen, slotted dataclasses and str-enums, no I/O.

`core` holds references, findings and resolutions; `citemap` the citation map; `dedupe`
duplicate clusters; `build` the one result of a whole run. Everything is re-exported here,
so stages import `mmrefs.model` and never each other's types.
"""

from mmrefs.model.build import Build, ResolutionMode
from mmrefs.model.citemap import CitationMap, Term
from mmrefs.model.core import (
    Author,
    Citation,
    Claim,
    Document,
    FailedEntry,
    Finding,
    Kind,
    Match,
    MatchStatus,
    Notice,
    Record,
    Reference,
    Resolution,
    ResolutionStatus,
    Severity,
    SkippedText,
    SourceLoc,
    Where,
)
from mmrefs.model.dedupe import DedupeResult, Pair, SetAside

__all__ = [
    "Author",
    "Build",
    "Citation",
    "CitationMap",
    "Claim",
    "DedupeResult",
    "Document",
    "FailedEntry",
    "Finding",
    "Kind",
    "Match",
    "MatchStatus",
    "Notice",
    "Pair",
    "Record",
    "Reference",
    "Resolution",
    "ResolutionMode",
    "ResolutionStatus",
    "SetAside",
    "Severity",
    "SkippedText",
    "SourceLoc",
    "Term",
    "Where",
]
