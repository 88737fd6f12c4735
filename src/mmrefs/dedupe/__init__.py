"""Duplicate detection within and across bibliographies (pure; see `engine`)."""

from mmrefs.dedupe.engine import DedupeResult, SetAside, find_duplicates

__all__ = ["DedupeResult", "SetAside", "find_duplicates"]
