"""Where a Japanese person's name printed without its space parts into family and given.

Japanese lists print names in ideographs with no space between family and given name
(`道家太郎`). Most families are two ideographs, so a name of four parts two and two; a
name of three parts two and one or one and two about as often (`森花子`, `道家聡`), and a
name of five two and three or three and two. Which, the ideographs say: some mostly
open a family (`森`, `林`), some mostly close a given name (`子`, `郎`).

The counts are namedivider-python's (MIT License, Copyright (c) 2020 rskmoi; shipped as
`data/namedivider_kanji.csv` with its licence beside it): for each of 848 ideographs, how
often it opens, sits inside or closes a family and a given name, and how long the names
it sits in are. The scorer is this module's own: for each way to part the name, the
product over its ideographs of the smoothed share of their place, and of their part's
length; an ideograph the table lacks says nothing. The table is read on first use, so
it costs no start-up time.
"""

from __future__ import annotations

import math
from functools import cache
from importlib.resources import files

# The table's columns after the ideograph: places in the family (first, inside, last),
# places in the given name (the same), then the family's length (1-4), the given
# name's (1-4).
_PLACES = 6
_LENGTHS = 4
_SMOOTH = 1.0  # added to every count: an unseen place is unlikely, not impossible


@cache
def kanji_counts() -> dict[str, tuple[int, ...]]:
    """The table of `data/namedivider_kanji.csv`, by ideograph (read once per process)."""
    text = files("mmrefs.ingest").joinpath("data/namedivider_kanji.csv").read_text("utf-8")
    table: dict[str, tuple[int, ...]] = {}
    for line in text.splitlines():
        if not line or line.startswith(("#", "kanji,")):
            continue
        kanji, *counts = line.split(",")
        table[kanji] = tuple(int(count) for count in counts)
    return table


def place_share(counts: tuple[int, ...], given: bool, index: int, size: int) -> float:
    """The log share of an ideograph's place in its part (`index` of `size`): first,
    inside or last; a part of one ideograph is first or last as the table counted it."""
    base = 3 if given else 0
    places = counts[base : base + 3]
    total = sum(counts[:_PLACES]) + _PLACES * _SMOOTH
    if size == 1:
        seen = places[0] + places[2] + 2 * _SMOOTH
    elif index == 0:
        seen = places[0] + _SMOOTH
    elif index == size - 1:
        seen = places[2] + _SMOOTH
    else:
        seen = places[1] + _SMOOTH
    return math.log(seen / total)


def length_share(counts: tuple[int, ...], given: bool, size: int) -> float:
    """The log share of names of `size` ideographs among the part's names that hold the
    ideograph (a part longer than the table's four counts as four)."""
    base = _PLACES + (_LENGTHS if given else 0)
    lengths = counts[base : base + _LENGTHS]
    total = sum(lengths) + _LENGTHS * _SMOOTH
    return math.log((lengths[min(size, _LENGTHS) - 1] + _SMOOTH) / total)


def part_score(part: str, given: bool) -> float:
    """How well `part` reads as a family (or a given name, `given`), summed in logs."""
    table = kanji_counts()
    total = 0.0
    for index, kanji in enumerate(part):
        counts = table.get(kanji)
        if counts is None:
            continue
        total += place_share(counts, given, index, len(part))
        total += length_share(counts, given, len(part))
    return total


def family_size(name: str) -> int:
    """How many ideographs of an unspaced Japanese name (three or five of them) are its
    family, by the scores of each way to part it; ties go to the more common part (two,
    or two of five). Names of another length part as Japanese names mostly do: one of
    two, two of four."""
    if len(name) == 3:
        sizes = (2, 1)
    elif len(name) == 5:
        sizes = (2, 3)
    else:
        return 1 if len(name) <= 2 else 2
    best = sizes[0]
    best_score = part_score(name[:best], False) + part_score(name[best:], True)
    for size in sizes[1:]:
        value = part_score(name[:size], False) + part_score(name[size:], True)
        if value > best_score:
            best, best_score = size, value
    return best
