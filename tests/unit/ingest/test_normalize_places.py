"""`normalize.clean_place`: a place keeps the stop that closes its abbreviation and loses
the entry's. One row per case; a new quirk is one row."""

from __future__ import annotations

import pytest

from mmrefs.ingest.normalize import clean_place

ROWS = [
    ("N. Y.", "N. Y."),
    ("Washington D.C.", "Washington D.C."),
    ("St. Louis, Mo.", "St. Louis, Mo."),
    ("Berlin-Heidelberg-N. Y.", "Berlin-Heidelberg-N. Y."),
    ("U.K.", "U.K."),
    ("London.", "London"),  # the entry's stop
    ("St. Louis.", "St. Louis"),  # a stop inside, but a whole word before the last
    ("Washington, DC.", "Washington, DC"),  # no stop inside: the entry's
    ("北京.", "北京"),
    ("Oslo, ", "Oslo"),
    ("Washington D.C", "Washington D.C"),  # printed without it: nothing added
]


@pytest.mark.parametrize(("printed", "cleaned"), ROWS)
def test_clean_place(printed: str, cleaned: str) -> None:
    assert clean_place(printed) == cleaned
