"""Long runs read in time linear in their length (review of session 23's second round, S).

The review's pieces: a newspaper's month after a house, town and region (`_DATED_DAY`, one
alternation between word boundaries, searched once); a meeting's place after a quoted
name's comma (`quoted_place`, one split, no pattern); a title's last word's lead
(`city_in_title`, set look-ups). No timer (they flake): long runs are read and compared
with plain readings, which a quadratic form could not return in a test's time on these
sizes. The data is invented.
"""

from __future__ import annotations

from typing import Any

from mmrefs.ingest.styles import sources


def test_news_locator_is_linear() -> None:
    assert not sources.news_locator("; 2001. " + "Ma " * 100_000 + "2-5.", {"first_page": "2"})
    assert sources.news_locator("; 2001 " + " " * 100_000 + "Mar 3. 2-5.", {"first_page": "2"})
    assert sources.news_locator("; 2001. A1.", {"first_page": "A1"})


def test_quoted_place_is_linear() -> None:
    assert not sources.quoted_place("Sydney, " + "Widgets, " * 50_000 + "Australia")
    assert sources.quoted_place("Berlin, Germany")
    name = "Proc. Workshop “Widgets,” " + "Sydney, " * 20_000 + "Australia"
    fields: dict[str, Any] = {"container": name}
    sources.meeting_place(fields)
    assert fields["container"] == "Proc. Workshop “Widgets,”"


def test_city_in_title_is_linear() -> None:
    assert not sources.city_in_title("The", "Boston")
    assert not sources.city_in_title("Case", "Studies")
    assert sources.city_in_title("innovation", "Natick")
    fields: dict[str, Any] = {}
    text = "Widget " * 50_000 + "Studies, Mass: Example Books."
    assert sources.comma_imprint(text, fields)
    assert fields["place"] == "Mass"
