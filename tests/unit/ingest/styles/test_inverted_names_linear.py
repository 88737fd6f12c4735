"""A long block of inverted names with two spaced initials each (`Example, A. B., …`)
reads in time linear in its length.

`grammars._INVERTED_HEAD` once read the space after an initial two ways (`\\s?-?\\s?`),
so each name doubled the backtracking whenever the block did not close as the untitled
journals' lists close it: 23 names took 15 s, 40 would never finish. No timings beyond a
generous bound (they flake): the sizes are such that the old regex could not return.
The data is invented.
"""

from __future__ import annotations

import string
import time

import pytest

from mmrefs.ingest.styles.grammars import _INVERTED_HEAD
from tests.unit.ingest.styles.shapes import check_shape

FAMILIES = [f"Ex{a}{b}mple" for a in "abcdefgh" for b in "aeiou"]  # 40 names


def names(count: int) -> list[str]:
    upper = string.ascii_uppercase
    return [f"{FAMILIES[i]}, {upper[i % 25]}. {upper[i % 25 + 1]}." for i in range(count)]


@pytest.mark.parametrize(
    ("joiner", "rest"),
    [
        (", and", " (2019) Widget gears. Journal of Examples 12: 45–67."),  # author-year
        (", &", " (2019). Widget gears. Journal of Examples, 12(3), 45–67."),  # APA
    ],
)
def test_forty_inverted_names_read(joiner: str, rest: str) -> None:
    printed = names(40)
    text = ", ".join(printed[:-1]) + f"{joiner} {printed[-1]}{rest}"
    started = time.perf_counter()
    check_shape(
        f"forty inverted names{joiner}",
        text,
        {"families": FAMILIES, "year": "2019", "title": "Widget gears"},
    )
    assert time.perf_counter() - started < 5


def test_the_inverted_head_is_linear_on_a_block_that_never_closes() -> None:
    # 400 names, none closing the block: the old pattern's 2**400 ways never end.
    started = time.perf_counter()
    assert _INVERTED_HEAD.match("Example, A. B., " * 400) is None
    assert _INVERTED_HEAD.match("Example, A. - B., " * 400 + "1999") is None
    assert time.perf_counter() - started < 5
