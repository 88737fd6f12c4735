"""Find duplicates: signatures → candidate pairs → verdicts → clusters, all pure.

The result keeps every verdict worth showing: the links that formed each cluster, the
near-misses (look-alikes kept apart, with the reason), related records (errata, replies,
preprints) and records set aside because they carry nothing to compare on.
"""

from __future__ import annotations

from collections.abc import Sequence

from mmrefs.dedupe.blocking import candidate_pairs
from mmrefs.dedupe.cluster import blocks_merge, cluster
from mmrefs.dedupe.reasons import Rule
from mmrefs.dedupe.rules import CONSIDERED, compare, in_canonical_order, is_related
from mmrefs.match.signature import Signature, content_key, signature_of
from mmrefs.model import DedupeResult, Match, MatchStatus, Pair, Reference, SetAside


def content_order(sigs: Sequence[Signature], ids: Sequence[str]) -> list[int]:
    """Each record's rank when sorted by what it says (title, people, year, locator); the
    id breaks only exact ties, so decisions do not depend on input order."""

    rank = [0] * len(sigs)
    for position, i in enumerate(
        sorted(range(len(sigs)), key=lambda i: (content_key(sigs[i]), ids[i]))
    ):
        rank[i] = position
    return rank


def _set_aside(sig: Signature) -> str:
    bare = not sig.title and not sig.doi and not sig.pmid
    if bare and not (sig.families and sig.year and sig.first_page):
        return "no title, identifier, or author/year/pages to compare"
    return ""


def find_duplicates(records: Sequence[Reference], ids: Sequence[str]) -> DedupeResult:
    """Duplicate clusters among `records`; `ids` must be unique (they order ties)."""
    if len(set(ids)) != len(ids):
        raise ValueError("record ids must be unique")
    sigs = [signature_of(i, ref) for i, ref in enumerate(records)]
    aside = [SetAside(s.index, r) for s in sigs if (r := _set_aside(s))]
    skipped = {s.index for s in aside}
    order = content_order(sigs, ids)
    verdicts: dict[tuple[int, int], Match] = {}
    compared = 0
    for i, j in candidate_pairs(sigs, order, skipped):
        compared += 1
        match = compare(sigs[i], sigs[j])
        if match.reason != Rule.TITLE_DIFFERS:  # the common verdict is recomputed on demand
            verdicts[(i, j)] = match

    def judge(i: int, j: int) -> Match:
        key = (i, j) if i < j else (j, i)
        if key not in verdicts:
            verdicts[key] = compare(sigs[key[0]], sigs[key[1]])
        return verdicts[key]

    def pair(key: tuple[int, int], match: Match) -> Pair:
        """The pair in the order its evidence is written (`x / y` = first / second)."""
        i, j = key
        return Pair(j, i, match) if in_canonical_order(sigs[j], sigs[i]) else Pair(i, j, match)

    pairs = [pair(key, m) for key, m in verdicts.items()]
    merges = [p for p in pairs if p.match.status.merges]
    groups, used, refused = cluster(len(records), merges, ids, judge, order)
    return DedupeResult(
        ids=tuple(ids),
        clusters=tuple(tuple(g) for g in groups),
        links=tuple(used),
        near_misses=_near_misses(pairs, ids),
        related=tuple(Pair(i, j, m) for (i, j), m in sorted(verdicts.items()) if is_related(m)),
        refused=tuple(refused),
        set_aside=tuple(aside),
        compared=compared,
    )


def _near_misses(pairs: list[Pair], ids: Sequence[str]) -> tuple[Pair, ...]:
    """Look-alikes that were not merged: weak or ambiguous, or different despite a title
    at least as similar as the cascade bothers to consider."""
    out = [
        p
        for p in pairs
        if not p.match.status.merges
        and not is_related(p.match)
        and (
            not blocks_merge(p.match)
            or p.match.score >= CONSIDERED
            or p.match.status == MatchStatus.AMBIGUOUS
        )
    ]
    return tuple(sorted(out, key=lambda p: (-p.match.score, ids[p.a], ids[p.b])))
