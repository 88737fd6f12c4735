"""Duplicate finding's result: compared pairs, clusters, and records set aside."""

from __future__ import annotations

from dataclasses import dataclass

from mmrefs.model.core import Match


@dataclass(frozen=True, slots=True)
class Pair:
    """A compared pair of records (indices into the input) and the verdict."""

    a: int
    b: int
    match: Match


@dataclass(frozen=True, slots=True)
class SetAside:
    index: int
    reason: str


@dataclass(frozen=True, slots=True)
class DedupeResult:
    """Clusters are lists of input indices; `ids` names every input record."""

    ids: tuple[str, ...]
    clusters: tuple[tuple[int, ...], ...]
    links: tuple[Pair, ...]
    near_misses: tuple[Pair, ...]
    related: tuple[Pair, ...]
    refused: tuple[Pair, ...]
    set_aside: tuple[SetAside, ...]
    compared: int

    def cluster_of(self) -> dict[int, int]:
        """Input index → position of its cluster in `clusters`."""
        return {i: n for n, members in enumerate(self.clusters) for i in members}
