"""Which pairs are worth comparing: the work must grow linearly with the library.

Every record gets a few blocking keys (identifiers, the start and the end of its title, first
author with year and initial, volume with first page). Records sharing a key are compared; a
key shared by many records (a common surname and year) is compared only between
content-sorted neighbours, so no block can turn quadratic. The title end catches a typo in
the first word; the author key catches a title cut short or printed in another language.

One kind of key is blocked at a time and keys are kept as hashes, so a million records
never hold more than one kind's index in memory; a pair two kinds would both find is
compared once (the later kind skips what an earlier one already gave).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator, Sequence

from mmrefs.match.signature import Signature

FULL_BLOCK = 24  # blocks up to this size are compared pair by pair
WINDOW = 6  # larger blocks: each record against this many content-sorted neighbours
TITLE_KEY = 24
Keys = Callable[[Signature], tuple[object, ...]]


def _compact(sig: Signature) -> tuple[str, ...]:
    """The printed title and its translation or original, without spaces: a record printed
    with only the translation must meet one that prints both."""
    titles = (sig.title, sig.alt_title) if sig.alt_title else (sig.title,)
    return tuple(c for c in dict.fromkeys(t.replace(" ", "") for t in titles) if len(c) >= 8)


def _heads(sig: Signature) -> tuple[object, ...]:
    return tuple(dict.fromkeys(c[:TITLE_KEY] for c in _compact(sig)))


def _tails(sig: Signature) -> tuple[object, ...]:
    return tuple(dict.fromkeys(c[-TITLE_KEY:] for c in _compact(sig)))


def _author_year(sig: Signature) -> tuple[object, ...]:
    return ((sig.families[0], sig.year, sig.initials[0]),) if sig.families and sig.year else ()


def _locator(sig: Signature) -> tuple[object, ...]:
    return ((sig.volume, sig.first_page),) if sig.volume and sig.first_page else ()


Meets = Callable[[Signature, Signature], bool]
KINDS: tuple[tuple[str, Keys, Meets], ...] = (
    ("doi", lambda s: (s.doi,) if s.doi else (), lambda a, b: bool(a.doi) and a.doi == b.doi),
    ("pmid", lambda s: (s.pmid,) if s.pmid else (), lambda a, b: bool(a.pmid) and a.pmid == b.pmid),
    ("head", _heads, lambda a, b: a.title[:6] == b.title[:6]),
    ("tail", _tails, lambda a, b: a.title[-6:] == b.title[-6:]),
    ("author-year", _author_year, lambda a, b: _author_year(a) == _author_year(b)),
    ("locator", _locator, lambda a, b: _locator(a) == _locator(b)),
)
"""(name, the keys of one record, a cheap test that two records may share a key: a
superset of the truth, since a pair compared twice costs only time)."""


def blocking_keys(sig: Signature) -> Iterator[tuple[str, object]]:
    """Every (kind, key) of one record, for explaining why two records were compared."""
    for kind, keys_of, _ in KINDS:
        for key in keys_of(sig):
            yield kind, key


def _blocks(sigs: Sequence[Signature], keys_of: Keys, skip: Container[int]) -> list[list[int]]:
    """Blocks of 2+ records sharing one key of this kind; a lone record costs one int."""
    index: dict[int, int | list[int]] = {}
    for sig in sigs:
        if sig.index in skip:
            continue
        for key in keys_of(sig):
            code = hash(key)
            held = index.get(code)
            if held is None:
                index[code] = sig.index
            elif isinstance(held, int):
                index[code] = [held, sig.index]
            else:
                held.append(sig.index)
    return [members for members in index.values() if isinstance(members, list)]


def _block_pairs(members: list[int], order: Sequence[int]) -> Iterator[tuple[int, int]]:
    if len(members) <= FULL_BLOCK:
        for pos, a in enumerate(members):
            for b in members[pos + 1 :]:
                yield (a, b) if a < b else (b, a)
        return
    ordered = sorted(members, key=order.__getitem__)
    for pos, a in enumerate(ordered):
        for b in ordered[pos + 1 : pos + 1 + WINDOW]:
            yield (a, b) if a < b else (b, a)


def _may_meet_again(a: Signature, b: Signature, kind: int) -> bool:
    """Whether another key of this kind (a second title) or a later kind may pair them."""
    if a.alt_title or b.alt_title:
        return True
    return any(meets(a, b) for _, _, meets in KINDS[kind + 1 :])


def candidate_pairs(
    sigs: Sequence[Signature], order: Sequence[int], skip: Container[int] = frozenset()
) -> Iterator[tuple[int, int]]:
    """Each unordered pair once, smaller index first (`sigs[i].index == i`); `order` ranks
    records by content (title first), so the neighbours of a large block never depend on
    input order. Records in `skip` are never paired."""
    again: set[tuple[int, int]] = set()
    for kind, (_, keys_of, _) in enumerate(KINDS):
        for members in _blocks(sigs, keys_of, skip):
            for pair in _block_pairs(members, order):
                if pair in again:
                    continue
                if _may_meet_again(sigs[pair[0]], sigs[pair[1]], kind):
                    again.add(pair)
                yield pair
