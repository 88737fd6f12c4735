"""Long runs read in time linear in their length (session 23's second round, S).

The new patterns: a span of years fullmatched from one position (`_YEAR_SPAN`); a house's
own word before the end (`_TOWN_HOUSE`, one alternation after a word boundary); a city's
word closing a title (`_TITLE_CITY`, led by one stop or one space after a non-space, so a
long run of spaces is tried from its first space only); and a meeting's place after a
quoted name's `,”` (`rfind`, no pattern). No timer (they flake): the readings of long runs
are compared with plain readings, and a quadratic form could not return in a test's time
on these sizes. The data is invented.
"""

from __future__ import annotations

from typing import Any

from mmrefs.ingest.styles import sources


def test_year_span_and_house_word_are_linear() -> None:
    assert not sources.year_span("1900" + " " * 200_000 + "-1950")
    assert not sources.year_span("1900-" * 50_000)
    assert sources.year_span("1900–1950")
    assert sources._TOWN_HOUSE.search("Press " * 50_000 + "x") is None
    assert sources._TOWN_HOUSE.search("Example Books") is not None


def test_title_city_is_linear() -> None:
    assert sources._TITLE_CITY.search("a" + " " * 200_000 + "x") is None
    assert sources._TITLE_CITY.search("a.Bbb " * 40_000 + "x") is None
    assert sources._TITLE_CITY.search("Aaa " * 50_000 + "1") is None
    fields: dict[str, Any] = {}
    text = "Widget " + " " * 100_000 + "innovation Springfield, Mass: Example Books."
    assert sources.comma_imprint(text, fields)
    assert fields["place"] == "Springfield, Mass"


def test_meeting_place_is_linear() -> None:
    name = "Proc. Widget Workshop “" + "Widgets, " * 20_000 + "Theory,” Sydney"
    fields: dict[str, Any] = {"container": name}
    sources.meeting_place(fields)
    assert fields["container"] == name[: -len(" Sydney")]
    many = "Widget Workshop" + ", Widgets" * 20_000
    fields = {"container": many}
    sources.meeting_place(fields)
    assert fields["container"] == many
