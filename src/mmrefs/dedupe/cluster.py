"""Clusters from pairwise verdicts, without chaining two different works together.

Merge edges are taken best first (exact before strong, higher title score first, then by
record content), so the result never depends on input order. Two clusters are joined only when no
pair across them has been judged different: if A~B and B~C but A and C are different works,
the B~C edge is refused and reported instead of silently merging A with C.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mmrefs.model import Match, MatchStatus, Pair

_ORDER = {MatchStatus.EXACT: 0, MatchStatus.STRONG: 1}
MAX_CHECK = 400  # cross pairs checked before joining; larger joins are refused as unsafe


def blocks_merge(match: Match) -> bool:
    """A verdict that forbids putting two records in one cluster, even through others."""
    return match.status in (MatchStatus.DIFFERENT, MatchStatus.AMBIGUOUS)


@dataclass(slots=True)
class _Clusters:
    """Union-find over record indices; only records that were ever joined hold a member
    list (a million singletons cost one int each)."""

    members: dict[int, list[int]]
    root: list[int]

    def find(self, i: int) -> int:
        while self.root[i] != i:
            self.root[i] = self.root[self.root[i]]
            i = self.root[i]
        return i

    def of(self, root: int) -> list[int]:
        return self.members.get(root) or [root]

    def join(self, x: int, y: int) -> None:
        if len(self.of(x)) < len(self.of(y)):
            x, y = y, x
        self.root[y] = x
        self.members.setdefault(x, [x]).extend(self.members.pop(y, [y]))


def cluster(
    size: int,
    merges: Sequence[Pair],
    ids: Sequence[str],
    judge: Callable[[int, int], Match],
    order: Sequence[int],
) -> tuple[list[list[int]], list[Pair], list[Pair]]:
    """(clusters of 2+ records, edges used, edges refused with the conflicting pair).

    `order` ranks records by content, so ties between equally good links are broken the
    same way whatever the input order or the record ids.
    """
    state = _Clusters({}, list(range(size)))
    used: list[Pair] = []
    refused: list[Pair] = []

    def rank(p: Pair) -> tuple[int, float, int, int]:
        first, second = sorted((order[p.a], order[p.b]))
        return _ORDER.get(p.match.status, 9), -p.match.score, first, second

    for pair in sorted(merges, key=rank):
        x, y = state.find(pair.a), state.find(pair.b)
        if x == y:
            used.append(pair)
            continue
        conflict = _conflict(state.of(x), state.of(y), judge)
        if conflict is None:
            state.join(x, y)
            used.append(pair)
        else:
            refused.append(Pair(pair.a, pair.b, conflict))
    groups = [sorted(m, key=lambda i: ids[i]) for m in state.members.values() if len(m) > 1]
    return sorted(groups, key=lambda g: ids[g[0]]), used, refused


def _conflict(xs: list[int], ys: list[int], judge: Callable[[int, int], Match]) -> Match | None:
    if len(xs) * len(ys) > MAX_CHECK:
        return Match(MatchStatus.AMBIGUOUS, "clusters too large to join safely", 0.0)
    for i in xs:
        for j in ys:
            verdict = judge(i, j)
            if blocks_merge(verdict):
                return Match(verdict.status, f"would join a different work: {verdict.reason}", 0.0)
    return None
