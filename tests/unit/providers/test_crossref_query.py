"""The bibliographic query: a known year narrows it, any other printed year does not."""

from __future__ import annotations

import pytest

from mmrefs.providers.crossref import query_params


@pytest.mark.parametrize(
    ("year", "window"),
    [
        ("2017", "from-pub-date:2016,until-pub-date:2018"),
        ("2017a", "from-pub-date:2016,until-pub-date:2018"),
        ("", None),
        ("n.d.", None),
        ("\u00b2\u00b9", None),  # superscripts pass `isdigit`, and `int` refused them
    ],
)
def test_the_year_window(year: str, window: str | None) -> None:
    assert query_params("Smith Title", year).get("filter") == window
