"""`cannot_be_locator` only refuses text that `read_locator` itself would refuse.

`read_locator` returns None at once when `cannot_be_locator` says so (six letters in a
row, no `(`, no `Suppl`, no word a locator part takes), which spares the full reading of
the title words after a split point that is no locator's start. Held to the full reading
(the check switched off) on random text shaped to hit each part, and on table cases.
"""

from __future__ import annotations

import random

import pytest

from mmrefs.ingest.styles import locator
from mmrefs.ingest.styles.locator import cannot_be_locator, read_locator

PIECES = (
    " ", "  ", "\t", "\n", "(", ")", "7", "12", "1460", "2017", "2017a", "1999", ",", ";", ":",
    ".", "-", "–", "Vol.", "vol ", "No. ", "no", "Issue ", "pp. ", "p. ", "Art ", "Jul", "June",
    "Sept", "Spring", "Suppl", "Supplement", "e123", "S12", "Published ", "Epub ", "online",
    "Journal", "update", "abcde", "abcdefg", "Ab", "x", "ä", "Ärzteblatt", "ahead of print",
)  # fmt: skip


def full_reading(text: str, with_date: bool) -> object:
    saved = locator.cannot_be_locator
    locator.cannot_be_locator = lambda _text: False
    try:
        return read_locator(text, with_date)
    finally:
        locator.cannot_be_locator = saved


def test_refuses_only_what_the_full_reading_refuses() -> None:
    rng = random.Random(11)
    refused = 0
    for _ in range(40_000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 10)))
        if cannot_be_locator(text.replace("–", "-")):
            refused += 1
            assert full_reading(text, True) is None, text
            assert full_reading(text, False) is None, text
    assert refused > 1000  # the check is exercised, not vacuous


@pytest.mark.parametrize(
    "text",
    ["2024 update on diagnosis. J Foo 2017;7:12", "2017abcdefg", "Journal, 12-18", "update 7"],
)
def test_title_words_are_refused(text: str) -> None:
    assert cannot_be_locator(text)
    assert full_reading(text, True) is None


@pytest.mark.parametrize(
    "text",
    ["2017;7(3):1460-70", "Published online 2017 July 3", "7 (Supplement), 12", "Suppl 2:12"],
)
def test_locators_are_left_to_the_reading(text: str) -> None:
    assert not cannot_be_locator(text)
    assert read_locator(text) == full_reading(text, True)
