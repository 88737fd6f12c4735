"""Which pairs are worth comparing: the work must grow near-linearly with the library.

Every record gets a few blocking keys (identifiers, the start and the end of its title, first
author with year, volume with first page). Records sharing a key are compared; a key shared
by many records (a common surname and year) is compared only between title-sorted
neighbours, so no block can turn quadratic. The title end catches a typo in the first word;
the author key catches a title cut short or printed in another language.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from mmrefs.match.signature import Signature

FULL_BLOCK = 24  # blocks up to this size are compared pair by pair
WINDOW = 6  # larger blocks: each record against this many title-sorted neighbours
TITLE_KEY = 24


def blocking_keys(sig: Signature) -> Iterator[tuple[str, object]]:
    if sig.doi:
        yield "doi", sig.doi
    if sig.pmid:
        yield "pmid", sig.pmid
    for title in (sig.title, sig.alt_title):
        compact = title.replace(" ", "")
        if len(compact) >= 8:
            yield "head", compact[:TITLE_KEY]
            yield "tail", compact[-TITLE_KEY:]
    if sig.families and sig.year:
        yield "author-year", (sig.families[0], sig.year)
    if sig.volume and sig.first_page:
        yield "locator", (sig.volume, sig.first_page)


def _block_pairs(members: Sequence[Signature], order: Sequence[int]) -> Iterator[tuple[int, int]]:
    if len(members) <= FULL_BLOCK:
        for pos, a in enumerate(members):
            for b in members[pos + 1 :]:
                yield a.index, b.index
        return
    ordered = sorted(members, key=lambda s: order[s.index])
    for pos, a in enumerate(ordered):
        for b in ordered[pos + 1 : pos + 1 + WINDOW]:
            yield a.index, b.index


def candidate_pairs(
    signatures: Iterable[Signature], order: Sequence[int]
) -> Iterator[tuple[int, int]]:
    """Each unordered pair once, smaller index first; `order` ranks records by content
    (title first), so the neighbours of a large block never depend on input order."""
    blocks: dict[tuple[str, object], list[Signature]] = defaultdict(list)
    for sig in signatures:
        for key in set(blocking_keys(sig)):
            blocks[key].append(sig)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2:
            continue
        for i, j in _block_pairs(members, order):
            pair = (i, j) if i < j else (j, i)
            if pair not in seen:
                seen.add(pair)
                yield pair
