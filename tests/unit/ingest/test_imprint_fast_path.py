"""`may_match_second` only spares the second imprint pattern where it cannot match.

`imprint` skips `_IMPRINTS[1]` when `may_match_second` says no (a `(` past the first
character, two `)`, or an end after the last comma no comma-led part of the pattern
takes), which saves its backtracking on long chapter entries. Held to the pattern itself
on random text shaped to hit the pattern's parts, and on table-driven cases.
"""

from __future__ import annotations

import random

import pytest

from mmrefs.ingest.styles.parts import _IMPRINTS, imprint, may_match_second

PIECES = (
    " ", "  ", ",", ", ", ":", ": ", ";", ".", ". ", "(", ")", "2nd ed.", "3rd ed", "2017",
    "2017a", "1999", "pp. ", "p. ", "p.", "12", "12-18", "e123", "S12", "–", "-", "London",
    "Example Press", "Books", "ed", "edited by A. Smith", "x", "7", "\n", "Jul", "İ", "٣",
)  # fmt: skip


def texts(count: int, seed: int, most: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, most))) for _ in range(count)]


def test_never_refuses_a_text_the_second_pattern_matches() -> None:
    for text in texts(60_000, 7, 12):
        for variant in (text, text.strip(" .,;")):
            if _IMPRINTS[1].match(variant):
                assert may_match_second(variant), variant


@pytest.mark.parametrize(
    "text",
    [
        "London: Example Press, 2017",
        "Example Press, London, 2017, pp. 12-18",
        "(Example Press, 2017)",
        "2nd ed., London: Example Press 2017 Books",
        "Example Press, 2017a), 12",
    ],
)
def test_imprints_still_read(text: str) -> None:
    assert may_match_second(text)
    assert imprint(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Title: Subtitle, edited by A. Smith and B. Jones, 544–81. London: Harbour Books",
        "Example Press (London) (2017)",
        "Example Press, London)), 2017",
    ],
)
def test_refused_texts_are_ones_the_pattern_refuses(text: str) -> None:
    assert not may_match_second(text)
    assert _IMPRINTS[1].match(text) is None
