"""Linearity of the patterns the review of round 25's G rules changed (timer-free):
shared machines are noisy, so each test checks the results on runs of growing length of
the piece a pattern could meet, and the shape that keeps it linear."""

from __future__ import annotations

import pytest

from mmrefs.ingest import gbt7714
from mmrefs.ingest.styles import grammars


@pytest.mark.parametrize("size", [1000, 2000, 4000, 8000])
def test_edition_sentence_statement_reads_to_the_next_stop(size: int) -> None:
    """After the edition's stop the statement opens with one letter or one word and is
    read by a class that holds no stop: from each stop the pattern reads to the next one
    at most, and a run of spaces is met by `\\s+` alone."""
    pattern = gbt7714._EDITION_SENTENCE
    assert pattern.search(". 2nd ed. Prepared x" * size + ".") is None
    assert pattern.search(". 2nd ed. Widget x" * size) is None
    assert pattern.search("." + " " * size + "2nd ed. Widget") is None
    found = pattern.search("Title. 2nd ed. Prepared by" + " x" * size)
    assert found is not None and found.group(1) == "2nd ed"
    assert pattern.search("Title. 2nd ed. Widget" + " x" * size) is None


@pytest.mark.parametrize("size", [1000, 2000, 4000, 8000])
def test_et_al_colon_is_looked_for_before_the_colon(size: int) -> None:
    """`colon_head` looks for `et al:` in a window of nine characters before the colon
    (a run of `et al` before it is not read), and a colon closing the body
    opens no title."""
    assert grammars.colon_head("Doe P, et al:", 10**9) is None
    assert grammars.colon_head("et al" * size + ":Widget", 10**9) is None
    head = grammars.colon_head("Doe P, et al:Widget" + " x" * size, 10**9)
    assert head is not None and head.rest.startswith("Widget")
