"""A long run of spaces before no series reads in time linear in its length.

`parts._SERIES_VOLUME` once led its `of` with `\\s+` under `search`, so every space of a
run started a new scan to the run's end: 16,000 spaces took half a second, the 200,000
here over a minute. No timer (they flake): the old regex could not return in a test's
time. The data is invented.
"""

from __future__ import annotations

from mmrefs.ingest.styles.parts import _SERIES_VOLUME


def test_series_volume_is_linear_on_a_run_of_spaces() -> None:
    assert _SERIES_VOLUME.search("In Book" + " " * 200_000 + "x") is None
    assert _SERIES_VOLUME.search("In Book" + " \t" * 100_000 + "of x") is None


def test_series_volume_still_reads_of_after_a_word() -> None:
    found = _SERIES_VOLUME.search("In Book of LNCS, vol. 3, pp. 1-9.")
    assert found is not None
    assert found["volume"] == "3"
