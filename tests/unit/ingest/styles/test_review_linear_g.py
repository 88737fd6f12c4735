"""A report's series, body, place and year (`gbt7714._REPORT_SERIES`) read in time linear
in a run of spaces.

The pattern once read a run of spaces between the place and the year three ways (the
place's lazy class, a separator `\\s*[,\\s]\\s*` and the year's spaces): 400 spaces took
1.6 s, 2,000 minutes. No timers (they flake): the sizes are such that the old pattern
could not return. `parse_entry` collapses spaces, so only a direct caller could meet it.
The data is invented.
"""

from __future__ import annotations

import pytest

from mmrefs.ingest.gbt7714 import _REPORT_SERIES, report_imprint

SPACES = 20_000


@pytest.mark.parametrize(
    "tail",
    [
        "Report 1, Example Board, a" + " " * SPACES + "x",
        "Report 1, Example" + " " * SPACES + "Board, Place" + " " * SPACES + "x",
        "Report 1, Example Board, Place" + " " * SPACES + ", State" + " " * SPACES + "19x",
    ],
)
def test_a_run_of_spaces_without_a_year_reads_no_report(tail: str) -> None:
    assert _REPORT_SERIES.match(tail) is None


def test_a_run_of_spaces_before_the_year_reads_the_report() -> None:
    tail = "Special Report 79, Example Research Board, Example City" + " " * SPACES + "1964"
    fields = report_imprint(tail)
    assert fields is not None
    assert fields["publisher"] == "Example Research Board"
    assert fields["place"] == "Example City"
    assert fields["year"] == "1964"
    assert fields["document_number"] == "Special Report 79"
