"""One list of foreign month names (`base.FOREIGN_MONTH_NAMES`) for every rule that reads a
foreign date. Two older lists differed (one knew Dutch months, the other `marco`); merging
them changed no reading of the real strings or the rendered corpus."""

from __future__ import annotations

import pytest

from mmrefs.ingest.styles import sources


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Widget Journal, mei 2010", "Widget Journal, 2010"),  # Dutch: the list sources lacked
        ("Widget Journal, janvier-février 2010", "Widget Journal, 2010"),
        ("Widget Journal, Dezember 2010", "Widget Journal, 2010"),
        ("Widget Journal, Mars 2010", "Widget Journal, Mars 2010"),  # capitalised: no month
        ("Widget Journal, mayo", "Widget Journal"),
    ],
)
def test_a_foreign_month_after_a_source_is_cut(text: str, want: str) -> None:
    assert sources.foreign_month(text, dated=False) == want
