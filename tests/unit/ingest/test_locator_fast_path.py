"""`cannot_be_locator` and `opens_with_stray_word` only refuse text that `read_locator`
itself would refuse.

`read_locator` returns None at once when `cannot_be_locator` says so (six letters in a
row, no `(`, no `Suppl`, no word a locator part takes), or `opens_with_stray_word` (a
word no part takes opens the text: `Lett 76, 1454`), which spares the full reading of the
title or journal words after a split point that is no locator's start. Held to the full
reading (the checks switched off) on random text shaped to hit each part, and on table
cases.
"""

from __future__ import annotations

import random

import pytest

from mmrefs.ingest.styles import locator
from mmrefs.ingest.styles.locator import (
    _PART_WORDS,
    cannot_be_locator,
    opens_with_stray_word,
    read_locator,
)

PIECES = (
    " ", "  ", "\t", "\n", "(", ")", "7", "12", "1460", "2017", "2017a", "1999", ",", ";", ":",
    ".", "-", "–", "Vol.", "vol ", "No. ", "no", "Issue ", "pp. ", "p. ", "Art ", "Jul", "June",
    "Sept", "Spring", "Suppl", "Supplement", "e123", "S12", "Published ", "Epub ", "online",
    "Journal", "update", "abcde", "abcdefg", "Ab", "x", "ä", "Ärzteblatt", "ahead of print",
)  # fmt: skip


def never(_text: str, _worded: bool | None = None) -> bool:
    return False


def full_reading(text: str, with_date: bool) -> object:
    saved = locator.cannot_be_locator, locator.opens_with_stray_word
    locator.cannot_be_locator = locator.opens_with_stray_word = never
    try:
        return read_locator(text, with_date)
    finally:
        locator.cannot_be_locator, locator.opens_with_stray_word = saved


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


WORD_PIECES = (
    *PIECES, "Lett ", "Chem", "J ", "Res.", "p", "pa", "pA", "No", "Nov", "Ar", "Mayo", "Epub",
    "Genet", "online", "xS12", "Lett76", "Rep_", "Lett٣", "Vol", "ab-", "Ab/",
)  # fmt: skip


def test_stray_words_are_refused_only_when_the_full_reading_refuses() -> None:
    rng = random.Random(12)
    refused = 0
    for _ in range(40_000):
        text = "".join(rng.choice(WORD_PIECES) for _ in range(rng.randint(0, 8)))
        text = text.replace("–", "-")
        worded = _PART_WORDS.search(text) is not None
        assert opens_with_stray_word(text, worded) == opens_with_stray_word(text), text
        if opens_with_stray_word(text):
            refused += 1
            assert full_reading(text, True) is None, text
            assert full_reading(text, False) is None, text
    assert refused > 5000  # the check is exercised, not vacuous


@pytest.mark.parametrize("text", ["Lett 76, 1454 (1984).", "Chem 2017;7:12", "Rep. 12", "Ab"])
def test_journal_words_before_a_volume_are_refused(text: str) -> None:
    assert opens_with_stray_word(text)
    assert full_reading(text, True) is None


@pytest.mark.parametrize("text", ["p 12", "No 3", "Nov 2017", "Epub 2017", "S12", "e123"])
def test_words_a_part_takes_are_left_to_the_reading(text: str) -> None:
    assert not opens_with_stray_word(text)
    assert read_locator(text) == full_reading(text, True)


@pytest.mark.parametrize("text", ["Suppl 2:12", "Suppl. 1", "Suppl"])
def test_a_supplement_volume_is_no_stray_word(text: str) -> None:
    """Not refused even by a caller that says the text holds no part word (its `pp` is
    one, which must not be what lets a supplement through)."""
    assert not opens_with_stray_word(text, worded=False)
    assert read_locator(text) == full_reading(text, True) is not None
