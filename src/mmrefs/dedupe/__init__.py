"""Duplicate detection within and across bibliographies (pure; see `engine`)."""

from mmrefs.dedupe.engine import find_duplicates
from mmrefs.model import DedupeResult, SetAside

__all__ = ["DedupeResult", "SetAside", "find_duplicates"]
