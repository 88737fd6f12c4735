"""Linearity of the patterns round 24's second G fix added (timer-free): the work a
pattern does on a long run of the piece it could meet must grow linearly with the run,
counted by the steps of a pure-Python scan that mirrors it (no timer: shared machines
are noisy). Here the patterns are simple enough that the check is on their results on
runs of growing length, with the scan bounded by the run's length."""

from __future__ import annotations

import pytest

from mmrefs.ingest import gbt7714
from mmrefs.ingest.styles.people import last_word_body


@pytest.mark.parametrize("size", [1000, 2000, 4000, 8000])
def test_title_lead_on_a_long_run_without_its_mark(size: int) -> None:
    """`_TITLE_LEAD` is anchored (`match`) and has one quantifier over a class: one pass."""
    text = "示" * size
    assert gbt7714._TITLE_LEAD.match(text) is None
    assert gbt7714._TITLE_LEAD.match(text + "的") is not None


@pytest.mark.parametrize("size", [1000, 2000, 4000, 8000])
def test_site_suffix_on_a_long_run(size: int) -> None:
    """`_SITE_SUFFIX` tries fixed-length alternatives at each start: linear search."""
    assert gbt7714._SITE_SUFFIX.search("组" * size) is None
    assert gbt7714._SITE_SUFFIX.search("组" * size + "网") is not None


@pytest.mark.parametrize("size", [1000, 8000])
def test_last_word_body_on_many_words(size: int) -> None:
    """No pattern: a bounded count of words, so a long name is refused at once."""
    assert not last_word_body(["Example"] * size + ["Heritage"])
